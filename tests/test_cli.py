"""The command line as a user meets it: outputs, formats and exit codes."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from fourgood.cli import app

from .conftest import WALKTHROUGH


def run(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(app, list(args))


def test_validate_clean_data(runner: CliRunner) -> None:
    result = run(runner, "validate", str(WALKTHROUGH))
    assert result.exit_code == 0
    assert result.stdout == "no problems in 9 files\n"


def test_validate_github_and_json_formats(
    runner: CliRunner, walkthrough: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(walkthrough.parent)
    record = walkthrough / "cells" / "van-phong" / "record-2023.yaml"
    record.write_text(
        record.read_text(encoding="utf-8").replace("inspection:", "inspektion:"), encoding="utf-8"
    )
    github = run(runner, "validate", "data", "--format", "github")
    assert github.exit_code == 1
    assert github.stdout.splitlines()[0] == (
        "::error file=data/cells/van-phong/record-2023.yaml,line=14,col=1::"
        "unknown key 'inspektion'; did you mean 'inspection'?"
    )
    as_json = run(runner, "validate", "data", "--format", "json")
    assert as_json.exit_code == 1
    assert json.loads(as_json.stdout) == [
        {
            "file": "data/cells/van-phong/record-2023.yaml",
            "line": 14,
            "column": 1,
            "severity": "error",
            "code": "model.unknown_key",
            "message": "unknown key 'inspektion'; did you mean 'inspection'?",
        }
    ]


def test_strict_fails_on_warnings(runner: CliRunner, walkthrough: Path) -> None:
    (walkthrough / "notes.yml").write_text("x: 1\n", encoding="utf-8")
    assert run(runner, "validate", str(walkthrough)).exit_code == 0
    assert run(runner, "validate", str(walkthrough), "--strict").exit_code == 1


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "nowhere", "nowhere: error: no such directory"),
        (
            lambda tmp: (tmp / "f.yaml").write_text("a: 1\n") and tmp / "f.yaml",
            "f.yaml: error: not a directory",
        ),
        (lambda tmp: tmp, "error: not a fourgood data set: there is no organisation.yaml here"),
    ],
)
def test_paths_that_are_not_data_sets(
    runner: CliRunner, tmp_path: Path, make: Any, message: str
) -> None:
    result = run(runner, "validate", str(make(tmp_path)))
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_a_misspelt_organisation_file_is_named(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "organization.yaml").write_text("bloc: {id: b, name: B}\n", encoding="utf-8")
    result = run(runner, "validate", str(tmp_path))
    assert result.exit_code == 1
    assert "found 'organization.yaml': rename it to organisation.yaml" in result.stderr


def test_unreadable_file(
    runner: CliRunner,
    walkthrough: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Tests may run as root, who can read anything: make open() refuse one file instead.
    target = str(walkthrough / "cells" / "van-phong" / "roster.yaml")
    real_open = open

    def guarded(path: Any, *args: Any, **kwargs: Any) -> Any:
        if os.path.abspath(str(path)) == target:
            raise PermissionError(13, "Permission denied", target)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("fourgood.read.files.open", guarded, raising=False)
    monkeypatch.chdir(walkthrough.parent)
    result = run(runner, "validate", "data", "--no-cache")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "data/cells/van-phong/roster.yaml: error: cannot read this file: permission denied"
    )


def test_symbolic_link_loop(
    runner: CliRunner, walkthrough: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    roster = walkthrough / "cells" / "van-phong" / "roster.yaml"
    roster.unlink()
    os.symlink("roster.yaml", roster)
    monkeypatch.chdir(walkthrough.parent)
    result = run(runner, "validate", "data")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "data/cells/van-phong/roster.yaml: error: symbolic link loop: this link points "
        "(through others) back to itself"
    )


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
    assert cell["rubric"] == {"id": "4good", "version": "2023.1"}
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
    assert "Ngô Văn Sơn vắng không phép ngày 2023-10-12" in result.stdout


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
    assert "fix them first" in result.stderr


def test_unknown_year(runner: CliRunner) -> None:
    result = run(runner, "score", str(WALKTHROUGH), "--year", "2030")
    assert result.exit_code == 1
    assert "no programme for 2030" in result.stderr


def test_version(runner: CliRunner) -> None:
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("fourgood ")


def test_a_file_above_the_size_limit(
    runner: CliRunner, walkthrough: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = walkthrough / "cells" / "van-phong" / "record-2023.yaml"
    with record.open("a", encoding="utf-8") as handle:
        handle.write(("# " + "x" * 1000 + "\n") * 11_000)  # 11 MB of comments
    monkeypatch.chdir(walkthrough.parent)
    result = run(runner, "validate", "data", "--no-cache")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "data/cells/van-phong/record-2023.yaml: error: the file is 10.5 MB, above the 10 MB "
        "limit for a data file; split it"
    )
