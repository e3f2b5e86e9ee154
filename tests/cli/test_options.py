"""The options the commands share: their names, short forms, choices and help, parsed as a
command receives them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.cli.options import (
    AsOfOption,
    CellTypeOption,
    DataDir,
    LangOption,
    NoCache,
    OutputOption,
    Redact,
    YearOption,
)
from fourgood.vocabulary import CELL_TYPES

probe = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)


@probe.command()
def show(
    data_dir: DataDir = Path("."),
    year: YearOption = None,
    as_of: AsOfOption = None,
    cell_type: CellTypeOption = None,
    output: OutputOption = None,
    lang: LangOption = None,
    no_cache: NoCache = False,
    redact: Redact = False,
) -> None:
    """Print what the options parsed to."""
    values = {
        "data_dir": str(data_dir),
        "year": year,
        "as_of": as_of,
        "type": cell_type,
        "output": str(output) if output else None,
        "lang": lang,
        "no_cache": no_cache,
        "redact": redact,
    }
    typer.echo(json.dumps(values))


def parsed(runner: CliRunner, *args: str) -> dict[str, object]:
    result = runner.invoke(probe, list(args))
    assert result.exit_code == 0, result.output
    values: dict[str, object] = json.loads(result.stdout)
    return values


def test_the_defaults(runner: CliRunner) -> None:
    assert parsed(runner) == {
        "data_dir": ".",
        "year": None,
        "as_of": None,
        "type": None,
        "output": None,
        "lang": None,
        "no_cache": False,
        "redact": False,
    }


def test_long_and_short_forms(runner: CliRunner) -> None:
    long = parsed(
        runner,
        "data",
        "--year",
        "2023",
        "--as-of",
        "2023-06-30",
        "--type",
        "public_service",
        "--output",
        "out.json",
        "--lang",
        "vi",
        "--no-cache",
        "--redact",
    )
    assert long == {
        "data_dir": "data",
        "year": 2023,
        "as_of": "2023-06-30",  # checked by the command, in the reader's language
        "type": "public_service",
        "output": "out.json",
        "lang": "vi",
        "no_cache": True,
        "redact": True,
    }
    short = parsed(runner, "data", "-y", "2023", "-t", "agency", "-o", "x.csv")
    assert (short["year"], short["type"], short["output"]) == (2023, "agency", "x.csv")


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--lang", "fr"], ("Invalid value for '--lang'", "'fr' is not one of 'en', 'vi'.")),
        (
            ["--type", "school"],
            (
                "Invalid value for '--type' / '-t'",
                "'school' is not one of 'agency', 'public_service', 'enterprise'.",
            ),
        ),
        # typer before 0.29 says "'abc' is not a valid int", 0.29 "Input should be a valid integer"
        (["-y", "abc"], ("Invalid value for '--year' / '-y'", " a valid int")),
    ],
)
def test_what_the_options_refuse(
    runner: CliRunner, args: list[str], error: tuple[str, str]
) -> None:
    result = runner.invoke(probe, args)
    assert result.exit_code == 2
    said = " ".join(result.stderr.split())
    assert all(part in said for part in error), said


def test_the_cell_types_come_from_the_vocabulary(runner: CliRunner) -> None:
    for cell_type in CELL_TYPES:
        assert parsed(runner, "--type", cell_type)["type"] == cell_type


def test_the_commands_help_shows_the_shared_options(runner: CliRunner) -> None:
    result = runner.invoke(app, ["score", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "Arguments: DATA_DIR " in text  # typer 0.29 adds the type: "DATA_DIR <path>"
    for shown in (
        "The data set's directory (the one holding organisation.yaml). [default: .]",
        "-y, --year <int> The year (default: the latest programme).",
        "-t, --type <agency|public_service|enterprise> Only cells of this type.",
        "-o, --output <path> Write to this file instead of stdout.",
        "--as-of YYYY-MM-DD Progress inside a year: count only months ended by this date.",
        "--lang <en|vi> Language of the output: vi or en (default: from the locale).",
        "--no-cache Read every file afresh; do not use or fill the cache.",
        "--redact Replace members' names with stable pseudonyms (the same member, the same one).",
    ):
        assert shown in text
    for command in ("validate", "report", "followup"):
        help_text = " ".join(runner.invoke(app, [command, "-h"]).stdout.split())
        assert "--lang <en|vi> Language of the output" in help_text
        assert "--no-cache" in help_text
        assert "--redact" in help_text
