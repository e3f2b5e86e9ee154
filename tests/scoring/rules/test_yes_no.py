"""``yes_no``: points for yes, points for no."""

from __future__ import annotations

from datetime import date

from fourgood.scoring.rules.base import Outcome
from fourgood.scoring.values import YesNo

from .kit import outcome, problems

RULE = {"kind": "yes_no", "fact": "self_criticism_held", "yes": 10, "no": 0}


def test_pass_and_fail() -> None:
    assert problems(RULE) == []
    assert problems({**RULE, "yes": 12}) == [("rubric.points_max", ("rule", "yes"))]


def test_points() -> None:
    held = outcome(RULE, YesNo(True, date(2023, 12, 20)))
    not_held = outcome(RULE, YesNo(False))
    assert isinstance(held, Outcome)
    assert isinstance(not_held, Outcome)
    assert (held.low, held.why) == (10, ())
    assert not_held.low == 0
    assert [w.key for w in not_held.why] == ["why.not_held"]
