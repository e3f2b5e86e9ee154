"""A change judged: the problems it would add, not those already there."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fourgood.edit import members
from fourgood.edit.verdict import judge
from tests.edit.kit import change_of


def test_a_change_that_adds_an_error_and_one_that_adds_none(walkthrough: Path) -> None:
    change = change_of(walkthrough)
    members.add(change, "van-phong", "VP", {"id": "TP-001", "name": "Trùng", "sex": "male"})
    verdict = judge(str(walkthrough), change, cache=None, today=date(2023, 12, 31))
    assert len(verdict.errors) >= 1
    assert verdict.errors[0].file.endswith("roster.yaml")
    assert verdict.errors[0].line is not None
    fine = change_of(walkthrough)
    members.assess(fine, members.find(fine, "TP-005"), 2023, {"rating": "HTNV"})
    assert judge(str(walkthrough), fine, cache=None, today=date(2023, 12, 31)).located == []
