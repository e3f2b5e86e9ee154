"""The bloc's form read back: the programme, assessment and commendations sheets; the
assessment's columns of points and notes are recognised by their titles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fourgood.errors import Problem
from fourgood.forms import layout as L
from fourgood.forms.book import Book
from fourgood.forms.grid import sheet_name
from fourgood.forms.readcell import find_sheet
from fourgood.forms.table import Table, read_table

_POINTS = re.compile(r"^(\S+):\s*(?:points|điểm)\b", re.IGNORECASE)
_NOTE = re.compile(r"^(\S+):\s*(?:note|nhận xét)\s*$", re.IGNORECASE)


@dataclass
class BlocForm:
    """The bloc's form as read: a table per sheet."""

    book: Book
    tables: dict[str, Table] = field(default_factory=dict)

    def table(self, key: str) -> Table:
        """A sheet's table (empty when the sheet could not be read)."""
        return self.tables.get(key) or Table(key)


def assessed_columns(title: str) -> tuple[str, str] | None:
    """``P4: điểm (tối đa 20)`` and ``P4: nhận xét``: a criterion's points and note."""
    points, note = _POINTS.match(title.strip()), _NOTE.match(title.strip())
    if points:
        return f"points.{points[1]}", "whole"
    if note:
        return f"note.{note[1]}", "text"
    return None


def read_bloc_form(book: Book, problems: list[Problem]) -> BlocForm:
    """Every sheet of the bloc's form."""
    form = BlocForm(book)
    for sheet in L.BLOC_SHEETS:
        ws = find_sheet(book, sheet, problems)
        if ws is None:
            continue
        dynamic = assessed_columns if sheet is L.ASSESSMENT else None
        name = sheet_name(sheet, book.lang)
        form.tables[sheet.key] = read_table(
            ws, sheet, name, book.lang, book.shown, problems, dynamic
        )
    return form
