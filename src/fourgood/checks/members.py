"""Checks of members across rosters: one person on two rosters only one after the other, and
no member id disguised as another."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

from fourgood.checks.registry import check
from fourgood.checks.subjects import Rosters, RosterSpan, RosterSpans
from fourgood.errors import Problem, Severity
from fourgood.i18n.message import msg
from fourgood.lookalikes import lookalikes, script_names, scripts
from fourgood.models.roster import Roster
from fourgood.scoring.membership import member_end, member_start


def spans(cell: str, roster: Roster, file: str) -> RosterSpans:
    """Each member's time on a roster, to check across rosters once all are read."""
    found = [
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
    return RosterSpans.of(cell, file, found)


def _on_more_than_one(rosters: list[RosterSpans]) -> set[str]:
    """The member ids found on more than one roster (few: the rest need no span)."""
    first: dict[str, int] = {}
    again: set[str] = set()
    for index, roster in enumerate(rosters):
        for member in roster.members:
            if first.setdefault(member, index) != index:
                again.add(member)
    return again


@check(Rosters)
def one_roster_at_a_time(subject: Rosters) -> Iterator[Problem]:
    """A member id is on two rosters only one after the other (a transfer out, then in)."""
    again = _on_more_than_one(subject.rosters)
    by_member: dict[str, list[RosterSpan]] = defaultdict(list)
    for roster in subject.rosters if again else []:
        for position, member in enumerate(roster.members):
            if member in again:
                by_member[member].append(roster.span(position))
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
    ordered = sorted(subject.rosters, key=lambda r: r.file)
    twins = lookalikes([member for roster in ordered for member in roster.members])
    imitated = set(twins.values())
    first_file: dict[str, str] = {}
    for roster in ordered if imitated else []:
        for member in imitated.intersection(roster.members):
            first_file.setdefault(member, roster.file)
    for roster in ordered:
        for position, member in enumerate(roster.members):
            if member.isascii():
                continue  # one alphabet, and like no other id (see lookalikes)
            where = ("members", position, "id")
            if member in twins:
                other = twins[member]
                message = msg("id.looks_like", id=member, other=other, file=first_file[other])
                yield Problem(roster.file, message, Severity.WARNING, where=where)
            elif len(scripts(member)) > 1:
                message = msg("id.mixed_scripts", id=member, scripts=script_names(member))
                yield Problem(roster.file, message, Severity.WARNING, where=where)


@check(Rosters)
def transfers_arrive(subject: Rosters) -> Iterator[Problem]:
    """A transfer to a cell of the bloc arrives there, from this cell, on the same day; an
    arrival from a cell of the bloc left it, to this cell, on that day."""
    # A cell that does not exist, or whose roster is missing or unreadable, is reported by the
    # roster's own checks; an empty roster is read (a new cell's is, until members arrive).
    rosters = {r.cell for r in subject.rosters}
    moves = [move for roster in subject.rosters for move in roster.moves]
    by_place = _places(subject.rosters, moves, rosters)
    for span in moves:
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


def _places(
    rosters: list[RosterSpans], moves: list[RosterSpan], cells: set[str]
) -> dict[tuple[str, str], RosterSpan]:
    """The span of each member a transfer names, on the roster of the cell it names (the
    last one, if the id is there twice)."""
    wanted = {(s.member, s.to_cell) for s in moves if s.to_cell in cells}
    wanted |= {(s.member, s.from_cell) for s in moves if s.from_cell in cells}
    members = {member for member, _ in wanted}
    found: dict[tuple[str, str], RosterSpan] = {}
    for roster in rosters if wanted else []:
        for position, member in enumerate(roster.members):
            if member in members and (member, roster.cell) in wanted:
                found[member, roster.cell] = roster.span(position)
    return found
