"""Members on the rosters: found, added, transferred on both rosters, exempt, disciplined,
assessed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fourgood.edit import members
from fourgood.errors import UserError
from tests.edit.kit import change_of, edited_text

VP = "cells/van-phong/roster.yaml"
YT = "cells/trung-tam-yte/roster.yaml"


def test_find_a_member_or_say_what_is_wrong(walkthrough: Path) -> None:
    change = change_of(walkthrough)
    found = members.find(change, "TP-002")
    assert (found.cell, found.entry["name"]) == ("van-phong", "Trần Thị Bình")
    with pytest.raises(UserError):
        members.find(change, "TP-0002")
    assert "TP-002" in members.known_ids(change.layout)


def test_a_transfer_in_the_bloc_edits_both_rosters(walkthrough: Path) -> None:
    change = change_of(walkthrough)
    found = members.find(change, "TP-002")
    members.transfer(change, found, date(2023, 12, 15), to_cell="trung-tam-yte", to=None, name="YT")
    assert "transferred_out: {date: 2023-12-15, to_cell: trung-tam-yte}" in edited_text(change, VP)
    there = edited_text(change, YT)
    assert "  - id: TP-002\n    name: Trần Thị Bình\n" in there
    assert "from_cell: van-phong" in there
    assert change.members == {"TP-002"}


def test_exempt_discipline_assess_and_add(walkthrough: Path) -> None:
    change = change_of(walkthrough)
    members.exempt(change, members.find(change, "TP-004"), {"from": "2023-11-01"})
    members.discipline(
        change, members.find(change, "TP-003"), {"date": "2023-12-01", "form": "warning"}
    )
    members.assess(change, members.find(change, "TP-005"), 2023, {"rating": "HTNV"})
    members.add(change, "van-phong", "VP", {"id": "TP-010", "name": "Mai", "sex": "female"})
    text = edited_text(change, VP)
    assert "    exempt:\n      - {from: 2023-11-01}\n" in text
    assert "      - {date: 2023-12-01, form: warning}\n" in text
    assert "2023: {rating: HTNV, dues: in_full" in text
    assert text.endswith("  - id: TP-010\n    name: Mai\n    sex: female\n")
