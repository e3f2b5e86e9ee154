"""``bands``: PASS and FAIL rules, and points at each band's boundary."""

from __future__ import annotations

from fractions import Fraction

import pytest

from fourgood.i18n.message import msg
from fourgood.scoring.rules.base import Outcome
from fourgood.scoring.values import Share

from .kit import count, outcome, problems

SHARE = {
    "kind": "bands",
    "fact": "attendance",
    "bands": [{"at_least": 90, "points": 10}, {"at_least": 80, "points": 6}],
    "otherwise": 2,
}


def _share(good: int, total: int) -> Share:
    value = Fraction(good, total)
    return Share(value, value, msg("empty"))


def test_pass() -> None:
    assert problems(SHARE) == []
    assert (
        problems({**SHARE, "fact": "members_khtnv", "bands": [{"at_most": 0, "points": 10}]}) == []
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"bands": [{"at_least": 80, "points": 6}, {"at_least": 90, "points": 10}]}, "band_order"),
        ({"bands": [{"at_least": 90, "points": 10}, {"at_most": 2, "points": 1}]}, "band_mixed"),
        ({"bands": [{"points": 10}]}, "band_bound"),
        ({"bands": [{"at_least": 110, "points": 10}]}, "percent"),
        ({"bands": [{"at_least": 90, "points": 11}]}, "points_max"),
        ({"otherwise": 11}, "points_max"),
        ({"fact": "work_programme"}, "fact_kind"),
        ({"fact": "attendence"}, "unknown_fact"),
        ({"minus": {"fact": "attendance", "per": 1}}, "minus_fact"),
    ],
)
def test_fail(change: dict[str, object], expected: str) -> None:
    assert f"rubric.{expected}" in [key for key, _ in problems({**SHARE, **change})]


@pytest.mark.parametrize(
    ("good", "total", "points"), [(9, 10, 10), (899, 1000, 6), (8, 10, 6), (79, 100, 2)]
)
def test_a_share_reaches_the_first_band_at_or_above_it(good: int, total: int, points: int) -> None:
    result = outcome(SHARE, _share(good, total))
    assert isinstance(result, Outcome)
    assert (result.low, result.high) == (points, points)


def test_a_count_with_missing_evidence_is_read_both_ways() -> None:
    rule = {"kind": "bands", "fact": "members_khtnv", "bands": [{"at_most": 0, "points": 10}]}
    result = outcome(rule, count(0, unknown=1))
    assert isinstance(result, Outcome)
    assert (result.low, result.high) == (0, 10)


def test_minus_takes_points_per_occurrence_after_the_band() -> None:
    rule = {**SHARE, "minus": {"fact": "unexcused_absences", "per": 1}}
    result = outcome(rule, _share(1, 1), unexcused_absences=count(3))
    assert isinstance(result, Outcome)
    assert (result.low, result.high) == (7, 7)
