"""The charter's size rules, as warnings on the current rosters: 3 full members in a cell, 30 in
a grassroots committee, fewer than 30 in a grassroots cell."""

from __future__ import annotations

from fourgood.checks.charter import cell_sizes, committee_sizes, headcount
from fourgood.checks.subjects import Charter, Headcount

from .kit import index, member, roster, said


def charter(counts: dict[str, Headcount], **changes: object) -> Charter:
    return Charter(index(**changes), counts, "organisation.yaml")


def test_a_headcount_leaves_out_members_who_left() -> None:
    counted = headcount(
        roster(
            member("1"),
            member("2", full_member=None),
            member("3", transferred_out={"date": "2023-05-01", "to": "Tỉnh khác"}),
        )
    )
    assert counted == Headcount(members=2, full=1)
    assert headcount(roster()) == Headcount(0, 0)


def test_a_cell_needs_three_full_members() -> None:
    counts = {"a": Headcount(5, 3), "b": Headcount(5, 2), "c": Headcount(1, 1)}
    assert said(list(cell_sizes(charter(counts)))) == [
        ("warning", "cell 'b' has 2 full members; a cell needs at least 3", ("cells", 1, "id")),
        ("warning", "cell 'c' has 1 full member; a cell needs at least 3", ("cells", 2, "id")),
    ]


def test_a_grassroots_cell_of_30_should_be_a_committee() -> None:
    counts = {"a": Headcount(30, 30), "b": Headcount(40, 40), "c": Headcount(29, 29)}
    assert said(list(cell_sizes(charter(counts)))) == [
        (
            "warning",
            "grassroots cell 'a' has 30 members; with 30 or more it should be a grassroots "
            "committee",
            ("cells", 0, "id"),
        )
    ]  # b is under a committee: any size


def test_cells_without_a_roster_or_gone_are_not_counted() -> None:
    gone = {
        "cells": [
            {
                "id": "a",
                "name": "A",
                "type": "agency",
                "parent": "bloc",
                "transferred_out": {"date": "2023-01-01", "to": "X"},
            }
        ]
    }
    assert list(cell_sizes(charter({"a": Headcount(1, 0)}, **gone))) == []
    assert list(cell_sizes(charter({}))) == []


def test_a_grassroots_committee_needs_30_members_in_its_cells() -> None:
    # b is in k directly, c through section s
    assert said(list(committee_sizes(charter({"b": Headcount(20, 20), "c": Headcount(9, 9)})))) == [
        (
            "warning",
            "grassroots committee 'k' has 29 members; a committee needs 30 or more",
            ("committees", 0, "id"),
        )
    ]
    assert list(committee_sizes(charter({"b": Headcount(20, 20), "c": Headcount(10, 0)}))) == []
    # a grassroots cell's members are not the committee's
    assert said(list(committee_sizes(charter({"a": Headcount(50, 50)}))))[0][1].endswith(
        "has 0 members; a committee needs 30 or more"
    )


def test_a_committee_that_left_is_not_checked() -> None:
    gone = {
        "committees": [
            {"id": "k", "name": "K", "transferred_out": {"date": "2023-01-01", "to": "X"}}
        ]
    }
    assert list(committee_sizes(charter({}, **gone))) == []
    assert list(cell_sizes(charter({"b": Headcount(1, 1)}, **gone))) == []  # its cells left too


def test_sizes_follow_the_tree_after_its_changes() -> None:
    """A grassroots cell moved under committee k counts there, and is no longer a grassroots
    cell, as the headcount counts the members who are there now."""
    moved = {
        "cells": [
            {
                "id": "a",
                "name": "Chi bộ A",
                "type": "agency",
                "parent": "bloc",
                "changes": [{"date": "2025-07-01", "move": "k"}],
            },
            {"id": "b", "name": "Chi bộ B", "type": "public_service", "parent": "k"},
            {"id": "c", "name": "Chi bộ C", "type": "enterprise", "parent": "s"},
        ]
    }
    counts = {"a": Headcount(31, 31), "b": Headcount(1, 1), "c": Headcount(3, 3)}
    assert list(committee_sizes(charter(counts, **moved))) == []  # 35 members in k
    assert said(list(cell_sizes(charter(counts, **moved)))) == [
        (
            "warning",
            said(list(cell_sizes(charter({"b": Headcount(1, 1)}))))[0][1],
            ("cells", 1, "id"),
        )
    ]  # only b's three-full-members warning: a is not a grassroots cell of 31 any more
