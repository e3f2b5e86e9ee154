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

import calendar
import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction
from typing import Literal

from fourgood.i18n.message import Msg, Text, msg
from fourgood.models.rubric import (
    AssessedRule,
    Bands,
    Criterion,
    Deadline,
    Deduct,
    Levels,
    Minus,
    Proportion,
    Rubric,
    YesNo,
)
from fourgood.scoring.facts import (
    Count,
    Facts,
    Level,
    Missing,
    NotApplicable,
    OnDate,
    Ratio,
    Share,
    Window,
)
from fourgood.scoring.facts import YesNo as YesNoFact

State = Literal["full", "partial", "zero", "not_applicable", "missing"]
Status = Literal["met", "not_met", "incomplete"]


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class ContentResult:
    """The points of one content."""

    id: str
    label: Text
    points: int
    max: int
    best: int
    met: bool
    criteria: tuple[CriterionResult, ...]


@dataclass(frozen=True)
class Shortfall:
    """How far a content is below the pass mark, and the criteria that lost the points."""

    content: str
    short: int
    criteria: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
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


def _band_points(rule: Bands, value: Fraction | int, is_share: bool) -> int:
    for band in rule.bands:
        if band.at_least is not None:
            target = Fraction(band.at_least, 100) if is_share else band.at_least
            if value >= target:
                return band.points
        elif band.at_most is not None and value <= band.at_most:
            return band.points
    return rule.otherwise


def _count_values(fact: Count) -> tuple[int, int]:
    """(pessimistic, optimistic) number of occurrences."""
    return len(fact.found) + len(fact.unknown), len(fact.found)


def _evidence(fact: object) -> tuple[Msg, ...]:
    """The shortfalls a fact records, then the places where evidence is missing."""
    if isinstance(fact, Count):
        return fact.found + tuple(msg("why.no_evidence", what=u) for u in fact.unknown)
    if isinstance(fact, Share):
        return fact.shortfalls + tuple(msg("why.no_evidence", what=u) for u in fact.unknown)
    if isinstance(fact, Level):
        return fact.reasons + tuple(msg("why.no_evidence", what=u) for u in fact.unknown)
    return ()


def _measured(fact: object) -> Msg | None:
    if isinstance(fact, Share):
        return fact.measured
    if isinstance(fact, Count):
        return fact.measured
    if isinstance(fact, Level):
        return fact.measured
    if isinstance(fact, Ratio):
        return msg("measured.inspections", n=fact.done, total=fact.planned)
    if isinstance(fact, OnDate):
        return msg("measured.date", day=fact.when) if fact.when else msg("measured.not_done")
    if isinstance(fact, YesNoFact):
        return msg("measured.date", day=fact.when) if fact.when else msg("measured.not_done")
    return None


def _apply_minus(
    minus: Minus | None, facts: Facts, low: int, high: int, why: list[Msg]
) -> tuple[int, int]:
    if minus is None:
        return low, high
    fact = facts.values.get(minus.fact)
    if not isinstance(fact, Count):
        return low, high
    worst, best = _count_values(fact)
    why.extend(_evidence(fact))
    return low - minus.per * worst, high - minus.per * best


def score_criterion(criterion: Criterion, facts: Facts, year: int) -> CriterionResult:
    """Score one criterion from the facts."""
    rule = criterion.rule
    top = criterion.max

    def result(low: int, high: int, why: Sequence[Msg], measured: Msg | None) -> CriterionResult:
        points, best = _clamp(low, top), _clamp(high, top)
        state: State = "full" if points == top else "zero" if points == 0 else "partial"
        return CriterionResult(
            criterion.id,
            _label(criterion),
            points,
            top,
            max(points, best),
            state,
            measured,
            tuple(why) if points < top or best > points else (),
        )

    if isinstance(rule, AssessedRule):
        given = facts.assessed.get(criterion.id)
        if given is None:
            return CriterionResult(
                criterion.id,
                _label(criterion),
                0,
                top,
                top,
                "missing",
                None,
                (msg("why.not_assessed"),),
            )
        points, note = given
        # The committee's note is always shown: it is the evidence, full points or not.
        return result(points, points, (), msg("measured.assessed", note=note))

    fact = facts.values.get(rule.fact)
    if fact is None or isinstance(fact, Missing):
        reason = fact.reason if isinstance(fact, Missing) else msg("why.missing")
        return CriterionResult(
            criterion.id, _label(criterion), 0, top, top, "missing", None, (reason,)
        )
    if isinstance(fact, NotApplicable):
        return CriterionResult(
            criterion.id, _label(criterion), top, top, top, "not_applicable", None, (fact.reason,)
        )
    why: list[Msg] = []
    measured = _measured(fact)
    if isinstance(rule, Bands):
        if isinstance(fact, Share):
            low, high = _band_points(rule, fact.low, True), _band_points(rule, fact.high, True)
        elif isinstance(fact, Count):
            worst, best = _count_values(fact)
            low, high = _band_points(rule, worst, False), _band_points(rule, best, False)
        else:  # pragma: no cover - rubric validation rules this out
            raise TypeError(rule.fact)
        why.extend(_evidence(fact))
        low, high = _apply_minus(rule.minus, facts, low, high, why)
    elif isinstance(rule, Deduct):
        assert isinstance(fact, Count)
        worst, best = _count_values(fact)
        low, high = top - rule.per * worst, top - rule.per * best
        why.extend(_evidence(fact))
    elif isinstance(rule, Proportion):
        if isinstance(fact, Ratio):
            if fact.planned == 0:
                low = high = 0
                why.append(msg("why.no_programme"))
            else:
                done = min(fact.done, fact.planned)
                low = high = math.floor(Fraction(top * done, fact.planned))
                if done < fact.planned:
                    why.append(msg("why.ratio", missing=fact.planned - done))
        else:
            assert isinstance(fact, Share)
            low, high = math.floor(top * fact.low), math.floor(top * fact.high)
            why.extend(_evidence(fact))
        low, high = _apply_minus(rule.minus, facts, low, high, why)
    elif isinstance(rule, YesNo):
        assert isinstance(fact, YesNoFact)
        low = high = rule.yes if fact.value else rule.no
        if not fact.value:
            why.append(msg("why.not_held"))
    elif isinstance(rule, Deadline):
        assert isinstance(fact, OnDate)
        low = high = _deadline_points(rule, fact.when, year)
        if fact.when is None:
            why.append(msg("why.not_done"))
        else:
            first = min(rule.steps, key=lambda s: s.by)
            why.append(msg("why.late", day=fact.when, by=_step_day(first.by, year)))
    elif isinstance(rule, Levels):
        assert isinstance(fact, Level)
        low, high = rule.points.get(fact.low, 0), rule.points.get(fact.high, 0)
        why.extend(_evidence(fact))
        low, high = _apply_minus(rule.minus, facts, low, high, why)
    else:  # pragma: no cover - the rule union is closed
        raise TypeError(type(rule).__name__)
    return result(low, high, why, measured)


def _deadline_points(rule: Deadline, when: date | None, year: int) -> int:
    if when is None:
        return rule.otherwise
    for step in sorted(rule.steps, key=lambda s: s.by):
        if when <= _step_day(step.by, year):
            return step.points
    return rule.otherwise


def _step_day(month_day: str, year: int) -> date:
    """The date of an MM-DD deadline in a year (02-29 in a common year is 28 February)."""
    month, day = (int(x) for x in month_day.split("-"))
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


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
        results = tuple(score_criterion(c, facts, year) for c in content.criteria)
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
