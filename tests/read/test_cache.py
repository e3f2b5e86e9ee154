"""The cache: used only when it matches, rebuilt when corrupt, bypassed with --no-cache."""

from __future__ import annotations

import hashlib
import marshal
import os
import pickle
import re
import sqlite3
import stat
import time
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.read.cache import Cache
from fourgood.read.codec import Codec
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


CODEC = Codec(())


def test_entries_round_trip() -> None:
    cache = Cache(cache_dir())
    cache.put(b"a: 1\n", "Kind", {"a": 1})
    cache.put_result(b"key", ("value", 1), CODEC)
    cache.close()
    again = Cache(cache_dir())
    assert again.get(b"a: 1\n", "Kind") == ({"a": 1},)
    assert again.get(b"a: 2\n", "Kind") is None
    assert again.get(b"a: 1\n", "Other") is None
    assert again.get_result(b"key", CODEC, tuple[str, int]) == (("value", 1),)
    assert again.get_result(b"key", CODEC, tuple[int, int]) is None  # another shape: a miss
    again.close()


def results(database: Path) -> list[bytes]:
    with sqlite3.connect(database) as db:
        return [key for (key,) in db.execute("SELECT key FROM entries")]


def test_a_result_of_the_wrong_shape_is_a_miss(runner: CliRunner) -> None:
    """An entry whose checksum holds but whose data is not a cell's result (written by another
    version, or by someone else) is recomputed, never a traceback, and never run."""
    good = report(runner, WALKTHROUGH)
    database = cache_dir() / "cache.sqlite3"
    for payload in (
        marshal.dumps(("c", "os:system", ["echo owned"])),
        marshal.dumps(("t", [("l", []), 3])),
        pickle.dumps(["a pickle"]),
    ):
        blob = hashlib.sha256(payload).digest() + payload
        with sqlite3.connect(database) as db:
            db.execute("UPDATE entries SET value = ?", (blob,))
        assert report(runner, WALKTHROUGH) == good


def test_the_cache_is_private(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOURGOOD_CACHE_DIR", str(tmp_path / "new" / "cache"))
    old = os.umask(0o022)  # what most systems have: files 0644, directories 0755
    try:
        report(runner, WALKTHROUGH)
    finally:
        os.umask(old)
    directory = tmp_path / "new" / "cache"
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    assert stat.S_IMODE((directory / "cache.sqlite3").stat().st_mode) == 0o600


def test_an_open_cache_of_an_older_fourgood_is_closed(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "cache"
    directory.mkdir(mode=0o777)
    directory.chmod(0o777)
    monkeypatch.setenv("FOURGOOD_CACHE_DIR", str(directory))
    report(runner, WALKTHROUGH)
    (directory / "cache.sqlite3").chmod(0o666)
    report(runner, WALKTHROUGH)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    assert stat.S_IMODE((directory / "cache.sqlite3").stat().st_mode) == 0o600


def test_no_birth_date_is_kept(runner: CliRunner) -> None:
    roster = (WALKTHROUGH / "cells" / "van-phong" / "roster.yaml").read_text(encoding="utf-8")
    births = set(re.findall(r"born: (\d{4}-\d{2}-\d{2})", roster))
    assert births
    report(runner, WALKTHROUGH)
    with sqlite3.connect(cache_dir() / "cache.sqlite3") as db:
        stored = b"".join(value for (value,) in db.execute("SELECT value FROM entries"))
    for born in births:
        day = date.fromisoformat(born)
        assert born.encode() not in stored
        assert marshal.dumps(("d", day.toordinal()))[1:] not in stored


@pytest.mark.skipif(os.name != "posix" or os.getuid() != 0, reason="needs root to chown")
def test_a_cache_of_another_user_is_not_used(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = report(runner, WALKTHROUGH, "--no-cache", "--lang", "vi")
    directory = tmp_path / "theirs"
    directory.mkdir()
    os.chown(directory, 12345, 12345)
    monkeypatch.setenv("FOURGOOD_CACHE_DIR", str(directory))
    result = runner.invoke(app, ["report", str(WALKTHROUGH), "--format", "json", "--lang", "vi"])
    assert result.exit_code == 0
    assert result.stdout == good
    assert "không dùng bộ nhớ đệm" in result.stderr
    assert result.stderr.count("\n") == 1
    assert not (directory / "cache.sqlite3").exists() or not results(directory / "cache.sqlite3")


def test_a_database_that_is_a_link_is_not_used(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "elsewhere"
    target.write_bytes(b"")
    directory = tmp_path / "cache"
    directory.mkdir()
    (directory / "cache.sqlite3").symlink_to(target)
    monkeypatch.setenv("FOURGOOD_CACHE_DIR", str(directory))
    result = runner.invoke(app, ["report", str(WALKTHROUGH), "--format", "json"])
    assert result.exit_code == 0
    assert "is not used (the database is a link)" in result.stderr
    assert target.read_bytes() == b""


def test_a_locked_cache_is_left_alone(runner: CliRunner) -> None:
    """Another fourgood writing: this run goes without the cache, and deletes nothing."""
    good = report(runner, WALKTHROUGH)
    database = cache_dir() / "cache.sqlite3"
    before = results(database)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        assert report(runner, WALKTHROUGH) == good
        assert time.monotonic() - started < 30  # waits about a second, not until it is free
        assert database.exists()
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert results(database) == before
