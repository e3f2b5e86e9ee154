"""``assessed``: points entered by the upper committee in the annual record, with a required note.

PASS: ``{kind: assessed}`` with ``assessed: {P4: {points: 18, note: ...}}`` in the record.
Until the record has them, the criterion is missing evidence.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from fourgood.i18n.message import msg
from fourgood.scoring.rules.base import Outcome, RuleBase, ScoreContext
from fourgood.scoring.values import FactValue, Missing


class AssessedRule(RuleBase):
    """Points entered by the upper committee in the annual record, with a required note."""

    kind: Literal["assessed"] = Field(
        description="Points given by the upper committee in the annual record."
    )

    def score(self, fact: FactValue, ctx: ScoreContext) -> Outcome | Missing:
        """The committee's points; its note is always shown, full points or not (it is the
        evidence)."""
        given = ctx.facts.assessed.get(ctx.criterion)
        if given is None:
            return Missing(msg("why.not_assessed"))
        points, note = given
        # The note is the committee's reason: it explains the points lost as well.
        note_msg = msg("measured.assessed", note=note)
        return Outcome(points, points, (note_msg,) if points < ctx.top else (), note_msg)
