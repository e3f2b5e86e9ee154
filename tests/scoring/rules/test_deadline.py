"""``deadline``: points by the day something was done."""

from __future__ import annotations

from datetime import date

import pytest

from fourgood.scoring.rules.base import Outcome
from fourgood.scoring.rules.deadline import step_day
from fourgood.scoring.values import OnDate

from .kit import outcome, problems

RULE = {
    "kind": "deadline",
    "fact": "work_programme",
    "steps": [{"by": "01-31", "points": 10}, {"by": "03-31", "points": 5}],
}


def test_pass() -> None:
    assert problems(RULE) == []


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ([{"by": "03-31", "points": 5}, {"by": "01-31", "points": 10}], "step_order"),
        ([{"by": "02-30", "points": 5}], "step_day"),
        ([{"by": "01-31", "points": 11}], "points_max"),
    ],
)
def test_fail(steps: list[dict[str, object]], expected: str) -> None:
    assert f"rubric.{expected}" in [k for k, _ in problems({**RULE, "steps": steps})]


@pytest.mark.parametrize(
    ("day", "points"),
    [(date(2023, 1, 31), 10), (date(2023, 2, 1), 5), (date(2023, 3, 31), 5), (None, 0)],
)
def test_points(day: date | None, points: int) -> None:
    result = outcome(RULE, OnDate(day))
    assert isinstance(result, Outcome)
    assert result.low == points


def test_29_february_in_a_common_year_is_28_february() -> None:
    assert step_day("02-29", 2023) == date(2023, 2, 28)
    assert step_day("02-29", 2024) == date(2024, 2, 29)
