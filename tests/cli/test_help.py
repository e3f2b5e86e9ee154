"""Help in the user's language: Typer's headings and phrases and every command's texts."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial

import pytest
import typer
from typer.testing import CliRunner

from fourgood.cli import app, main
from fourgood.cli.help import words
from fourgood.cli.registry import COMMANDS, GROUPS, verbs
from fourgood.i18n.catalog import CATALOG
from fourgood.i18n.catalog.help import CATALOG as HELP
from fourgood.i18n.lang import LANGS
from fourgood.i18n.message import msg
from fourgood.i18n.render import render


def test_the_programs_help_in_vietnamese(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--lang", "vi", "--help"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Cách dùng: fourgood [OPTIONS] COMMAND [ARGS]...")
    assert "Tùy chọn:" in result.stdout
    assert "Lệnh:" in result.stdout
    assert "Hiện hướng dẫn này rồi thoát." in result.stdout


def test_a_verbs_help_in_vietnamese_and_in_english(runner: CliRunner) -> None:
    vi = runner.invoke(app, ["--lang", "vi", "member", "transfer", "--help"])
    assert vi.exit_code == 0
    assert "Options:" not in vi.stdout
    assert "help." not in vi.stdout  # every key is put in words
    en = runner.invoke(app, ["--lang", "en", "member", "transfer", "--help"])
    assert "Date of the transfer." in en.stdout
    assert vi.stdout != en.stdout


def test_help_words_are_the_catalogues_rendered() -> None:
    """``words`` reads the help's catalogue directly: it must give what ``render`` gives, for
    every help key of the whole catalogue, and a text that is no key stays as it is."""
    keys = [k for k in CATALOG if k.startswith("help.")]
    assert sorted(keys) == sorted(HELP)
    for key in keys:
        for lang in LANGS:
            assert words(key, lang) == render(msg(key), lang), key
    assert words("help.no_such_key", "vi") == "help.no_such_key"
    assert words("Show this message and exit.", "vi") == render(msg("help.show_help"), "vi")


def _help_lines(lang: str) -> list[list[str]]:
    """Every help the program has (its own, each command's, each noun's and each verb's), and
    some asked for with the help option or the language before a name."""
    lines: list[list[str]] = [["--help", "--lang", lang]]
    for entry in sorted(
        [(c.order, c.name) for c in COMMANDS if c.group is None]
        + [(g.order, g.name) for g in GROUPS]
    ):
        lines.append([entry[1], "--help", "--lang", lang])
        lines += [[entry[1], v.name, "--help", "--lang", lang] for v in verbs(entry[1])]
    return [
        *lines,
        ["--lang", lang, "-h", "score"],
        ["--lang", lang, "member", "-h", "add"],
        ["--lang", lang, "member", "--lang", lang, "transfer", "--help"],
    ]


def _shown(program: Callable[[], object], capsys: pytest.CaptureFixture[str]) -> tuple[object, ...]:
    with pytest.raises(SystemExit) as exited:
        program()
    shown = capsys.readouterr()
    return exited.value.code, shown.out, shown.err


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("columns", ["60", "200"])
def test_the_help_a_run_shows_is_the_whole_programs(
    lang: str, columns: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``main`` builds only what the command line asks for (or stand-ins for the program's own
    help): each help it shows is, byte for byte, the one of the program with every command."""
    monkeypatch.setenv("COLUMNS", columns)
    program = typer.main.get_command(app)  # built once: its texts are worded in one language
    for args in _help_lines(lang):
        whole = _shown(partial(program.main, args, prog_name="fourgood"), capsys)
        assert whole[0] == 0, (args, whole)
        assert whole[2] == ""
        monkeypatch.setattr(sys, "argv", ["fourgood", *args])
        assert _shown(main, capsys) == whole, args
