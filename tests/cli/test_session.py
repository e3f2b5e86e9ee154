"""What every command does first: the language and redaction, the data set, the year, the
dates, and stopping on errors in the data before computing from it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from fourgood.cli.boundary import LANGUAGE, guard
from fourgood.cli.session import (
    bad_parameter,
    parse_day,
    pick_year,
    start,
    stop_on_errors,
    year_session,
)
from fourgood.errors import DataErrors, UserError
from fourgood.i18n.message import msg
from fourgood.i18n.redaction import redacting, set_redaction
from fourgood.read.dataset import DataSet, shipped_rubrics_dir
from tests.conftest import WALKTHROUGH


@pytest.fixture(autouse=True)
def _fresh_language() -> Iterator[None]:
    token = LANGUAGE.set(None)
    yield
    LANGUAGE.reset(token)
    set_redaction(False)


probe = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)


@probe.command()
@guard
def session(
    ctx: typer.Context,
    data_dir: Path,
    year: int | None = None,
    as_of: str | None = None,
    lang: str | None = None,
    output: Path | None = None,
    needs_output: bool = False,
    no_cache: bool = False,
) -> None:
    """Open a year session and say what it holds."""
    with year_session(
        ctx,
        data_dir,
        year=year,
        as_of=as_of,
        lang=lang,  # type: ignore[arg-type]
        redact=False,
        no_cache=no_cache,
        output=output,
        needs_output=needs_output,
    ) as opened:
        typer.echo(
            json.dumps(
                {
                    "lang": opened.lang,
                    "year": opened.year,
                    "as_of": opened.as_of.isoformat() if opened.as_of else None,
                    "cells": opened.dataset.cell_ids(),
                    "cached": opened.dataset.cache is not None,
                }
            )
        )


def test_the_language_from_the_option_else_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert start("vi") == "vi"
    assert LANGUAGE.get() == "vi"
    monkeypatch.setenv("FOURGOOD_LANG", "vi")
    assert start(None) == "vi"
    monkeypatch.setenv("FOURGOOD_LANG", "en")
    assert start(None) == "en"
    assert LANGUAGE.get() == "en"
    assert start("vi") == "vi"  # the option outranks the environment


def test_start_turns_redaction_on_and_off() -> None:
    start("en", redact=True)
    assert redacting()
    start("en")
    assert not redacting()


def test_a_usage_error_in_the_readers_language() -> None:
    error = bad_parameter("param.not_a_date", "vi", "--as-of", value="20-02-2024")
    assert isinstance(error, typer.BadParameter)
    assert error.param_hint == "--as-of"
    assert error.message == "'20-02-2024' không phải ngày (YYYY-MM-DD)"
    assert bad_parameter("param.year", "en", "--year", year=1800).message == (
        "1800 is not a plausible year"
    )


def test_dates_of_options() -> None:
    assert parse_day(None, "--as-of", "en") is None
    assert parse_day("2024-02-29", "--as-of", "en") == date(2024, 2, 29)
    for bad in ("2023-02-29", "20-02-2024", "yesterday", ""):
        with pytest.raises(typer.BadParameter) as caught:
            parse_day(bad, "--as-of", "en")
        assert caught.value.message == f"'{bad}' is not a date (YYYY-MM-DD)"


def test_the_year_asked_for_or_the_latest_programme(walkthrough: Path) -> None:
    shutil.copyfile(walkthrough / "programme/2023.yaml", walkthrough / "programme/2022.yaml")
    ds = DataSet(str(walkthrough))
    assert pick_year(ds, None) == 2023
    assert pick_year(ds, 2022) == 2022
    with pytest.raises(UserError) as caught:
        pick_year(ds, 2030)
    assert caught.value.message == msg("score.no_programme", year=2030)
    assert caught.value.file == str(walkthrough)


def test_a_data_set_without_a_programme_has_no_year(walkthrough: Path) -> None:
    shutil.rmtree(walkthrough / "programme")
    with pytest.raises(UserError) as caught:
        pick_year(DataSet(str(walkthrough)), None)
    assert caught.value.message == msg("score.no_years")


def test_errors_in_the_data_stop_the_command(walkthrough: Path) -> None:
    (walkthrough / "programme/2023.yaml").write_text(
        "cells:\n  - {cell: nope, basis: selected}\n  - {cell: nada, basis: selected}\n"
    )
    ds = DataSet(str(walkthrough))
    with pytest.raises(DataErrors) as caught:
        stop_on_errors(ds, "en")
    assert caught.value.message == msg(
        "score.blocked", n=2, files=f"{walkthrough}/programme/2023.yaml"
    )
    assert [(p.line, p.column) for p in caught.value.problems] == [(2, 12), (3, 12)]


def test_warnings_are_mentioned_and_do_not_stop_it(
    walkthrough: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (walkthrough / "notes.yml").write_text("x: 1\n")
    stop_on_errors(DataSet(str(walkthrough)), "vi")
    assert capsys.readouterr().err == ("dữ liệu có 1 cảnh báo; chạy fourgood validate để xem\n")
    stop_on_errors(DataSet(str(WALKTHROUGH)), "en")
    assert capsys.readouterr().err == ""


def test_a_year_session(runner: CliRunner) -> None:
    result = runner.invoke(probe, [str(WALKTHROUGH), "--as-of", "2023-06-30", "--lang", "vi"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "lang": "vi",
        "year": 2023,
        "as_of": "2023-06-30",
        "cells": ["trung-tam-yte", "van-phong"],
        "cached": True,
    }
    assert result.stderr == ""  # 2023 is over: no note
    uncached = runner.invoke(probe, [str(WALKTHROUGH), "--no-cache"])
    assert json.loads(uncached.stdout)["cached"] is False


def test_as_of_must_fall_in_the_year(runner: CliRunner) -> None:
    result = runner.invoke(probe, [str(WALKTHROUGH), "--as-of", "2024-02-20"])
    assert result.exit_code == 2
    assert "Invalid value for --as-of: 2024-02-20 is not in 2023" in result.stderr
    bad = runner.invoke(probe, [str(WALKTHROUGH), "--as-of", "2023-02-30", "--lang", "vi"])
    assert bad.exit_code == 2
    assert "'2023-02-30' không phải ngày (YYYY-MM-DD)" in bad.stderr


def test_a_format_that_writes_a_file_needs_output(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(probe, [str(WALKTHROUGH), "--needs-output"])
    assert result.exit_code == 2
    assert "--format xlsx writes a file: add --output FILE.xlsx" in result.stderr
    given = runner.invoke(probe, [str(WALKTHROUGH), "--needs-output", "--output", "x.xlsx"])
    assert given.exit_code == 0


def test_a_year_not_over_is_scored_as_of_today(
    runner: CliRunner, walkthrough: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOURGOOD_TODAY", "2026-12-01")
    this_year = 2026
    shutil.copyfile(
        walkthrough / "programme/2023.yaml", walkthrough / f"programme/{this_year}.yaml"
    )
    rubric = (shipped_rubrics_dir() / "4good-2023.yaml").read_text(encoding="utf-8")
    (walkthrough / "rubrics").mkdir()
    (walkthrough / "rubrics" / "4good.yaml").write_text(
        rubric.replace("years: [2023, 2024]", f"years: [2023, 2024, {this_year}]"),
        encoding="utf-8",
    )
    result = runner.invoke(probe, [str(walkthrough)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["year"] == this_year
    assert json.loads(result.stdout)["as_of"] == "2026-12-01"
    as_of = runner.invoke(probe, [str(walkthrough), "--as-of", f"{this_year}-01-31"])
    assert json.loads(as_of.stdout)["as_of"] == "2026-01-31"
    last_year = runner.invoke(probe, [str(walkthrough), "--year", "2023"])
    assert json.loads(last_year.stdout)["as_of"] is None
    monkeypatch.setenv("FOURGOOD_TODAY", "2025-06-01")
    not_begun = runner.invoke(probe, [str(walkthrough), "--year", "2026"])
    assert not_begun.exit_code == 1
    assert "2026 has not begun (today is 2025-06-01)" in not_begun.stderr


def test_errors_in_the_shared_files_stop_the_session_before_it(
    runner: CliRunner, walkthrough: Path
) -> None:
    (walkthrough / "programme/2023.yaml").write_text("cells:\n  - {cell: nope, basis: selected}\n")
    result = runner.invoke(probe, [str(walkthrough)])
    assert result.exit_code == 1
    assert result.stdout == ""  # nothing is computed from a broken programme
    assert result.stderr.splitlines() == [
        f"{walkthrough}/programme/2023.yaml:2:12: error: no cell 'nope' in organisation.yaml",
        f"1 error in the data ({walkthrough}/programme/2023.yaml); fix it first "
        "(fourgood validate lists it)",
    ]


@pytest.mark.parametrize(
    "text",
    ["bloc: {id: b, name: B}\ncells: []\nextra: 1\n", "bloc: [\n", "", "- a\n- b\n"],
    ids=["unknown key", "syntax", "empty", "list"],
)
@pytest.mark.parametrize("command", ["score", "report", "followup"])
def test_an_invalid_organisation_stops_every_command_located(
    runner: CliRunner, walkthrough: Path, command: str, text: str
) -> None:
    from fourgood.cli import app

    (walkthrough / "organisation.yaml").write_text(text, encoding="utf-8")
    args = ["--month", "2023-05"] if command == "followup" else []
    result = runner.invoke(app, [command, str(walkthrough), "--lang", "en", *args])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{walkthrough}/organisation.yaml:")
    assert ": error: " in first


def test_an_invalid_programme_shows_its_own_errors_not_a_missing_one(
    runner: CliRunner, walkthrough: Path
) -> None:
    (walkthrough / "programme/2023.yaml").write_text("cells: [\n", encoding="utf-8")
    for args in ([], ["--year", "2023"]):
        result = runner.invoke(probe, [str(walkthrough), "--lang", "en", *args])
        assert result.exit_code == 1
        assert result.stderr.startswith(f"{walkthrough}/programme/2023.yaml:2:1: error: ")
        assert "no programme" not in result.stderr


@pytest.mark.parametrize("year", ["0", "1899", "1929", "2101", "-5", "99999"])
def test_a_year_outside_1930_to_2100_is_a_usage_error(
    runner: CliRunner, walkthrough: Path, year: str
) -> None:
    (walkthrough / "programme/0000.yaml").write_text("cells: []\n", encoding="utf-8")
    result = runner.invoke(probe, [str(walkthrough), "--year", year, "--lang", "en"])
    assert result.exit_code == 2
    assert f"{year} is not a plausible year" in result.stderr


def test_links_out_of_the_data_set_are_read_only_when_asked(
    runner: CliRunner, walkthrough: Path, tmp_path: Path
) -> None:
    from fourgood.cli import app

    outside = tmp_path / "elsewhere.yaml"
    roster = walkthrough / "cells/van-phong/roster.yaml"
    outside.write_bytes(roster.read_bytes())
    roster.unlink()
    roster.symlink_to(outside)
    refused = runner.invoke(app, ["validate", str(walkthrough), "--lang", "en"])
    assert refused.exit_code == 1
    assert "a link to a file outside the data set" in refused.stdout
    followed = runner.invoke(app, ["validate", str(walkthrough), "--follow-links", "--lang", "en"])
    assert followed.exit_code == 0, followed.stdout
