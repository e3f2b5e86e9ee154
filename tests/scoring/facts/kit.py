"""Real cell-years to compute facts on: the walk-through's cells in 2023."""

from __future__ import annotations

import functools

from fourgood.read.dataset import DataSet
from fourgood.scoring.facts import CellFacts, CellYear
from fourgood.scoring.window import year_window
from tests.conftest import WALKTHROUGH


@functools.cache
def walkthrough_cells() -> tuple[CellFacts, ...]:
    """Each walk-through cell's 2023, as the facts see it."""
    ds = DataSet(str(WALKTHROUGH))
    cells = []
    for data in ds.cells():
        rubric = ds.rubric_for(2023, data.cell.type)
        assert rubric is not None
        window = year_window(2023, None, None, None)
        cell = CellYear(2023, window, data.roster, data.meetings.get(2023), data.records.get(2023))
        cells.append(CellFacts(cell, rubric.meetings))
    return tuple(cells)
