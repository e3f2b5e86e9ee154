"""``levels``: points for each level of a graded fact."""

from __future__ import annotations

from fourgood.scoring.rules.base import Outcome
from fourgood.scoring.values import Level

from .kit import outcome, problems

RULE = {
    "kind": "levels",
    "fact": "meeting_quality",
    "points": {"good": 10, "fair": 6, "average": 2, "poor": 0},
}


def test_pass_and_fail() -> None:
    assert problems(RULE) == []
    assert problems({**RULE, "points": {"good": 10}}) == [("rubric.levels", ("rule", "points"))]
    assert ("rubric.points_max", ("rule", "points", "good")) in problems(
        {**RULE, "points": {**RULE["points"], "good": 12}}  # type: ignore[dict-item]
    )


def test_the_pessimistic_and_optimistic_level() -> None:
    result = outcome(RULE, Level("fair", "good"))
    assert isinstance(result, Outcome)
    assert (result.low, result.high) == (6, 10)
