"""Who belonged to a cell on a day, and who was exempt from its activities."""

from __future__ import annotations

from datetime import date

from fourgood.models.roster import Member, Roster


def member_start(member: Member) -> date:
    """The day a member joined this cell."""
    return member.transferred_in.date if member.transferred_in else member.admitted


def on_roster(member: Member, day: date) -> bool:
    """Whether the member belonged to the cell on ``day``."""
    if day < member_start(member):
        return False
    return not (member.transferred_out and member.transferred_out.date <= day)


def exempt_on(member: Member, day: date) -> bool:
    """Whether the member was exempt from activities on ``day``."""
    return any(e.from_ <= day and (e.to is None or day <= e.to) for e in member.exempt)


def members_at(roster: Roster, day: date) -> list[Member]:
    """The members on the roster on ``day``."""
    return [m for m in roster.members if on_roster(m, day)]
