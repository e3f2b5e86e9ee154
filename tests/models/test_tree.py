"""The organisation tree indexed: grassroots organisations, departures and presence on a day, and
the tree as it stood on a day (names, parents, merges, dissolutions)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fourgood.models.history import Ending
from fourgood.models.organisation import Organisation, UnitTransfer
from fourgood.models.tree import OrgIndex


def cell(id: str, parent: str, **extra: Any) -> dict[str, Any]:
    return {"id": id, "name": f"Chi bộ {id}", "type": "agency", "parent": parent, **extra}


def gone(day: str, to: str = "Khối khác") -> dict[str, str]:
    return {"date": day, "to": to}


def tree(**changes: Any) -> OrgIndex:
    """A bloc with a committee k (with a section s) and cells at every level."""
    data: dict[str, Any] = {
        "bloc": {"id": "bloc", "name": "Đảng ủy Khối"},
        "committees": [{"id": "k", "name": "Đảng bộ K"}],
        "sections": [{"id": "s", "name": "Đảng bộ bộ phận S", "parent": "k"}],
        "cells": [cell("top", "bloc"), cell("in-k", "k"), cell("in-s", "s")],
    }
    data.update(changes)
    return OrgIndex.build(Organisation.model_validate(data))


def test_the_index_lists_every_unit_by_id() -> None:
    index = tree()
    assert index.bloc_id == "bloc"
    assert list(index.committees) == ["k"]
    assert list(index.sections) == ["s"]
    assert list(index.cells) == ["top", "in-k", "in-s"]  # in the file's order


def test_of_two_units_with_one_id_the_first_listed_is_indexed() -> None:
    index = tree(
        committees=[{"id": "k", "name": "Đảng bộ K"}, {"id": "k", "name": "Đảng bộ K (again)"}],
        sections=[{"id": "k", "name": "Section named like a committee", "parent": "k"}],
        cells=[cell("bloc", "bloc"), cell("c", "k"), cell("c", "bloc")],
    )
    assert index.committees["k"].name == "Đảng bộ K"
    assert index.sections == {}  # its id is the committee's
    assert list(index.cells) == ["c"]  # "bloc" is the bloc's id
    assert index.cells["c"].parent == "k"


def test_the_grassroots_organisation_of_each_cell() -> None:
    index = tree()
    assert index.grassroots_of("top") == "top"  # a grassroots cell is its own
    assert index.grassroots_of("in-k") == "k"
    assert index.grassroots_of("in-s") == "k"  # through its section
    assert index.is_grassroots_cell("top")
    assert not index.is_grassroots_cell("in-k")
    assert not index.is_grassroots_cell("in-s")


def test_a_unit_that_never_left() -> None:
    index = tree()
    assert index.departure("in-s") is None
    assert index.left_on("in-s") is None
    assert index.present_at("in-s", date(2100, 1, 1))
    assert index.departure("nowhere") is None


def test_a_cell_leaves_on_its_day_and_is_gone_from_that_day() -> None:
    index = tree(cells=[cell("top", "bloc", transferred_out=gone("2023-07-01", "Khối DN"))])
    assert index.departure("top") == UnitTransfer(date=date(2023, 7, 1), to="Khối DN")
    assert index.left_on("top") == date(2023, 7, 1)
    assert index.present_at("top", date(2023, 6, 30))
    assert not index.present_at("top", date(2023, 7, 1))


def test_a_committee_takes_its_sections_and_cells_with_it() -> None:
    index = tree(
        committees=[{"id": "k", "name": "Đảng bộ K", "transferred_out": gone("2023-04-01")}]
    )
    for unit in ("k", "s", "in-k", "in-s"):
        assert index.left_on(unit) == date(2023, 4, 1), unit
    assert index.left_on("top") is None


def test_the_earliest_departure_counts() -> None:
    index = tree(
        committees=[{"id": "k", "name": "Đảng bộ K", "transferred_out": gone("2023-09-01", "B")}],
        sections=[
            {"id": "s", "name": "S", "parent": "k", "transferred_out": gone("2023-05-01", "A")}
        ],
        cells=[cell("in-s", "s", transferred_out=gone("2023-11-01", "C"))],
    )
    assert index.departure("in-s") == UnitTransfer(date=date(2023, 5, 1), to="A")
    assert index.left_on("s") == date(2023, 5, 1)
    assert index.left_on("k") == date(2023, 9, 1)  # a section leaving does not take its committee


# --- the tree over time ----------------------------------------------------------------------


def over_time() -> OrgIndex:
    """A bloc reorganised: committee k2 merged into k on 2025-03-01, section s moved to k3 on
    2025-07-01, cell a renamed and moved under the bloc, cell b merged into a, cell c dissolved,
    committee k3 formed on 2025-06-01 and transferred out in 2026."""
    return tree(
        committees=[
            {"id": "k", "name": "Đảng bộ K"},
            {"id": "k2", "name": "Đảng bộ K2", "changes": [{"date": "2025-03-01", "merge": "k"}]},
            {
                "id": "k3",
                "name": "Đảng bộ K3",
                "established": "2025-06-01",
                "transferred_out": gone("2026-04-01"),
            },
        ],
        sections=[
            {
                "id": "s",
                "name": "Đảng bộ bộ phận S",
                "parent": "k",
                "changes": [{"date": "2025-07-01", "move": "k3"}],
            },
        ],
        cells=[
            cell(
                "a",
                "k2",
                changes=[
                    {"date": "2025-05-01", "rename": "Chi bộ A mới"},
                    {"date": "2026-01-01", "move": "bloc"},
                ],
            ),
            cell("b", "k", changes=[{"date": "2025-09-01", "merge": "a"}]),
            cell("c", "s", changes=[{"date": "2025-12-01", "dissolve": True}]),
            cell("d", "s"),
        ],
    )


def test_names_and_parents_as_the_tree_stood_on_a_day() -> None:
    index = over_time()
    assert [index.name_on("a", d) for d in (date(2025, 4, 30), date(2025, 5, 1))] == [
        "Chi bộ a",
        "Chi bộ A mới",
    ]
    assert index.name_on("a") == "Chi bộ a"  # without a day: the first name
    assert index.name_on("nope", date(2025, 1, 1)) == "nope"
    # k2 was merged into k: its cells sit under k from that day
    assert [index.parent_on("a", d) for d in (date(2025, 2, 28), date(2025, 3, 1))] == ["k2", "k"]
    assert index.parent_on("a") == "k2"
    assert index.grassroots_of("a", date(2025, 12, 31)) == "k"
    assert index.grassroots_of("a", date(2026, 1, 1)) == "a"  # moved under the bloc
    assert index.is_grassroots_cell("a", date(2026, 1, 1))
    assert not index.is_grassroots_cell("a", date(2025, 12, 31))
    # a section moved carries its cells to its new committee
    assert [index.grassroots_of("d", d) for d in (date(2025, 6, 30), date(2025, 7, 1))] == [
        "k",
        "k3",
    ]


def test_how_units_ended() -> None:
    index = over_time()
    assert index.ending("b") == Ending(date(2025, 9, 1), "merged", "a")
    assert index.ending("c") == Ending(date(2025, 12, 1), "dissolved", "")
    assert index.ending("k2") == Ending(date(2025, 3, 1), "merged", "k")
    # d was under s when s's committee k3 left the bloc: it left with them
    assert index.ending("d") == Ending(date(2026, 4, 1), "transferred", "Khối khác")
    assert index.departure("d") == UnitTransfer(date=date(2026, 4, 1), to="Khối khác")
    assert index.departure("b") is None  # merged, not transferred
    assert index.ending("a") is None
    assert index.left_on("c") == date(2025, 12, 1)


def test_a_unit_is_present_from_its_forming_to_the_day_before_it_ends() -> None:
    index = over_time()
    assert [index.present_at("k3", d) for d in (date(2025, 5, 31), date(2025, 6, 1))] == [
        False,
        True,
    ]
    assert [index.present_at("b", d) for d in (date(2025, 8, 31), date(2025, 9, 1))] == [
        True,
        False,
    ]
    assert index.merged_into("a") == [("b", date(2025, 9, 1))]
    assert index.merged_into("k") == []  # committees' merges move their cells, not members
    assert index.ancestors("a") == ["k2", "k"]  # the bloc is no unit; k2 was merged into k


def test_a_cell_that_moves_before_its_committee_leaves_stays() -> None:
    index = tree(
        committees=[{"id": "k", "name": "Đảng bộ K", "transferred_out": gone("2026-01-01")}],
        cells=[cell("x", "k", changes=[{"date": "2025-12-31", "move": "bloc"}]), cell("y", "k")],
    )
    assert index.ending("x") is None
    assert index.ending("y") == Ending(date(2026, 1, 1), "transferred", "Khối khác")
