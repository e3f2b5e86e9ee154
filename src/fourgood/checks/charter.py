"""The charter's size rules: at least 3 full members in a cell, 30 in a grassroots committee,
fewer than 30 in a grassroots cell (warnings about the current rosters)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from fourgood.checks.registry import check
from fourgood.checks.subjects import Charter, Headcount
from fourgood.errors import Problem, Severity
from fourgood.i18n.message import msg
from fourgood.models.roster import Roster
from fourgood.scoring.membership import member_end

WARNING = Severity.WARNING


def headcount(roster: Roster) -> Headcount:
    """Count a roster's current members."""
    current = [m for m in roster.members if member_end(m) is None]
    return Headcount(len(current), sum(1 for m in current if m.full_member is not None))


_NOW = date.max


@check(Charter)
def cell_sizes(subject: Charter) -> Iterator[Problem]:
    """A cell has at least 3 full members; a grassroots cell fewer than 30 members."""
    index = subject.index
    for position, cell_id in enumerate(index.cells):
        count = subject.counts.get(cell_id)
        if index.left_on(cell_id) is not None or count is None:
            continue
        where = ("cells", position, "id")
        if count.full < 3:
            message = msg("charter.min_full", cell=cell_id, n=count.full)
            yield Problem(subject.file, message, WARNING, where=where)
        if index.is_grassroots_cell(cell_id, _NOW) and count.members >= 30:
            message = msg("charter.grassroots_cell_size", cell=cell_id, n=count.members)
            yield Problem(subject.file, message, WARNING, where=where)


@check(Charter)
def committee_sizes(subject: Charter) -> Iterator[Problem]:
    """A grassroots committee has 30 members or more in its cells."""
    index = subject.index
    members: dict[str, int] = defaultdict(int)
    for cell_id in index.cells:
        count = subject.counts.get(cell_id)
        departed = index.left_on(cell_id) is not None
        # The tree as it stands after every recorded change (a cell moved to another committee
        # counts there), as the headcount counts the members who have not left.
        if count is not None and not departed and not index.is_grassroots_cell(cell_id, _NOW):
            members[index.grassroots_of(cell_id, _NOW)] += count.members
    for i, committee_id in enumerate(index.committees):
        if index.left_on(committee_id) is not None:
            continue
        total = members.get(committee_id, 0)
        if total < 30:
            message = msg("charter.committee_size", committee=committee_id, n=total)
            yield Problem(subject.file, message, WARNING, where=("committees", i, "id"))
