"""Checks of ``cells/<cell>/record-<year>.yaml``: dates near the year, assessed points."""

from __future__ import annotations

from datetime import date

from fourgood.errors import Anchor, Problem, Severity
from fourgood.i18n.message import msg
from fourgood.models.record import AnnualRecord
from fourgood.models.rubric import Rubric
from fourgood.scoring.rules.assessed import AssessedRule

WARNING = Severity.WARNING


def check_record(
    year: int, record: AnnualRecord, file: str, rubric: Rubric | None
) -> list[Problem]:
    """Assessed points for assessed criteria within their maximum; dates near the year."""
    problems: list[Problem] = []
    wp, sc = record.work_programme, record.self_criticism
    if isinstance(wp, date) and not date(year - 1, 1, 1) <= wp <= date(year, 12, 31):
        problems.append(Problem(file, msg("rec.date_range", year=year), where=("work_programme",)))
    if isinstance(sc, date) and not date(year, 1, 1) <= sc <= date(year + 1, 3, 31):
        problems.append(Problem(file, msg("rec.date_range", year=year), where=("self_criticism",)))
    for i, incident in enumerate(record.incidents or []):
        if incident.date.year != year:
            problems.append(
                Problem(
                    file,
                    msg("rec.incident_year", year=year),
                    WARNING,
                    where=("incidents", i, "date"),
                )
            )
    if record.inspection is not None and record.inspection.done > record.inspection.planned:
        problems.append(
            Problem(file, msg("rec.inspection_over"), WARNING, where=("inspection", "done"))
        )
    if rubric is not None:
        assessed = {
            c.id: c
            for content in rubric.contents
            for c in content.criteria
            if isinstance(c.rule, AssessedRule)
        }
        for key, given in sorted(record.assessed.items()):
            criterion = assessed.get(key)
            if criterion is None:
                problems.append(
                    Problem(
                        file,
                        msg(
                            "rec.not_assessed",
                            id=key,
                            rubric=rubric.id,
                            ids=", ".join(sorted(assessed)),
                        ),
                        where=("assessed", key),
                        anchor=Anchor.KEY,
                    )
                )
            elif given.points > criterion.max:
                problems.append(
                    Problem(
                        file,
                        msg("rec.assessed_max", id=key, max=criterion.max),
                        where=("assessed", key, "points"),
                    )
                )
    return problems
