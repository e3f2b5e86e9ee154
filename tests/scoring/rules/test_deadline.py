"""``deadline``: points by the day something was done."""

from __future__ import annotations

from datetime import date

import pytest

from fourgood.scoring.rules.base import Outcome
from fourgood.scoring.rules.deadline import step_day
from fourgood.scoring.values import OnDate

from .kit import outcome, problems, year

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


@pytest.mark.parametrize(
    ("day", "points"),
    [(date(2023, 5, 1), 10), (date(2023, 5, 2), 5), (date(2023, 6, 29), 5), (date(2023, 6, 30), 0)],
)
def test_a_cell_that_joined_late_has_as_long_from_the_day_it_joined(day: date, points: int) -> None:
    joined_april = year(start=date(2023, 4, 1))
    result = outcome(RULE, OnDate(day), window=joined_april)
    assert isinstance(result, Outcome)
    assert result.low == points


def test_counted_from_the_year_the_steps_are_fixed_days() -> None:
    result = outcome(
        {**RULE, "from": "year"}, OnDate(date(2023, 4, 15)), window=year(date(2023, 4, 1))
    )
    assert isinstance(result, Outcome)
    assert result.low == 0


def test_not_done_while_a_step_can_still_be_met_is_read_both_ways() -> None:
    january = outcome(RULE, OnDate(None), window=year(end=date(2023, 1, 15)))
    february = outcome(RULE, OnDate(None), window=year(end=date(2023, 2, 15)))
    april = outcome(RULE, OnDate(None), window=year(end=date(2023, 4, 30)))
    assert isinstance(january, Outcome)
    assert isinstance(february, Outcome)
    assert isinstance(april, Outcome)
    assert (january.low, january.high) == (0, 10)
    assert (february.low, february.high) == (0, 5)
    assert (april.low, april.high) == (0, 0)
    assert [w.key for w in january.why] == ["why.due_by"]
    assert [w.key for w in april.why] == ["why.not_done"]
