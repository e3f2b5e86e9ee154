"""``fourgood meeting add``."""

from __future__ import annotations

from pathlib import Path

from tests.cli.commands.kit import run, text


def test_a_meeting_with_its_absences_and_rating(walkthrough: Path) -> None:
    result = run(
        walkthrough,
        "meeting",
        "add",
        "van-phong",
        "--date",
        "28/12/2023",
        "--kind",
        "thematic",
        "--topic",
        "Cuối năm",
        "--duration",
        "90",
        "--excused",
        "TP-002",
        "--rating",
        "good",
        "--minutes",
        "--conclusion",
    )
    assert result.exit_code == 0, result.output
    assert "+  - {date: 2023-12-28, kind: thematic" in result.output
    assert (
        "  - {date: 2023-12-28, kind: thematic, topic: Cuối năm, duration: 90, "
        "absent: {TP-002: excused}, rating: good, minutes_recorded: true, "
        "conclusion_recorded: true}\n"
    ) in text(walkthrough, "cells/van-phong/meetings-2023.yaml")


def test_an_absent_stranger_is_refused(walkthrough: Path) -> None:
    before = text(walkthrough, "cells/van-phong/meetings-2023.yaml")
    result = run(
        walkthrough,
        "meeting",
        "add",
        "van-phong",
        "--date",
        "28/12/2023",
        "--kind",
        "regular",
        "--unexcused",
        "TP-999",
    )
    assert result.exit_code == 1
    assert text(walkthrough, "cells/van-phong/meetings-2023.yaml") == before
