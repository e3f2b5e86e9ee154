"""Members merged: assessments, exemptions, discipline and transfers (on both rosters)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.forms.kit import edited, run_import, snapshot, write_form

ROSTERS = Path("cells")


def test_exemption_discipline_and_a_transfer_in_the_bloc(walkthrough: Path, tmp_path: Path) -> None:
    form = write_form(walkthrough, tmp_path / "f.xlsx")
    changes = {
        (3, "A2"): "Phạm Thu Hà (TP-004)",
        (3, "B2"): "01/11/2023",
        (3, "D2"): "ốm",
        (5, "A2"): "TP-003",
        (5, "B2"): datetime(2023, 12, 1),
        (5, "C2"): "khiển trách",
        (4, "A2"): "TP-002",
        (4, "B2"): "chuyển đi",
        (4, "C2"): "15/12/2023",
        (4, "D2"): "trung-tam-yte",
    }
    result = run_import(walkthrough, edited(form, tmp_path / "m.xlsx", changes))
    assert result.exit_code == 0, result.output
    here = (walkthrough / ROSTERS / "van-phong" / "roster.yaml").read_text("utf-8")
    there = (walkthrough / ROSTERS / "trung-tam-yte" / "roster.yaml").read_text("utf-8")
    assert "      - {from: 2023-11-01, reason: ốm}\n" in here
    assert "      - {date: 2023-12-01, form: reprimand}\n" in here
    assert "    transferred_out: {date: 2023-12-15, to_cell: trung-tam-yte}\n" in here
    assert "  - id: TP-002\n    name: Trần Thị Bình\n" in there
    assert "      from_cell: van-phong\n" in there


def test_an_unknown_member_is_told_at_the_cell(walkthrough: Path, tmp_path: Path) -> None:
    form = write_form(walkthrough, tmp_path / "f.xlsx")
    before = snapshot(walkthrough)
    bad = edited(form, tmp_path / "u.xlsx", {(3, "A2"): "TP-0004", (3, "B2"): "01/11/2023"})
    result = run_import(walkthrough, bad)
    assert result.exit_code == 1
    assert "u.xlsx, Exemptions!A2" in result.output or "u.xlsx, Miễn sinh hoạt!A2" in result.output
    assert "TP-004" in result.output  # did you mean
    assert snapshot(walkthrough) == before
