"""Who belonged to a cell on a day, and who was exempt from its activities."""

from __future__ import annotations

from datetime import date
from typing import Any

from fourgood.models.roster import Member, Roster
from fourgood.scoring.membership import (
    decided_in_cell,
    exempt_on,
    member_start,
    members_at,
    on_roster,
)


def member(**fields: Any) -> Member:
    base = {"id": "TP-1", "name": "Nguyễn Văn An", "sex": "male", "born": "1980-01-01"}
    return Member.model_validate({**base, "admitted": "2005-05-19", **fields})


def test_a_member_starts_on_admission_or_on_transfer_in() -> None:
    assert member_start(member()) == date(2005, 5, 19)
    moved = member(transferred_in={"date": "2023-04-01", "from": "Đảng bộ huyện"})
    assert member_start(moved) == date(2023, 4, 1)


def test_on_the_roster_from_the_first_day_until_the_day_of_leaving() -> None:
    m = member(
        transferred_in={"date": "2023-04-01", "from_cell": "other"},
        transferred_out={"date": "2023-10-01", "to_cell": "third"},
    )
    assert not on_roster(m, date(2023, 3, 31))
    assert on_roster(m, date(2023, 4, 1))
    assert on_roster(m, date(2023, 9, 30))
    assert not on_roster(m, date(2023, 10, 1))  # gone on the day of the transfer
    assert on_roster(member(), date(2100, 1, 1))  # never left


def test_a_decision_on_the_day_membership_ends_is_the_cells() -> None:
    expelled = member(discipline=[{"date": "2023-06-12", "form": "expulsion"}])
    assert not on_roster(expelled, date(2023, 6, 12))
    assert decided_in_cell(expelled, date(2023, 6, 12))
    assert not decided_in_cell(expelled, date(2023, 6, 13))
    assert not decided_in_cell(expelled, date(2005, 5, 18))


def test_exemptions_are_inclusive_and_may_be_open_ended() -> None:
    m = member(
        exempt=[
            {"from": "2023-03-01", "to": "2023-03-31"},
            {"from": "2023-09-01"},
        ]
    )
    assert not exempt_on(m, date(2023, 2, 28))
    assert exempt_on(m, date(2023, 3, 1))
    assert exempt_on(m, date(2023, 3, 31))
    assert not exempt_on(m, date(2023, 4, 1))
    assert exempt_on(m, date(2023, 9, 1))
    assert exempt_on(m, date(2030, 1, 1))
    assert not exempt_on(member(), date(2023, 3, 15))


def test_the_members_on_a_day_in_roster_order() -> None:
    roster = Roster(
        members=[
            member(id="A"),
            member(id="B", admitted="2023-06-15"),
            member(id="C", transferred_out={"date": "2023-06-15", "to": "Tỉnh khác"}),
        ]
    )
    assert [m.id for m in members_at(roster, date(2023, 6, 14))] == ["A", "C"]
    assert [m.id for m in members_at(roster, date(2023, 6, 15))] == ["A", "B"]
    assert members_at(Roster(), date(2023, 6, 15)) == []
