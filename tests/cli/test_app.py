"""The application: its version and its list of commands."""

from __future__ import annotations

from typing import Any

from typer.testing import CliRunner

from fourgood.cli import app


def run(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(app, list(args))


def test_version(runner: CliRunner) -> None:
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("fourgood ")
