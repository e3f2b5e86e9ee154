"""``fourgood score`` as a user meets it: the table, JSON, CSV, files, usage and data errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from fourgood.cli import app
from tests.conftest import WALKTHROUGH


def run(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(app, list(args))


def test_score_table_and_check(runner: CliRunner) -> None:
    result = run(runner, "score", str(WALKTHROUGH))
    assert result.exit_code == 0
    assert "Chi bộ Văn phòng Sở Tư pháp" in result.stdout
    assert "2 cells: 1 met, 1 not met, 0 incomplete" in result.stdout
    assert run(runner, "score", str(WALKTHROUGH), "--check").exit_code == 3
    only_met = run(runner, "score", str(WALKTHROUGH), "--check", "--cell", "van-phong")
    assert only_met.exit_code == 0


def test_score_json_contract(runner: CliRunner) -> None:
    result = run(runner, "score", str(WALKTHROUGH), "--format", "json", "--year", "2023")
    assert result.exit_code == 0
    cells = json.loads(result.stdout)
    assert [c["id"] for c in cells] == ["trung-tam-yte", "van-phong"]
    cell = cells[0]
    assert set(cell) >= {"id", "name", "type", "year", "rubric", "status", "contents"}
    assert cell["rubric"] == {"id": "4good", "version": "2023.2"}
    assert cell["status"] == "not_met"
    assert {k: v["points"] for k, v in cell["contents"].items()} == {
        "P": 62,
        "S": 92,
        "Q": 87,
        "M": 68,
    }
    q1 = cell["contents"]["Q"]["criteria"][0]
    assert q1 == {
        "id": "Q1",
        "label": "A regular (or combined) meeting every month",
        "points": 20,
        "best": 20,
        "max": 30,
        "state": "partial",
        "measured": "meetings in 11 of 12 months",
        "why": ["no regular meeting in August 2023"],
    }


def test_score_explain_in_vietnamese(runner: CliRunner) -> None:
    result = run(
        runner, "score", str(WALKTHROUGH), "--explain", "--lang", "vi", "--cell", "trung-tam-yte"
    )
    assert result.exit_code == 0
    assert "không sinh hoạt thường kỳ tháng 8/2023" in result.stdout
    assert "Ngô Văn Sơn vắng không phép ngày 12/10/2023" in result.stdout


def test_score_csv_has_one_row_per_cell_and_criterion(runner: CliRunner) -> None:
    result = run(runner, "score", str(WALKTHROUGH), "--format", "csv")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("year,cell,name,type,status,content,content_points")
    assert len(lines) == 1 + 2 * 22


def test_score_output_file(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "scores.md"
    result = run(runner, "score", str(WALKTHROUGH), "-f", "markdown", "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("| Cell | Type | P | S | Q | M | Status |")


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert run(runner, "score", str(WALKTHROUGH), "--cell", "nope").exit_code == 2
    assert run(runner, "score", str(WALKTHROUGH), "--format", "pdf").exit_code == 2
    assert run(runner, "score", str(WALKTHROUGH), "--as-of", "20-02-2024").exit_code == 2
    assert run(runner, "validate", "--bogus").exit_code == 2


def test_score_refuses_invalid_data(runner: CliRunner, walkthrough: Path) -> None:
    shutil.copyfile(
        walkthrough / "programme" / "2023.yaml", walkthrough / "programme" / "2024.yaml"
    )
    meetings = walkthrough / "cells" / "van-phong" / "meetings-2023.yaml"
    meetings.write_text("meetings: [{date: 2023-01-10, kind: reglar}]\n", encoding="utf-8")
    result = run(runner, "score", str(walkthrough), "--year", "2023")
    assert result.exit_code == 1
    assert "'reglar' is not allowed here" in result.stderr
    assert "fix it first" in result.stderr


def test_an_error_blocks_only_the_cells_that_depend_on_it(
    runner: CliRunner, walkthrough: Path
) -> None:
    roster = walkthrough / "cells" / "trung-tam-yte" / "roster.yaml"
    roster.write_text(roster.read_text(encoding="utf-8").replace("sex: male", "sex: nam", 1))
    other = run(runner, "score", str(walkthrough), "--cell", "van-phong", "-f", "json")
    assert other.exit_code == 0, other.output
    assert [c["id"] for c in json.loads(other.stdout)] == ["van-phong"]
    assert run(runner, "score", str(walkthrough), "--cell", "trung-tam-yte").exit_code == 1
    everyone = run(runner, "score", str(walkthrough))
    assert everyone.exit_code == 1
    assert f"1 error in the data ({roster}); fix it first" in everyone.stderr
    review = run(runner, "followup", str(walkthrough), "--month", "2023-05", "-f", "json")
    assert review.exit_code == 0, review.output  # the review reads meeting logs only
    assert "note: 1 error in other files of the data set do not affect this" in review.stderr


def test_unknown_year(runner: CliRunner) -> None:
    result = run(runner, "score", str(WALKTHROUGH), "--year", "2030")
    assert result.exit_code == 1
    assert "no programme for 2030" in result.stderr
