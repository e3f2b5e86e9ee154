"""Checks of ``programme/<year>.yaml``: cells that exist, dates in the year, a rubric for each."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from fourgood.checks.registry import check
from fourgood.checks.subjects import ProgrammeFile
from fourgood.errors import Problem, Severity
from fourgood.i18n.hints import suggest
from fourgood.i18n.message import Choice, msg
from fourgood.models.organisation import Cell
from fourgood.models.programme import Participant
from fourgood.scoring.rubrics import candidates

Entry = tuple[tuple[str | int, ...], Participant, Cell]


def _entries(subject: ProgrammeFile) -> Iterator[Entry]:
    """Each cell's first entry, when the cell exists, with its place in the file."""
    seen: set[str] = set()
    for i, entry in enumerate(subject.programme.cells):
        cell = subject.index.cells.get(entry.cell)
        if entry.cell not in seen and cell is not None:
            yield ("cells", i), entry, cell
        seen.add(entry.cell)


@check(ProgrammeFile)
def listed_once_and_known(subject: ProgrammeFile) -> Iterator[Problem]:
    """Each cell listed once, and every cell listed exists in the organisation."""
    seen: set[str] = set()
    cells = subject.index.cells
    for i, entry in enumerate(subject.programme.cells):
        where = ("cells", i, "cell")
        if entry.cell in seen:
            yield Problem(subject.file, msg("prog.duplicate", cell=entry.cell), where=where)
        elif entry.cell not in cells and not subject.index.unsure(entry.cell):
            message = msg("ref.no_cell", cell=entry.cell, hint=suggest(entry.cell, cells))
            yield Problem(subject.file, message, where=where)
        seen.add(entry.cell)


@check(ProgrammeFile)
def dates_in_the_year(subject: ProgrammeFile) -> Iterator[Problem]:
    """A cell joins during the programme's year, and has not left the bloc before it."""
    year = subject.year
    for where, entry, _ in _entries(subject):
        if entry.joined is not None and entry.joined.year != year:
            yield Problem(
                subject.file, msg("prog.joined_year", year=year), where=(*where, "joined")
            )
        left = subject.index.left_on(entry.cell)
        if left is not None and left <= date(year, 1, 1):
            message = msg("prog.left_before", cell=entry.cell, day=left)
            yield Problem(subject.file, message, where=(*where, "cell"))


@check(ProgrammeFile)
def continuing_cells_were_there(subject: ProgrammeFile) -> Iterator[Problem]:
    """A cell 'continuing' the model was in the year before's programme."""
    if subject.previous is None:
        return
    before = {p.cell for p in subject.previous.cells}
    for where, entry, _ in _entries(subject):
        if entry.basis == "continuing" and entry.cell not in before:
            message = msg("prog.not_continuing", cell=entry.cell, year=subject.year - 1)
            yield Problem(subject.file, message, Severity.WARNING, where=(*where, "basis"))


@check(ProgrammeFile)
def one_rubric_for_each_cell(subject: ProgrammeFile) -> Iterator[Problem]:
    """Exactly one rubric covers each cell's type in the year."""
    year = subject.year
    for where, _, cell in _entries(subject):
        found = candidates(subject.rubrics, year, cell.type)
        kind = Choice("cell_type", cell.type)
        if not found:
            message = msg("rubric.none_for", type=kind, year=year)
        elif len(found) > 1:
            ids = ", ".join(sorted({s.rubric.id for s in found}))
            message = msg("rubric.ambiguous", type=kind, year=year, ids=ids)
        else:
            continue
        yield Problem(subject.file, message, where=(*where, "cell"))
