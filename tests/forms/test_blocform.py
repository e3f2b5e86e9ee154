"""The bloc's form: the programme, the committee's assessed points with their notes, each
cell's classification, the commendations."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.forms.kit import write_form


def test_the_bloc_form_lists_every_cell_of_the_programme(walkthrough: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_form(walkthrough, tmp_path / "b.xlsx", "--bloc", lang="en"))
    assert book.sheetnames == ["Guide", "Programme", "Assessment", "Commendations", "fourgood"]
    cells = [r[0] for r in book["Programme"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert cells == ["trung-tam-yte", "van-phong"]
    assessment = book["Assessment"]
    assert [c.value for c in assessment[1]][3:5] == ["P4: points (max 20)", "P4: note"]
    assert assessment["C3"].value == "HTXSNV"
    assert assessment["D3"].value == 20
    assert book["Commendations"]["E2"].value == "125-QĐ/ĐUK"
