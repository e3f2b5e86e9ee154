"""Writing a form as an .xlsx workbook with XlsxWriter, for Excel and LibreOffice.

Every sheet has a bold header row whose cells carry their help as a note, frozen with the
first columns; dates are date cells (DD/MM/YYYY in Vietnamese); every closed vocabulary is a
drop-down list (data validation) whose words are in the hidden, protected ``fourgood`` sheet,
which also says what the workbook is for. Text from the data is always written as text
(``write_string``), never as a formula. With a fixed creation date, the same data gives the
same bytes.
"""

from __future__ import annotations

import io
from datetime import date, datetime, time
from typing import Any

from fourgood.forms.grid import Grid, GridColumn, Value
from fourgood.forms.identity import Identity
from fourgood.forms.layout import BLANK_ROWS, META
from fourgood.i18n.lang import Lang
from fourgood.i18n.visible import visible
from fourgood.i18n.words import labels
from fourgood.render.xlsx_file import column_name

_FIXED_DATE = datetime(2000, 1, 1)  # no clock in the file: same data, same bytes
_DATE_FORMATS = {"vi": "dd/mm/yyyy", "en": "yyyy-mm-dd"}
_LIST_START = 3  # the drop-down words are in the hidden sheet's columns from D on


class _Lists:
    """The drop-down lists, one column each of the hidden sheet."""

    def __init__(self, lang: Lang, extra: dict[str, list[str]]) -> None:
        self.lang = lang
        self.extra = extra
        self.columns: dict[str, tuple[int, list[str]]] = {}

    def source(self, name: str) -> str:
        """The range of a list's words, as a data validation's source."""
        if name not in self.columns:
            words = self.extra[name] if name in self.extra else labels(name, self.lang)
            self.columns[name] = (_LIST_START + len(self.columns), words)
        index, words = self.columns[name]
        letter = column_name(index)
        return f"={META}!${letter}$2:${letter}${max(2, len(words) + 1)}"


def write(
    grids: list[Grid], guide: tuple[str, list[str]], identity: Identity, extra: dict[str, list[str]]
) -> bytes:
    """The bytes of the workbook: the guide (its name and lines), the sheets, and the hidden
    identifying sheet; ``extra`` are drop-down lists beside the vocabularies' (members, cells)."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out, {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False}
    )
    book.set_properties({"created": _FIXED_DATE, "author": "fourgood"})
    styles = _styles(book, identity.lang)
    lists = _Lists(identity.lang, extra)
    _guide(book, guide, styles)
    for grid in grids:
        _sheet(book, grid, styles, lists)
    _meta(book, identity, lists, styles)
    book.close()
    return out.getvalue()


def _styles(book: Any, lang: Lang) -> dict[str, Any]:
    return {
        "header": book.add_format(
            {"bold": True, "bg_color": "#DCE6F1", "text_wrap": True, "valign": "top", "border": 1}
        ),
        "title": book.add_format({"bold": True, "font_size": 14}),
        "text": book.add_format({"num_format": "@", "valign": "top"}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        "date": book.add_format({"num_format": _DATE_FORMATS[lang], "valign": "top"}),
        "number": book.add_format({"valign": "top"}),
        "choice": book.add_format({"valign": "top", "bg_color": "#FFFDE7"}),
    }


def _guide(book: Any, guide: tuple[str, list[str]], styles: dict[str, Any]) -> None:
    name, lines = guide
    ws = book.add_worksheet(name)
    ws.set_column(0, 0, 110)
    for r, line in enumerate(lines):
        ws.write_string(r, 0, line, styles["title"] if r == 0 else styles["wrap"])
    ws.activate()


def _style_of(column: GridColumn, styles: dict[str, Any]) -> Any:
    if column.kind == "date":
        return styles["date"]
    if column.kind == "whole":
        return styles["number"]
    if column.vocabulary or column.kind in ("member", "cell", "held"):
        return styles["choice"]
    return styles["text"]


def _sheet(book: Any, grid: Grid, styles: dict[str, Any], lists: _Lists) -> None:
    ws = book.add_worksheet(grid.name)
    last = len(grid.rows) + BLANK_ROWS
    for c, col in enumerate(grid.columns):
        style = _style_of(col, styles)
        ws.set_column(c, c, col.width, style)
        ws.write_string(0, c, col.title, styles["header"])
        ws.write_comment(0, c, visible(col.help), {"x_scale": 2.2, "y_scale": 1.6})
        _validation(ws, (1, c, last, c), col, lists)
        for r, row in enumerate(grid.rows, start=1):
            _cell(ws, r, c, row[c] if c < len(row) else None, style, styles)
    for (r, c), kind in sorted(grid.cells.items()):
        own = GridColumn(grid.columns[c].key, grid.columns[c].title, grid.columns[c].help, kind)
        _validation(ws, (r + 1, c, r + 1, c), own, lists)
    ws.set_row(0, 45)
    ws.freeze_panes(1, grid.freeze)
    ws.set_landscape()  # printed: as wide as the page, as many pages down as it takes
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)


def _cell(ws: Any, row: int, col: int, value: Value, style: Any, styles: dict[str, Any]) -> None:
    """One value, as the type it is: text stays text (a name starting with '=' is no formula)."""
    if isinstance(value, date):
        style = styles["date"]
    if value is None or value == "":
        ws.write_blank(row, col, None, style)
    elif isinstance(value, bool):
        raise TypeError("forms write booleans as words")
    elif isinstance(value, int):
        ws.write_number(row, col, value, style)
    elif isinstance(value, date):
        ws.write_datetime(row, col, datetime.combine(value, time()), style)
    else:
        ws.write_string(row, col, value, style)


def _validation(
    ws: Any, area: tuple[int, int, int, int], column: GridColumn, lists: _Lists
) -> None:
    """The drop-down, date or number check of a column, with its help as the input message."""
    rule: dict[str, Any] | None = None
    if column.vocabulary or column.kind in ("member", "cell", "held"):
        name = column.vocabulary or column.kind
        rule = {"validate": "list", "source": lists.source(name)}
        # a date or 'no' (held), a member or a cell the list does not have yet: warn, allow
        rule["error_type"] = "warning" if column.kind in ("held", "member", "cell") else "stop"
    elif column.kind == "date":
        rule = {
            "validate": "date",
            "criteria": "between",
            "minimum": date(1930, 1, 1),
            "maximum": date(2100, 12, 31),
            "error_type": "warning",  # a date typed as text is read too (day first)
        }
    elif column.kind == "whole":
        rule = {"validate": "integer", "criteria": ">=", "value": 0, "error_type": "stop"}
    if rule is None:
        return
    # attributes of the sheet's XML, shown as they are: a name's hidden characters escaped
    # (a control character there would make the file unreadable)
    rule["input_title"] = visible(column.title)[:32]
    rule["input_message"] = visible(column.help)[:255]
    rule["error_title"] = visible(column.title)[:32]
    rule["error_message"] = visible(column.help)[:255]
    ws.data_validation(*area, rule)


def _meta(book: Any, identity: Identity, lists: _Lists, styles: dict[str, Any]) -> None:
    ws = book.add_worksheet(META)
    for r, (key, value) in enumerate(identity.rows()):
        ws.write_string(r, 0, key)
        _cell(ws, r, 1, value, styles["text"], styles)
    for name, (index, words) in lists.columns.items():
        ws.write_string(0, index, name)
        for r, word in enumerate(words, start=1):
            ws.write_string(r, index, word)
    ws.hide()
    ws.protect()
