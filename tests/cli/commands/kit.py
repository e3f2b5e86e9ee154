"""Helpers of the command tests: a run of the program on a data set."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

from fourgood.cli import app


def run(data: Path, *args: str) -> Result:
    """A run of ``fourgood ARGS -d DATA``, in English."""
    return CliRunner().invoke(app, [*args, "-d", str(data), "--lang", "en"])


def text(data: Path, relative: str) -> str:
    """A file of the data set."""
    return (data / relative).read_text("utf-8")
