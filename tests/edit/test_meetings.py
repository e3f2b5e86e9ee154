"""A new meeting goes in date order; a new log gets its header."""

from __future__ import annotations

from pathlib import Path

from fourgood.edit import meetings
from tests.edit.kit import change_of, edited_text


def test_a_meeting_goes_after_the_last_one_before_its_day(walkthrough: Path) -> None:
    change = change_of(walkthrough)
    meeting = {"kind": "thematic", "date": "2023-08-20", "duration": 90}
    meetings.add(change, "trung-tam-yte", "Chi bộ Trung tâm Y tế", 2023, meeting)
    text = edited_text(change, "cells/trung-tam-yte/meetings-2023.yaml")
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index("- {date: 2023-08-20, kind: thematic, duration: 90}")
    assert lines[at - 1].startswith("- {date: 2023-07-13")
    assert lines[at + 1].startswith("- {date: 2023-09-14")


def test_a_log_kept_in_its_own_order_gets_the_meeting_at_its_end(walkthrough: Path) -> None:
    change = change_of(walkthrough)  # van-phong's log has 13 June before 6 June
    meetings.add(change, "van-phong", "VP", 2023, {"date": "2023-06-20", "kind": "thematic"})
    text = edited_text(change, "cells/van-phong/meetings-2023.yaml")
    assert text.endswith("  - {date: 2023-06-20, kind: thematic}\n")


def test_the_first_meeting_of_a_new_year(walkthrough: Path) -> None:
    change = change_of(walkthrough)
    first = {"date": "2024-01-09", "kind": "regular"}
    meetings.add(change, "van-phong", "Chi bộ Văn phòng", 2024, first)
    text = edited_text(change, "cells/van-phong/meetings-2024.yaml")
    assert text.startswith("# yaml-language-server:")
    assert text.endswith("meetings:\n  - {date: 2024-01-09, kind: regular}\n")
    assert meetings.ordered({"kind": "regular", "date": "x"}) == {"date": "x", "kind": "regular"}
