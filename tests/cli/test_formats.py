"""Format tables: every format a command offers maps to a renderer that exists, and nothing else."""

from __future__ import annotations

import importlib
import typing
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.cli.commands import followup, report, score, scorecard, validate
from fourgood.cli.formats import UTF8_BOM, Format, emit
from tests.conftest import WALKTHROUGH

COMMANDS = [followup, report, score, scorecard, validate]


@pytest.mark.parametrize("module", COMMANDS, ids=[m.__name__ for m in COMMANDS])
def test_the_table_is_exactly_the_choices_and_every_renderer_exists(module: ModuleType) -> None:
    assert module.FORMATS.names() == typing.get_args(module.FormatName)
    for fmt in module.FORMATS:
        name, function = fmt.renderer.split(":")
        assert callable(getattr(importlib.import_module(name), function)), fmt.renderer


def test_binary_formats_need_an_output_file() -> None:
    binary = {
        (m.__name__.rsplit(".", 1)[1], f.name)
        for m in COMMANDS
        for f in m.FORMATS
        if f.needs_output
    }
    assert binary == {
        ("report", "xlsx"),
        ("report", "docx"),
        ("score", "xlsx"),
        ("scorecard", "docx"),
    }


def test_csv_and_only_csv_starts_a_file_with_a_byte_order_mark() -> None:
    marked = {(m.__name__.rsplit(".", 1)[1], f.name) for m in COMMANDS for f in m.FORMATS if f.bom}
    assert marked == {("followup", "csv"), ("report", "csv"), ("score", "csv")}


def test_the_mark_goes_into_files_never_to_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = Format("csv", "", bom=True)
    emit(["a,b\n", "Chi bộ,1\n"], csv, tmp_path / "x.csv")
    assert (tmp_path / "x.csv").read_bytes() == UTF8_BOM + "a,b\nChi bộ,1\n".encode()
    emit(["a,b\n"], csv, tmp_path / "y.csv", bom=False)  # --no-bom
    assert (tmp_path / "y.csv").read_bytes() == b"a,b\n"
    emit(["a,b\n"], csv, None)
    assert capsys.readouterr().out == "a,b\n"
    emit("{}\n", Format("json", ""), tmp_path / "x.json")
    assert (tmp_path / "x.json").read_bytes() == b"{}\n"


@pytest.mark.parametrize("command", ["score", "report", "followup"])
def test_every_csv_command_writes_the_mark_unless_no_bom(
    command: str, runner: CliRunner, tmp_path: Path
) -> None:
    extra = ["--month", "2023-05"] if command == "followup" else []
    args = [command, str(WALKTHROUGH), "-f", "csv", *extra]
    with_mark, without = tmp_path / "a.csv", tmp_path / "b.csv"
    assert runner.invoke(app, [*args, "-o", str(with_mark)]).exit_code == 0
    assert runner.invoke(app, [*args, "-o", str(without), "--no-bom"]).exit_code == 0
    stdout = runner.invoke(app, args).stdout
    assert not stdout.startswith("\ufeff")
    assert with_mark.read_bytes() == UTF8_BOM + without.read_bytes()
    assert without.read_text(encoding="utf-8") == stdout
