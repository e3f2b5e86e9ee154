"""Helpers of the forms tests: a form of the walk-through written and read back, a workbook
edited as a person edits it (openpyxl), an import run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from typer.testing import CliRunner, Result

from fourgood.cli import app

CELL = "van-phong"


def fourgood(*args: str) -> Result:
    """A run of the program."""
    return CliRunner().invoke(app, list(args))


def write_form(data: Path, out: Path, *extra: str, lang: str = "vi") -> Path:
    """A cell's (or with ``--bloc``, the bloc's) 2023 form of ``data`` at ``out``."""
    target = [] if "--bloc" in extra else [CELL]
    result = fourgood(
        "form", *target, "--year", "2023", "-o", str(out), "-d", str(data), "--lang", lang, *extra
    )
    assert result.exit_code == 0, result.output
    return out


def run_import(data: Path, *files: Path, lang: str = "en", extra: tuple[str, ...] = ()) -> Result:
    """``fourgood import`` of these files into ``data`` (with ``extra`` options)."""
    return fourgood("import", *map(str, files), "-d", str(data), "--lang", lang, *extra)


def edited(path: Path, out: Path, changes: dict[tuple[int, str], Any]) -> Path:
    """The workbook with these cells (sheet index, cell) set, saved as ``out``."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    for (sheet, cell), value in changes.items():
        book.worksheets[sheet][cell] = value
    book.save(out)
    return out


def snapshot(data: Path) -> dict[str, bytes]:
    """Every file of a data set, by path."""
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*.yaml"))}
