"""The charter's size rules: at least 3 full members in a cell, 30 in a grassroots committee."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from fourgood.errors import Problem, Severity
from fourgood.i18n.message import msg
from fourgood.models.roster import Roster
from fourgood.models.tree import OrgIndex

WARNING = Severity.WARNING


@dataclass
class Headcount:
    """Current members of a cell (not transferred out), and how many are full members."""

    members: int
    full: int


def headcount(roster: Roster) -> Headcount:
    """Count a roster's current members."""
    current = [m for m in roster.members if m.transferred_out is None]
    return Headcount(len(current), sum(1 for m in current if m.full_member is not None))


def check_charter(index: OrgIndex, counts: dict[str, Headcount], file: str) -> list[Problem]:
    """The charter's size rules, as warnings about the current rosters."""
    problems: list[Problem] = []
    positions = {cell_id: i for i, cell_id in enumerate(index.cells)}
    committee_members: dict[str, int] = defaultdict(int)
    for cell_id in index.cells:
        if index.left_on(cell_id) is not None:
            continue
        count = counts.get(cell_id)
        if count is None:
            continue
        where = ("cells", positions[cell_id], "id")
        if count.full < 3:
            problems.append(
                Problem(
                    file, msg("charter.min_full", cell=cell_id, n=count.full), WARNING, where=where
                )
            )
        if index.is_grassroots_cell(cell_id):
            if count.members >= 30:
                problems.append(
                    Problem(
                        file,
                        msg("charter.grassroots_cell_size", cell=cell_id, n=count.members),
                        WARNING,
                        where=where,
                    )
                )
        else:
            committee_members[index.grassroots_of(cell_id)] += count.members
    for i, committee_id in enumerate(index.committees):
        if index.left_on(committee_id) is not None:
            continue
        total = committee_members.get(committee_id, 0)
        if total < 30:
            problems.append(
                Problem(
                    file,
                    msg("charter.committee_size", committee=committee_id, n=total),
                    WARNING,
                    where=("committees", i, "id"),
                )
            )
    return problems
