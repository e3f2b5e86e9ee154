"""What a new year of the programme starts from: the year before's results, cell by cell.

A cell that met the standard carries on (``continuing``); one that did not, or whose result is
incomplete, is listed for the board to decide; one that ended before the new year (transferred
out, merged, dissolved) is named with what became of it. Figures only: ``write.new_year`` puts
them in files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fourgood.collation import text_key
from fourgood.read.dataset import DataSet
from fourgood.reporting.summaries import CellSummary, run_years
from fourgood.scoring.rubrics import uncovered_types


@dataclass(frozen=True)
class Carried:
    """A cell of the year before's programme: its result, the contents below the mark
    (id, points), and how it ended if it did before the new year (day, how, to)."""

    cell: str
    name: str
    status: str | None
    short: tuple[tuple[str, int], ...] = ()
    ended: tuple[date, str, str] | None = None


@dataclass(frozen=True)
class NewYear:
    """The new year's start: the cells that carry on, those for the board, those gone, and
    the cell types no edition of the rules covers in the new year."""

    year: int
    as_of: date | None
    continuing: tuple[Carried, ...]
    to_decide: tuple[Carried, ...]
    gone: tuple[Carried, ...]
    uncovered: tuple[str, ...]


def new_year(ds: DataSet, year: int, as_of: date | None) -> NewYear:
    """The start of ``year`` from the results of the year before (as of ``as_of`` while that
    year is in progress)."""
    assert ds.index is not None
    index = ds.index
    first = date(year, 1, 1)
    run = run_years(ds, [year - 1], as_of=as_of, all_cells=False)[year - 1]
    continuing: list[Carried] = []
    to_decide: list[Carried] = []
    gone: list[Carried] = []
    for c in sorted(run.cells, key=lambda c: (text_key(c.name), c.id)):
        if c.participant is None:
            continue
        ending = index.ending(c.id)
        if ending is not None and ending.date <= first:
            to = index.name_on(ending.to, ending.date) if ending.how == "merged" else ending.to
            gone.append(Carried(c.id, c.name, None, (), (ending.date, ending.how, to)))
        elif c.card is not None and c.card.status == "met":
            continuing.append(Carried(c.id, c.name, "met"))
        else:
            to_decide.append(_for_the_board(c))
    present = [cid for cid in ds.cell_ids() if index.present_at(cid, first)]
    types = [index.cells[cid].type for cid in present]
    return NewYear(
        year,
        as_of,
        tuple(continuing),
        tuple(to_decide),
        tuple(gone),
        tuple(uncovered_types(ds.rubrics, year, types)),
    )


def _for_the_board(c: CellSummary) -> Carried:
    """A cell whose year did not end with the standard met: its result and its contents
    below the mark."""
    card = c.card
    if card is None:
        return Carried(c.id, c.name, None)
    short = tuple((content.id, content.points) for content in card.contents if not content.met)
    return Carried(c.id, c.name, card.status, short)
