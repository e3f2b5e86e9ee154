"""Adding a cell: its entry in the organisation, its place in a year's programme, and its
roster, in one change."""

from __future__ import annotations

from typing import Any

from fourgood.edit import paths
from fourgood.edit.change import Change
from fourgood.edit.ops import Insert, Set


def _length(data: Any, key: str) -> int:
    items = data.get(key) if isinstance(data, dict) else None
    return len(items) if isinstance(items, list) else 0


def add(change: Change, cell: dict[str, Any]) -> None:
    """A cell at the end of the organisation's cells, and its roster (without members yet)."""
    organisation = change.file(paths.ORGANISATION, "organisation")
    at = _length(organisation.data, "cells")
    organisation.apply([Insert(("cells",), at, cell)])
    header = paths.header("roster", cell=cell["id"], name=cell["name"])
    roster = change.file(paths.roster(cell["id"]), "roster", header)
    if roster.before is None:
        roster.apply([Set(("members",), [])])


def join(change: Change, year: int, participant: dict[str, Any]) -> None:
    """A cell in a year's programme (a new programme file when the year has none)."""
    header = paths.header("programme", year=year)
    programme = change.file(paths.programme(year), "programme", header)
    programme.apply([Insert(("cells",), _length(programme.data, "cells"), participant)])
