"""Checks of ``cells/<cell>/record-<year>.yaml``: dates near the year, assessed points."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from fourgood.checks.registry import check
from fourgood.checks.subjects import RecordFile
from fourgood.errors import Anchor, Problem, Severity
from fourgood.i18n.message import msg
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
