"""The days a cell is judged on in a year, and the months and quarters wholly inside them."""

from __future__ import annotations

from datetime import date

import pytest

from fourgood.scoring.window import Window, year_window


def test_window_counts_only_whole_months_and_quarters() -> None:
    full = year_window(2023, None, None, None)
    assert len(full.months()) == 12
    assert len(full.quarters()) == 4
    late = year_window(2023, date(2023, 4, 10), None, None)
    assert late.months()[0] == (2023, 5)
    assert len(late.months()) == 8
    assert late.quarters() == [(2023, 3), (2023, 4)]
    as_of = year_window(2024, None, None, date(2024, 2, 20))
    assert as_of.months() == [(2024, 1)]
    assert as_of.quarters() == []
    month_end = year_window(2024, None, None, date(2024, 3, 31))
    assert month_end.quarters() == [(2024, 1)]


def test_a_whole_year() -> None:
    window = year_window(2023, None, None, None)
    assert window == Window(date(2023, 1, 1), date(2023, 12, 31))
    assert window.months() == [(2023, m) for m in range(1, 13)]
    assert window.quarters() == [(2023, 1), (2023, 2), (2023, 3), (2023, 4)]


def test_days_in_the_window_are_inclusive() -> None:
    window = Window(date(2023, 4, 1), date(2023, 6, 30))
    assert date(2023, 4, 1) in window
    assert date(2023, 6, 30) in window
    assert date(2023, 3, 31) not in window
    assert date(2023, 7, 1) not in window


@pytest.mark.parametrize(
    ("joined", "first_month"),
    [
        (date(2023, 4, 1), (2023, 4)),  # joining on the 1st: the month counts
        (date(2023, 4, 2), (2023, 5)),  # later in the month: from the next one
        (date(2023, 4, 30), (2023, 5)),
        (date(2022, 5, 1), (2023, 1)),  # joined before the year: the whole year
    ],
)
def test_joining_during_the_year(joined: date, first_month: tuple[int, int]) -> None:
    window = year_window(2023, joined, None, None)
    assert window.start == max(joined, date(2023, 1, 1))
    assert window.months()[0] == first_month
    assert window.end == date(2023, 12, 31)


def test_leaving_ends_the_window_the_day_before() -> None:
    window = year_window(2023, None, date(2023, 7, 1), None)
    assert window.end == date(2023, 6, 30)
    assert window.months()[-1] == (2023, 6)
    assert window.quarters() == [(2023, 1), (2023, 2)]
    mid_month = year_window(2023, None, date(2023, 7, 15), None)
    assert mid_month.end == date(2023, 7, 14)
    assert mid_month.months()[-1] == (2023, 6)  # July has not ended in the window


@pytest.mark.parametrize(
    ("as_of", "months"),
    [
        (date(2023, 1, 30), []),
        (date(2023, 1, 31), [(2023, 1)]),  # the month's last day: it has ended
        (date(2024, 2, 28), [(2024, 1)]),  # a leap year: February has a 29th
        (date(2024, 2, 29), [(2024, 1), (2024, 2)]),
    ],
)
def test_only_months_ended_by_as_of_count(as_of: date, months: list[tuple[int, int]]) -> None:
    window = year_window(as_of.year, None, None, as_of)
    assert window.end == as_of
    assert window.months() == months


def test_a_quarter_counts_only_when_its_three_months_do() -> None:
    assert year_window(2023, None, None, date(2023, 3, 31)).quarters() == [(2023, 1)]
    assert year_window(2023, None, None, date(2023, 3, 30)).quarters() == []
    # joined on 1 February: January is outside, so the first quarter is not required
    assert year_window(2023, date(2023, 2, 1), None, None).quarters() == [
        (2023, 2),
        (2023, 3),
        (2023, 4),
    ]


def test_the_earliest_end_wins() -> None:
    assert year_window(2023, None, date(2023, 9, 1), date(2023, 6, 30)).end == date(2023, 6, 30)
    assert year_window(2023, None, date(2023, 5, 1), date(2023, 6, 30)).end == date(2023, 4, 30)


def test_a_window_with_no_days() -> None:
    window = year_window(2023, date(2023, 5, 1), date(2023, 5, 1), None)  # left the day it joined
    assert window.start > window.end
    assert window.months() == []
    assert window.quarters() == []
    assert date(2023, 5, 1) not in window


def test_a_window_across_years() -> None:
    window = Window(date(2023, 11, 15), date(2024, 7, 1))
    assert window.months() == [(2023, 12), *((2024, m) for m in range(1, 7))]
    assert window.quarters() == [(2024, 1), (2024, 2)]
