"""Facts of the roster: discipline and admissions count only inside the cell's window."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from fourgood.scoring.facts.members import discipline_decisions, recruitment
from fourgood.scoring.values import Count, Level, Share

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


def _rated(*members: dict[str, object]) -> object:
    from fourgood.scoring.facts.members import members_httnv_or_better

    return members_httnv_or_better(cell_year(members=list(members)))


def test_a_member_without_the_years_rating_is_missing_evidence() -> None:
    value = _rated(
        member("A", years={2023: {"rating": "HTTNV"}}),
        member("B", years={2023: {"dues": "in_full"}}),
    )
    assert isinstance(value, Share)
    assert (value.low, value.high) == (Fraction(1, 2), Fraction(1))
    assert [m.key for m in value.unknown] == ["why.no_rating"]


def test_a_member_admitted_in_the_last_six_months_is_not_expected_to_be_rated() -> None:
    rated = member("A", years={2023: {"rating": "HTTNV"}})
    june = member("J", admitted="2023-06-30", full_member=None)
    july = member("K", admitted="2023-07-01", full_member=None)
    expected = _rated(rated, june)
    assert isinstance(expected, Share)
    assert expected.unknown != ()
    not_expected = _rated(rated, july)
    assert isinstance(not_expected, Share)
    assert (not_expected.low, not_expected.unknown) == (Fraction(1), ())


def test_no_rating_at_all_means_the_assessment_is_not_recorded() -> None:
    assert _rated(member("A"), member("B")) is None
