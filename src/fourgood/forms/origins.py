"""Which workbook cell each value of a merged file came from, so a problem the checks find in
the merged files is told at the cell a person can find (``Sinh hoạt!F7``), not at a line of
a YAML file they did not write.

An entry is found again in the merged data by what identifies it (a meeting by its day and
kind, a member by id): new entries move the others' places in a list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fourgood.errors import Path
from fourgood.forms.places import Place

Locate = Callable[[Any], Path | None]
"""Where an entry is in a file's merged data (``None``: not there)."""


@dataclass
class Origin:
    """An entry of a file that a row of a workbook made or changed: where its values came
    from (by their path inside the entry) and the row."""

    relative: str
    locate: Locate
    row: Place
    fields: dict[Path, Place] = field(default_factory=dict)


@dataclass
class Origins:
    """Every entry the workbooks made or changed."""

    entries: list[Origin] = field(default_factory=list)

    def add(self, relative: str, locate: Locate, row: Place, fields: dict[Path, Place]) -> None:
        """Remember where an entry's values came from."""
        self.entries.append(Origin(relative, locate, row, fields))

    def place(self, relative: str, data: Any, where: Path) -> Place | None:
        """The cell a problem at ``where`` in a merged file came from, if a workbook's."""
        for origin in self.entries:
            if origin.relative != relative:
                continue
            base = origin.locate(data)
            if base is None or where[: len(base)] != base:
                continue
            rest = where[len(base) :]
            for size in range(len(rest), 0, -1):
                if rest[:size] in origin.fields:
                    return origin.fields[rest[:size]]
            return origin.row
        return None


def by_key(list_key: str, matches: Callable[[Any], bool]) -> Locate:
    """An entry of a top-level list found by a test of its fields."""

    def locate(data: Any) -> Path | None:
        items = data.get(list_key) if isinstance(data, dict) else None
        for i, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict) and matches(item):
                return (list_key, i)
        return None

    return locate


def member_entry(member_id: str, *inside: str | int) -> Locate:
    """A member of a roster (not transferred out, when the id is there twice), or a place
    inside their entry."""

    def locate(data: Any) -> Path | None:
        members = data.get("members") if isinstance(data, dict) else None
        found = [
            i
            for i, m in enumerate(members if isinstance(members, list) else [])
            if isinstance(m, dict) and m.get("id") == member_id
        ]
        if not found:
            return None
        assert isinstance(members, list)
        current = [i for i in found if "transferred_out" not in members[i]] or found
        return ("members", current[-1], *inside)

    return locate


def fixed(path: Path) -> Locate:
    """A place that does not move (a fact of the record)."""
    return lambda data: path
