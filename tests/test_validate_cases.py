"""Data-driven cases: a broken copy of the walk-through data set and the exact output expected.

Each folder under ``tests/cases/`` holds ``files/`` (laid over a copy of
``examples/walkthrough``), optionally ``remove.txt`` (paths to delete from the copy, one per line)
and ``expected.txt``: what ``fourgood validate data`` prints, every line, and ``exit: N``; and,
when the case is about what a message says, ``expected.vi.txt``: the same in Vietnamese.
To add a case, add a folder; ``FOURGOOD_UPDATE_CASES=1 pytest tests/test_validate_cases.py``
writes the expected files of a new case (``FOURGOOD_UPDATE_CASES=vi`` the Vietnamese one too)
so that they can be checked by eye.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fourgood.cli import app

from .conftest import WALKTHROUGH

CASES = Path(__file__).parent / "cases"
TODAY = "2024-06-30"
"""The day every case is validated on, so that checks relative to today do not drift."""
CASE_DIRS = sorted(p for p in CASES.iterdir() if p.is_dir())


def build(case: Path, tmp_path: Path) -> Path:
    """The walk-through data set with the case's changes applied."""
    data = tmp_path / "data"
    shutil.copytree(WALKTHROUGH, data)
    remove = case / "remove.txt"
    if remove.exists():
        for line in remove.read_text(encoding="utf-8").splitlines():
            if line.strip():
                target = data / line.strip()
                if target.is_dir():
                    shutil.rmtree(target)
                else:
                    target.unlink()
    files = case / "files"
    if files.exists():
        for source in sorted(files.rglob("*")):
            if source.is_file():
                target = data / source.relative_to(files)
                target.parent.mkdir(parents=True, exist_ok=True)
                if target.is_dir():
                    shutil.rmtree(target)
                shutil.copyfile(source, target)
    return data


def _validate(lang: str) -> str:
    result = CliRunner().invoke(app, ["validate", "data", "--no-cache", "--lang", lang])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.output + f"exit: {result.exit_code}\n"


@pytest.mark.parametrize("case", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_case(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(case, tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FOURGOOD_TODAY", TODAY)
    update = os.environ.get("FOURGOOD_UPDATE_CASES", "")
    for lang, name in (("en", "expected.txt"), ("vi", "expected.vi.txt")):
        expected_file = case / name
        got = _validate(lang)
        if update and not expected_file.exists() and (lang == "en" or update == "vi"):
            expected_file.write_text(got, encoding="utf-8")
        if expected_file.exists():
            assert got == expected_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_case_on_two_processes_and_from_the_cache(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Forked workers (read.parallel) and a warm cache give what the serial run gives."""
    build(case, tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FOURGOOD_TODAY", TODAY)
    monkeypatch.setenv("FOURGOOD_CACHE_DIR", str(tmp_path / "cache"))
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    for jobs in ("2", "1", "2"):  # cold on two, warm on one, warm on two
        monkeypatch.setenv("FOURGOOD_JOBS", jobs)
        result = CliRunner().invoke(app, ["validate", "data", "--lang", "en"])
        assert result.output + f"exit: {result.exit_code}\n" == expected, jobs
