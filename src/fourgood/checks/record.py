"""Checks of ``cells/<cell>/record-<year>.yaml``: dates near the year, assessed points, and a
decided level its classification points can give."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from fourgood.checks.registry import check
from fourgood.checks.subjects import RecordFile
from fourgood.errors import Anchor, Problem, Severity
from fourgood.i18n.message import Choice, Text, msg
from fourgood.scoring.rules.assessed import AssessedRule

WARNING = Severity.WARNING


@check(RecordFile)
def dates_near_the_year(subject: RecordFile) -> Iterator[Problem]:
    """The work programme from the year before on, the review up to March after, incidents in
    the year (a warning: they are not counted)."""
    record, year, file = subject.record, subject.year, subject.file
    wp, sc = record.work_programme, record.self_criticism
    if isinstance(wp, date) and not date(year - 1, 1, 1) <= wp <= date(year, 12, 31):
        yield Problem(file, msg("rec.date_range", year=year), where=("work_programme",))
    if isinstance(sc, date) and not date(year, 1, 1) <= sc <= date(year + 1, 3, 31):
        yield Problem(file, msg("rec.date_range", year=year), where=("self_criticism",))
    for i, incident in enumerate(record.incidents or []):
        if incident.date.year != year:
            message = msg("rec.incident_year", year=year)
            yield Problem(file, message, WARNING, where=("incidents", i, "date"))


@check(RecordFile)
def inspections_within_the_plan(subject: RecordFile) -> Iterator[Problem]:
    """No more inspections done than planned (a warning)."""
    inspection = subject.record.inspection
    if inspection is not None and inspection.done > inspection.planned:
        message = msg("rec.inspection_over")
        yield Problem(subject.file, message, WARNING, where=("inspection", "done"))


@check(RecordFile)
def assessed_points_fit_the_rubric(subject: RecordFile) -> Iterator[Problem]:
    """Points are given only for the rubric's assessed criteria, within their maximum."""
    rubric = subject.rubric
    if rubric is None:
        return
    assessed = {
        c.id: c
        for content in rubric.contents
        for c in content.criteria
        if isinstance(c.rule, AssessedRule)
    }
    for key, given in sorted(subject.record.assessed.items()):
        criterion = assessed.get(key)
        if criterion is None:
            ids = ", ".join(sorted(assessed))
            message = msg("rec.not_assessed", id=key, rubric=rubric.id, ids=ids)
            yield Problem(subject.file, message, where=("assessed", key), anchor=Anchor.KEY)
        elif given.points > criterion.max:
            message = msg("rec.assessed_max", id=key, max=criterion.max)
            yield Problem(subject.file, message, where=("assessed", key, "points"))


@check(RecordFile)
def decided_level_within_its_points(subject: RecordFile) -> Iterator[Problem]:
    """Where the edition classifies on points and the record gives them, the decided level is
    one those points can give (its other conditions are checked in the report, which reads the
    whole cell)."""
    record, rubric = subject.record, subject.rubric
    rules = rubric.classification if rubric is not None else None
    points, decided = record.classification_points, record.classification
    if rules is None or not rules.on_points or points is None or decided is None:
        return
    need = next((lv.at_least for lv in rules.levels if lv.level == decided), None)
    if need is not None and points < need:
        best = next((lv.level for lv in rules.levels if (lv.at_least or 0) <= points), decided)
        message = msg(
            "rec.level_above_points",
            level=Choice("rating", decided),
            need=need,
            points=points,
            best=Choice("rating", best),
            regulation=Text(rules.regulation.en, rules.regulation.vi),
        )
        yield Problem(subject.file, message, where=("classification",))
