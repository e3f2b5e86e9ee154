"""Checks of which files a data set has: a cell directory for each cell, a roster for each cell
taking part."""

from __future__ import annotations

from collections.abc import Iterator

from fourgood.checks.registry import check
from fourgood.checks.subjects import DataSetFiles
from fourgood.errors import Problem, Severity
from fourgood.i18n.message import msg


@check(DataSetFiles)
def cell_directories_name_cells(subject: DataSetFiles) -> Iterator[Problem]:
    """Every directory under ``cells/`` is named after a cell of the organisation."""
    for cell_id in sorted(subject.layout.cells):
        if cell_id not in subject.index.cells:
            where = subject.layout.shown(f"cells/{cell_id}")
            yield Problem(where, msg("ref.unknown_cell_dir", cell=cell_id))


@check(DataSetFiles)
def programme_cells_have_rosters(subject: DataSetFiles) -> Iterator[Problem]:
    """A cell taking part in any year's programme has a roster (a warning)."""
    taking_part = {p.cell for programme in subject.programmes.values() for p in programme.cells}
    for cell_id in sorted(subject.index.cells):
        files = subject.layout.cells.get(cell_id)
        if cell_id in taking_part and (files is None or files.roster is None):
            where = subject.layout.shown(f"cells/{cell_id}/roster.yaml")
            yield Problem(where, msg("data.no_roster", cell=cell_id), Severity.WARNING)
