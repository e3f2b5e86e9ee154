"""``deduct``: the maximum, minus ``per`` points for each occurrence, never below zero.

PASS: ``{kind: deduct, fact: months_without_regular_meeting, per: 10}``
FAIL: a fact that is not a count; ``per`` above the criterion's maximum.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from fourgood.scoring.rules.base import (
    Outcome,
    RuleBase,
    RuleCheck,
    ScoreContext,
    count_values,
    evidence,
)
from fourgood.scoring.values import Count, FactType, FactValue


class Deduct(RuleBase):
    """The maximum, minus ``per`` points for each occurrence, never below zero."""

    ACCEPTS: ClassVar[tuple[FactType, ...]] = ("count",)

    kind: Literal["deduct"] = Field(description="The maximum minus points per occurrence.")
    fact: str = Field(description="The count fact whose occurrences cost points.")
    per: int = Field(ge=0, le=100, description="Points taken off for each occurrence.")

    def check(self, ctx: RuleCheck) -> None:
        """``per`` is within the criterion's maximum."""
        ctx.at_most_max(self.per, ("per",))

    def score(self, fact: FactValue, ctx: ScoreContext) -> Outcome:
        """The maximum minus ``per`` for each occurrence (missing evidence counts against)."""
        assert isinstance(fact, Count)
        worst, best = count_values(fact)
        return Outcome(ctx.top - self.per * worst, ctx.top - self.per * best, evidence(fact))
