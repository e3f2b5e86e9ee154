"""The cache: used only when it matches, rebuilt when corrupt, bypassed with --no-cache."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.read.cache import Cache
from tests.conftest import WALKTHROUGH


def cache_dir() -> Path:
    return Path(os.environ["FOURGOOD_CACHE_DIR"])


def report(runner: CliRunner, data: Path, *extra: str) -> str:
    result = runner.invoke(app, ["report", str(data), "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_warm_runs_give_the_same_output_and_use_the_cache(runner: CliRunner) -> None:
    cold = report(runner, WALKTHROUGH)
    database = cache_dir() / "cache.sqlite3"
    assert database.exists()
    with sqlite3.connect(database) as db:
        entries = db.execute("SELECT count(*) FROM entries").fetchone()[0]
    assert entries > 0
    assert report(runner, WALKTHROUGH) == cold


def test_a_changed_file_is_read_again(runner: CliRunner, walkthrough: Path) -> None:
    before = report(runner, walkthrough)
    meetings = walkthrough / "cells" / "van-phong" / "meetings-2023.yaml"
    text = meetings.read_text(encoding="utf-8")
    # drop August's meeting: the cell loses 10 points in Q1
    lines = [line for line in text.splitlines() if "2023-08-08" not in line]
    meetings.write_text("\n".join(lines) + "\n", encoding="utf-8")
    after = report(runner, walkthrough)
    assert after != before
    assert '"Q": 90' in after


def test_no_cache_writes_nothing(runner: CliRunner) -> None:
    report(runner, WALKTHROUGH, "--no-cache")
    assert not (cache_dir() / "cache.sqlite3").exists()


def test_corrupt_entries_are_ignored_and_replaced(runner: CliRunner) -> None:
    good = report(runner, WALKTHROUGH)
    database = cache_dir() / "cache.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute("UPDATE entries SET value = substr(value, 1, 40) || x'00ff00ff'")
    assert report(runner, WALKTHROUGH) == good
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT value FROM entries").fetchall()
    assert all(not value.endswith(b"\x00\xff\x00\xff") for (value,) in rows)


def test_a_database_that_is_not_one_is_rebuilt(runner: CliRunner) -> None:
    good = report(runner, WALKTHROUGH)
    database = cache_dir() / "cache.sqlite3"
    database.write_bytes(b"this is not a database\n" * 100)
    assert report(runner, WALKTHROUGH) == good
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM entries").fetchone()[0] > 0


def test_an_unwritable_cache_directory_only_costs_speed(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("FOURGOOD_CACHE_DIR", str(blocker / "cache"))
    assert report(runner, WALKTHROUGH)


def test_entries_round_trip() -> None:
    cache = Cache(cache_dir())
    cache.put(b"a: 1\n", "Kind", {"a": 1})
    cache.put_result(b"key", ("value", 1))
    cache.close()
    again = Cache(cache_dir())
    assert again.get(b"a: 1\n", "Kind") == ({"a": 1},)
    assert again.get(b"a: 2\n", "Kind") is None
    assert again.get(b"a: 1\n", "Other") is None
    assert again.get_result(b"key") == (("value", 1),)
    again.close()
