"""Messages that can be shown in English or Vietnamese.

Code never builds user-facing sentences directly: it builds a ``Msg`` (a catalogue key and its
arguments) and the outer layer renders it in the reader's language. Keeping the words out of the
core means the engine's explanations, the validator's problems and the report's headings all
translate the same way, and tests can compare keys instead of prose.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Literal

Lang = Literal["en", "vi"]
LANGS: tuple[Lang, ...] = ("en", "vi")


@dataclass(frozen=True)
class Msg:
    """A message: a key in the catalogue and the values to fill in."""

    key: str
    args: tuple[tuple[str, object], ...] = ()

    def arg(self, name: str) -> object:
        """The value given for ``name`` (KeyError when absent)."""
        for key, value in self.args:
            if key == name:
                return value
        raise KeyError(name)


def msg(key: str, /, **args: object) -> Msg:
    """Build a message; argument order is normalised so equal messages compare equal."""
    return Msg(key, tuple(sorted(args.items())))


@dataclass(frozen=True)
class Month:
    """A calendar month, rendered as 'August 2023' or 'tháng 8/2023'."""

    year: int
    month: int


@dataclass(frozen=True)
class Quarter:
    """A calendar quarter, rendered as 'Q3 2023' or 'quý 3/2023'."""

    year: int
    quarter: int


@dataclass(frozen=True)
class Pct:
    """A share shown as a percentage with one decimal, rounded half up."""

    value: Fraction


@dataclass(frozen=True)
class Choice:
    """A value from a closed vocabulary (a rating, a kind) shown by its label."""

    vocabulary: str
    value: str


@dataclass(frozen=True)
class Person:
    """A party member named in a message: their name, or a pseudonym when redacting."""

    id: str
    name: str


_redacting: ContextVar[bool] = ContextVar("fourgood_redacting", default=False)


def set_redaction(on: bool) -> None:
    """Show members by pseudonym (``--redact``) instead of by name, in everything rendered."""
    _redacting.set(on)


def pseudonym(member_id: str, lang: Lang) -> str:
    """A stable stand-in for a member: the same member always gets the same one.

    Derived from the member's id with a key (FOURGOOD_REDACT_KEY, if set, so that pseudonyms
    cannot be matched with another bloc's or guessed from a known id).
    """
    key = os.environ.get("FOURGOOD_REDACT_KEY", "fourgood").encode()
    code = hmac.new(key, member_id.encode(), hashlib.sha256).hexdigest()[:6].upper()
    return f"Đảng viên #{code}" if lang == "vi" else f"Member #{code}"


@dataclass(frozen=True)
class Text:
    """Free text in both languages (labels from rubric files)."""

    en: str
    vi: str


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


def format_pct(value: Fraction, lang: Lang) -> str:
    """A share as a percentage with one decimal place, rounded half up, e.g. '92.5%'."""
    tenths = value * 1000
    rounded = (tenths.numerator * 2 + tenths.denominator) // (tenths.denominator * 2)
    whole, frac = divmod(rounded, 10)
    text = f"{whole}" if frac == 0 else f"{whole}.{frac}"
    if lang == "vi":
        text = text.replace(".", ",")
    return text + "%"


def format_number(value: int | Fraction | float, lang: Lang) -> str:
    """A number for display: whole numbers as is, others with one decimal (Vietnamese comma)."""
    if isinstance(value, int) or (isinstance(value, Fraction) and value.denominator == 1):
        return str(int(value))
    frac = Fraction(value)
    tenths = frac * 10
    rounded = (tenths.numerator * 2 + tenths.denominator) // (tenths.denominator * 2)
    sign = "-" if rounded < 0 else ""
    whole, part = divmod(abs(rounded), 10)
    text = f"{sign}{whole}.{part}"
    return text.replace(".", ",") if lang == "vi" else text


def render_value(value: object, lang: Lang) -> str:
    """Render one argument value in the given language."""
    from fourgood.catalog import choice_label

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
        return choice_label(value.vocabulary, value.value, lang)
    if isinstance(value, Text):
        return value.vi if lang == "vi" else value.en
    if isinstance(value, Person):
        return pseudonym(value.id, lang) if _redacting.get() else value.name
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, Fraction):
        return format_number(value, lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(render_value(v, lang) for v in value)
    return str(value)


def render(message: object, lang: Lang) -> str:
    """Render a message (or any value ``render_value`` knows) in the given language."""
    from fourgood.catalog import CATALOG

    if not isinstance(message, Msg):
        return render_value(message, lang)
    en, vi = CATALOG[message.key]
    template = vi if lang == "vi" else en
    return template.format_map({k: render_value(v, lang) for k, v in message.args})


def detect_lang(environ: Mapping[str, str] | None = None) -> Lang:
    """The language from the environment: FOURGOOD_LANG, then the POSIX locale, else English."""
    env = os.environ if environ is None else environ
    explicit = env.get("FOURGOOD_LANG", "").strip().lower()
    if explicit in LANGS:
        return explicit
    # The POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG. LANGUAGE is a
    # GNU list of preferences, read first when set.
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        first = value.split(":")[0].lower()
        return "vi" if first.startswith("vi") else "en"
    return "en"
