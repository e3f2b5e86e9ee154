"""Checks of ``programme/<year>.yaml``: cells that exist, dates in the year, a rubric for each."""

from __future__ import annotations

from datetime import date

from fourgood.errors import Problem, Severity
from fourgood.i18n.hints import suggest
from fourgood.i18n.message import Choice, msg
from fourgood.models.programme import Programme
from fourgood.models.tree import OrgIndex
from fourgood.scoring.rubrics import RubricSource, candidates

WARNING = Severity.WARNING


def check_programme(
    year: int,
    programme: Programme,
    file: str,
    index: OrgIndex,
    previous: Programme | None,
    rubrics: list[RubricSource],
) -> list[Problem]:
    """References to cells, dates inside the year, and a rubric for every taking part."""
    problems: list[Problem] = []
    seen: set[str] = set()
    before = {p.cell for p in previous.cells} if previous else set()
    for i, entry in enumerate(programme.cells):
        where = ("cells", i)
        if entry.cell in seen:
            problems.append(
                Problem(file, msg("prog.duplicate", cell=entry.cell), where=(*where, "cell"))
            )
            continue
        seen.add(entry.cell)
        cell = index.cells.get(entry.cell)
        if cell is None:
            problems.append(
                Problem(
                    file,
                    msg("ref.no_cell", cell=entry.cell, hint=suggest(entry.cell, index.cells)),
                    where=(*where, "cell"),
                )
            )
            continue
        if entry.joined is not None and entry.joined.year != year:
            problems.append(
                Problem(file, msg("prog.joined_year", year=year), where=(*where, "joined"))
            )
        left = index.left_on(entry.cell)
        if left is not None and left <= date(year, 1, 1):
            problems.append(
                Problem(
                    file,
                    msg("prog.left_before", cell=entry.cell, day=left),
                    where=(*where, "cell"),
                )
            )
        if entry.basis == "continuing" and previous is not None and entry.cell not in before:
            problems.append(
                Problem(
                    file,
                    msg("prog.not_continuing", cell=entry.cell, year=year - 1),
                    WARNING,
                    where=(*where, "basis"),
                )
            )
        found = candidates(rubrics, year, cell.type)
        if not found:
            problems.append(
                Problem(
                    file,
                    msg("rubric.none_for", type=Choice("cell_type", cell.type), year=year),
                    where=(*where, "cell"),
                )
            )
        elif len(found) > 1:
            problems.append(
                Problem(
                    file,
                    msg(
                        "rubric.ambiguous",
                        type=Choice("cell_type", cell.type),
                        year=year,
                        ids=", ".join(sorted(s.rubric.id for s in found)),
                    ),
                    where=(*where, "cell"),
                )
            )
    return problems
