"""``levels``: points for each level of a graded fact (the year's meeting quality, recruitment).

PASS: ``{kind: levels, fact: meeting_quality, points: {good: 25, fair: 15, average: 5, poor: 0}}``
FAIL: a level missing or unknown; points above the criterion's maximum.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from fourgood.i18n.message import Msg
from fourgood.scoring.rules.base import (
    Minus,
    Outcome,
    RuleBase,
    RuleCheck,
    ScoreContext,
    apply_minus,
    evidence,
)
from fourgood.scoring.values import FactType, FactValue, Level


class Levels(RuleBase):
    """Points for each level of a graded fact (e.g. the year's meeting quality)."""

    ACCEPTS: ClassVar[tuple[FactType, ...]] = ("level",)

    kind: Literal["levels"] = Field(description="Points for each level of a graded fact.")
    fact: str = Field(description="A graded fact (meeting_quality, recruitment).")
    points: dict[str, int] = Field(description="Points for each of the fact's levels.")
    minus: Minus | None = Field(None, description="A deduction applied after the levels.")

    def check(self, ctx: RuleCheck) -> None:
        """Exactly the fact's levels, each within the maximum."""
        if set(self.points) != set(ctx.levels):
            ctx.problem("rubric.levels", ("points",), levels=", ".join(ctx.levels))
        for level, points in sorted(self.points.items()):
            ctx.at_most_max(points, ("points", level))

    def score(self, fact: FactValue, ctx: ScoreContext) -> Outcome:
        """The points of the pessimistic and of the optimistic level, then the deduction."""
        assert isinstance(fact, Level)
        low, high = self.points.get(fact.low, 0), self.points.get(fact.high, 0)
        why: list[Msg] = list(evidence(fact))
        low, high = apply_minus(self.minus, ctx.facts, low, high, why)
        return Outcome(low, high, tuple(why))
