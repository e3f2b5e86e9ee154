"""Checks of which files a data set has: a cell directory for each cell, a roster for each cell
taking part."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from fourgood.checks.registry import check
from fourgood.checks.subjects import DataSetFiles
from fourgood.errors import Problem, Severity
from fourgood.i18n.message import msg


@check(DataSetFiles)
def cell_directories_name_cells(subject: DataSetFiles) -> Iterator[Problem]:
    """Every directory under ``cells/`` is named after a cell of the organisation."""
    for cell_id in sorted(subject.layout.cells):
        if cell_id not in subject.index.cells and not subject.index.unsure(cell_id):
            where = subject.layout.shown(f"cells/{cell_id}")
            yield Problem(where, msg("ref.unknown_cell_dir", cell=cell_id))


@check(DataSetFiles)
def programme_cells_have_rosters(subject: DataSetFiles) -> Iterator[Problem]:
    """A cell taking part in any year's programme has a roster (a warning)."""
    years: dict[str, list[int]] = {}
    for year, programme in subject.programmes.items():
        for p in programme.cells:
            years.setdefault(p.cell, []).append(year)
    for cell_id in sorted(subject.index.cells):
        files = subject.layout.cells.get(cell_id)
        if not any(_in_the_year(subject, cell_id, y) for y in years.get(cell_id, [])):
            continue  # not there in its programme years: the programme's own check says so
        if cell_id in years and (files is None or files.roster is None):
            where = subject.layout.shown(f"cells/{cell_id}/roster.yaml")
            yield Problem(where, msg("data.no_roster", cell=cell_id), Severity.WARNING)


@check(DataSetFiles)
def programme_cells_have_their_years_files(subject: DataSetFiles) -> Iterator[Problem]:
    """A cell taking part in a year that has begun has that year's meeting log and annual
    record (warnings: without them its score is missing evidence)."""
    for year, programme in sorted(subject.programmes.items()):
        if year > subject.today.year:
            continue
        for cell_id in sorted({p.cell for p in programme.cells if p.cell in subject.index.cells}):
            left = subject.index.left_on(cell_id)
            if left is not None and left <= date(year, 12, 31):
                continue  # transferred out, merged or dissolved during the year: not evaluated
            if not _in_the_year(subject, cell_id, year):
                continue  # formed after the year: the programme's own check says so
            files = subject.layout.cells.get(cell_id)
            for kind, found, key in (
                ("meetings", files.meetings if files else {}, "data.no_meetings"),
                ("record", files.records if files else {}, "data.no_record"),
            ):
                if year not in found:
                    where = subject.layout.shown(f"cells/{cell_id}/{kind}-{year}.yaml")
                    yield Problem(where, msg(key, cell=cell_id, year=year), Severity.WARNING)


def _in_the_year(subject: DataSetFiles, cell_id: str, year: int) -> bool:
    """Whether a cell exists at some time in ``year``: formed by its end, not ended by its
    start."""
    cell = subject.index.cells[cell_id]
    if cell.established is not None and cell.established > date(year, 12, 31):
        return False
    left = subject.index.left_on(cell_id)
    return left is None or left > date(year, 1, 1)


@check(DataSetFiles)
def years_have_a_programme(subject: DataSetFiles) -> Iterator[Problem]:
    """A meeting log or annual record is for a year with a programme (a warning: it is not
    scored)."""
    for _, files in sorted(subject.layout.cells.items()):
        for year, relative in [*files.meetings.items(), *files.records.items()]:
            if year not in subject.layout.programmes:  # a broken programme file is its own error
                message = msg("data.year_without_programme", year=year)
                yield Problem(subject.layout.shown(relative), message, Severity.WARNING)
