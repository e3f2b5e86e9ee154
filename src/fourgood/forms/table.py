"""Reading one sheet of a form: its header row (columns found by their titles, so moved columns
are fine; a renamed or unknown one is told, with the closest title), its merged cells (refused:
each value needs its own cell), and its rows of values, each read as its column wants."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fourgood.errors import Problem
from fourgood.forms.grid import titles
from fourgood.forms.layout import Column, Sheet
from fourgood.forms.places import Field, Place, Row
from fourgood.forms.values import CellError, read_cell
from fourgood.i18n.aliases import normalise
from fourgood.i18n.hints import suggest
from fourgood.i18n.lang import Lang
from fourgood.i18n.message import msg
from fourgood.i18n.render import render

Dynamic = Callable[[str], tuple[str, str] | None]
"""A header that is not a fixed column's (a member's, a score-sheet item's): its key and kind."""

_HEADER_SEARCH = 5  # a row or two inserted above the header is still found


@dataclass
class Table:
    """A sheet read back: where each column is, its kind and title, and the rows."""

    name: str
    columns: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    headers: dict[str, Place] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)

    def place(self, row: Row, key: str) -> Place:
        """The cell of a column in a row, filled or not (the row's first cell if the sheet
        has no such column)."""
        if key in row.fields:
            return row.fields[key].place
        if key not in self.columns:
            return row.place
        from openpyxl.utils import get_column_letter

        return Place(self.name, f"{get_column_letter(self.columns[key])}{row.number}")


def read_table(
    ws: Any,
    sheet: Sheet,
    name: str,
    lang: Lang,
    shown: str,
    problems: list[Problem],
    dynamic: Dynamic | None = None,
) -> Table:
    """A sheet's columns and rows; what is wrong goes to ``problems``, at its cell."""
    table = Table(name)
    fixed = {normalise(t): c for c in sheet.columns for t in titles(c)}
    header = _header_row(ws, fixed, dynamic)
    _merged(ws, name, shown, problems)
    for cell in next(ws.iter_rows(min_row=header, max_row=header), ()):
        if cell.value is None or not str(cell.value).strip():
            continue
        _column(table, cell, fixed, dynamic, Place(name, cell.coordinate), shown, problems)
    for column in sheet.columns:
        if column.required and column.key not in table.columns:
            title = render(msg(column.title), lang)
            problems.append(Place(name).problem(shown, msg("import.missing_column", title=title)))
    _rows(ws, table, header, lang, shown, problems)
    return table


def _header_row(ws: Any, fixed: dict[str, Column], dynamic: Dynamic | None) -> int:
    """The first row that holds a known title (row 1 unless rows were inserted above)."""
    for number, row in enumerate(ws.iter_rows(max_row=_HEADER_SEARCH, values_only=True), start=1):
        for value in row:
            if value is None:
                continue
            text = str(value)
            if normalise(text) in fixed or (dynamic and dynamic(text)):
                return number
    return 1


def _merged(ws: Any, name: str, shown: str, problems: list[Problem]) -> None:
    for merged in sorted(ws.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col)):
        first = merged.start_cell.coordinate
        problems.append(Place(name, first).problem(shown, msg("import.merged", cells=str(merged))))


def _column(
    table: Table,
    cell: Any,
    fixed: dict[str, Column],
    dynamic: Dynamic | None,
    place: Place,
    shown: str,
    problems: list[Problem],
) -> None:
    text = " ".join(str(cell.value).split())
    spec = fixed.get(normalise(text))
    found = (spec.key, spec.kind) if spec else (dynamic(text) if dynamic else None)
    if found is None:
        hint = suggest(text, sorted({t for c in fixed.values() for t in titles(c)}))
        problems.append(place.problem(shown, msg("import.unknown_column", title=text, hint=hint)))
        return
    key, kind = found
    if key in table.columns:
        problems.append(place.problem(shown, msg("import.column_twice", title=text)))
        return
    table.columns[key] = cell.column
    table.kinds[key] = kind
    table.titles[key] = text
    table.headers[key] = place


def _rows(
    ws: Any, table: Table, header: int, lang: Lang, shown: str, problems: list[Problem]
) -> None:
    """Each row that holds a value in one of the known columns."""
    if not table.columns:
        return
    last_column = max(table.columns.values())
    for cells in ws.iter_rows(min_row=header + 1, max_col=last_column):
        row: Row | None = None
        for key, column in table.columns.items():
            cell = cells[column - 1] if column - 1 < len(cells) else None
            if cell is None or cell.value is None:
                continue
            place = Place(table.name, cell.coordinate)
            try:
                value = read_cell(table.kinds[key], cell.value, cell.data_type, lang)
            except CellError as error:
                problems.append(place.problem(shown, error.message))
                continue  # nothing is merged from a workbook with a problem
            if value is None:
                continue
            if row is None:
                number = cells[0].row
                row = Row(number, Place(table.name, f"A{number}"))
            row.fields[key] = Field(value, place)
        if row is not None:
            table.rows.append(row)
