"""Checks of members across rosters: one person on two rosters only one after the other, and
no member id disguised as another."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

from fourgood.checks.registry import check
from fourgood.checks.subjects import Rosters, RosterSpan
from fourgood.errors import Problem, Severity
from fourgood.i18n.message import msg
from fourgood.lookalikes import lookalikes, script_names, scripts
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
            m.transferred_in.from_cell if m.transferred_in else None,
            m.transferred_out.to_cell if m.transferred_out else None,
            m.transferred_out.date if m.transferred_out else None,
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


@check(Rosters)
def member_ids_look_like_themselves(subject: Rosters) -> Iterator[Problem]:
    """No member id mixes alphabets or looks like another member's id on any roster: else one
    person could be on two rosters, or twice on one, unnoticed."""
    ordered = sorted(subject.spans, key=lambda s: (s.file, s.position))
    twins = lookalikes([span.member for span in ordered])
    first_file: dict[str, str] = {}
    for span in ordered:
        first_file.setdefault(span.member, span.file)
    for span in ordered:
        where = ("members", span.position, "id")
        if span.member in twins:
            other = twins[span.member]
            message = msg("id.looks_like", id=span.member, other=other, file=first_file[other])
            yield Problem(span.file, message, Severity.WARNING, where=where)
        elif len(scripts(span.member)) > 1:
            message = msg("id.mixed_scripts", id=span.member, scripts=script_names(span.member))
            yield Problem(span.file, message, Severity.WARNING, where=where)


@check(Rosters)
def transfers_arrive(subject: Rosters) -> Iterator[Problem]:
    """A transfer to a cell of the bloc arrives there, from this cell, on the same day; an
    arrival from a cell of the bloc left it, to this cell, on that day."""
    by_place = {(s.member, s.cell): s for s in subject.spans}
    # A cell that does not exist, or has no roster, is reported by the roster's own checks.
    rosters = {s.cell for s in subject.spans}
    for span in subject.spans:
        if span.to_cell in rosters and span.out_day is not None:
            other = by_place.get((span.member, span.to_cell))
            where: tuple[str | int, ...] = ("members", span.position, "transferred_out", "to_cell")
            if other is None:
                message = msg("transfer.not_arrived", id=span.member, cell=span.to_cell)
                yield Problem(span.file, message, where=where)
        if span.from_cell in rosters and span.from_cell != span.cell:  # else: self_transfer
            other = by_place.get((span.member, span.from_cell))
            where = ("members", span.position, "transferred_in")
            if other is None or other.to_cell != span.cell:
                message = msg("transfer.not_left", id=span.member, cell=span.from_cell)
                yield Problem(span.file, message, where=(*where, "from_cell"))
            elif other.out_day is not None and other.out_day != span.start:
                message = msg(
                    "transfer.dates_differ",
                    cell=span.from_cell,
                    left=other.out_day,
                    came=span.start,
                )
                yield Problem(span.file, message, where=(*where, "date"))
