"""``assessed``: the upper committee's points and note, or missing evidence until entered."""

from __future__ import annotations

from fourgood.scoring.engine import score_criterion
from fourgood.scoring.facts import Facts
from fourgood.scoring.rules.base import Outcome, ScoreContext
from fourgood.scoring.values import Missing

from .kit import problems, rule, year


def test_pass() -> None:
    assert problems({"kind": "assessed"}) == []


def test_points_and_note_or_missing() -> None:
    assessed = rule({"kind": "assessed"})
    given = assessed.score(
        None, ScoreContext("X1", 20, 2023, Facts({}, {"X1": (18, "ok")}), year())
    )
    assert isinstance(given, Outcome)
    assert (given.low, given.high) == (18, 18)
    assert given.measured is not None
    assert given.measured.key == "measured.assessed"
    absent = assessed.score(None, ScoreContext("X1", 20, 2023, Facts({}), year()))
    assert isinstance(absent, Missing)
    assert absent.reason.key == "why.not_assessed"


def test_the_engine_shows_the_note_even_with_full_points() -> None:
    from fourgood.models.rubric import Criterion

    from .kit import LABEL

    criterion = Criterion(id="P4", label=LABEL, max=20, rule=rule({"kind": "assessed"}))
    result = score_criterion(criterion, Facts({}, {"P4": (20, "Dẫn đầu khối")}), 2023)
    assert (result.points, result.state, result.why) == (20, "full", ())
    assert result.measured is not None
    assert result.measured.key == "measured.assessed"
