"""``fourgood validate`` as a user meets it: clean data, formats, paths that are not data sets,
unreadable files."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from tests.conftest import WALKTHROUGH


def run(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(app, list(args))


def test_validate_clean_data(runner: CliRunner) -> None:
    result = run(runner, "validate", str(WALKTHROUGH))
    assert result.exit_code == 0
    assert result.stdout == "no problems in 10 files\n"


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
            "schema_version": 1,
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


def test_the_severity_words_are_the_users_unless_machine_words(
    runner: CliRunner, walkthrough: Path
) -> None:
    (walkthrough / "notes.yml").write_text("x: 1\n", encoding="utf-8")
    vi = run(runner, "validate", str(walkthrough), "--lang", "vi").stdout
    assert "notes.yml: cảnh báo: " in vi
    machine = run(runner, "validate", str(walkthrough), "--lang", "vi", "--machine-words").stdout
    assert "notes.yml: warning: " in machine
    assert machine.replace(": warning: ", ": cảnh báo: ") == vi
    en = run(runner, "validate", str(walkthrough), "--lang", "en").stdout
    assert "notes.yml: warning: " in en


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
    # Tests may run as root, who can read anything: make os.open refuse one file instead.
    target = str(walkthrough / "cells" / "van-phong" / "roster.yaml")
    real_open = os.open

    def guarded(path: Any, *args: Any, **kwargs: Any) -> Any:
        if os.path.abspath(str(path)) == target:
            raise PermissionError(13, "Permission denied", target)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("fourgood.read.files.os.open", guarded)
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
