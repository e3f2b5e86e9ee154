"""Reading one sheet: merged cells are refused, a header pushed down a row is still found."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.forms.kit import run_import, write_form


def test_merged_cells_are_refused_at_their_place(walkthrough: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_form(walkthrough, tmp_path / "f.xlsx"))
    book["Sinh hoạt"].merge_cells("C2:C3")
    book.save(tmp_path / "merged.xlsx")
    result = run_import(walkthrough, tmp_path / "merged.xlsx")
    assert result.exit_code == 1
    assert "merged.xlsx, Sinh hoạt!C2: error: " in result.output


def test_a_row_inserted_above_the_header_and_in_the_middle(
    walkthrough: Path, tmp_path: Path
) -> None:
    book = openpyxl.load_workbook(write_form(walkthrough, tmp_path / "f.xlsx"))
    book["Đảng viên"].insert_rows(1)
    book["Sinh hoạt"].insert_rows(5)
    book.save(tmp_path / "rows.xlsx")
    result = run_import(walkthrough, tmp_path / "rows.xlsx")
    assert result.exit_code == 0, result.output
    assert "nothing to change" in result.output
