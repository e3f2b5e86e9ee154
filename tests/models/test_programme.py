"""The programme of a year: the cells taking part, how they came to, and when they joined."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from fourgood.models.programme import Participant, Programme


def errors(data: dict[str, Any]) -> list[tuple[str, tuple[str | int, ...]]]:
    try:
        Programme.model_validate(data)
    except ValidationError as exc:
        return [(e["type"], tuple(e["loc"])) for e in exc.errors()]
    return []


def test_participants_and_their_basis() -> None:
    programme = Programme.model_validate(
        {
            "cells": [
                {"cell": "attp", "basis": "selected"},
                {"cell": "cong-ty-y", "basis": "registered", "joined": "2023-04-01"},
                {"cell": "van-phong", "basis": "continuing"},
            ]
        }
    )
    assert programme.cells == [
        Participant(cell="attp", basis="selected"),
        Participant(cell="cong-ty-y", basis="registered", joined=date(2023, 4, 1)),
        Participant(cell="van-phong", basis="continuing"),
    ]
    assert programme.cells[0].joined is None


def test_an_empty_programme() -> None:
    assert Programme.model_validate({}).cells == []


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ({"cell": "a", "basis": "chosen"}, [("literal_error", ("cells", 0, "basis"))]),
        ({"cell": "a"}, [("missing", ("cells", 0, "basis"))]),
        ({"basis": "selected"}, [("missing", ("cells", 0, "cell"))]),
        ({"cell": 12, "basis": "selected"}, [("fg_id_number", ("cells", 0, "cell"))]),
        ({"cell": "a b", "basis": "selected"}, [("fg_id_chars", ("cells", 0, "cell"))]),
        (
            {"cell": "a", "basis": "selected", "joined": "April"},
            [("fg_date", ("cells", 0, "joined"))],
        ),
        (
            {"cell": "a", "basis": "selected", "year": 2023},
            [("extra_forbidden", ("cells", 0, "year"))],
        ),
    ],
)
def test_what_an_entry_refuses(
    entry: dict[str, object], expected: list[tuple[str, tuple[str | int, ...]]]
) -> None:
    assert errors({"cells": [entry]}) == expected
