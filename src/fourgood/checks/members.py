"""Checks of members across rosters: one person on two rosters only one after the other."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

from fourgood.checks.registry import check
from fourgood.checks.subjects import Rosters, RosterSpan
from fourgood.errors import Problem
from fourgood.i18n.message import msg
from fourgood.models.roster import Roster
from fourgood.scoring.membership import member_end, member_start


def spans(cell: str, roster: Roster, file: str) -> list[RosterSpan]:
    """Each member's time on a roster, to check across rosters once all are read."""
    return [
        RosterSpan(
            m.id,
            cell,
            member_start(m),
            member_end(m),
            file,
            i,
        )
        for i, m in enumerate(roster.members)
    ]


@check(Rosters)
def one_roster_at_a_time(subject: Rosters) -> Iterator[Problem]:
    """A member id is on two rosters only one after the other (a transfer out, then in)."""
    by_member: dict[str, list[RosterSpan]] = defaultdict(list)
    for span in subject.spans:
        by_member[span.member].append(span)
    for member_id, entries in sorted(by_member.items()):
        ordered = sorted(entries, key=lambda e: (e.start, e.cell))
        for earlier, later in itertools.pairwise(ordered):
            if earlier.cell == later.cell:
                continue  # a duplicate inside one roster is reported by the roster's check
            if earlier.end is None or earlier.end > later.start:
                message = msg(
                    "roster.on_two_rosters", id=member_id, cell=earlier.cell, file=earlier.file
                )
                yield Problem(later.file, message, where=("members", later.position, "id"))
