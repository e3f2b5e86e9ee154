"""Excel output: the workbook opens, with the same figures as the JSON."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from fourgood.cli import app

from .conftest import WALKTHROUGH


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
    assert header == ["Year", "Cell id", "Cell", "Type", "P", "S", "Q", "M", "Status"]
    rows = {row[1]: row for row in scores.iter_rows(min_row=2, values_only=True)}
    for card in cards:
        row = rows[card["id"]]
        assert [row[4], row[5], row[6], row[7]] == [
            card["contents"][c]["points"] for c in ("P", "S", "Q", "M")
        ]
    criteria = list(book["Criteria"].iter_rows(min_row=2, values_only=True))
    assert len(criteria) == 2 * 22
    q1 = next(r for r in criteria if r[1] == "trung-tam-yte" and r[8] == "Q1")
    assert (q1[10], q1[11], q1[14]) == (20, 30, "no regular meeting in August 2023")


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
