"""Cell-years to compute facts on: the walk-through's cells in 2023, and small ones built
from a few lines of data."""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import date
from typing import Any

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Msg
from fourgood.i18n.render import render
from fourgood.models.meetings import MeetingLog
from fourgood.models.record import AnnualRecord
from fourgood.models.roster import Roster
from fourgood.models.rubric import MeetingRules, Rubric
from fourgood.read.dataset import DataSet, shipped_rubrics_dir
from fourgood.read.loading import load_model
from fourgood.scoring.facts import CellFacts, CellYear
from fourgood.scoring.window import Window, year_window
from tests.conftest import WALKTHROUGH

RESULTS = {"van-phong": "met", "trung-tam-yte": "not_met"}
"""The walk-through cells' 4 Good results in 2023 (tests/reporting checks them)."""


@functools.cache
def walkthrough_cells() -> tuple[CellFacts, ...]:
    """Each walk-through cell's 2023, as the facts see it (with its 4 Good result, for the
    facts the classification reads), and a copy of the first whose secretary records the
    documents sent ahead of each meeting."""
    ds = DataSet(str(WALKTHROUGH))
    cells = []
    for data in ds.cells():
        rubric = ds.rubric_for(2023, data.cell.type)
        assert rubric is not None
        window = year_window(2023, None, None, None)
        cell = CellYear(2023, window, data.roster, data.meetings.get(2023), data.records.get(2023))
        cells.append(CellFacts(cell, rubric.meetings, result=RESULTS[data.cell.id]))
    first = cells[0].cell
    assert first.meetings is not None
    sent = first.meetings.model_copy(
        update={
            "meetings": [
                m.model_copy(update={"documents_sent": i % 3 != 0})
                for i, m in enumerate(first.meetings.meetings)
            ]
        }
    )
    cells.append(CellFacts(replace(first, meetings=sent), cells[0].rules, result="incomplete"))
    return tuple(cells)


@functools.cache
def shipped_rules() -> MeetingRules:
    """The meeting rules of the shipped rubric."""
    path = shipped_rubrics_dir() / "4good-2023.yaml"
    rubric = load_model(str(path), str(path), Rubric).model
    assert rubric is not None
    return rubric.meetings


def member(id: str, name: str, **fields: Any) -> dict[str, Any]:
    """A roster entry: a full member admitted long ago, with ``fields`` changed."""
    base = {"id": id, "name": name, "sex": "female", "born": "1980-01-01"}
    return {**base, "admitted": "2005-01-01", "full_member": "2006-01-01", **fields}


def cell_year(
    *,
    members: list[dict[str, Any]] | None = None,
    meetings: list[dict[str, Any]] | None = None,
    record: dict[str, Any] | None = None,
    window: Window | None = None,
    rules: MeetingRules | None = None,
) -> CellFacts:
    """A 2023 cell-year as the facts see it (``None``: the file is missing)."""
    cell = CellYear(
        2023,
        window or year_window(2023, None, None, None),
        Roster.model_validate({"members": members}) if members is not None else None,
        MeetingLog.model_validate({"meetings": meetings}) if meetings is not None else None,
        AnnualRecord.model_validate(record) if record is not None else None,
    )
    return CellFacts(cell, rules or shipped_rules())


def words(messages: tuple[Msg, ...], lang: Lang = "en") -> list[str]:
    """Messages in words."""
    return [render(m, lang) for m in messages]


def member_of(member_id: str = "M1", **fields: Any) -> dict[str, Any]:
    """A roster entry by id alone: a full member since 2001 unless told otherwise."""
    return member(member_id, f"Nguyễn Văn {member_id}", **{"admitted": "2001-01-01",
                  "full_member": "2002-01-01", **fields})  # fmt: skip


def cell_between(
    start: date = date(2023, 1, 1), end: date = date(2023, 12, 31), **files: Any
) -> CellFacts:
    """A 2023 cell-year judged from ``start`` to ``end``."""
    return cell_year(window=Window(start, end), **files)
