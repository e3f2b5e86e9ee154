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
from fourgood.read.cache import MAX_MEGABYTES, Cache
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


def test_which_results_are_stored_is_asked_for_many_keys_at_once() -> None:
    cache = Cache(cache_dir())
    assert cache.has_results([b"k0"]) == set()  # no database yet
    stored = [f"k{n}".encode() for n in range(0, 1200, 2)]  # more than one query's worth
    for key in stored:
        cache.put_result(key, ("value", 1), CODEC)
    cache.put(b"k1", "Kind", {"a": 1})  # a parsed file's entry is no result
    cache.close()
    again = Cache(cache_dir())
    asked = [f"k{n}".encode() for n in range(1200)]
    assert again.has_results(asked) == set(stored)
    assert again.has_results([]) == set()
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


def used_times(database: Path) -> dict[bytes, float]:
    with sqlite3.connect(database) as db:
        return dict(db.execute("SELECT key, used FROM entries"))


def test_a_warm_run_rewrites_an_entrys_time_only_once_a_day(runner: CliRunner) -> None:
    report(runner, WALKTHROUGH)
    database = cache_dir() / "cache.sqlite3"
    first = used_times(database)
    report(runner, WALKTHROUGH)
    assert used_times(database) == first  # used today already: nothing written
    two_days_ago = time.time() - 2 * 86400
    with sqlite3.connect(database) as db:
        db.execute("UPDATE entries SET used = ?", (two_days_ago,))
    report(runner, WALKTHROUGH)
    touched = used_times(database)
    assert touched.keys() == first.keys()
    # the entries a warm report reads (its cells' results, the shared files) are marked used
    read = {key for key, used in touched.items() if used > two_days_ago + 86400}
    assert read
    report(runner, WALKTHROUGH)
    assert used_times(database) == touched


def test_past_its_bound_the_least_recently_used_entries_go(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FOURGOOD_CACHE_MAX_MB", "1")
    clock = [1_000_000.0]
    monkeypatch.setattr(time, "time", lambda: clock[0])
    cache = Cache(cache_dir())
    assert cache.max_bytes == 1024 * 1024
    for batch in range(4):  # 4 runs a day apart, each adding 0.4 MB
        for n in range(4):
            cache.put(f"{batch}-{n}".encode(), "Kind", "x" * 100_000)
        cache.flush()
        clock[0] += 86400
    cache.close()
    stored = used_times(cache.path)
    with sqlite3.connect(cache.path) as db:
        size = db.execute("SELECT sum(length(value)) FROM entries").fetchone()[0]
    assert size <= 1024 * 1024
    again = Cache(cache_dir())
    assert again.get(b"3-0", "Kind") == ("x" * 100_000,)  # the latest run's are kept
    assert again.get(b"0-0", "Kind") is None  # the oldest went first
    assert len(stored) < 16
    again.close()


def test_a_bound_that_is_not_a_number_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for given in ("", "0", "-5", "lots", "1.5"):
        monkeypatch.setenv("FOURGOOD_CACHE_MAX_MB", given)
        assert Cache(cache_dir()).max_bytes == MAX_MEGABYTES * 1024 * 1024


def test_a_workers_cache_writes_nothing_and_hands_its_entries_over() -> None:
    parent = Cache(cache_dir())
    worker = parent.for_worker()
    worker.put(b"a: 1\n", "Kind", {"a": 1})
    worker.put_result(b"key", ("value", 1), CODEC)
    worker.flush()
    assert not worker.path.exists()  # only the parent writes
    parent.absorb(*worker.take())
    assert worker.take() == ({}, [])
    parent.close()
    again = Cache(cache_dir())
    assert again.get(b"a: 1\n", "Kind") == ({"a": 1},)
    assert again.get_result(b"key", CODEC, tuple[str, int]) == (("value", 1),)
    again.close()


def test_validate_keeps_no_birth_date_even_of_a_broken_roster(
    runner: CliRunner, walkthrough: Path
) -> None:
    roster = walkthrough / "cells" / "van-phong" / "roster.yaml"
    text = roster.read_text(encoding="utf-8")
    born = re.findall(r"born: (\d{4}-\d{2}-\d{2})", text)[0]
    roster.write_text(text.replace(born, born[:8] + "31x", 1), encoding="utf-8")
    for _ in range(2):
        result = runner.invoke(app, ["validate", str(walkthrough)])
        assert result.exit_code == 1
        assert born[:8] + "31x" in result.output
    with sqlite3.connect(cache_dir() / "cache.sqlite3") as db:
        stored = b"".join(value for (value,) in db.execute("SELECT value FROM entries"))
    assert stored  # the other cells' checks are kept
    assert born[:8].encode() + b"31x" not in stored
