"""The values a recording command needs: read from its options, in the user's words (codes or
their words in either language, dates as YYYY-MM-DD or day first), or, when a required one is
missing and the input is a terminal, asked for in the user's language. Never asked for when
the input is not a terminal (a script, a pipe): a missing value is then a usage error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeVar

import typer

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Msg, msg
from fourgood.i18n.render import render

T = TypeVar("T")


class Invalid(ValueError):
    """A value that does not mean what the option wants, and why."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.key)
        self.message = message


def interactive() -> bool:
    """Whether someone is at the keyboard to answer (the input is a terminal)."""
    return sys.stdin.isatty()


def need(given: str | None, option: str, lang: Lang, read: Callable[[str], T], ask: str) -> T:
    """A required value: the option's, else an answer at the terminal (``ask``: the
    question's key); a usage error when it is missing and nobody can be asked."""
    if given is not None:
        try:
            return read(given)
        except Invalid as error:
            raise typer.BadParameter(render(error.message, lang), param_hint=option) from None
    if not interactive():
        text = render(msg("ask.missing", option=option), lang)
        raise typer.BadParameter(text, param_hint=option)
    while True:
        answer = typer.prompt(render(msg(ask), lang), err=True)
        try:
            return read(answer)
        except Invalid as error:
            typer.echo(render(error.message, lang), err=True)


def optional(given: str | None, option: str, lang: Lang, read: Callable[[str], T]) -> T | None:
    """An optional value, read (``None`` when not given); a usage error when it means nothing."""
    if given is None:
        return None
    try:
        return read(given)
    except Invalid as error:
        raise typer.BadParameter(render(error.message, lang), param_hint=option) from None


def day(text: str) -> date:
    """A date: YYYY-MM-DD, or day first as Vietnamese documents write it (01/03/2025)."""
    from fourgood.i18n.words import read_day

    found = read_day(text)
    if found is None:
        raise Invalid(msg("ask.not_a_day", value=text))
    return found


def choice(vocab: str) -> Callable[[str], str]:
    """A reader of a vocabulary's words (its codes, or their words in either language)."""

    def read(text: str) -> str:
        from fourgood.i18n.words import VOCABS, read

        found = read(vocab, text)
        if found is None:
            raise Invalid(msg("ask.not_one_of", value=text, options=", ".join(VOCABS[vocab])))
        return found

    return read


def one_of(options: Sequence[str]) -> Callable[[str], str]:
    """A reader of one of these words, as written."""

    def read(text: str) -> str:
        if text.strip() in options:
            return text.strip()
        raise Invalid(msg("ask.not_one_of", value=text, options=", ".join(options)))

    return read


def yes_no(text: str) -> bool:
    """Yes or no (có/không, true/false)."""
    return choice("bool")(text) == "true"


def whole(text: str) -> int:
    """A whole number, 0 or more."""
    cleaned = text.strip()
    if not cleaned.isdigit():
        raise Invalid(msg("ask.not_whole", value=text))
    return int(cleaned)


def words(text: str) -> str:
    """Text that is not empty."""
    if not text.strip():
        raise Invalid(msg("ask.empty"))
    return text.strip()
