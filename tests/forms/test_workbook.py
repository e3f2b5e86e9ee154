"""The workbook writer: dates as dates, drop-downs from the hidden sheet, text never a
formula, the same data the same bytes."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.forms.kit import write_form


def test_the_same_data_gives_the_same_bytes(walkthrough: Path, tmp_path: Path) -> None:
    one = write_form(walkthrough, tmp_path / "f.xlsx").read_bytes()
    (tmp_path / "again").mkdir()
    two = write_form(walkthrough, tmp_path / "again" / "f.xlsx").read_bytes()
    assert one == two


def test_dates_drop_downs_notes_and_the_hidden_sheet(walkthrough: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_form(walkthrough, tmp_path / "f.xlsx"))
    meetings = book.worksheets[2]
    assert meetings["A2"].is_date
    assert meetings["A2"].number_format == "dd/mm/yyyy"
    formulas = {str(v.sqref): v.formula1 for v in meetings.data_validations.dataValidation}
    assert formulas["B2:B45"].startswith("fourgood!$")
    assert meetings["A1"].comment is not None
    hidden = book["fourgood"]
    assert hidden.sheet_state == "hidden"
    assert hidden.protection.sheet


def test_text_that_looks_like_a_formula_is_written_as_text(
    walkthrough: Path, tmp_path: Path
) -> None:
    log = walkthrough / "cells" / "van-phong" / "meetings-2023.yaml"
    log.write_text(log.read_text("utf-8").replace("Kiểm điểm cuối năm", "'=1+1'"), "utf-8")
    book = openpyxl.load_workbook(write_form(walkthrough, tmp_path / "f.xlsx"))
    topics = [row[2] for row in book.worksheets[2].iter_rows(min_row=2)]
    assert [c.data_type for c in topics if c.value == "=1+1"] == ["s"]
