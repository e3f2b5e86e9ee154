"""Building a rule from its YAML shape, checking it as ``fourgood validate`` does, scoring it."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import TypeAdapter

from fourgood.checks.rubric import _check_rule
from fourgood.i18n.message import msg
from fourgood.models.common import Bilingual
from fourgood.models.rubric import Criterion
from fourgood.scoring.facts import Facts
from fourgood.scoring.rules import Rule, RuleBase
from fourgood.scoring.rules.base import Outcome, ScoreContext
from fourgood.scoring.values import Count, FactValue, Missing
from fourgood.scoring.window import Window

RULE: TypeAdapter[RuleBase] = TypeAdapter(Rule)
LABEL = Bilingual(vi="Tiêu chí", en="Criterion")


def rule(data: dict[str, Any]) -> RuleBase:
    """A rule from the mapping a rubric file holds under ``rule:``."""
    return RULE.validate_python(data)


def problems(data: dict[str, Any], maximum: int = 10) -> list[tuple[str, tuple[str | int, ...]]]:
    """(message key, place under the criterion) of each problem ``validate`` finds in a rule."""
    criterion = Criterion(id="X1", label=LABEL, max=maximum, rule=rule(data))
    return sorted((p.message.key, p.where or ()) for p in _check_rule(criterion, "r.yaml", ()))


def year(start: date = date(2023, 1, 1), end: date = date(2023, 12, 31)) -> Window:
    """A window of 2023 (all of it unless told)."""
    return Window(start, end)


def outcome(
    data: dict[str, Any],
    fact: FactValue,
    top: int = 10,
    window: Window | None = None,
    **facts: FactValue,
) -> Outcome | Missing:
    """What a rule gives for a fact (``facts`` are the others it may read, e.g. a minus)."""
    window = window or year()
    context = ScoreContext("X1", top, window.start.year, Facts(facts), window)
    return rule(data).score(fact, context)


def count(n: int, unknown: int = 0) -> Count:
    """A count fact with ``n`` occurrences and ``unknown`` places without evidence."""
    return Count(tuple(msg("empty") for _ in range(n)), tuple(msg("empty") for _ in range(unknown)))
