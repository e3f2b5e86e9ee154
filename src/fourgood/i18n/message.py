"""Messages and the values they carry, before they are put in words.

Code never builds user-facing sentences directly: it builds a ``Msg`` (a catalogue key and its
arguments) and the outer layer renders it in the reader's language. Keeping the words out of the
core means the engine's explanations, the validator's problems and the report's headings all
translate the same way, and tests can compare keys instead of prose.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Month:
    """A calendar month, rendered as 'August 2023' or 'tháng 8/2023'."""

    year: int
    month: int


@dataclass(frozen=True, slots=True)
class Quarter:
    """A calendar quarter, rendered as 'Q3 2023' or 'quý 3/2023'."""

    year: int
    quarter: int


@dataclass(frozen=True, slots=True)
class Pct:
    """A share shown as a percentage with one decimal, rounded half up."""

    value: Fraction


@dataclass(frozen=True, slots=True)
class Choice:
    """A value from a closed vocabulary (a rating, a kind) shown by its label."""

    vocabulary: str
    value: str


@dataclass(frozen=True, slots=True)
class Person:
    """A party member named in a message: their name, or a pseudonym when redacting."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Text:
    """Free text in both languages (labels from rubric files)."""

    en: str
    vi: str
