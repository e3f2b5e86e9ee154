"""A roster: unique ids, life dates in order, sound transfers, periods and decisions in order,
and assessments only while a member."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from fourgood.checks.roster import (
    assessments_while_a_member,
    life_dates_in_order,
    periods_and_decisions_in_order,
    transfers_are_sound,
    unique_ids,
)
from fourgood.checks.subjects import RosterFile

from .kit import Said, index, member, roster, said


def subject(*members: dict[str, Any]) -> RosterFile:
    return RosterFile("a", roster(*members), "roster.yaml", index(), date(2023, 12, 31))


def found(check: Any, *members: dict[str, Any]) -> list[Said]:
    return said(list(check(subject(*members))))


def test_a_sound_roster() -> None:
    sound = [
        member("1"),
        member("2", transferred_in={"date": "2020-03-01", "from_cell": "b"}),
        member("3", transferred_out={"date": "2023-05-01", "to_cell": "c"}, years={2023: {}}),
        member(
            "4",
            exempt=[{"from": "2023-01-01", "to": "2023-01-01"}],
            discipline=[{"date": "2005-05-19", "form": "warning"}],
        ),
    ]
    for check in (
        unique_ids,
        life_dates_in_order,
        transfers_are_sound,
        periods_and_decisions_in_order,
        assessments_while_a_member,
    ):
        assert list(check(subject(*sound))) == [], check.__name__


def test_a_member_id_once() -> None:
    assert found(unique_ids, member("1"), member("2"), member("1")) == [
        ("error", "member id '1' is used twice in this roster", ("members", 2, "id"))
    ]


def test_admitted_after_birth() -> None:
    assert found(life_dates_in_order, member("1", born="2005-05-19")) == [
        ("error", "the admission date is before the birth date", ("members", 0, "admitted"))
    ]


@pytest.mark.parametrize(
    ("born", "young"), [("1987-05-19", False), ("1987-05-20", True), ("1990-01-01", True)]
)
def test_admitted_at_18_or_older(born: str, young: bool) -> None:
    # admitted on 2005-05-19: 18 on the day for someone born on 1987-05-19
    expected = [
        ("warning", "admitted before the age of 18; check the dates", ("members", 0, "admitted"))
    ]
    assert found(life_dates_in_order, member("1", born=born)) == (expected if young else [])


def test_a_full_member_after_admission() -> None:
    assert found(life_dates_in_order, member("1", full_member="2005-05-18")) == [
        ("error", "made a full member before being admitted", ("members", 0, "full_member"))
    ]
    assert found(life_dates_in_order, member("1", full_member="2005-05-19")) == []


def test_transfers_in() -> None:
    early = {"date": "2005-05-18", "from": "Tỉnh khác"}
    assert found(transfers_are_sound, member("1", transferred_in=early)) == [
        (
            "error",
            "transferred in before being admitted to the Party",
            ("members", 0, "transferred_in", "date"),
        )
    ]
    assert found(
        transfers_are_sound, member("1", transferred_in={"date": "2020-01-01", "from_cell": "bb"})
    ) == [
        (
            "error",
            "no cell 'bb' in organisation.yaml; did you mean 'b'?",
            ("members", 0, "transferred_in", "from_cell"),
        )
    ]
    assert found(
        transfers_are_sound, member("1", transferred_in={"date": "2020-01-01", "from_cell": "a"})
    ) == [
        (
            "error",
            "a transfer must be to or from another cell",
            ("members", 0, "transferred_in", "from_cell"),
        )
    ]


def test_transfers_out() -> None:
    joined = {"date": "2020-01-01", "from": "Tỉnh khác"}
    before = {"date": "2019-12-31", "to": "Tỉnh khác"}
    assert found(
        transfers_are_sound, member("1", transferred_in=joined, transferred_out=before)
    ) == [
        (
            "error",
            "transferred out before joining the cell (2020-01-01)",
            ("members", 0, "transferred_out", "date"),
        )
    ]
    assert found(
        transfers_are_sound, member("1", transferred_out={"date": "2023-01-01", "to_cell": "zz"})
    ) == [
        ("error", "no cell 'zz' in organisation.yaml", ("members", 0, "transferred_out", "to_cell"))
    ]
    assert found(
        transfers_are_sound, member("1", transferred_out={"date": "2023-01-01", "to_cell": "a"})
    ) == [
        (
            "error",
            "a transfer must be to or from another cell",
            ("members", 0, "transferred_out", "to_cell"),
        )
    ]


def test_periods_end_after_they_start_and_decisions_follow_admission() -> None:
    assert found(
        periods_and_decisions_in_order,
        member(
            "1",
            exempt=[{"from": "2023-03-01", "to": "2023-02-28"}],
            discipline=[{"date": "2005-05-18", "form": "reprimand"}],
        ),
    ) == [
        ("error", "the period ends before it starts", ("members", 0, "exempt", 0, "to")),
        (
            "error",
            "a discipline decision dated before the member was admitted",
            ("members", 0, "discipline", 0, "date"),
        ),
    ]


def test_assessments_only_for_years_in_the_cell() -> None:
    years: dict[int, dict[str, str]] = {2019: {}, 2020: {}, 2023: {}, 2024: {}}
    moved = member(
        "1",
        transferred_in={"date": "2020-06-01", "from": "Tỉnh khác"},
        transferred_out={"date": "2023-05-01", "to": "Tỉnh khác"},
        years=years,
    )
    assert found(assessments_while_a_member, moved) == [
        (
            "warning",
            "an assessment for 2019, when the member was not in this cell",
            ("members", 0, "years", 2019),
        ),
        (
            "warning",
            "an assessment for 2024, when the member was not in this cell",
            ("members", 0, "years", 2024),
        ),
    ]
