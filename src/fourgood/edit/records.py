"""Recording the facts of a cell's annual record: one fact, the committee's points for an
assessed criterion, an entry of one of its lists."""

from __future__ import annotations

from typing import Any

from fourgood.edit import paths
from fourgood.edit.change import Change
from fourgood.edit.ops import Delete, Insert, Op, Set
from fourgood.errors import Path


def recorded(change: Change, cell: str, year: int) -> dict[str, Any]:
    """The record as its file holds it (as the change leaves it); empty when there is none."""
    data = change.file(paths.record(cell, year), "record").data
    return data if isinstance(data, dict) else {}


def set_facts(change: Change, cell: str, name: str, year: int, facts: dict[Path, Any]) -> None:
    """Facts of the record by their place (``("inspection", "done")``); ``None`` removes one."""
    ops: list[Op] = [Delete(p) if v is None else Set(p, v) for p, v in facts.items()]
    header = paths.header("record", cell=cell, name=name, year=year)
    change.edit(paths.record(cell, year), "record", ops, header)


def add_entry(change: Change, cell: str, name: str, year: int, key: str, entry: Any) -> None:
    """An entry at the end of one of the record's lists (targets, incidents, ...)."""
    items = recorded(change, cell, year).get(key)
    at = len(items) if isinstance(items, list) else 0
    header = paths.header("record", cell=cell, name=name, year=year)
    change.edit(paths.record(cell, year), "record", [Insert((key,), at, entry)], header)


def set_entry(change: Change, cell: str, year: int, key: str, index: int, entry: Any) -> None:
    """An entry of one of the record's lists as it now is."""
    change.edit(paths.record(cell, year), "record", [Set((key, index), entry)])
