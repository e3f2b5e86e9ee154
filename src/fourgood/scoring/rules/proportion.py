"""``proportion``: the maximum times a ratio (done / planned), rounded down to a whole point.

PASS: ``{kind: proportion, fact: inspection_done}`` (20 × 3/4 = 15; 20 × 2/3 = 13.33 → 13)
FAIL: a fact that is neither a ratio nor a share.
"""

from __future__ import annotations

from fractions import Fraction
from typing import ClassVar, Literal

from pydantic import Field

from fourgood.i18n.message import Msg, msg
from fourgood.scoring.rules.base import (
    Minus,
    Outcome,
    RuleBase,
    ScoreContext,
    apply_minus,
    evidence,
    floor_times,
)
from fourgood.scoring.values import FactType, FactValue, Ratio, Share


class Proportion(RuleBase):
    """The maximum times a ratio (done / planned), rounded down to a whole point."""

    ACCEPTS: ClassVar[tuple[FactType, ...]] = ("ratio", "share")

    kind: Literal["proportion"] = Field(description="The maximum times done / planned.")
    fact: str = Field(description="A ratio (done of planned) or a share.")
    minus: Minus | None = Field(None, description="A deduction applied after the proportion.")

    def score(self, fact: FactValue, ctx: ScoreContext) -> Outcome:
        """The maximum times the ratio, rounded down; no programme planned gives nothing."""
        why: list[Msg] = []
        if isinstance(fact, Ratio):
            if fact.planned == 0:
                low = high = 0
                why.append(msg("why.no_programme"))
            else:
                done = min(fact.done, fact.planned)
                low = high = floor_times(ctx.top, Fraction(done, fact.planned))
                if done < fact.planned:
                    why.append(msg("why.ratio", missing=fact.planned - done))
        else:
            assert isinstance(fact, Share)
            low, high = floor_times(ctx.top, fact.low), floor_times(ctx.top, fact.high)
            why.extend(evidence(fact))
        low, high = apply_minus(self.minus, ctx.facts, low, high, why)
        return Outcome(low, high, tuple(why))
