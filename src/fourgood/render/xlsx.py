"""Excel workbooks of scores and reports, for committees who work in spreadsheets.

Each report section is a sheet; a "Criteria" sheet has one row per cell and criterion, ready
for a pivot table. Header rows are bold and frozen, and columns are as wide as their content
(within limits). Rows are written once each, in order, as they are made
(``render.xlsx_file``), so a workbook of a million rows costs little memory. A sheet longer
than Excel allows goes on in a next sheet ("Criteria (2)", its header repeated), and nothing
is dropped without a word. The same data gives byte-identical files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain

from fourgood.errors import UserError
from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Choice, msg
from fourgood.i18n.render import render
from fourgood.numbers import spreadsheet_number
from fourgood.render.document import Cell, Number, Paragraph, Section, Table
from fourgood.render.report_sections import sections
from fourgood.render.scores import CSV_COLUMNS, ordered, scores_rows, status_text
from fourgood.render.wording import cell_text, paragraph_text
from fourgood.render.xlsx_file import HEADER, TEXT, Package, TooLong, Value, Worksheet, package
from fourgood.reporting.report import Report
from fourgood.scoring.engine import Scorecard

ROW_LIMIT = 1_048_576
"""Excel's rows per sheet: a longer sheet goes on in a next one (read when a workbook is
written, so a test can make it small)."""
COLUMN_LIMIT = 16_384
"""Excel's columns per sheet."""

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_MIN_WIDTH, _MAX_WIDTH = 6, 60  # column widths, in characters


@dataclass
class Sheet:
    """A worksheet: rows of cells; ``headers`` are the row numbers to show bold, and the first
    ``freeze`` rows stay in view (none when 0). A sheet longer than Excel allows goes on in a
    next one, which starts with the same first ``freeze`` rows (the first row when none)."""

    name: str
    rows: Iterable[list[Value]] = field(default_factory=list)
    headers: set[int] = field(default_factory=set)
    freeze: int = 1


def _sheet_name(title: str, used: set[str], part: int = 1) -> str:
    """A valid, unique sheet name (Excel allows 31 characters and no []:*?/\\); the ``part``-th
    sheet of a long one is named with ``(part)``, as a repeated name is."""
    base = _BAD_SHEET_CHARS.sub(" ", title).strip()[:31] or "Sheet"
    name, n = (base if part == 1 else _numbered(base, part)), part + 1
    while name.lower() in used:
        name, n = _numbered(base, n), n + 1
    used.add(name.lower())
    return name


def _numbered(base: str, n: int) -> str:
    suffix = f" ({n})"
    return base[: 31 - len(suffix)] + suffix


def workbook(sheets: Iterable[Sheet]) -> Package:
    """An .xlsx file holding the sheets (each made as it is reached), to write."""
    writer = _Writer(ROW_LIMIT)
    try:
        for sheet in sheets:
            writer.write(sheet)
    except BaseException:
        writer.discard()
        raise
    return package(writer.worksheets, author="fourgood")


class _Writer:
    """Writes sheets into worksheets row after row, a next worksheet when one is full."""

    def __init__(self, row_limit: int) -> None:
        self.row_limit = row_limit
        self.used: set[str] = set()
        self.worksheets: list[Worksheet] = []  # every one begun, in order

    def discard(self) -> None:
        """Close the temporary files of a workbook that will not be written."""
        for ws in self.worksheets:
            ws.close()

    def write(self, sheet: Sheet) -> None:
        """The sheet's rows in order, going on in a next worksheet whenever one is full."""
        keep = max(sheet.freeze, 1)
        if keep >= self.row_limit:
            raise ValueError(f"{self.row_limit} rows cannot hold a header of {keep} rows")
        head: list[list[Value]] = []  # the rows that start every next worksheet
        number = 1
        part = self._start(sheet, number)
        for i, row in enumerate(sheet.rows):
            if i < keep:
                head.append(row)
            elif part.rows == self.row_limit:
                self._finish(part, sheet)
                number += 1
                part = self._start(sheet, number)
                for j, top in enumerate(head):
                    self._row(part, j, top, sheet)
            self._row(part, i, row, sheet)
        self._finish(part, sheet)

    def _start(self, sheet: Sheet, number: int) -> Worksheet:
        ws = Worksheet(_sheet_name(sheet.name, self.used, number))
        self.worksheets.append(ws)
        return ws

    def _row(self, ws: Worksheet, i: int, row: list[Value], sheet: Sheet) -> None:
        """Row ``i`` of the sheet as the next row of the worksheet (which keeps the longest
        line of each column as it goes)."""
        if len(row) > COLUMN_LIMIT:
            raise UserError(msg("xlsx.too_wide", sheet=ws.name, row=ws.rows + 1))
        try:
            # text stays text: the workbook writes no formula, link or number made from a string
            ws.append(row, HEADER if i in sheet.headers else TEXT)
        except TooLong as e:
            where = {"sheet": ws.name, "row": e.row, "column": e.column + 1}
            raise UserError(msg("xlsx.too_long", **where)) from None

    @staticmethod
    def _finish(ws: Worksheet, sheet: Sheet) -> None:
        """Column widths from the longest lines (within limits), the rows kept in view, and
        the last rows deflated."""
        ws.widths = [max(_MIN_WIDTH, min(w + 2, _MAX_WIDTH)) for w in ws.longest]
        ws.freeze = sheet.freeze
        ws.finish()


