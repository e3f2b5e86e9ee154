"""The shared files' models hold one object for each equal set of fields given and each
short text, and stay equal, frozen and copyable."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from fourgood.models.organisation import Organisation
from fourgood.models.programme import Programme
from fourgood.read.compact import compact


def _organisation() -> Organisation:
    # built from texts made at run time, as the YAML reader makes them: equal, not one object
    def text(*parts: str) -> str:
        return "".join(parts)

    cells = [
        {"id": text("c", str(n)), "name": text("Chi bộ ", str(n)), "type": text("agen", "cy"),
         "parent": text("b", "loc")}
        for n in range(3)
    ]  # fmt: skip
    cells[2]["established"] = "2023-01-01"
    return Organisation.model_validate({"bloc": {"id": "bloc", "name": "Khối"}, "cells": cells})


def test_equal_parts_become_one_object_and_the_models_stay_equal() -> None:
    organisation, before = _organisation(), _organisation()
    one, two, three = organisation.cells
    assert one.parent is not two.parent
    compact(organisation)
    assert organisation == before
    assert one.type is two.type is three.type
    assert one.parent is two.parent
    assert one.__pydantic_fields_set__ is two.__pydantic_fields_set__
    assert three.__pydantic_fields_set__ is not one.__pydantic_fields_set__  # given another field
    assert three.model_fields_set == {"id", "name", "type", "parent", "established"}


def test_long_texts_are_left_as_they_are() -> None:
    long = "".join(["x"] * 65)
    programme = Programme.model_validate(
        {
            "cells": [
                {"cell": long, "basis": "selected"},
                {"cell": "".join(long), "basis": "selected"},
            ]
        }
    )
    first, second = programme.cells
    compact(programme)
    assert first.cell == second.cell
    assert first.cell is not second.cell


def test_a_compacted_model_is_still_frozen_and_its_copies_have_their_own_fields() -> None:
    organisation = _organisation()
    compact(organisation)
    one, two, _ = organisation.cells
    with pytest.raises(ValidationError):
        one.name = "khác"  # type: ignore[misc]
    copy = one.model_copy(update={"established": "2024-01-01"})
    assert "established" in copy.model_fields_set
    assert "established" not in two.model_fields_set
    assert two.model_fields_set == {"id", "name", "type", "parent"}
