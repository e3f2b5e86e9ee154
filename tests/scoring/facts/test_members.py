"""Facts read from the roster: discipline, ratings, dues, study, residence feedback and
recruitment, over the members at the end of the window; a member without a record is missing
evidence, counted against the cell pessimistically."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from fourgood.scoring.facts import FACTS
from fourgood.scoring.facts.members import (
    discipline_decisions,
    leadership_disciplined,
    members_dues_not_in_full,
    members_good_residence_feedback,
    members_htnv_or_better,
    members_httnv_or_better,
    members_khtnv,
    members_studied_resolutions,
    recruitment,
)
from fourgood.scoring.values import Count, Level, Missing, Share
from fourgood.scoring.window import year_window

from .kit import cell_between, cell_year, member, member_of, words

ALL_GOOD = {"rating": "HTXSNV", "dues": "in_full", "studied": True, "residence_feedback": "good"}
ALL_BAD = {"rating": "KHTNV", "dues": "late", "studied": False, "residence_feedback": "not_good"}
MEMBERS = [
    member(
        "A",
        "Trần Văn An",
        years={2023: ALL_GOOD},
        discipline=[
            {"date": "2023-05-10", "form": "reprimand"},
            {"date": "2022-05-10", "form": "warning"},
        ],
    ),
    member("B", "Lê Thị Bình", years={2023: ALL_BAD}),
    member("C", "Ngô Văn Cường", admitted="2023-08-01", full_member=None, years={2023: {}}),
    member(
        "D",
        "Đỗ Thị Dung",
        transferred_out={"date": "2023-11-01", "to": "Tỉnh khác"},
        years={2023: {"rating": "KHTNV"}},
        discipline=[{"date": "2023-12-01", "form": "warning"}],  # after leaving: not the cell's
    ),
    member(
        "E",
        "Phạm Văn Em",
        admitted="2023-01-15",
        transferred_in={"date": "2023-02-01", "from": "Đảng bộ khác"},
        years={2023: {"rating": "HTNV", "dues": "short"}},
    ),
]
ROSTER_FACTS = [
    "discipline_decisions",
    "members_httnv_or_better",
    "members_khtnv",
    "members_dues_not_in_full",
    "members_studied_resolutions",
    "members_good_residence_feedback",
    "recruitment",
]


@pytest.mark.parametrize("name", ROSTER_FACTS)
def test_without_a_roster_the_evidence_is_missing(name: str) -> None:
    absent = FACTS[name].compute(cell_year(members=None))
    assert isinstance(absent, Missing)
    assert words((absent.reason,)) == ["no evidence: the cell has no roster (roster.yaml)"]


def test_the_members_the_year_covers_are_those_at_its_end_in_name_order() -> None:
    cell = cell_year(members=MEMBERS)
    assert [m.id for m in cell.year_end_members] == ["A", "B", "C", "E"]  # An, Bình, Cường, Em


def test_discipline_in_the_year_while_a_member_of_the_cell() -> None:
    fact = discipline_decisions(cell_year(members=MEMBERS))
    assert isinstance(fact, Count)
    assert words(fact.found) == ["Trần Văn An: reprimand on 2023-05-10"]
    before = discipline_decisions(
        cell_year(members=MEMBERS, window=year_window(2023, None, None, date(2023, 5, 9)))
    )
    assert before == Count(())


def test_the_share_rated_httnv_or_better_of_those_rated() -> None:
    fact = members_httnv_or_better(cell_year(members=MEMBERS))
    assert isinstance(fact, Share)
    # A of A, B, E: C, admitted in August, is too new to be rated
    assert fact.low == fact.high == Fraction(1, 3)
    assert words(fact.shortfalls) == ["Lê Thị Bình rated KHTNV", "Phạm Văn Em rated HTNV"]
    assert words((fact.measured,)) == ["1 of 3 members"]
    khtnv = members_khtnv(cell_year(members=MEMBERS))
    assert isinstance(khtnv, Count)
    assert words(khtnv.found) == ["Lê Thị Bình rated KHTNV"]  # Đỗ Thị Dung left in November


def test_no_one_rated_is_missing_evidence() -> None:
    unrated = [member("A", "An", years={2023: {"dues": "in_full"}}), member("B", "Bình")]
    assert members_httnv_or_better(cell_year(members=unrated)) is None
    assert members_khtnv(cell_year(members=unrated)) is None


def test_dues_late_or_short_and_members_without_a_record() -> None:
    fact = members_dues_not_in_full(cell_year(members=MEMBERS))
    assert isinstance(fact, Count)
    assert words(fact.found) == [
        "Lê Thị Bình: dues paid late",
        "Phạm Văn Em: dues not paid in full",
    ]
    assert words(fact.unknown) == ["no dues record for Ngô Văn Cường"]
    nobody_recorded = [member("A", "An"), member("B", "Bình", years={2023: {}})]
    assert members_dues_not_in_full(cell_year(members=nobody_recorded)) is None
    assert members_dues_not_in_full(cell_year(members=[])) is None


def test_shares_over_every_member_with_missing_records_both_ways() -> None:
    studied = members_studied_resolutions(cell_year(members=MEMBERS))
    assert isinstance(studied, Share)
    assert (studied.low, studied.high) == (Fraction(1, 4), Fraction(3, 4))
    assert words(studied.shortfalls) == ["Lê Thị Bình did not study the new resolutions"]
    assert words(studied.unknown) == [
        "no record of resolution study for Ngô Văn Cường",
        "no record of resolution study for Phạm Văn Em",
    ]
    feedback = members_good_residence_feedback(cell_year(members=MEMBERS))
    assert isinstance(feedback, Share)
    assert (feedback.low, feedback.high) == (Fraction(1, 4), Fraction(3, 4))
    assert words(feedback.shortfalls, "vi") == ["Lê Thị Bình: nơi cư trú nhận xét chưa tốt"]
    assert members_studied_resolutions(cell_year(members=[])) is None


def test_recruitment_by_admission_this_year_not_by_transfer() -> None:
    fact = recruitment(cell_year(members=MEMBERS, record={"candidates": 2}))
    assert isinstance(fact, Level)
    assert (fact.low, fact.high, fact.unknown) == ("admitted", "admitted", ())
    assert words(fact.reasons) == ["Ngô Văn Cường admitted this year"]  # not Phạm Văn Em
    before = recruitment(
        cell_year(members=MEMBERS, window=year_window(2023, None, None, date(2023, 4, 30)))
    )
    assert isinstance(before, Level)
    assert (before.low, before.high) == ("none", "admitted")  # no record of candidates yet


@pytest.mark.parametrize(
    ("record", "low", "high", "said"),
    [
        ({"candidates": 2}, "candidate", "candidate", "2 candidates sent to the party course"),
        ({"candidates": 1}, "candidate", "candidate", "1 candidate sent to the party course"),
        (
            {"candidates": 0},
            "none",
            "none",
            "no member admitted and no candidate sent to the party course",
        ),
        (
            {},
            "none",
            "admitted",
            "no evidence: the annual record does not say how many candidates were sent to the "
            "party course",
        ),
    ],
)
def test_recruitment_without_admissions(
    record: dict[str, int], low: str, high: str, said: str
) -> None:
    fact = recruitment(cell_year(members=[member("A", "An")], record=record))
    assert isinstance(fact, Level)
    assert (fact.low, fact.high) == (low, high)
    shown = [*words(fact.reasons), *(f"no evidence: {w}" for w in words(fact.unknown))]
    assert shown == [said]


# --- the window and the year in progress -----------------------------------------------


DISCIPLINED = [
    member_of("A", discipline=[{"date": "2023-02-10", "form": "reprimand"}]),
    member_of("B", discipline=[{"date": "2023-09-05", "form": "warning"}]),
]


def _days(value: object) -> list[object]:
    assert isinstance(value, Count)
    return [m.arg("day") for m in value.found]


def test_discipline_counts_only_inside_the_window() -> None:
    assert _days(discipline_decisions(cell_between(members=DISCIPLINED))) == [
        date(2023, 2, 10),
        date(2023, 9, 5),
    ]
    joined_april = cell_between(start=date(2023, 4, 1), members=DISCIPLINED)
    assert _days(discipline_decisions(joined_april)) == [date(2023, 9, 5)]
    as_of_june = cell_between(end=date(2023, 6, 30), members=DISCIPLINED)
    assert _days(discipline_decisions(as_of_june)) == [date(2023, 2, 10)]


def test_an_expulsion_is_a_discipline_decision_of_the_cell() -> None:
    """Expulsion ends membership on its own day; it is still the heaviest decision the cell
    took that year (0.1 counted it; ending membership must not make it vanish)."""
    expelled = [member_of("X", discipline=[{"date": "2023-06-12", "form": "expulsion"}])]
    assert _days(discipline_decisions(cell_between(members=expelled))) == [date(2023, 6, 12)]
    leader = [
        member_of("Y", role="secretary", discipline=[{"date": "2023-06-12", "form": "expulsion"}])
    ]
    assert _days(leadership_disciplined(cell_between(members=leader))) == [date(2023, 6, 12)]
    moved = [
        member_of(
            "Z",
            transferred_out={"date": "2023-05-01", "to": "other"},
            discipline=[{"date": "2023-07-01", "form": "reprimand"}],
        )
    ]
    assert _days(discipline_decisions(cell_between(members=moved))) == []


def test_an_admission_before_the_cell_joined_is_not_its_recruitment() -> None:
    admitted = [member_of("N", admitted="2023-03-01", full_member=None)]
    assert recruitment(cell_between(members=admitted, record={})).low == "admitted"  # type: ignore[union-attr]
    late = recruitment(
        cell_between(start=date(2023, 4, 1), members=admitted, record={"candidates": 0})
    )
    assert isinstance(late, Level)
    assert (late.low, late.high) == ("none", "none")


def _rated(*members: dict[str, object]) -> object:
    from fourgood.scoring.facts.members import members_httnv_or_better

    return members_httnv_or_better(cell_between(members=list(members)))


def test_a_member_without_the_years_rating_is_missing_evidence() -> None:
    value = _rated(
        member_of("A", years={2023: {"rating": "HTTNV"}}),
        member_of("B", years={2023: {"dues": "in_full"}}),
    )
    assert isinstance(value, Share)
    assert (value.low, value.high) == (Fraction(1, 2), Fraction(1))
    assert [m.key for m in value.unknown] == ["why.no_rating"]


def test_a_member_admitted_in_the_last_six_months_is_not_expected_to_be_rated() -> None:
    rated = member_of("A", years={2023: {"rating": "HTTNV"}})
    june = member_of("J", admitted="2023-06-30", full_member=None)
    july = member_of("K", admitted="2023-07-01", full_member=None)
    expected = _rated(rated, june)
    assert isinstance(expected, Share)
    assert expected.unknown != ()
    not_expected = _rated(rated, july)
    assert isinstance(not_expected, Share)
    assert (not_expected.low, not_expected.unknown) == (Fraction(1), ())


def test_no_rating_at_all_means_the_assessment_is_not_recorded() -> None:
    assert _rated(member_of("A"), member_of("B")) is None


def test_members_rated_htnv_or_better() -> None:
    found = members_htnv_or_better(cell_year(members=MEMBERS))
    assert isinstance(found, Share)
    assert words(found.shortfalls) == ["Lê Thị Bình rated KHTNV"]


def test_only_the_leaderships_discipline_counts_for_the_leadership() -> None:
    members = [
        member("S", "Hoàng Văn Sơn", role="secretary",
               discipline=[{"date": "2023-04-02", "form": "reprimand"}]),
        member("D", "Nông Thị Dung", role="deputy",
               discipline=[{"date": "2022-04-02", "form": "warning"}]),  # the year before
        member("M", "Lương Văn Mạnh", discipline=[{"date": "2023-06-01", "form": "warning"}]),
    ]  # fmt: skip
    found = leadership_disciplined(cell_year(members=members))
    assert isinstance(found, Count)
    assert words(found.found) == ["Hoàng Văn Sơn: reprimand on 2023-04-02"]
    everyone = discipline_decisions(cell_year(members=members))
    assert isinstance(everyone, Count)
    assert len(everyone.found) == 2
    assert isinstance(leadership_disciplined(cell_year(members=None)), Missing)
