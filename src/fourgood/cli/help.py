"""Help in the reader's language: every command's and option's help is a catalogue key, put in
words when the program starts, in the language ``--lang`` asks for anywhere on the command
line, else the locale's (``LANG=vi_VN.UTF-8``: Vietnamese).

Typer fixes help texts when the commands are declared, before the language is known, so the
commands carry keys and the root group turns them into words in ``main``, which every run goes
through (the test runner too). The headings and phrases that come from Typer itself
("Options", "[default: .]", "Show this message and exit.") are put in words by the formatter.
Only the help's part of the catalogue is imported for this, so ``fourgood --help`` stays fast.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial
from typing import Any

import typer
from typer._click.exceptions import UsageError
from typer._click.formatting import HelpFormatter  # Typer bundles Click: its formatter
from typer.core import TyperCommand, TyperGroup

from fourgood.cli.lazy import defer_converters
from fourgood.i18n.lang import LANGS, Lang, detect_lang

_LANG: ContextVar[Lang] = ContextVar("fourgood_help_language", default="en")

_TYPER_TEXTS = {
    "Show this message and exit.": "help.show_help",
    "Install completion for the current shell.": "help.install_completion",
    "Install completion for the specified shell.": "help.install_completion",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "help.show_completion"
    ),
    "Show completion for the specified shell, to copy it or customize the installation.": (
        "help.show_completion"
    ),
}
"""Typer's own help texts, by the key of their words."""

_HEADINGS = {"Options": "help.options", "Arguments": "help.arguments", "Commands": "help.commands"}
_EXTRA = re.compile(r"\[([^\[\]]*)\]\s*$")


def help_language(args: Sequence[str]) -> Lang:
    """The language of the help: ``--lang`` wherever it is on the command line, else the
    environment's."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else None
        if arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        if value in LANGS:
            return value
    return detect_lang()


def words(text: str | None, lang: Lang) -> str | None:
    """A help text in words: a key of the help's catalogue, one of Typer's texts translated.

    Help texts take no arguments, so they are read from ``catalog.help`` as they are, without
    the rest of the catalogue and the rendering of values (tests/cli/test_help.py checks that
    this is what ``render`` gives)."""
    if text is None:
        return None
    from fourgood.i18n.catalog.help import CATALOG as HELP

    key = text if text in HELP else _TYPER_TEXTS.get(text)
    if key is None:
        return text
    en, vi = HELP[key]
    return vi if lang == "vi" else en


def localise(command: Any, lang: Lang) -> None:
    """Put a command's help, its options' and its subcommands' into words."""
    command.help = words(command.help, lang)
    command.short_help = words(command.short_help, lang)
    for param in command.params:
        if getattr(param, "help", None):
            param.help = words(param.help, lang)
    for sub in getattr(command, "commands", {}).values():
        localise(sub, lang)


def _extras(text: str) -> str:
    """'[default: .; required]' after an option's help, in words."""
    found = _EXTRA.search(text)
    if not found:
        return text
    parts = []
    for part in found[1].split("; "):
        if part.startswith("default: "):
            default = _word("help.default")
            parts.append(f"{default}: {part.removeprefix('default: ')}")
        elif part == "required":
            parts.append(_word("help.required"))
        else:
            parts.append(part)
    return text[: found.start()] + "[" + "; ".join(parts) + "]"


def _word(key: str) -> str:
    return words(key, _LANG.get()) or key


class Formatter(HelpFormatter):
    """Typer's help layout with its headings and phrases in the reader's language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """'Usage:' in words."""
        usage = _word("help.usage")
        super().write_usage(prog, args, prefix or f"{usage} ")

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        """A heading in words."""
        with super().section(_word(_HEADINGS[name]) if name in _HEADINGS else name):
            yield

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        """Options and commands, Typer's phrases in words."""
        shown = [(term, _extras(words(text, _LANG.get()) or "")) for term, text in rows]
        super().write_dl(shown, col_max, col_spacing)


class Context(typer.Context):
    """A context whose help is laid out by ``Formatter``."""

    formatter_class = Formatter


class Command(TyperCommand):
    """A command whose help is in the reader's language; options are converted only when
    given (``lazy``)."""

    context_class = Context

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        defer_converters(self.get_params(ctx))
        return super().parse_args(ctx, args)


class Group(TyperGroup):
    """A group of commands (``fourgood member ...``) whose help is in the reader's language;
    its own options are converted only when given."""

    context_class = Context

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        defer_converters(self.get_params(ctx))
        return super().parse_args(ctx, args)


class Root(Group):
    """The program: its ``main`` puts every help text into words before anything is parsed,
    and a usage error shows itself in words too (``usage``)."""

    def make_context(self, *args: Any, **extra: Any) -> Any:
        """The program's context; a mistake in its own options is said in words."""
        with _usage_in_words():
            return super().make_context(*args, **extra)

    def invoke(self, ctx: Any) -> Any:
        """Run the command given; a mistake in its name, options or values is said in words."""
        with _usage_in_words():
            return super().invoke(ctx)

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        """Run the program with its help in the language the command line or locale asks."""
        lang = help_language(list(args) if args is not None else sys.argv[1:])
        _LANG.set(lang)
        localise(self, lang)
        return super().main(args, *rest, **extra)


@contextmanager
def _usage_in_words() -> Iterator[None]:
    """Have a usage error raised inside show itself in the reader's language (``usage``); it
    is raised on as it was, the same error with the same exit code."""
    try:
        yield
    except UsageError as error:
        from fourgood.cli.usage import show  # only on a mistake: it reads the catalogue

        error.show = partial(show, error, _LANG.get())  # type: ignore[method-assign]
        raise
