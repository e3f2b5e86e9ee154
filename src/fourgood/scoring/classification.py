"""The quality level fourgood proposes for a cell-year, from the classification rules of the
edition in force, and whether the level the committee decided is one they allow.

Pure functions over the cell's facts. The points on 100 are the annual record's (the committee's
verified assessment) or, when it gives none, the sum of the edition's classification criteria;
each level needs its points and its conditions, and the proposal is the best level whose points
and conditions both hold. Missing evidence reads both ways, as in scoring: the proposal is a
range (the level for sure, and the best it could be once the evidence is recorded).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from fourgood.i18n.message import Choice, Msg, Text, msg
from fourgood.models.classification import ClassificationRules, Condition, LevelRule
from fourgood.scoring.engine import CriterionResult, score_criterion
from fourgood.scoring.facts import Facts
from fourgood.scoring.values import Count, FactValue, NotApplicable, Share
from fourgood.scoring.window import Window

PointsSource = Literal["record", "criteria"]


@dataclass(frozen=True)
class ConditionResult:
    """A level's condition on the cell: whether it holds (``None``: not known, evidence is
    missing) and what was measured."""

    level: str
    label: Text
    holds: bool | None
    measured: Msg | None


@dataclass(frozen=True)
class Proposal:
    """The level proposed for a cell-year and what it rests on.

    ``points``/``best_points`` are the points for sure and once missing evidence is recorded
    (``None``: no points known); ``level``/``best_level`` likewise (``None`` when the edition
    does not assess on points, or no points are known: the committee decides, fourgood checks).
    """

    regulation: Text
    on_points: bool
    points: int | None
    best_points: int | None
    source: PointsSource | None
    level: str | None
    best_level: str | None
    levels: tuple[LevelRule, ...]
    conditions: tuple[ConditionResult, ...]
    criteria: tuple[CriterionResult, ...] = ()

    def objections(self, decided: str) -> tuple[Msg, ...]:
        """Why the decided level is not shown to be one the rules allow: points too few,
        a condition not met or not known (empty when nothing stands against it)."""
        rule = next((lv for lv in self.levels if lv.level == decided), None)
        if rule is None:
            return ()
        found: list[Msg] = []
        level = Choice("rating", decided)
        if self.on_points and rule.at_least is not None:
            if self.best_points is None:
                found.append(msg("class.no_points", level=level, need=rule.at_least))
            elif self.best_points < rule.at_least:
                found.append(
                    msg("class.too_few_points", level=level, need=rule.at_least, points=self.points)
                )
        for c in self.conditions:
            if c.level != decided or c.holds is True:
                continue
            key = "class.condition_unknown" if c.holds is None else "class.condition_failed"
            found.append(msg(key, level=level, condition=c.label, measured=c.measured or ""))
        return tuple(found)


def propose(
    rules: ClassificationRules,
    facts: Facts,
    *,
    year: int,
    window: Window,
    recorded_points: int | None,
) -> Proposal:
    """The proposal for a cell-year under ``rules``, from its facts (computed over the year,
    with its 4 Good result) and the points the record gives, if it does."""
    criteria: tuple[CriterionResult, ...] = ()
    low: int | None = None
    high: int | None = None
    source: PointsSource | None = None
    if recorded_points is not None:
        low = high = recorded_points
        source = "record"
    elif rules.criteria and rules.on_points:
        criteria = tuple(score_criterion(c, facts, year, window) for c in rules.criteria)
        low, high = sum(r.points for r in criteria), sum(r.best for r in criteria)
        source = "criteria"
    conditions = tuple(
        ConditionResult(lv.level, _text(c), *_holds(c, facts.values.get(c.fact)))
        for lv in rules.levels
        for c in lv.conditions
    )
    level = best = None
    if rules.on_points and low is not None and high is not None:
        level = _first_level(rules, conditions, low, sure=True)
        best = _first_level(rules, conditions, high, sure=False)
    return Proposal(
        _text_of(rules),
        rules.on_points,
        low,
        high,
        source,
        level,
        best,
        tuple(rules.levels),
        conditions,
        criteria,
    )


def _first_level(
    rules: ClassificationRules, conditions: tuple[ConditionResult, ...], points: int, sure: bool
) -> str:
    """The best level whose points and conditions hold (for sure, or possibly); the lowest
    level when none does."""
    for lv in rules.levels:
        if lv.at_least is not None and points < lv.at_least:
            continue
        mine = [c.holds for c in conditions if c.level == lv.level]
        if all(h is True for h in mine) if sure else all(h is not False for h in mine):
            return lv.level
    return rules.levels[-1].level


def _holds(condition: Condition, fact: FactValue) -> tuple[bool | None, Msg | None]:
    """Whether a condition holds on a fact, for sure (True), for sure not (False), or not
    known (None), and what the fact measured."""
    if isinstance(fact, NotApplicable):
        return True, None
    value = condition.at_least if condition.at_least is not None else condition.at_most or 0
    if isinstance(fact, Share):
        lowest, highest = fact.low, fact.high
        bound = Fraction(value, 100)
        measured: Msg | None = fact.measured
    elif isinstance(fact, Count):
        lowest, highest = Fraction(len(fact.found)), Fraction(len(fact.found) + len(fact.unknown))
        bound = Fraction(value)
        measured = fact.measured or msg("class.count", n=len(fact.found))
    else:  # missing evidence (or a fact validate refuses)
        return None, msg("class.not_recorded")
    if condition.at_least is not None:
        sure, possible = lowest >= bound, highest >= bound
    else:
        sure, possible = highest <= bound, lowest <= bound
    return (True if sure else None if possible else False), measured


def _text(condition: Condition) -> Text:
    return Text(condition.label.en, condition.label.vi)


def _text_of(rules: ClassificationRules) -> Text:
    return Text(rules.regulation.en, rules.regulation.vi)
