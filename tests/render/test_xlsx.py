"""Workbooks: figures written as numbers (never parsed back from text), the same figures as the
JSON, the same bytes for the same data."""

from __future__ import annotations

import io
import json
from fractions import Fraction
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.render.document import Number, Paragraph, Ratio, Section, Status, TextCell
from fourgood.render.xlsx import cell_value, report_workbook, section_sheet, workbook
from tests.conftest import WALKTHROUGH

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


def test_score_workbook_matches_json(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "scores.xlsx"
    assert (
        runner.invoke(app, ["score", str(WALKTHROUGH), "-f", "xlsx", "-o", str(target)]).exit_code
        == 0
    )
    cards = json.loads(runner.invoke(app, ["score", str(WALKTHROUGH), "-f", "json"]).stdout)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Scores", "Criteria"]
    scores = book["Scores"]
    assert scores.freeze_panes == "A2"
    header = [c.value for c in scores[1]]
    assert header == [
        "Year", "Cell id", "Cell", "Type", "P", "S", "Q", "M", "Status",
        "Type (label)", "Status (label)",
    ]  # fmt: skip
    rows = {row[1]: row for row in scores.iter_rows(min_row=2, values_only=True)}
    for card in cards:
        row = rows[card["id"]]
        assert (row[3], row[8]) == (card["type"], card["status"])  # codes, as in JSON and CSV
        assert [row[4], row[5], row[6], row[7]] == [
            card["contents"][c]["points"] for c in ("P", "S", "Q", "M")
        ]
    criteria = list(book["Criteria"].iter_rows(min_row=2, values_only=True))
    assert len(criteria) == 2 * 22
    q1 = next(r for r in criteria if r[1] == "trung-tam-yte" and r[8] == "Q1")
    assert (q1[10], q1[11], q1[14]) == (20, 30, "no regular meeting in August 2023")
    assert (q1[3], q1[4], q1[12]) == ("public_service", "not_met", "partial")
    assert q1[16:] == ("public service unit", "not met", "partial")
    csv_rows = runner.invoke(app, ["score", str(WALKTHROUGH), "-f", "csv"]).stdout.splitlines()
    assert [c.value for c in book["Criteria"][1]][-3:] == [
        "Type (label)", "Status (label)", "State (label)"
    ]  # fmt: skip
    assert len(csv_rows[0].split(",")) == len(criteria[0])  # the CSV's columns, in its order


def test_report_workbook_has_a_sheet_per_section(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    result = runner.invoke(
        app, ["report", str(WALKTHROUGH), "-f", "xlsx", "-o", str(target), "--lang", "vi"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(runner.invoke(app, ["report", str(WALKTHROUGH), "-f", "json"]).stdout)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [
        "Báo cáo",
        "Tổ chức",
        "Chương trình",
        "Theo loại hình",
        "Theo TCCS đảng",
        "Bốn nội dung",
        "Chưa đạt",
        "Sinh hoạt",
        "Đảng viên",
        "Xếp loại",
        "Danh sách chi bộ",
        "Tiêu chí",
    ]
    programme = {row[0]: row[1] for row in book["Chương trình"].iter_rows(values_only=True)}
    assert programme["được đánh giá"] == data["programme"]["evaluated"]
    assert programme["đạt chuẩn Chi bộ 4 tốt"] == data["programme"]["met"]
    members = {row[0]: row[1] for row in book["Tổ chức"].iter_rows(values_only=True)}
    assert members["đảng viên"] == data["organisation"]["members"]


def test_the_same_data_gives_the_same_bytes(runner: CliRunner, tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for target in (first, second):
        runner.invoke(app, ["report", str(WALKTHROUGH), "-f", "xlsx", "-o", str(target)])
    assert first.read_bytes() == second.read_bytes()


def test_xlsx_needs_an_output_file(runner: CliRunner) -> None:
    result = runner.invoke(app, ["score", str(WALKTHROUGH), "-f", "xlsx"])
    assert result.exit_code == 2
    assert "--output" in result.output
