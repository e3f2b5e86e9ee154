"""How new entries are laid out in each kind of data file, as the example data sets lay them
out: the order of keys (the model's field order) and how much is written in block style.

A member is a block of lines with its ``years`` one line each; a meeting is one line; a
record's facts are one line each, its lists one item a line; a programme's and an
organisation's cells are small blocks.
"""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel

from fourgood.errors import Path
from fourgood.models.meetings import MeetingLog
from fourgood.models.organisation import Organisation
from fourgood.models.programme import Programme
from fourgood.models.record import AnnualRecord
from fourgood.models.roster import Roster

MODELS: dict[str, type[BaseModel]] = {
    "organisation": Organisation,
    "programme": Programme,
    "roster": Roster,
    "meetings": MeetingLog,
    "record": AnnualRecord,
}
"""The model of each kind of data file."""

_DEPTHS: dict[str, dict[tuple[str, ...], int]] = {
    "roster": {
        ("members",): 3,
        ("members", "*"): 2,
        ("members", "*", "years"): 1,
        ("members", "*", "exempt"): 1,
        ("members", "*", "discipline"): 1,
    },
    "meetings": {("meetings",): 1},
    "record": {
        ("targets",): 1,
        ("key_tasks",): 1,
        ("incidents",): 1,
        ("commendations",): 1,
        ("assessed",): 1,
    },
    "programme": {("cells",): 2, ("cells", "*"): 1},
    "organisation": {
        ("bloc",): 1,
        ("committees",): 2,
        ("committees", "*"): 1,
        ("sections",): 2,
        ("sections", "*"): 1,
        ("cells",): 2,
        ("cells", "*"): 1,
    },
}


def depth(kind: str, path: Path) -> int:
    """How many levels of a new value at ``path`` are written in block style."""
    pattern = tuple("*" if isinstance(step, int) else str(step) for step in path)
    return _DEPTHS.get(kind, {}).get(pattern, 0)


def key_order(kind: str, path: Path) -> tuple[str, ...]:
    """The keys of the mapping at ``path`` in the order the model lists them (empty when the
    mapping is free-form, such as a meeting's ``absent``)."""
    model = model_at(MODELS[kind], path)
    if model is None:
        return ()
    return tuple(field.alias or name for name, field in model.model_fields.items())


def model_at(model: type[BaseModel], path: Path) -> type[BaseModel] | None:
    """The model of the mapping at ``path`` inside a ``model`` document, if it is one."""
    current: Any = model
    for step in path:
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = next(
                (f for n, f in current.model_fields.items() if (f.alias or n) == step), None
            )
            if field is None:
                return None
            current = _unwrap(field.annotation)
        else:
            current = _element(current)
        current = _unwrap(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(annotation: Any) -> Any:
    """``X`` from ``X | None`` and ``Annotated[X, ...]``."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(options) != 1:
                return annotation
            annotation = options[0]
        else:
            return annotation


def _element(annotation: Any) -> Any:
    """The type of a list's items or a mapping's values."""
    args = typing.get_args(annotation)
    origin = typing.get_origin(annotation)
    if origin is list and args:
        return args[0]
    if origin is dict and len(args) == 2:
        return args[1]
    return None
