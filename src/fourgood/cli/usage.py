"""Usage errors in the reader's language: a mistyped command, an unknown option, a value that
is not one of the choices.

Typer (its bundled Click) writes these in English, its words fixed in f-strings, with no
gettext to hook: "Try 'fourgood score -h' for help.", "Error: Invalid value for '--year'". So
the root group catches each usage error on its way out and has it show itself in words (with
``show``, imported only then): the
known English phrasings of Typer, Click and pydantic (which checks option values) are read
back into their parts and said again from the catalogue. A message fourgood wrote is already
in the reader's language, and a phrasing not known here is shown as it came, never lost.
Anything taken from the command line is shown visibly (no escape sequence reaches the terminal).
"""

from __future__ import annotations

import re
from typing import IO, Any

from typer._click._compat import get_text_stderr
from typer._click.exceptions import BadParameter, MissingParameter, NoSuchOption, UsageError
from typer._click.utils import echo

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import msg
from fourgood.i18n.render import render
from fourgood.i18n.visible import visible

_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), key)
    for pattern, key in (
        (r"No such option: (?P<name>.*)", "usage.no_such_option"),
        (r"Option (?P<name>'.*') requires an argument\.", "usage.needs_value"),
        (r"Option (?P<name>'.*') requires (?P<n>\d+) arguments\.", "usage.needs_values"),
        (r"Option (?P<name>'.*') does not take a value\.", "usage.takes_no_value"),
        (r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)", "usage.extra"),
        (r"Missing command\.", "usage.missing_command"),
        (
            r"No such command (?P<name>'.*')\. Did you mean (?P<close>.*)\?",
            "usage.close_command",
        ),
        (r"No such command (?P<name>'.*')\.", "usage.no_command"),
        (r"Value error, (?P<value>.*) is not one of (?P<choices>.*)\.", "usage.not_a_choice"),
        (r"Input should be a valid integer.*", "usage.not_an_integer"),
        (r"Input should be a valid number.*", "usage.not_a_number"),
        (r"Value (?P<value>.*) is not a valid (?P<label>.*)\.", "usage.not_valid"),
    )
)
"""Typer's, Click's and pydantic's phrasings (whole messages), by the key that says them."""

_MISSING = {"option": "usage.missing_option", "argument": "usage.missing_argument"}


def show(error: UsageError, lang: Lang, file: IO[Any] | None = None) -> None:
    """Write a usage error as Click does (the usage, a hint, the error), in words."""
    out = file if file is not None else get_text_stderr()
    ctx = error.ctx
    color = ctx.color if ctx is not None else None
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            command = f"'{ctx.command_path} {ctx.help_option_names[0]}'"
            hint = render(msg("usage.try_help", command=visible(command)), lang) + "\n"
        echo(f"{ctx.get_usage()}\n{hint}", file=out, color=color)
    echo(render(msg("usage.error", message=message(error, lang)), lang), file=out, color=color)


def message(error: UsageError, lang: Lang) -> str:
    """What went wrong, in words."""
    if isinstance(error, MissingParameter):
        return _missing(error, lang)
    if isinstance(error, BadParameter):
        text = phrase(error.message, lang)
        hint = _hint(error)
        if hint is None:
            return render(msg("usage.invalid", message=text), lang)
        return render(msg("usage.invalid_for", option=hint, message=text), lang)
    text = phrase(error.message, lang)
    if isinstance(error, NoSuchOption) and error.possibilities:
        close = ", ".join(visible(p) for p in sorted(error.possibilities))
        return render(msg("usage.did_you_mean", message=text, close=close), lang)
    return text


def phrase(text: str, lang: Lang) -> str:
    """One of the known English phrasings said in ``lang``; any other text as it is."""
    for pattern, key in _PHRASES:
        found = pattern.fullmatch(text)
        if found:
            parts: dict[str, object] = {k: visible(v) for k, v in found.groupdict().items()}
            if key == "usage.extra":  # said in the singular or the plural
                parts["n"] = len(found["args"].split(" "))
            return render(msg(key, **parts), lang)
    return visible(text)


def _hint(error: BadParameter) -> str | None:
    """The option or argument named as Click names it ("'--year' / '-y'")."""
    hint: Any = error.param_hint
    if hint is None and error.param is not None:
        hint = error.param.get_error_hint()
    if hint is None:
        return None
    if not isinstance(hint, str):
        hint = " / ".join(repr(h) for h in hint)
    return visible(hint)


def _missing(error: MissingParameter, lang: Lang) -> str:
    """A required option or argument left out."""
    kind = error.param_type
    if kind is None and error.param is not None:
        kind = error.param.param_type_name
    name = _hint(error)
    if name is None:
        return render(msg("usage.missing_unnamed"), lang)
    return render(msg(_MISSING.get(kind or "", "usage.missing_parameter"), name=name), lang)
