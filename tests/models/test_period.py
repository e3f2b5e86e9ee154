"""The period something is in force: days or years, open ends, and whether two periods share a
day."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from fourgood.models.period import FIRST_DAY, LAST_DAY, Period, runs_of_years
from fourgood.read.pydantic_errors import problem_from_error
from tests.checks.kit import said


def period(**ends: object) -> Period:
    return Period.model_validate({("from" if k == "start" else k): v for k, v in ends.items()})


def test_a_year_is_its_first_day_as_a_start_and_its_last_as_an_end() -> None:
    whole = period(start=2023, to=2024)
    assert (whole.start, whole.end) == (date(2023, 1, 1), date(2024, 12, 31))
    days = period(start="2025-10-28", to="2025-12-31")
    assert (days.start, days.end) == (date(2025, 10, 28), date(2025, 12, 31))


def test_an_end_left_out_is_open() -> None:
    assert (period().start, period().end) == (FIRST_DAY, LAST_DAY)
    assert period(start=2025).covers(date(2100, 12, 31))
    assert period(to="2025-10-27").covers(FIRST_DAY)


def test_both_ends_are_in_force() -> None:
    p = period(start="2025-10-28", to=2026)
    assert [p.covers(date(2025, 10, d)) for d in (27, 28)] == [False, True]
    assert [p.covers(d) for d in (date(2026, 12, 31), date(2027, 1, 1))] == [True, False]


def test_two_periods_overlap_when_they_share_a_day() -> None:
    old, new = period(to="2025-10-27"), period(start="2025-10-28")
    assert not old.overlaps(new)
    assert not new.overlaps(old)
    assert period(to="2025-10-28").overlaps(new)
    assert period(start=2023, to=2024).overlaps(period(start="2024-12-31"))


def test_years_become_runs_of_consecutive_years() -> None:
    runs = runs_of_years([2026, 2023, 2024, 2024])
    assert [(p.start, p.end) for p in runs] == [
        (date(2023, 1, 1), date(2024, 12, 31)),
        (date(2026, 1, 1), date(2026, 12, 31)),
    ]
    assert runs_of_years([]) == []


@pytest.mark.parametrize(
    ("value", "shown"),
    [("2025/01/01", "2025/01/01"), (1929, "1929"), (2101, "2101"), (True, "true"), ("x", "x")],
)
def test_a_day_or_a_year_and_nothing_else(value: object, shown: str) -> None:
    data = {"from": value}
    with pytest.raises(ValidationError) as caught:
        Period.model_validate(data)
    (error,) = caught.value.errors()
    problem = problem_from_error("rubric.yaml", Period, data, error)
    assert said([problem]) == [
        (
            "error",
            f"'{shown}' is neither a date (YYYY-MM-DD) nor a year (e.g. 2025)",
            ("from",),
        )
    ]
