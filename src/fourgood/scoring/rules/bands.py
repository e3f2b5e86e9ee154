"""``bands``: points by the first band reached, over a share (in percent) or a count.

PASS: ``{kind: bands, fact: attendance, bands: [{at_least: 90, points: 15}], otherwise: 4}``
FAIL: bands out of order, ``at_least`` and ``at_most`` mixed, a percentage above 100, points
above the criterion's maximum.
"""

from __future__ import annotations

from fractions import Fraction
from typing import ClassVar, Literal

from pydantic import Field

from fourgood.i18n.message import Msg, msg
from fourgood.models.common import Model
from fourgood.scoring.rules.base import (
    Minus,
    Outcome,
    RuleBase,
    RuleCheck,
    ScoreContext,
    apply_minus,
    count_values,
    evidence,
)
from fourgood.scoring.values import Count, FactType, FactValue, Share


class Band(Model):
    """A band: ``at_least`` (a percentage for shares, a number for counts) or ``at_most``.

    All bands of a rule use the same bound; fourgood validate checks they are ordered.
    """

    at_least: int | None = Field(
        None, ge=0, description="Reached at this value or more (a percentage for shares)."
    )
    at_most: int | None = Field(None, ge=0, description="Reached at this count or fewer.")
    points: int = Field(ge=0, le=100, description="Points for a cell in this band.")


class Bands(RuleBase):
    """Points by bands over a share (in percent) or a count; the first band reached wins."""

    ACCEPTS: ClassVar[tuple[FactType, ...]] = ("share", "count")

    kind: Literal["bands"] = Field(description="Points by the first band reached.")
    fact: str = Field(description="The fact the bands are over (a share or a count).")
    bands: list[Band] = Field(min_length=1, description="The bands, best first.")
    otherwise: int = Field(0, ge=0, le=100, description="Points below the last band.")
    minus: Minus | None = Field(None, description="A deduction applied after the bands.")

    def check(self, ctx: RuleCheck) -> None:
        """Each band has one bound within range and points within the maximum; bands are
        ordered."""
        for k, band in enumerate(self.bands):
            if (band.at_least is None) == (band.at_most is None):
                ctx.problem("rubric.band_bound", ("bands", k))
            ctx.at_most_max(band.points, ("bands", k, "points"))
            if ctx.fact_type == "share" and (band.at_least or 0) > 100:
                ctx.problem("rubric.percent", ("bands", k, "at_least"))
        kinds = {("at_least" if b.at_least is not None else "at_most") for b in self.bands}
        if len(kinds) > 1:
            ctx.problem("rubric.band_mixed", ("bands",))
        elif "at_least" in kinds:
            values = [b.at_least for b in self.bands if b.at_least is not None]
            if values != sorted(values, reverse=True) or len(set(values)) != len(values):
                ctx.problem("rubric.band_order", ("bands",), order=msg("rubric.descending"))
        else:
            values = [b.at_most for b in self.bands if b.at_most is not None]
            if values != sorted(values) or len(set(values)) != len(values):
                ctx.problem("rubric.band_order", ("bands",), order=msg("rubric.ascending"))
        ctx.at_most_max(self.otherwise, ("otherwise",))

    def points_for(self, value: Fraction | int, is_share: bool) -> int:
        """The points of the first band ``value`` reaches."""
        for band in self.bands:
            if band.at_least is not None:
                target = Fraction(band.at_least, 100) if is_share else band.at_least
                if value >= target:
                    return band.points
            elif band.at_most is not None and value <= band.at_most:
                return band.points
        return self.otherwise

    def score(self, fact: FactValue, ctx: ScoreContext) -> Outcome:
        """The band of the pessimistic and of the optimistic reading, then the deduction."""
        if isinstance(fact, Share):
            low, high = self.points_for(fact.low, True), self.points_for(fact.high, True)
        elif isinstance(fact, Count):
            worst, best = count_values(fact)
            low, high = self.points_for(worst, False), self.points_for(best, False)
        else:  # pragma: no cover - rubric validation rules this out
            raise TypeError(self.fact)
        why: list[Msg] = list(evidence(fact))
        low, high = apply_minus(self.minus, ctx.facts, low, high, why)
        return Outcome(low, high, tuple(why))
