"""fourgood's own Click command classes, which prepare a command before its arguments are
parsed: options are converted only when given (``lazy``), and the help is in the reader's
language (``help_lang``)."""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand, TyperGroup

from fourgood.cli.help_lang import help_lang, localize_help
from fourgood.cli.lazy import defer_converters


def prepare(command: Any, ctx: Any, args: list[str]) -> None:
    """Defer the converters of the command's parameters, and word its help for the reader."""
    defer_converters(command.get_params(ctx))
    localize_help(command, ctx, help_lang(args))


class FourgoodGroup(TyperGroup):
    """The root group."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        prepare(self, ctx, args)
        return super().parse_args(ctx, args)


class FourgoodCommand(TyperCommand):
    """A command."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        prepare(self, ctx, args)
        return super().parse_args(ctx, args)
