"""Workbooks: figures written as numbers (never parsed back from text), the same figures as the
JSON, the same bytes for the same data, every row and cell written (a sheet longer than Excel
allows goes on in a next one) and columns as wide as their longest line."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.errors import UserError
from fourgood.render import xlsx
from fourgood.render.document import Number, Paragraph, Ratio, Section, Status, TextCell
from fourgood.render.xlsx import Sheet, cell_value, report_workbook, section_sheet, workbook
from fourgood.render.xlsx_file import Value
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
    assert list(sheet.rows) == [
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
    assert sheet.headers == {0, 3, 9}  # each counted before its row is given
    assert sheet.freeze == 0  # the first table is below a paragraph: nothing to keep in view


def test_a_section_sheet_is_made_as_it_is_written() -> None:
    sheet = section_sheet(Section("members", "Members", (FIGURES, RESULTS)), "en")
    assert sheet.freeze == 2  # known before any row is made
    rows = iter(sheet.rows)
    assert next(rows) == ["Members"]
    assert sheet.headers == {0}
    assert next(rows) == ["Figure", "Number"]
    assert sheet.headers == {0, 1}


def test_a_table_under_the_title_keeps_its_header_in_view() -> None:
    sheet = section_sheet(Section("cells", "Cells", (RESULTS,)), "en")
    assert list(sheet.rows)[:2] == [["Cells"], ["Cell", "Reached", "Status"]]
    assert sheet.freeze == 2


def test_numbers_read_back_as_numbers() -> None:
    sheet = section_sheet(Section("organisation", "Figures", (FIGURES,)), "vi")
    book = openpyxl.load_workbook(io.BytesIO(bytes(workbook([sheet]))))
    rows = list(book.active.iter_rows(values_only=True)) if book.active else []
    assert rows[1] == ("Figure", "Number")
    assert rows[2] == ("members | all", 4327)
    assert rows[3] == ("of whom <full>", 93.5)
    assert rows[4] == ("[bold]cells[/bold]", None)
    assert isinstance(rows[2][1], int)
    assert isinstance(rows[3][1], float)


def test_the_report_workbook_has_the_comparison_and_the_criteria() -> None:
    book = openpyxl.load_workbook(io.BytesIO(bytes(report_workbook(small_report(), "en"))))
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


def _read(blob: bytes) -> dict[str, list[tuple[object, ...]]]:
    book = openpyxl.load_workbook(io.BytesIO(blob))
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def _numbered(count: int) -> Iterator[list[Value]]:
    yield ["Row", "Text"]
    for n in range(1, count + 1):
        yield [n, f"row {n}"]


def test_a_long_sheet_goes_on_in_next_sheets_with_its_header(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(xlsx, "ROW_LIMIT", 5)
    blob = bytes(workbook([Sheet("Criteria", _numbered(13), {0}), Sheet("Notes", [["one"]])]))
    sheets = _read(blob)
    assert list(sheets) == ["Criteria", "Criteria (2)", "Criteria (3)", "Criteria (4)", "Notes"]
    parts = [sheets[name] for name in list(sheets)[:4]]
    assert all(part[0] == ("Row", "Text") for part in parts)  # the header starts every part
    assert [len(part) for part in parts] == [5, 5, 5, 2]  # never past the limit
    assert [row for part in parts for row in part[1:]] == [(n, f"row {n}") for n in range(1, 14)]
    book = openpyxl.load_workbook(io.BytesIO(blob))
    assert [book[name].freeze_panes for name in list(sheets)[:4]] == ["A2"] * 4
    assert all(book[name]["A1"].font.b for name in list(sheets)[:4])
    assert sheets["Notes"] == [("one",)]


def test_a_next_sheet_has_a_short_unique_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx, "ROW_LIMIT", 3)
    long = "Danh sách tiêu chí của từng chi bộ"  # 34 characters
    names = list(_read(bytes(workbook([Sheet(long + " (2)"), Sheet(long, _numbered(4), {0})]))))
    assert names == [long[:31], long[:27] + " (2)", long[:27] + " (3)"]
    assert all(len(name) <= 31 for name in names)


def test_the_criteria_go_on_in_a_next_sheet_without_a_row_lost(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx, "ROW_LIMIT", 10)
    target = tmp_path / "scores.xlsx"
    result = runner.invoke(app, ["score", str(WALKTHROUGH), "-f", "xlsx", "-o", str(target)])
    assert result.exit_code == 0, result.output
    sheets = _read(target.read_bytes())
    parts = [rows for name, rows in sheets.items() if name.startswith("Criteria")]
    assert list(sheets)[1:] == ["Criteria", *(f"Criteria ({n})" for n in range(2, len(parts) + 1))]
    monkeypatch.setattr(xlsx, "ROW_LIMIT", 1_048_576)
    whole = runner.invoke(app, ["score", str(WALKTHROUGH), "-f", "xlsx", "-o", str(target)])
    assert whole.exit_code == 0, whole.output
    criteria = _read(target.read_bytes())["Criteria"]
    assert len(criteria) == 1 + 2 * 22
    assert all(part[0] == criteria[0] for part in parts)
    assert [row for part in parts for row in part[1:]] == criteria[1:]  # all, in order


def test_every_cell_reads_back_as_written() -> None:
    rows: list[list[Value]] = [
        ["Text", "Number", "Flag", "Blank"],
        ["=1+1", 3, True, None],
        ["http://example.org", 2.5, False, ""],
        [" spaced ", -7, None, "two\nlines"],
        ["<b>bold</b> & more", 0, '=HYPERLINK("http://x")', "@SUM(A1)"],
        [],
        ["after a blank row", 10**15],
    ]
    blob = bytes(workbook([Sheet("Cells", rows, {0}), Sheet("Empty")]))
    expected = [tuple(None if v == "" else v for v in row) for row in rows]
    expected[5] = (None, None, None, None)  # openpyxl fills the blank row to the sheet's width
    expected[6] = (*expected[6], None, None)
    assert _read(blob) == {"Cells": expected, "Empty": []}
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:  # written in constant-memory mode
        assert 't="inlineStr"' in archive.read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()  # no formula
        assert "xl/sharedStrings.xml" not in archive.namelist()


def test_text_like_xlsxwriters_markup_stays_text() -> None:
    texts = ["<r>a</r>", "<r><t>b &amp; </t></r>", "<r></r>", " <r>x</r>", "<r>open"]
    rows: list[list[Value]] = [["Text", "Number"]]
    rows += ([text, n] for n, text in enumerate(texts))
    assert _read(bytes(workbook([Sheet("Markup", rows, {0})]))) == {
        "Markup": [tuple(r) for r in rows]
    }


def test_columns_are_as_wide_as_their_longest_line() -> None:
    rows: list[list[Value]] = [
        ["Id", "Note", "Long", "Flag"],
        ["a", "short\na line of 23 characters", "x" * 80, False],
        ["abcdefghijklmnop", "nineteen characters", "y", None],
    ]
    book = openpyxl.load_workbook(io.BytesIO(bytes(workbook([Sheet("Widths", rows, {0})]))))
    widths = book["Widths"].column_dimensions
    assert [int(widths[c].width) for c in "ABCD"] == [18, 25, 60, 7]  # longest + 2, in 6..60


def test_text_too_long_for_a_cell_is_refused() -> None:
    with pytest.raises(UserError) as refused:
        workbook([Sheet("Notes", [["fine"], ["ok", "😀" * 20_000]])])
    assert refused.value.message.key == "xlsx.too_long"
    assert dict(refused.value.message.args) == {"sheet": "Notes", "row": 2, "column": 2}


def test_a_row_too_wide_for_a_sheet_is_refused() -> None:
    with pytest.raises(UserError) as refused:
        workbook([Sheet("Wide", [[1] * 16_385])])
    assert refused.value.message.key == "xlsx.too_wide"


def test_the_same_sheets_give_the_same_bytes() -> None:
    def sheets() -> list[Sheet]:
        return [Sheet("Criteria", _numbered(50), {0}), Sheet("Notes", [["one", 2]])]

    assert bytes(workbook(sheets())) == bytes(workbook(sheets()))
