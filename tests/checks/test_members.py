"""A member on two rosters only one after the other: a transfer out of one, then in to the
other."""

from __future__ import annotations

from datetime import date
from typing import Any

from fourgood.checks.members import member_ids_look_like_themselves, one_roster_at_a_time, spans
from fourgood.checks.subjects import Rosters, RosterSpan

from .kit import member, roster, said


def test_each_members_time_on_a_roster() -> None:
    found = spans(
        "a",
        roster(
            member("TP-1"),
            member("TP-2", transferred_in={"date": "2020-03-01", "from": "X"}),
            member("TP-3", transferred_out={"date": "2023-05-01", "to_cell": "b"}),
        ),
        "cells/a/roster.yaml",
    )
    assert found == [
        RosterSpan("TP-1", "a", date(2005, 5, 19), None, "cells/a/roster.yaml", 0),
        RosterSpan("TP-2", "a", date(2020, 3, 1), None, "cells/a/roster.yaml", 1),
        RosterSpan(
            "TP-3",
            "a",
            date(2005, 5, 19),
            date(2023, 5, 1),
            "cells/a/roster.yaml",
            2,
            to_cell="b",
            out_day=date(2023, 5, 1),
        ),
    ]


def moved(out: str | None, arrived: str) -> Rosters:
    """TP-1 on a's roster (until ``out``), and on b's from ``arrived``."""
    left: dict[str, Any] = {"transferred_out": {"date": out, "to_cell": "b"}} if out else {}
    a = spans("a", roster(member("TP-1", **left)), "cells/a/roster.yaml")
    b = spans(
        "b",
        roster(member("TP-0"), member("TP-1", transferred_in={"date": arrived, "from_cell": "a"})),
        "cells/b/roster.yaml",
    )
    return Rosters(spans=b + a)


def test_a_transfer_out_then_in_is_fine_even_on_the_same_day() -> None:
    assert list(one_roster_at_a_time(moved("2023-05-01", "2023-05-01"))) == []
    assert list(one_roster_at_a_time(moved("2023-05-01", "2023-06-01"))) == []


def test_being_on_two_rosters_at_once_is_reported_on_the_later_one() -> None:
    for out in (None, "2023-05-02"):
        problems = list(one_roster_at_a_time(moved(out, "2023-05-01")))
        assert [p.file for p in problems] == ["cells/b/roster.yaml"]
        assert said(problems) == [
            (
                "error",
                "member 'TP-1' is also on the roster of cell 'a' (cells/a/roster.yaml) at the "
                "same time; record a transfer out there and a transfer in here",
                ("members", 1, "id"),
            )
        ]


def test_a_duplicate_inside_one_roster_is_left_to_the_rosters_check() -> None:
    twice = spans("a", roster(member("TP-1"), member("TP-1")), "cells/a/roster.yaml")
    assert list(one_roster_at_a_time(Rosters(spans=twice))) == []


def test_no_member_id_is_disguised_as_another_on_any_roster() -> None:
    a = spans("a", roster(member("\u0422P-1"), member("TP-2")), "cells/a/roster.yaml")
    b = spans("b", roster(member("TP-1"), member("TP-2")), "cells/b/roster.yaml")
    assert said(list(member_ids_look_like_themselves(Rosters(spans=b + a)))) == [
        (
            "warning",
            "'\u0422P-1' looks like 'TP-1' (cells/b/roster.yaml) but is another id: if they are "
            "the same, type this one again",
            ("members", 0, "id"),
        )
    ]
