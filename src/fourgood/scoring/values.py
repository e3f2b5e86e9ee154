"""The values a fact takes: what the engine reads and a rule kind scores.

A fact is one of:

* ``None``: the data it needs is not there at all (the criterion is "missing evidence");
* ``Missing``: the same, with the reason in words;
* ``NotApplicable``: nothing to judge yet (e.g. no month of the window has ended);
* a value carrying a pessimistic and an optimistic reading. They differ only where part of the
  evidence is missing (a member with no dues record): the pessimistic reading counts that as a
  shortfall, the optimistic one as fine. Points come from the pessimistic reading; the optimistic
  one tells whether a cell below the standard could still reach it once the data is complete.

All arithmetic is exact (integers and fractions).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Literal

from fourgood.i18n.message import Msg

FactType = Literal["share", "count", "ratio", "yes_no", "date", "level"]
"""The kinds of value a fact can be; a rule kind says which it can read."""


@dataclass(frozen=True)
class Missing:
    """The evidence a fact needs is not there, and in what way."""

    reason: Msg


@dataclass(frozen=True)
class NotApplicable:
    """Nothing to judge for this fact in this window, and why."""

    reason: Msg


@dataclass(frozen=True)
class Count:
    """Occurrences that lose points, and places where the evidence is missing."""

    found: tuple[Msg, ...]
    unknown: tuple[Msg, ...] = ()
    measured: Msg | None = None


@dataclass(frozen=True)
class Share:
    """A share between 0 and 1: the pessimistic and optimistic readings and the shortfalls."""

    low: Fraction
    high: Fraction
    measured: Msg
    shortfalls: tuple[Msg, ...] = ()
    unknown: tuple[Msg, ...] = ()


@dataclass(frozen=True)
class Ratio:
    """Done out of planned (an inspection programme)."""

    done: int
    planned: int


@dataclass(frozen=True)
class YesNo:
    """Whether something happened; ``when`` is its date if known."""

    value: bool
    when: date | None = None


@dataclass(frozen=True)
class OnDate:
    """The date something was done, or ``None`` when it was not done."""

    when: date | None


@dataclass(frozen=True)
class Level:
    """A graded fact: the pessimistic and optimistic level and the reasons for the level."""

    low: str
    high: str
    reasons: tuple[Msg, ...] = ()
    unknown: tuple[Msg, ...] = ()
    measured: Msg | None = None


FactValue = Count | Share | Ratio | YesNo | OnDate | Level | NotApplicable | Missing | None
