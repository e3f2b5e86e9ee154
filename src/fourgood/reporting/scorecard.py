"""What a cell's scorecard (phiếu tự chấm điểm) shows besides its points: the unit above the
cell, the committee that verifies the sheet, the secretary who signs it and the bloc's
document settings. Data only; the words are the renderer's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fourgood.i18n.message import Person
from fourgood.models.documents import DocumentSettings
from fourgood.models.roster import Member, Roster
from fourgood.models.tree import OrgIndex
from fourgood.read.dataset import DataSet
from fourgood.scoring.engine import Scorecard


@dataclass(frozen=True)
class CellSheet:
    """A cell's scorecard for a year and the names around it.

    ``unit`` is the unit the cell belongs to (its section, committee, or the bloc), ``verifier``
    the committee that verifies the sheet (its grassroots committee, or the bloc for a
    grassroots cell); ``secretary`` is ``None`` when the roster names none on the sheet's day.
    """

    card: Scorecard
    unit: str
    verifier: str
    secretary: Person | None
    settings: DocumentSettings


def cell_sheet(ds: DataSet, card: Scorecard) -> CellSheet:
    """The sheet of a scored cell of the data set."""
    assert ds.index is not None
    assert ds.organisation is not None
    index, bloc = ds.index, ds.organisation.bloc
    cell = index.cells[card.cell]
    grassroots = index.grassroots_of(card.cell)
    return CellSheet(
        card,
        _name(index, cell.parent, bloc.name),
        _name(index, grassroots, bloc.name) if grassroots != card.cell else bloc.name,
        secretary(ds.cell(card.cell, years={card.year}).roster, card.window.end),
        bloc.documents,
    )


def _name(index: OrgIndex, unit_id: str, bloc_name: str) -> str:
    if unit_id in index.committees:
        return index.committees[unit_id].name
    if unit_id in index.sections:
        return index.sections[unit_id].name
    return bloc_name


def secretary(roster: Roster | None, day: date) -> Person | None:
    """The cell's secretary on ``day`` (the first on the roster when it names several)."""
    for member in roster.members if roster is not None else []:
        if member.role == "secretary" and _present(member, day):
            return Person(member.id, member.name)
    return None


def _present(member: Member, day: date) -> bool:
    arrived = member.transferred_in is None or member.transferred_in.date <= day
    left = member.transferred_out is not None and member.transferred_out.date <= day
    expelled = any(d.form == "expulsion" and d.date <= day for d in member.discipline)
    return arrived and not left and not expelled
