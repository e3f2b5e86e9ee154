"""fourgood's command classes prepare every command: converters deferred, help worded."""

from __future__ import annotations

from typing import Any

import typer.main

from fourgood.cli import app
from fourgood.cli.classes import FourgoodCommand, FourgoodGroup, prepare


def _built() -> Any:
    return typer.main.get_command(app)


def test_the_application_uses_them() -> None:
    group = _built()
    assert isinstance(group, FourgoodGroup)
    assert all(isinstance(c, FourgoodCommand) for c in group.commands.values())


def test_prepare_words_the_help_for_the_arguments_language() -> None:
    command = _built().commands["validate"]
    ctx = command.make_context("validate", ["--help"], resilient_parsing=True)
    prepare(command, ctx, ["--lang", "vi"])
    assert command.help.startswith("Kiểm tra mọi tệp")
    strict = next(p for p in command.params if p.name == "strict")
    assert strict.help == "Báo thất bại cả khi chỉ có cảnh báo."


def test_prepare_in_english_changes_no_text() -> None:
    command = _built().commands["score"]
    before = [command.help, *(getattr(p, "help", None) for p in command.params)]
    ctx = command.make_context("score", ["--help"], resilient_parsing=True)
    prepare(command, ctx, ["--lang", "en"])
    assert [command.help, *(getattr(p, "help", None) for p in command.params)] == before
