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
from fourgood.render.report import Bars, Table, sections
from fourgood.render.scores import CSV_COLUMNS, ordered, scores_rows, status_text
from fourgood.reporting.report import Report
from fourgood.scoring.engine import Scorecard

Cell = str | int | float | bool | None

_FIXED_DATE = datetime(2000, 1, 1)  # no clock in the file: same data, same bytes
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass
class Sheet:
    """A worksheet: rows of cells; ``headers`` are the row numbers to show bold."""

    name: str
    rows: list[list[Cell]] = field(default_factory=list)
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
    header: list[Cell] = [render(msg(f"xlsx.{key}"), lang) for key in CSV_COLUMNS]
    rows: list[list[Cell]] = [header]
    for row in scores_rows(cards, lang):
        values: list[Cell] = [v if isinstance(v, (str, int, float, bool)) else str(v) for v in row]
        values[3] = render(Choice("cell_type", str(values[3])), lang)
        values[4] = status_text(str(values[4]), lang)
        values[12] = render(msg(f"state.{values[12]}"), lang)
        rows.append(values)
    return Sheet(render(msg("xlsx.sheet_criteria"), lang), rows, {0})


def score_workbook(cards: Sequence[Scorecard], lang: Lang) -> bytes:
    """Scores: one row per cell, and one row per cell and criterion."""
    cards = ordered(cards)
    ids: list[str] = []
    for card in cards:
        ids += [c.id for c in card.contents if c.id not in ids]
    header: list[Cell] = [
        render(msg("xlsx.year"), lang),
        render(msg("xlsx.cell"), lang),
        render(msg("xlsx.name"), lang),
        render(msg("xlsx.type"), lang),
        *ids,
        render(msg("xlsx.status"), lang),
    ]
    rows: list[list[Cell]] = [header]
    for card in cards:
        points = {c.id: c.points for c in card.contents}
        rows.append(
            [
                card.year,
                card.cell,
                card.name,
                render(Choice("cell_type", card.type), lang),
                *(points.get(i) for i in ids),
                status_text(card.status, lang),
            ]
        )
    return workbook(
        [Sheet(render(msg("xlsx.sheet_scores"), lang), rows, {0}), _criteria_sheet(cards, lang)]
    )


def report_workbook(report: Report, lang: Lang) -> bytes:
    """The report: one sheet per section, and the criteria of every evaluated cell."""
    sheets: list[Sheet] = []
    for section in sections(report, lang):
        sheet = Sheet(
            render(msg(f"xlsx.sheet_{section.key}"), lang), [[section.title]], {0}, freeze=0
        )
        for block in section.blocks:
            if isinstance(block, str):
                sheet.rows.append([block.strip()])
            elif isinstance(block, Table):
                if len(sheet.rows) > 1:
                    sheet.rows.append([])
                if sheet.freeze == 0 and len(sheet.rows) <= 2:
                    sheet.freeze = len(sheet.rows) + 1  # keep the first table's header in view
                sheet.headers.add(len(sheet.rows))
                sheet.rows.append(list(block.header))
                for row in block.rows:
                    sheet.rows.append(
                        [_number(v) if j in block.numeric else v.strip() for j, v in enumerate(row)]
                    )
                if block.note:
                    sheet.rows.append([block.note])
            elif isinstance(block, Bars):
                continue  # the figures are in the tables; charts stay in the HTML report
        sheets.append(sheet)
    sheets.append(_criteria_sheet(report.scorecards, lang))
    return workbook(sheets)


def _number(text: str) -> Cell:
    """A table cell back to a number where it is one ('12', '93,5', '1.234'), else the text."""
    plain = text.strip()
    if re.fullmatch(r"-?\d{1,3}([.,]\d{3})+", plain):
        return int(re.sub(r"[.,]", "", plain))
    if re.fullmatch(r"-?\d+", plain):
        return int(plain)
    if re.fullmatch(r"-?\d+[.,]\d+", plain):
        return float(plain.replace(",", "."))
    return plain
