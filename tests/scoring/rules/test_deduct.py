"""``deduct``: PASS and FAIL rules, and the maximum minus points per occurrence."""

from __future__ import annotations

from fourgood.scoring.rules.base import Outcome

from .kit import count, outcome, problems

RULE = {"kind": "deduct", "fact": "months_without_regular_meeting", "per": 5}


def test_pass() -> None:
    assert problems(RULE) == []


def test_fail() -> None:
    assert problems({**RULE, "per": 11}) == [("rubric.points_max", ("rule", "per"))]
    assert problems({**RULE, "fact": "attendance"}) == [("rubric.fact_kind", ("rule", "fact"))]


def test_points_go_down_per_occurrence_and_unknowns_count_against() -> None:
    result = outcome(RULE, count(1, unknown=1))
    assert isinstance(result, Outcome)
    assert (result.low, result.high) == (0, 5)
