"""Workbooks from the document: figures are written as numbers, never parsed back from text."""

from __future__ import annotations

import io
from fractions import Fraction

import openpyxl

from fourgood.render.document import Number, Paragraph, Ratio, Section, Status, TextCell
from fourgood.render.xlsx import cell_value, report_workbook, section_sheet, workbook

from .docs import FIGURES, RESULTS
from .sample import small_report


def test_cells_are_numbers_or_text() -> None:
    assert cell_value(Number(4327, grouped=True), "vi") == 4327
    assert cell_value(Number(Fraction(187, 2)), "vi") == 93.5
    assert cell_value(Number(Fraction(29, 3)), "en") == 9.7  # as the report shows it
    assert cell_value(Ratio(3, 5), "en") == "3/5"
    assert cell_value(Status("met"), "vi") == "đạt"
    assert cell_value(TextCell("of whom", level=1), "en") == "of whom"
    assert cell_value(None, "en") == ""


def test_a_section_sheet_has_a_row_per_paragraph_and_table_row() -> None:
    section = Section("members", "Members", (Paragraph("rated", tone="ok"), FIGURES, RESULTS))
    sheet = section_sheet(section, "en")
    assert sheet.name == "Members"
    assert sheet.rows == [
        ["Members"],
        ["✓ rated"],
        [],
        ["Figure", "Number"],
        ["members | all", 4327],
        ["of whom <full>", 93.5],
        ["[bold]cells[/bold]", ""],
        ["[red]P[/red], S: means"],
        [],
        ["Cell", "Reached", "Status"],
        ["Chi bộ Một", "3/5", "not met"],
    ]
    assert sheet.headers == {0, 3, 9}
    assert sheet.freeze == 0  # the first table is below a paragraph: nothing to keep in view


def test_a_table_under_the_title_keeps_its_header_in_view() -> None:
    sheet = section_sheet(Section("cells", "Cells", (RESULTS,)), "en")
    assert sheet.rows[:2] == [["Cells"], ["Cell", "Reached", "Status"]]
    assert sheet.freeze == 2


def test_numbers_read_back_as_numbers() -> None:
    sheet = section_sheet(Section("organisation", "Figures", (FIGURES,)), "vi")
    book = openpyxl.load_workbook(io.BytesIO(workbook([sheet])))
    rows = list(book.active.iter_rows(values_only=True)) if book.active else []
    assert rows[1] == ("Figure", "Number")
    assert rows[2] == ("members | all", 4327)
    assert rows[3] == ("of whom <full>", 93.5)
    assert rows[4] == ("[bold]cells[/bold]", None)
    assert isinstance(rows[2][1], int)
    assert isinstance(rows[3][1], float)


def test_the_report_workbook_has_the_comparison_and_the_criteria() -> None:
    book = openpyxl.load_workbook(io.BytesIO(report_workbook(small_report(), "en")))
    assert book.sheetnames[-3:] == ["Previous year", "Cells", "Criteria"]
    compared = {row[0]: row[1:] for row in book["Previous year"].iter_rows(values_only=True)}
    assert compared["mean P"] == (93.5, 93.5)
    assert compared["mean S"] == (None, 97)
    cells = list(book["Cells"].iter_rows(values_only=True))
    assert cells[2] == ("Chi bộ Một", 95, 97, "met", "HTTNV")
    assert cells[3] == ("Chi bộ Hai", 92, None, "not met", "★")
