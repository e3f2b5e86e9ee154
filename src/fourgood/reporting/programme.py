"""Who takes part in the programme: in a year, in a month, and which asked-for cells are not in."""

from __future__ import annotations

from datetime import date

from fourgood.i18n.hints import suggest
from fourgood.i18n.message import Msg
from fourgood.read.dataset import DataSet


def taking_part(ds: DataSet, first: date, last: date) -> list[str]:
    """The cells of the year's programme that take part at some time between two days: joined
    by ``last`` and not gone before ``first``."""
    assert ds.index is not None
    cells = []
    for participant in ds.participants(first.year):
        left = ds.index.left_on(participant.cell)
        if (participant.joined and participant.joined > last) or (left and left <= first):
            continue
        cells.append(participant.cell)
    return cells


def not_in_programme(ds: DataSet, year: int, asked: list[str]) -> list[tuple[str, Msg]]:
    """The asked-for cell ids that are not in the year's programme, each with a 'did you mean'."""
    known = {p.cell for p in ds.participants(year)}
    return [(cell, suggest(cell, known)) for cell in asked if cell not in known]
