"""``proportion``: the maximum times done / planned, rounded down."""

from __future__ import annotations

import pytest

from fourgood.scoring.rules.base import Outcome
from fourgood.scoring.values import Ratio

from .kit import outcome, problems

RULE = {"kind": "proportion", "fact": "inspection_done"}


def test_pass_and_fail() -> None:
    assert problems(RULE) == []
    assert problems({**RULE, "fact": "incidents"}) == [("rubric.fact_kind", ("rule", "fact"))]


@pytest.mark.parametrize(
    ("done", "planned", "points"), [(3, 4, 15), (2, 3, 13), (4, 4, 20), (5, 4, 20), (0, 0, 0)]
)
def test_rounds_down(done: int, planned: int, points: int) -> None:
    result = outcome(RULE, Ratio(done, planned), top=20)
    assert isinstance(result, Outcome)
    assert result.low == result.high == points
