"""Checks of members across rosters: one person on two rosters only one after the other."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from fourgood.errors import Problem
from fourgood.i18n.message import msg
from fourgood.models.roster import Roster
from fourgood.scoring.membership import member_start


@dataclass
class MemberRegistry:
    """Member ids across all rosters: a person may be in two cells, one after the other."""

    seen: dict[str, list[tuple[str, date, date | None, str, int]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def add(self, cell_id: str, roster: Roster, file: str) -> None:
        """Record a roster's members (a few small tuples each, so the rosters can be dropped)."""
        for i, m in enumerate(roster.members):
            end = m.transferred_out.date if m.transferred_out else None
            self.seen[m.id].append((cell_id, member_start(m), end, file, i))

    def problems(self) -> list[Problem]:
        """Ids on two rosters at overlapping times."""
        problems = []
        for member_id, entries in sorted(self.seen.items()):
            ordered = sorted(entries, key=lambda e: (e[1], e[0]))
            for earlier, later in itertools.pairwise(ordered):
                if earlier[0] == later[0]:
                    continue  # a duplicate inside one roster is reported by check_roster
                if earlier[2] is None or earlier[2] > later[1]:
                    problems.append(
                        Problem(
                            later[3],
                            msg(
                                "roster.on_two_rosters",
                                id=member_id,
                                cell=earlier[0],
                                file=earlier[3],
                            ),
                            where=("members", later[4], "id"),
                        )
                    )
        return problems
