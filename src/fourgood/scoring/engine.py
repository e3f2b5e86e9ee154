"""The scoring engine: a rubric and the facts of one cell-year in, a scorecard out.

Pure functions over immutable values; nothing here reads files or prints.

Arithmetic and rounding (the rules a secretary can check by hand):

* every criterion earns a whole number of points between 0 and its maximum;
* shares are compared exactly (as fractions) with the band thresholds, so 95% means at least
  95 of 100 exactly, and 19 of 20 members is exactly 95%;
* ``proportion`` is the only rule that divides points: the maximum times done/planned, rounded
  down to a whole point (20 × 3/4 = 15; 20 × 2/3 = 13.33 → 13);
* a content's points are the sum of its criteria; the standard is met when every content has
  at least the pass mark.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from fourgood.i18n.message import Msg, Text, msg
from fourgood.models.rubric import Criterion, Rubric
from fourgood.scoring.facts import Facts
from fourgood.scoring.rules.base import ScoreContext, measured
from fourgood.scoring.values import Count, FactValue, Level, Missing, NotApplicable, Share
from fourgood.scoring.window import Window

State = Literal["full", "partial", "zero", "not_applicable", "missing"]
Status = Literal["met", "not_met", "incomplete"]


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """The points of one criterion and why.

    ``best`` is what it would earn if every missing piece of evidence turned out favourable.
    """

    id: str
    label: Text
    points: int
    max: int
    best: int
    state: State
    measured: Msg | None
    why: tuple[Msg, ...]

    @property
    def lost(self) -> int:
        """Points below the maximum."""
        return self.max - self.points


@dataclass(frozen=True, slots=True)
class ContentResult:
    """The points of one content."""

    id: str
    label: Text
    points: int
    max: int
    best: int
    met: bool
    criteria: tuple[CriterionResult, ...]


@dataclass(frozen=True, slots=True)
class Shortfall:
    """How far a content is below the pass mark, and the criteria that lost the points."""

    content: str
    short: int
    criteria: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Scorecard:
    """A cell's result for a year under a rubric."""

    cell: str
    name: str
    type: str
    year: int
    rubric_id: str
    rubric_version: str
    pass_mark: int
    window: Window
    status: Status
    contents: tuple[ContentResult, ...]

    def content(self, content_id: str) -> ContentResult:
        """The content with this id."""
        for content in self.contents:
            if content.id == content_id:
                return content
        raise KeyError(content_id)

    @property
    def as_of(self) -> date | None:
        """The day a year in progress is scored as of; ``None`` once the year is over."""
        return None if self.window.complete else self.window.end

    def slim(self) -> Scorecard:
        """The same result without its criteria, for a cell whose details nobody will read
        (a report keeps only the points of the cells that met the standard)."""
        return replace(self, contents=tuple(replace(c, criteria=()) for c in self.contents))

    def distance(self) -> tuple[Shortfall, ...]:
        """For each content below the pass mark: points short and the criteria that lost them."""
        return tuple(
            Shortfall(
                c.id,
                self.pass_mark - c.points,
                tuple((r.id, r.lost) for r in c.criteria if r.lost > 0),
            )
            for c in self.contents
            if not c.met
        )


def _clamp(points: int, maximum: int) -> int:
    return max(0, min(maximum, points))


def score_criterion(
    criterion: Criterion, facts: Facts, year: int, window: Window | None = None
) -> CriterionResult:
    """Score one criterion from the facts, by its rule kind."""
    rule, top, label = criterion.rule, criterion.max, _label(criterion)
    fact: FactValue = None
    if rule.reads is not None:
        fact = facts.values.get(rule.reads)
        if fact is None or isinstance(fact, Missing):
            reason = fact.reason if isinstance(fact, Missing) else msg("why.missing")
            return CriterionResult(criterion.id, label, 0, top, top, "missing", None, (reason,))
        if isinstance(fact, NotApplicable):
            return CriterionResult(
                criterion.id, label, top, top, top, "not_applicable", None, (fact.reason,)
            )
    window = window or Window(date(year, 1, 1), date(year, 12, 31))
    outcome = rule.score(fact, ScoreContext(criterion.id, top, year, facts, window))
    if isinstance(outcome, Missing):
        return CriterionResult(criterion.id, label, 0, top, top, "missing", None, (outcome.reason,))
    points, best = _clamp(outcome.low, top), _clamp(outcome.high, top)
    shown = outcome.measured if outcome.measured is not None else measured(fact)
    minus = rule.minus_rule
    if _incomplete(fact) or (minus is not None and _incomplete(facts.values.get(minus.fact))):
        # Part of the evidence is missing (a member's dues, a meeting's duration): the
        # criterion earns nothing until it is recorded; its best case says what it could earn.
        return CriterionResult(criterion.id, label, 0, top, best, "missing", shown, outcome.why)
    state: State = "full" if points == top else "zero" if points == 0 else "partial"
    why = outcome.why if points < top or best > points else ()
    return CriterionResult(criterion.id, label, points, top, max(points, best), state, shown, why)


def _incomplete(fact: FactValue) -> bool:
    """Whether a fact lacks part of its evidence."""
    return isinstance(fact, (Count, Share, Level)) and bool(fact.unknown)


@functools.lru_cache(maxsize=1024)
def _text(en: str, vi: str) -> Text:
    """One shared label object per text: tens of thousands of scorecards hold the same labels."""
    return Text(en, vi)


def _label(criterion: Criterion) -> Text:
    return _text(criterion.label.en, criterion.label.vi)


def score(
    rubric: Rubric,
    facts: Facts,
    *,
    cell: str,
    name: str,
    cell_type: str,
    year: int,
    window: Window,
) -> Scorecard:
    """Score a cell-year under a rubric already resolved for the cell's type."""
    pass_mark = rubric.passing.min_points
    contents = []
    for content in rubric.contents:
        results = tuple(score_criterion(c, facts, year, window) for c in content.criteria)
        points = sum(r.points for r in results)
        best = sum(r.best for r in results)
        contents.append(
            ContentResult(
                content.id,
                _text(content.label.en, content.label.vi),
                points,
                sum(r.max for r in results),
                best,
                points >= pass_mark,
                results,
            )
        )
    status: Status
    if all(c.met for c in contents):
        status = "met"
    elif all(c.best >= pass_mark for c in contents):
        status = "incomplete"
    else:
        status = "not_met"
    return Scorecard(
        cell,
        name,
        cell_type,
        year,
        rubric.id,
        rubric.version,
        pass_mark,
        window,
        status,
        tuple(contents),
    )
