"""What every rule kind is: a rubric's way of turning one fact into a criterion's points.

A rule kind is one module of this package holding one subclass of ``RuleBase``: its YAML shape
(a pydantic model with a ``kind`` tag), the fact types it ``ACCEPTS``, how ``fourgood validate``
checks it (``check``) and how it scores (``score``). The package finds the modules itself, so
adding a rule kind is one module plus its test.
"""

from __future__ import annotations

import math
import typing
from abc import abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from fourgood.i18n.message import Msg, msg
from fourgood.models.common import Model
from fourgood.scoring.values import (
    Count,
    FactType,
    FactValue,
    Level,
    Missing,
    OnDate,
    Ratio,
    Share,
    YesNo,
)
from fourgood.scoring.window import Window

if TYPE_CHECKING:
    from fourgood.scoring.facts import Facts

Where = tuple[str | int, ...]


@dataclass(frozen=True)
class Outcome:
    """A rule's verdict: pessimistic and optimistic points (before clamping), the reasons, and
    what was measured when the rule says so itself (otherwise the fact's own measure is shown)."""

    low: int
    high: int
    why: tuple[Msg, ...] = ()
    measured: Msg | None = None


@dataclass(frozen=True)
class ScoreContext:
    """What a rule sees while scoring: its criterion, the year, all the cell-year's facts, and
    the window the cell is judged on."""

    criterion: str
    top: int
    year: int
    facts: Facts
    window: Window


@dataclass(frozen=True)
class RuleCheck:
    """What a rule sees while ``fourgood validate`` checks it: its criterion, the kind and levels
    of the fact it reads, and a way to report a problem at a place under the rule."""

    criterion: str
    maximum: int
    fact_type: FactType | None
    levels: tuple[str, ...]
    report: Callable[[Msg, Where], None]

    def problem(self, key: str, sub: Where = (), **args: object) -> None:
        """Report ``key`` (its message gets the criterion's id) at ``sub`` under the rule."""
        self.report(msg(key, id=self.criterion, **args), sub)

    def at_most_max(self, points: int, sub: Where) -> None:
        """Points a rule gives may not exceed the criterion's maximum."""
        if points > self.maximum:
            self.problem("rubric.points_max", sub, max=self.maximum)


Points = int


class RuleBase(Model):
    """A rule kind: subclasses add ``kind: Literal["name"]`` and their own settings."""

    ACCEPTS: ClassVar[tuple[FactType, ...]] = ()
    """The kinds of fact this rule can read; empty for a rule that reads no fact."""

    @classmethod
    def kind_name(cls) -> str:
        """The name written after ``kind:`` for this rule kind."""
        (name,) = typing.get_args(cls.model_fields["kind"].annotation)
        return str(name)

    @property
    def reads(self) -> str | None:
        """The fact this rule reads, if it reads one."""
        return getattr(self, "fact", None)

    @property
    def minus_rule(self) -> Minus | None:
        """The deduction applied after this rule, if it has one."""
        found = getattr(self, "minus", None)
        return found if isinstance(found, Minus) else None

    def check(self, ctx: RuleCheck) -> None:
        """Report what is wrong with this rule beyond its shape (called once its fact is known
        to be of an accepted kind)."""

    @abstractmethod
    def score(self, fact: FactValue, ctx: ScoreContext) -> Outcome | Missing:
        """The points for the fact (never ``None``, ``Missing`` or ``NotApplicable``: the engine
        handles those), or ``Missing`` when the rule finds its own evidence absent."""


class Minus(Model):
    """A deduction applied after the main rule: ``per`` points for each occurrence of ``fact``."""

    fact: str = Field(description="A count fact whose occurrences each cost points.")
    per: int = Field(ge=0, le=100, description="Points taken off for each occurrence.")

    def apply(self, facts: Facts, low: int, high: int, why: list[Msg]) -> tuple[int, int]:
        """The points after the deduction; its reasons are added to ``why``."""
        fact = facts.values.get(self.fact)
        if not isinstance(fact, Count):
            return low, high
        worst, best = count_values(fact)
        why.extend(evidence(fact))
        return low - self.per * worst, high - self.per * best


def apply_minus(
    minus: Minus | None, facts: Facts, low: int, high: int, why: list[Msg]
) -> tuple[int, int]:
    """``minus.apply`` when the rule has a deduction."""
    return (low, high) if minus is None else minus.apply(facts, low, high, why)


def count_values(fact: Count) -> tuple[int, int]:
    """(pessimistic, optimistic) number of occurrences."""
    return len(fact.found) + len(fact.unknown), len(fact.found)


def evidence(fact: FactValue) -> tuple[Msg, ...]:
    """The shortfalls a fact records, then the places where evidence is missing."""
    if isinstance(fact, Count):
        return fact.found + tuple(msg("why.no_evidence", what=u) for u in fact.unknown)
    if isinstance(fact, Share):
        return fact.shortfalls + tuple(msg("why.no_evidence", what=u) for u in fact.unknown)
    if isinstance(fact, Level):
        return fact.reasons + tuple(msg("why.no_evidence", what=u) for u in fact.unknown)
    return ()


def measured(fact: FactValue) -> Msg | None:
    """What a fact measured, to show beside the points."""
    if isinstance(fact, (Share, Count, Level)):
        return fact.measured
    if isinstance(fact, Ratio):
        return msg("measured.inspections", n=fact.done, total=fact.planned)
    if isinstance(fact, (OnDate, YesNo)):
        return msg("measured.date", day=fact.when) if fact.when else msg("measured.not_done")
    return None


def floor_times(top: int, share: Fraction) -> int:
    """``top`` × ``share`` rounded down to a whole point (the only division of points)."""
    return math.floor(top * share)
