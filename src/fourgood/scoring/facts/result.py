"""Facts read from the cell's 4 Good result: one of the main bases of the year's quality
classification, read by an edition's classification criteria after the cell is scored."""

from __future__ import annotations

from fourgood.i18n.message import msg
from fourgood.scoring.facts.cell import CellFacts
from fourgood.scoring.facts.registry import fact
from fourgood.scoring.values import FactValue, Level, Missing


@fact("four_good", "level", levels=("met", "not_met"), needs_result=True)
def four_good(cell: CellFacts) -> FactValue:
    """Whether the cell met the 4 Good standard this year; a result still incomplete reads
    either way, and a cell not scored (not in the programme) has no result."""
    if cell.result is None:
        return Missing(msg("why.no_result"))
    if cell.result == "met":
        return Level("met", "met", measured=msg("measured.four_good_met"))
    if cell.result == "not_met":
        return Level("not_met", "not_met", (msg("why.four_good_not_met"),))
    return Level("not_met", "met", (), (msg("why.four_good_incomplete"),))
