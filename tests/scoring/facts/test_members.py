"""Facts of the roster: discipline and admissions count only inside the cell's window."""

from __future__ import annotations

from datetime import date

from fourgood.scoring.facts.members import discipline_decisions, recruitment
from fourgood.scoring.values import Count, Level

from .kit import cell_year, member

DISCIPLINED = [
    member("A", discipline=[{"date": "2023-02-10", "form": "reprimand"}]),
    member("B", discipline=[{"date": "2023-09-05", "form": "warning"}]),
]


def _days(value: object) -> list[object]:
    assert isinstance(value, Count)
    return [m.arg("day") for m in value.found]


def test_discipline_counts_only_inside_the_window() -> None:
    assert _days(discipline_decisions(cell_year(members=DISCIPLINED))) == [
        date(2023, 2, 10),
        date(2023, 9, 5),
    ]
    joined_april = cell_year(start=date(2023, 4, 1), members=DISCIPLINED)
    assert _days(discipline_decisions(joined_april)) == [date(2023, 9, 5)]
    as_of_june = cell_year(end=date(2023, 6, 30), members=DISCIPLINED)
    assert _days(discipline_decisions(as_of_june)) == [date(2023, 2, 10)]


def test_an_admission_before_the_cell_joined_is_not_its_recruitment() -> None:
    admitted = [member("N", admitted="2023-03-01", full_member=None)]
    assert recruitment(cell_year(members=admitted, record={})).low == "admitted"  # type: ignore[union-attr]
    late = recruitment(
        cell_year(start=date(2023, 4, 1), members=admitted, record={"candidates": 0})
    )
    assert isinstance(late, Level)
    assert (late.low, late.high) == ("none", "none")
