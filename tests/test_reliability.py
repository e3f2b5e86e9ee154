"""Determinism, safe writes and privacy."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.read.yamlio import read_document

from .conftest import LANG_SON, WALKTHROUGH

FORMATS = {
    "score": ["table", "json", "csv", "markdown", "xlsx"],
    "report": ["table", "json", "csv", "markdown", "html", "xlsx", "docx"],
}


def _outputs(
    command: str,
    data: Path,
    tmp: Path,
    *extra: str,
    env: dict[str, str] | None = None,
) -> dict[str, bytes]:
    """Every format of a command, run as a separate process, as bytes."""
    out: dict[str, bytes] = {}
    for fmt in FORMATS[command]:
        target = tmp / f"{command}.{fmt}"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "fourgood",
                command,
                str(data),
                "--format",
                fmt,
                "--output",
                str(target),
                "--no-cache",
                *extra,
            ],
            check=True,
            env=env,
            capture_output=True,
        )
        out[fmt] = target.read_bytes()
    return out


@pytest.mark.parametrize("command", ["score", "report"])
def test_same_bytes_across_runs_and_hash_seeds(command: str, tmp_path: Path) -> None:
    runs = []
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        folder = tmp_path / seed
        folder.mkdir()
        runs.append(_outputs(command, WALKTHROUGH, folder, "--year", "2023", env=env))
    assert runs[0] == runs[1] == runs[2]


def test_file_system_order_does_not_matter(monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()

    def outputs() -> list[str]:
        return [
            runner.invoke(app, [cmd, str(WALKTHROUGH), "--format", fmt, "--no-cache"]).stdout
            for cmd, fmt in (("score", "json"), ("report", "json"), ("validate", "json"))
        ]

    before = outputs()
    real = os.scandir

    class Reversed:
        def __init__(self, path: Any) -> None:
            self.entries = list(reversed(list(real(path))))

        def __enter__(self) -> Iterator[os.DirEntry[str]]:
            return iter(self.entries)

        def __exit__(self, *args: object) -> None:
            return None

    monkeypatch.setattr(os, "scandir", Reversed)
    assert outputs() == before


# --- safe writes -----------------------------------------------------------------------------

_KILLED_WRITE = textwrap.dedent(
    """
    import os, sys, time
    import fourgood.write.atomic as output
    def stop(*args):
        print("renaming", flush=True)
        time.sleep(60)
    output.os.replace = stop  # stop just before the new file takes the old one's place
    from fourgood.cli import main
    sys.argv = ["fourgood", "report", sys.argv[1], "--format", "html", "--output", sys.argv[2],
                "--no-cache"]
    main()
    """
)


def test_a_write_killed_midway_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("the old report\n", encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITE, str(WALKTHROUGH), str(target)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "renaming"  # the new file is written, not in place
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert target.read_text(encoding="utf-8") == "the old report\n"
    # the next run replaces it whole
    result = CliRunner().invoke(
        app, ["report", str(WALKTHROUGH), "--format", "html", "--output", str(target)]
    )
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


_KILLED_CACHE = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from fourgood.read.cache import Cache
    cache = Cache(Path(sys.argv[1]))
    for i in range(200):
        cache.put(f"file {i}".encode(), "Kind", {"i": i})
    db = cache._open()
    real = db.executemany
    class Slow:
        def __getattr__(self, name):
            return getattr(db, name)
        def execute(self, sql, *args):
            if sql == "COMMIT":
                print("committing", flush=True)
                time.sleep(60)
            return db.execute(sql, *args)
    cache._db = Slow()
    cache.flush()
    """
)


def test_a_cache_write_killed_midway_keeps_the_cache_as_it_was(tmp_path: Path) -> None:
    from fourgood.read.cache import Cache

    before = Cache(tmp_path)
    before.put(b"kept", "Kind", {"kept": True})
    before.close()
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_CACHE, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "committing"
    child.send_signal(signal.SIGKILL)
    child.wait()
    with sqlite3.connect(tmp_path / "cache.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    after = Cache(tmp_path)
    assert after.get(b"kept", "Kind") == ({"kept": True},)
    assert after.get(b"file 1", "Kind") is None  # the interrupted transaction left nothing
    after.close()


# --- privacy ---------------------------------------------------------------------------------


def _members(data: Path) -> tuple[set[str], set[str]]:
    """Every member's name and birth date in a data set."""
    names, births = set(), set()
    for roster in data.glob("cells/*/roster.yaml"):
        for member in read_document(roster.read_bytes()).data["members"]:
            names.add(member["name"])
            births.add(member["born"])
    return names, births


def _text_of(fmt: str, blob: bytes) -> str:
    import io

    if fmt == "docx":
        from tests.render.kit import docx_texts

        return "\n".join(docx_texts(blob))
    if fmt != "xlsx":
        return blob.decode("utf-8")

    book = openpyxl.load_workbook(io.BytesIO(blob))
    return "\n".join(
        str(cell)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    )


@pytest.mark.parametrize("command", ["score", "report"])
def test_redact_hides_names_in_every_format(command: str, tmp_path: Path) -> None:
    names, births = _members(WALKTHROUGH)
    plain = _outputs(command, WALKTHROUGH, tmp_path, "--year", "2023", "--lang", "vi")
    shown = {n for fmt, blob in plain.items() for n in names if n in _text_of(fmt, blob)}
    assert shown, "the example must name members, or this test proves nothing"
    folder = tmp_path / "redacted"
    folder.mkdir()
    redacted = _outputs(command, WALKTHROUGH, folder, "--year", "2023", "--lang", "vi", "--redact")
    pseudonyms: set[str] = set()
    for fmt, blob in redacted.items():
        text = _text_of(fmt, blob)
        assert not [n for n in names if n in text], fmt
        assert not [b for b in births if b in text], fmt
        pseudonyms |= set(re.findall(r"Đảng viên #[0-9A-F]{6}", text))
    assert pseudonyms
    # the same member gets the same pseudonym in every format and every run
    again = _outputs(command, WALKTHROUGH, tmp_path, "--year", "2023", "--lang", "vi", "--redact")
    assert again == redacted


def test_reports_never_show_birth_dates(runner: CliRunner) -> None:
    _, births = _members(LANG_SON)
    assert len(births) > 100, "the example must have members, or this test proves nothing"
    cells: list[str] = []
    for fmt in ("json", "markdown", "html", "csv"):
        result = runner.invoke(app, ["report", str(LANG_SON), "--year", "2023", "-f", fmt])
        assert result.exit_code == 0, (fmt, result.output)
        text = result.stdout
        if fmt == "json":
            cells = [cell["name"] for cell in json.loads(text)["cells"]]
            assert len(cells) > 40
        # a whole report, naming every evaluated cell: there was something to leak
        assert [name for name in cells if name not in text] == [], fmt
        assert not [b for b in births if b in text], fmt
