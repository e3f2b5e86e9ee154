"""Help in the reader's language: every command's help in Vietnamese with ``--lang vi``, placed
before or after ``--help``, or with a Vietnamese locale; English otherwise."""

from __future__ import annotations

from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.cli.help_lang import help_lang, lang_from_args, translations
from fourgood.cli.registry import COMMANDS

NAMES = sorted(c.name for c in COMMANDS)
ENGLISH = {"FOURGOOD_LANG": "en", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _texts(command: Any) -> list[str]:
    """The description and the options' help the code gives a command."""
    texts = [command.help] + [p.help for p in command.params if getattr(p, "help", None)]
    return [t for t in texts if t]


def _built() -> Any:
    return typer.main.get_command(app)


@pytest.mark.parametrize(
    ("args", "lang"),
    [
        (["--lang", "vi", "--help"], "vi"),
        (["--help", "--lang=vi"], "vi"),
        (["--lang", "vi", "--lang", "en"], "en"),
        (["--lang", "fr"], None),
        (["--lang"], None),
        (["--", "--lang", "vi"], None),
        (["x", "-o", "out.csv"], None),
    ],
)
def test_the_language_is_read_from_the_arguments(args: list[str], lang: str | None) -> None:
    assert lang_from_args(args) == lang


def test_without_lang_the_environment_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOURGOOD_LANG", "vi")
    assert help_lang(["--help"]) == "vi"
    assert help_lang(["--help", "--lang", "en"]) == "en"


def test_every_help_text_has_its_vietnamese() -> None:
    group = _built()
    words = translations("vi")
    texts = _texts(group) + [t for c in group.commands.values() for t in _texts(c)]
    missing = [t for t in texts if t not in words]
    assert missing == []
    assert set(words) == {*texts, "Show this message and exit."}  # and no entry unused
    assert all(words[t] != t for t in texts)
    assert translations("en") == {t: t for t in words}


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("order", ["after", "before"])
def test_every_command_help_in_vietnamese(runner: CliRunner, name: str, order: str) -> None:
    args = [name, "--help", "--lang", "vi"] if order == "after" else [name, "--lang", "vi", "-h"]
    result = runner.invoke(app, args, env=ENGLISH)
    assert result.exit_code == 0, result.output
    shown = _flat(result.stdout)
    words = translations("vi")
    for text in _texts(_built().commands[name]):
        assert _flat(words[text]) in shown
        assert _flat(text) not in shown
    assert _flat(words["Show this message and exit."]) in shown


@pytest.mark.parametrize("name", NAMES)
def test_a_vietnamese_locale_gives_vietnamese_help(runner: CliRunner, name: str) -> None:
    env = {**ENGLISH, "FOURGOOD_LANG": "", "LANG": "vi_VN.UTF-8"}
    shown = _flat(runner.invoke(app, [name, "--help"], env=env).stdout)
    command = _built().commands[name]
    assert _flat(translations("vi")[command.help]) in shown


def test_the_program_help_lists_the_commands_in_the_readers_language(runner: CliRunner) -> None:
    vietnamese = runner.invoke(app, ["--help"], env={**ENGLISH, "FOURGOOD_LANG": "vi"})
    assert "In phiên bản rồi thoát." in vietnamese.stdout
    assert "Chấm điểm mọi chi bộ" in vietnamese.stdout
    english = runner.invoke(app, ["--help"], env=ENGLISH)
    assert "Show the version and exit." in english.stdout
    assert "Score every cell" in english.stdout


@pytest.mark.parametrize("name", NAMES)
def test_english_help_stays_english(runner: CliRunner, name: str) -> None:
    result = runner.invoke(app, [name, "--help"], env=ENGLISH)
    shown = _flat(result.stdout)
    for text in _texts(_built().commands[name]):
        assert _flat(text) in shown
