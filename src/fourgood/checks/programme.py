"""Checks of ``programme/<year>.yaml``: cells that exist in the year, dates in the year, an
edition of the rules for each cell type."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from fourgood.checks.registry import check
from fourgood.checks.subjects import ProgrammeFile
from fourgood.errors import Anchor, Problem, Severity
from fourgood.i18n.hints import suggest
from fourgood.i18n.message import Choice, msg
from fourgood.models.organisation import Cell
from fourgood.models.programme import Participant
from fourgood.scoring.rubrics import candidates, uncovered_types

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
    """A cell joins during the programme's year; it exists in the year: not ended before it
    (left the bloc, merged, dissolved), not formed after it."""
    year = subject.year
    for where, entry, cell in _entries(subject):
        if entry.joined is not None and entry.joined.year != year:
            yield Problem(
                subject.file, msg("prog.joined_year", year=year), where=(*where, "joined")
            )
        ending = subject.index.ending(entry.cell)
        at = (*where, "cell")
        if ending is not None and ending.date <= date(year, 1, 1):
            if ending.how == "merged":
                message = msg(
                    "prog.merged_before", cell=entry.cell, day=ending.date, into=ending.to
                )
            elif ending.how == "dissolved":
                message = msg("prog.dissolved_before", cell=entry.cell, day=ending.date)
            else:
                message = msg("prog.left_before", cell=entry.cell, day=ending.date)
            yield Problem(subject.file, message, where=at)
        elif cell.established is not None and cell.established > date(year, 12, 31):
            message = msg("prog.not_yet_formed", cell=entry.cell, day=cell.established)
            yield Problem(subject.file, message, where=at)


@check(ProgrammeFile)
def continuing_cells_were_there(subject: ProgrammeFile) -> Iterator[Problem]:
    """A cell 'continuing' the model was in the year before's programme, itself or as a cell
    merged into it (its history follows it through the merge)."""
    if subject.previous is None:
        return
    before = {p.cell for p in subject.previous.cells}
    for where, entry, _ in _entries(subject):
        history = {entry.cell, *_merged_in(subject, entry.cell)}
        if entry.basis == "continuing" and not history & before:
            message = msg("prog.not_continuing", cell=entry.cell, year=subject.year - 1)
            yield Problem(subject.file, message, Severity.WARNING, where=(*where, "basis"))


def _merged_in(subject: ProgrammeFile, cell_id: str) -> set[str]:
    """The cells merged into this one, directly or through others."""
    found: set[str] = set()
    todo = [cell_id]
    while todo:
        for other, _ in subject.index.merged_into(todo.pop()):
            if other not in found:
                found.add(other)
                todo.append(other)
    return found


@check(ProgrammeFile)
def an_edition_for_the_year(subject: ProgrammeFile) -> Iterator[Problem]:
    """An edition of the rules covers every cell type of the programme in its year: one
    message for the year, naming the cell types and what to add."""
    types: list[str] = [cell.type for _, _, cell in _entries(subject)]
    missing = uncovered_types(subject.rubrics, subject.year, types)
    if missing:
        message = msg(
            "edition.none_for_year",
            year=subject.year,
            types=tuple(Choice("cell_type", t) for t in missing),
        )
        yield Problem(subject.file, message, where=("cells",), anchor=Anchor.KEY)


@check(ProgrammeFile)
def one_rubric_for_each_cell(subject: ProgrammeFile) -> Iterator[Problem]:
    """No more than one rubric covers each cell's type in the year."""
    year = subject.year
    for where, _, cell in _entries(subject):
        found = candidates(subject.rubrics, year, cell.type)
        if len(found) > 1:
            kind = Choice("cell_type", cell.type)
            ids = ", ".join(sorted({s.rubric.id for s in found}))
            message = msg("rubric.ambiguous", type=kind, year=year, ids=ids)
            yield Problem(subject.file, message, where=(*where, "cell"))
