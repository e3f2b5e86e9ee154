"""The application: its version and its list of commands."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from fourgood.cli import app
from tests.conftest import WALKTHROUGH


def run(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(app, list(args))


def test_version(runner: CliRunner) -> None:
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("fourgood ")


def test_a_process_leaves_its_outputs_and_its_cache_whole_as_it_ends(tmp_path: Path) -> None:
    """The console entry point leaves the last collection of objects to the system: what the
    run wrote (a file, the standard output, the cache) is all there."""
    env = {**os.environ, "FOURGOOD_CACHE_DIR": str(tmp_path / "cache")}
    out = tmp_path / "report.json"
    report = [sys.executable, "-m", "fourgood", "report", str(WALKTHROUGH), "--year", "2023"]
    subprocess.run([*report, "-f", "json", "-o", str(out)], check=True, env=env)
    printed = subprocess.run(
        [*report, "-f", "json"], check=True, env=env, capture_output=True, text=True
    ).stdout
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(printed)
    with sqlite3.connect(tmp_path / "cache" / "cache.sqlite3") as db:
        (entries,) = db.execute("SELECT count(*) FROM entries").fetchone()
    assert entries > 10
