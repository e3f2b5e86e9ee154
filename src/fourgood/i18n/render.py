"""Putting messages in words: the catalogue's templates filled with values in the reader's
language (dates, months, percentages, vocabulary words, people or their pseudonyms)."""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction

from fourgood.i18n.catalog import CATALOG, choice_label
from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Choice, Month, Msg, Pct, Person, Quarter, Text
from fourgood.i18n.redaction import pseudonym, redacting
from fourgood.i18n.visible import visible
from fourgood.numbers import format_number, format_pct

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def render_value(value: object, lang: Lang) -> str:
    """Render one argument value in the given language."""
    if isinstance(value, Msg):
        return render(value, lang)
    if isinstance(value, Month):
        if lang == "vi":
            return f"tháng {value.month}/{value.year}"
        return f"{_MONTHS_EN[value.month - 1]} {value.year}"
    if isinstance(value, Quarter):
        return (
            f"quý {value.quarter}/{value.year}"
            if lang == "vi"
            else f"Q{value.quarter} {value.year}"
        )
    if isinstance(value, Pct):
        return format_pct(value.value, lang)
    if isinstance(value, Choice):
        return visible(choice_label(value.vocabulary, value.value, lang))
    if isinstance(value, Text):
        return visible(value.vi if lang == "vi" else value.en)
    if isinstance(value, Person):
        return pseudonym(value.id, lang) if redacting() else visible(value.name)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, Fraction):
        return format_number(value, lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(render_value(v, lang) for v in value)
    return visible(str(value))  # text from data (a name, a key, a note): shown, never acting


_PLURAL = re.compile(r"\{(\w+):([^{}|]*)\|([^{}]*)\}")
"""``{n:point|points}``: the word for one, else the word for any other count (English)."""


def _plurals(template: str, args: tuple[tuple[str, object], ...]) -> str:
    counts = dict(args)
    return _PLURAL.sub(lambda m: m[2] if counts.get(m[1]) == 1 else m[3], template)


def render(message: object, lang: Lang) -> str:
    """Render a message (or any value ``render_value`` knows) in the given language."""
    if not isinstance(message, Msg):
        return render_value(message, lang)
    en, vi = CATALOG[message.key]
    template = vi if lang == "vi" else en
    if "|" in template:
        template = _plurals(template, message.args)
    return template.format_map({k: render_value(v, lang) for k, v in message.args})
