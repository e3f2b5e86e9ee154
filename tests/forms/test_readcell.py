"""A cell's form read back: a renamed sheet, a moved column, an unknown member column."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.forms.kit import run_import, snapshot, write_form


def test_a_renamed_sheet_and_a_renamed_member_column(walkthrough: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_form(walkthrough, tmp_path / "f.xlsx"))
    book["Sinh hoạt"].title = "Sinh hoat"
    book["Đảng viên"]["A1"] = "Mã số"
    book.save(tmp_path / "renamed.xlsx")
    before = snapshot(walkthrough)
    result = run_import(walkthrough, tmp_path / "renamed.xlsx", lang="vi")
    assert result.exit_code == 1
    assert "'Sinh hoat'" in result.output
    assert "renamed.xlsx, Đảng viên!A1" in result.output
    assert snapshot(walkthrough) == before


def test_moved_columns_are_found_by_their_titles(walkthrough: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_form(walkthrough, tmp_path / "f.xlsx"))
    sheet = book["Đảng viên"]
    for row in sheet.iter_rows():
        row[0].value, row[1].value = row[1].value, row[0].value  # name and id swap places
    book.save(tmp_path / "moved.xlsx")
    before = snapshot(walkthrough)
    result = run_import(walkthrough, tmp_path / "moved.xlsx")
    assert result.exit_code == 0, result.output
    assert snapshot(walkthrough) == before


def test_an_unknown_member_in_the_attendance_grid(walkthrough: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_form(walkthrough, tmp_path / "f.xlsx"))
    book["Sinh hoạt"]["S1"] = "Người Lạ (TP-999)"
    book.save(tmp_path / "stranger.xlsx")
    result = run_import(walkthrough, tmp_path / "stranger.xlsx")
    assert result.exit_code == 1
    assert "stranger.xlsx, Sinh hoạt!S1: error: " in result.output
