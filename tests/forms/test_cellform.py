"""A cell's form: the roster and the year's assessments, a row per meeting with the attendance
grid, the record's facts, in the user's language."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.forms.kit import write_form


def test_a_cells_form_holds_what_is_recorded(walkthrough: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_form(walkthrough, tmp_path / "f.xlsx"))
    assert book.sheetnames[:3] == ["Hướng dẫn", "Đảng viên", "Sinh hoạt"]
    members = [row for row in book["Đảng viên"].iter_rows(min_row=2, values_only=True) if row[0]]
    assert members[0][:5] == ("TP-001", "Nguyễn Văn An", "bí thư", "HTXSNV", "đóng đầy đủ")
    assert len(members) == 5
    grid = book["Sinh hoạt"]
    titles = [c.value for c in grid[1]]
    assert titles[-1] == "Đặng Minh Khoa (TP-005)"
    dated = [r for r in grid.iter_rows(min_row=2, values_only=True) if r[0] is not None]
    assert len(dated) == 14
    assert {r[-2] for r in dated} <= {"có mặt", "vắng có phép", "vắng không phép", "—"}


def test_in_english_too(walkthrough: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_form(walkthrough, tmp_path / "f.xlsx", lang="en"))
    assert book.sheetnames[1:3] == ["Members", "Meetings"]
    assert book["Annual record"]["A4"].value == "Candidates sent to the party course"
    assert book["Annual record"]["B4"].value == 1