def _criteria_sheet(cards: Sequence[Scorecard], lang: Lang) -> Sheet:
    """One row per cell and criterion, made as the sheet is written (never all held at once)."""
    header: list[Value] = [render(msg(f"xlsx.{key}"), lang) for key in CSV_COLUMNS]
    rows: Iterable[list[Value]] = (
        row if _CELL_TYPES.issuperset(map(type, row)) else [*map(_cell_type, row)]  # type: ignore[misc]
        for row in scores_rows(cards, lang)
    )
    return Sheet(render(msg("xlsx.sheet_criteria"), lang), chain([header], rows), {0})


_CELL_TYPES = frozenset({str, int, float, bool})
"""The types a criteria row's values are written as they are (the rest as their text)."""


def _cell_type(value: object) -> Value:
    """A criteria row's value as a cell holds it."""
    return value if isinstance(value, (str, int, float, bool)) else str(value)


def score_workbook(cards: Sequence[Scorecard], lang: Lang) -> Package:
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


def report_workbook(report: Report, lang: Lang) -> Package:
    """The report: one sheet per section, and the criteria of every evaluated cell."""
    # Each sheet's rows are made when the sheet is written, and let go after: the list of
    # cells and the cells below the standard are a row each for every cell of the bloc.
    sheets = (section_sheet(section, lang) for section in sections(report, lang))
    return workbook(chain(sheets, [_criteria_sheet(report.scorecards, lang)]))


def section_sheet(section: Section, lang: Lang) -> Sheet:
    """A section as a sheet: its title, paragraphs as rows, tables with a bold header row; the
    rows are made as the sheet is written (the list of cells has one for every cell)."""
    sheet = Sheet(render(msg(f"xlsx.sheet_{section.key}"), lang), (), {0}, freeze=0)
    first = next((i for i, b in enumerate(section.blocks) if isinstance(b, Table)), None)
    if first is not None and not any(isinstance(b, Paragraph) for b in section.blocks[:first]):
        sheet.freeze = 2  # the first table starts below the title: its header stays in view
    sheet.rows = _section_rows(section, sheet.headers, lang)
    return sheet


def _section_rows(section: Section, headers: set[int], lang: Lang) -> Iterator[list[Value]]:
    """The sheet's rows: the title; each paragraph; each table after a blank row, its header
    (counted in ``headers`` before it is given), its rows and its note."""
    yield [section.title]
    made = 1
    for block in section.blocks:
        if isinstance(block, Paragraph):
            yield [paragraph_text(block)]
            made += 1
        elif isinstance(block, Table):
            if made > 1:
                yield []
                made += 1
            headers.add(made)
            yield [c.title for c in block.columns]
            made += 1 + len(block.rows)
            yield from ([cell_value(cell, lang) for cell in row] for row in block.rows)
            if block.note:
                yield [block.note]
                made += 1
        # charts are left out: their figures are in the tables, the drawings in the HTML report


def cell_value(cell: Cell, lang: Lang) -> Value:
    """What a spreadsheet cell holds: a number for a figure (as shown), text for the rest."""
    if isinstance(cell, Number):
        return spreadsheet_number(cell.value)
    # a sub-item is written flush: leading spaces in a cell get in the way of sorting and filters
    return cell_text(cell, lang)
