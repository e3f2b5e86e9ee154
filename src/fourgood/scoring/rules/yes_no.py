"""``yes_no``: ``yes`` points when the fact holds, ``no`` points when it does not.

PASS: ``{kind: yes_no, fact: self_criticism_held, yes: 10, no: 0}``
FAIL: ``yes`` or ``no`` above the criterion's maximum.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from fourgood.i18n.message import msg
from fourgood.scoring.rules.base import Outcome, RuleBase, RuleCheck, ScoreContext
from fourgood.scoring.values import FactType, FactValue
from fourgood.scoring.values import YesNo as YesNoFact


class YesNo(RuleBase):
    """``yes`` points when the fact holds, ``no`` points when it does not."""

    ACCEPTS: ClassVar[tuple[FactType, ...]] = ("yes_no",)

    kind: Literal["yes_no"] = Field(description="Points for yes, points for no.")
    fact: str = Field(description="A fact that either happened or did not.")
    yes: int = Field(ge=0, le=100, description="Points when it happened.")
    no: int = Field(0, ge=0, le=100, description="Points when it did not.")

    def check(self, ctx: RuleCheck) -> None:
        """Both point values are within the criterion's maximum."""
        ctx.at_most_max(self.yes, ("yes",))
        ctx.at_most_max(self.no, ("no",))

    def score(self, fact: FactValue, ctx: ScoreContext) -> Outcome:
        """``yes`` or ``no``."""
        assert isinstance(fact, YesNoFact)
        points = self.yes if fact.value else self.no
        return Outcome(points, points, () if fact.value else (msg("why.not_held"),))
