"""Excel workbooks of scores and reports, for committees who work in spreadsheets.

Written with XlsxWriter: pure Python, no dependencies of its own, and with a fixed creation date
it writes byte-identical files for the same data. Each report section is a sheet; a
"Criteria" sheet has one row per cell and criterion, ready for a pivot table. Header rows are
bold and frozen, and columns are as wide as their content (within limits).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Choice, msg
from fourgood.i18n.render import render
from fourgood.numbers import spreadsheet_number
from fourgood.render.document import Cell, Number, Paragraph, Section, Table
from fourgood.render.report_sections import build
from fourgood.render.scores import CSV_COLUMNS, ordered, scores_rows, status_text
from fourgood.render.wording import cell_text, paragraph_text
from fourgood.reporting.report import Report
from fourgood.scoring.engine import Scorecard

Value = str | int | float | bool | None
"""What a spreadsheet cell holds."""

_FIXED_DATE = datetime(2000, 1, 1)  # no clock in the file: same data, same bytes
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass
class Sheet:
    """A worksheet: rows of cells; ``headers`` are the row numbers to show bold."""

    name: str
    rows: list[list[Value]] = field(default_factory=list)
    headers: set[int] = field(default_factory=set)
    freeze: int = 1


def _sheet_name(title: str, used: set[str]) -> str:
    """A valid, unique sheet name (Excel allows 31 characters and no []:*?/\\)."""
    base = _BAD_SHEET_CHARS.sub(" ", title).strip()[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def workbook(sheets: Sequence[Sheet]) -> bytes:
    """The bytes of an .xlsx file holding the sheets."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False})
    book.set_properties({"created": _FIXED_DATE, "author": "fourgood"})
    bold = book.add_format(
        {"bold": True, "bg_color": "#EEF1F5", "text_wrap": True, "valign": "top"}
    )
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    used: set[str] = set()
    for sheet in sheets:
        ws = book.add_worksheet(_sheet_name(sheet.name, used))
        widths: dict[int, int] = {}
        for r, row in enumerate(sheet.rows):
            for c, value in enumerate(row):
                style = bold if r in sheet.headers else wrap
                if value is None or value == "":
                    ws.write_blank(r, c, None, style)
                elif isinstance(value, bool):
                    ws.write_boolean(r, c, value, style)
                elif isinstance(value, (int, float)):
                    ws.write_number(r, c, value, style)
                else:
                    ws.write_string(r, c, value, style)
                longest = max((len(part) for part in str(value).split("\n")), default=0)
                widths[c] = max(widths.get(c, 0), longest)
        for c, width in sorted(widths.items()):
            ws.set_column(c, c, min(max(width + 2, 6), 60))
        if sheet.freeze:
            ws.freeze_panes(sheet.freeze, 0)
    book.close()
    return out.getvalue()


def _criteria_sheet(cards: Sequence[Scorecard], lang: Lang) -> Sheet:
    header: list[Value] = [render(msg(f"xlsx.{key}"), lang) for key in CSV_COLUMNS]
    rows: list[list[Value]] = [header]
    for row in scores_rows(cards, lang):
        rows.append([v if isinstance(v, (str, int, float, bool)) else str(v) for v in row])
    return Sheet(render(msg("xlsx.sheet_criteria"), lang), rows, {0})


def score_workbook(cards: Sequence[Scorecard], lang: Lang) -> bytes:
    """Scores: one row per cell, and one row per cell and criterion; as in CSV, a vocabulary
    value is its code, and its word is in a label column at the end of the row."""
    cards = ordered(cards)
    ids: list[str] = []
    for card in cards:
        ids += [c.id for c in card.contents if c.id not in ids]
    header: list[Value] = [
        render(msg("xlsx.year"), lang),
        render(msg("xlsx.cell"), lang),
        render(msg("xlsx.name"), lang),
        render(msg("xlsx.type"), lang),
        *ids,
        render(msg("xlsx.status"), lang),
        render(msg("xlsx.type_label"), lang),
        render(msg("xlsx.status_label"), lang),
    ]
    rows: list[list[Value]] = [header]
    for card in cards:
        points = {c.id: c.points for c in card.contents}
        rows.append(
            [
                card.year,
                card.cell,
                card.name,
                card.type,
                *(points.get(i) for i in ids),
                card.status,
                render(Choice("cell_type", card.type), lang),
                status_text(card.status, lang),
            ]
        )
    return workbook(
        [Sheet(render(msg("xlsx.sheet_scores"), lang), rows, {0}), _criteria_sheet(cards, lang)]
    )


def report_workbook(report: Report, lang: Lang) -> bytes:
    """The report: one sheet per section, and the criteria of every evaluated cell."""
    sheets = [section_sheet(section, lang) for section in build(report, lang).sections]
    sheets.append(_criteria_sheet(report.scorecards, lang))
    return workbook(sheets)


def section_sheet(section: Section, lang: Lang) -> Sheet:
    """A section as a sheet: its title, paragraphs as rows, tables with a bold header row."""
    sheet = Sheet(render(msg(f"xlsx.sheet_{section.key}"), lang), [[section.title]], {0}, freeze=0)
    for block in section.blocks:
        if isinstance(block, Paragraph):
            sheet.rows.append([paragraph_text(block)])
        elif isinstance(block, Table):
            _add_table(sheet, block, lang)
        # charts are left out: their figures are in the tables, the drawings in the HTML report
    return sheet


def _add_table(sheet: Sheet, table: Table, lang: Lang) -> None:
    """A table below what the sheet holds: a blank row, the bold header, the rows, the note."""
    if len(sheet.rows) > 1:
        sheet.rows.append([])
    if sheet.freeze == 0 and len(sheet.rows) <= 2:
        sheet.freeze = len(sheet.rows) + 1  # keep the first table's header in view
    sheet.headers.add(len(sheet.rows))
    sheet.rows.append([c.title for c in table.columns])
    sheet.rows.extend([cell_value(cell, lang) for cell in row] for row in table.rows)
    if table.note:
        sheet.rows.append([table.note])


def cell_value(cell: Cell, lang: Lang) -> Value:
    """What a spreadsheet cell holds: a number for a figure (as shown), text for the rest."""
    if isinstance(cell, Number):
        return spreadsheet_number(cell.value)
    # a sub-item is written flush: leading spaces in a cell get in the way of sorting and filters
    return cell_text(cell, lang)
