"""The organisation tree indexed: grassroots organisations, departures and presence on a day."""

from __future__ import annotations

from datetime import date
from typing import Any

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
