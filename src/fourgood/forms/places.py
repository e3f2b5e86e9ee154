"""Where a value of a workbook is: its sheet and cell, as a person finds it
(``so-sinh-hoat.xlsx, Sinh hoạt!C7``); a value read with its place, and a row of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fourgood.errors import Problem, Severity
from fourgood.i18n.message import Msg


@dataclass(frozen=True)
class Place:
    """A cell of a sheet (``C7``), or a whole sheet (``cell`` empty)."""

    sheet: str
    cell: str = ""

    def where(self, shown: str) -> str:
        """The place as a person finds it: the file, the sheet, the cell."""
        return f"{shown}, {self.sheet}!{self.cell}" if self.cell else f"{shown}, {self.sheet}"

    def problem(self, shown: str, message: Msg, severity: Severity = Severity.ERROR) -> Problem:
        """A problem at this place."""
        return Problem(self.where(shown), message, severity)


@dataclass(frozen=True)
class Field:
    """A value read from a cell (``None``: the cell is empty), and the cell."""

    value: Any
    place: Place


@dataclass
class Row:
    """A row of a sheet: its number and its values by column key."""

    number: int
    place: Place
    fields: dict[str, Field] = field(default_factory=dict)

    def value(self, key: str) -> Any:
        """The value of a column (``None`` when empty or absent)."""
        found = self.fields.get(key)
        return found.value if found is not None else None

    def at(self, key: str) -> Place:
        """The place of a column's cell in this row (the row's first cell if it has none)."""
        found = self.fields.get(key)
        return found.place if found is not None else self.place
