"""Cell-years to compute facts on: the walk-through's cells in 2023, and small ones built here."""

from __future__ import annotations

import functools
from datetime import date
from typing import Any

from fourgood.models.meetings import MeetingLog
from fourgood.models.record import AnnualRecord
from fourgood.models.roster import Roster
from fourgood.models.rubric import MeetingRules, Rubric
from fourgood.read.dataset import DataSet, shipped_rubrics_dir
from fourgood.read.loading import load_model
from fourgood.scoring.facts import CellFacts, CellYear
from fourgood.scoring.window import Window, year_window
from tests.conftest import WALKTHROUGH


def _rules() -> MeetingRules:
    path = shipped_rubrics_dir() / "4good-2023.yaml"
    rubric = load_model(str(path), str(path), Rubric).model
    assert rubric is not None
    return rubric.meetings


RULES = _rules()


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


def member(member_id: str = "M1", **fields: Any) -> dict[str, Any]:
    """A roster entry: a full member since 2001 unless told otherwise."""
    base = {
        "id": member_id,
        "name": f"Nguyễn Văn {member_id}",
        "sex": "male",
        "born": "1975-01-01",
        "admitted": "2001-01-01",
        "full_member": "2002-01-01",
    }
    return {**base, **fields}


def cell_year(
    *,
    start: date = date(2023, 1, 1),
    end: date = date(2023, 12, 31),
    members: list[dict[str, Any]] | None = None,
    meetings: list[dict[str, Any]] | None = None,
    record: dict[str, Any] | None = None,
) -> CellFacts:
    """A cell-year of 2023 built from the mappings the YAML files would hold."""
    cell = CellYear(
        2023,
        Window(start, end),
        Roster.model_validate({"members": members}) if members is not None else None,
        MeetingLog.model_validate({"meetings": meetings}) if meetings is not None else None,
        AnnualRecord.model_validate(record) if record is not None else None,
    )
    return CellFacts(cell, RULES)
