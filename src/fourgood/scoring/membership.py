"""Who belonged to a cell on a day, and who was exempt from its activities."""

from __future__ import annotations

from datetime import date

from fourgood.models.roster import Member, Roster


def member_start(member: Member) -> date:
    """The day a member joined this cell."""
    return member.transferred_in.date if member.transferred_in else member.admitted


def expelled_on(member: Member) -> date | None:
    """The day the member was expelled from the Party (khai trừ), if they were."""
    days = [d.date for d in member.discipline if d.form == "expulsion"]
    return min(days) if days else None


def member_end(member: Member) -> date | None:
    """The first day the member no longer belongs to the cell: transferred out or expelled."""
    ends = [
        d
        for d in (member.transferred_out and member.transferred_out.date, expelled_on(member))
        if d
    ]
    return min(ends) if ends else None


Span = tuple[date, date | None]
"""A member's days in the cell: the first, and the first no longer in it (``None``: still)."""


def span_of(member: Member) -> Span:
    """The member's days in the cell (worked out once where a log names them many times)."""
    return member_start(member), member_end(member)


def within(span: Span, day: date) -> bool:
    """Whether ``day`` lies in a member's days in the cell."""
    start, end = span
    return start <= day and (end is None or day < end)


def on_roster(member: Member, day: date) -> bool:
    """Whether the member belonged to the cell on ``day``."""
    return within(span_of(member), day)


def decided_in_cell(member: Member, day: date) -> bool:
    """Whether a decision on ``day`` (discipline) was taken while the member belonged to the
    cell: an expulsion ends membership on its own day, and is still the cell's decision."""
    if day < member_start(member):
        return False
    end = member_end(member)
    return end is None or day <= end


def exempt_on(member: Member, day: date) -> bool:
    """Whether the member was exempt from activities on ``day``."""
    if not member.exempt:  # most members, named hundreds of thousands of times in a long log
        return False
    return any(e.from_ <= day and (e.to is None or day <= e.to) for e in member.exempt)


def members_at(roster: Roster, day: date) -> list[Member]:
    """The members on the roster on ``day``."""
    return [m for m in roster.members if on_roster(m, day)]
