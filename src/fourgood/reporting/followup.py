"""The monthly follow-up as figures: which cells have not logged their regular meeting, and the
thematic meetings held, as the bloc reviews every month."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from fourgood.collation import text_key
from fourgood.models.meetings import MeetingLog


@dataclass(frozen=True)
class ThematicMeeting:
    """A thematic (or combined) meeting held in the month."""

    cell: str
    name: str
    day: date
    kind: str
    topic: str


@dataclass(frozen=True)
class FollowUp:
    """The month's follow-up of the programme's cells."""

    year: int
    month: int
    cells: int
    without_regular: tuple[tuple[str, str], ...]  # (cell id, name)
    thematic: tuple[ThematicMeeting, ...]


def build_followup(
    year: int, month: int, cells: list[tuple[str, str, MeetingLog | None]]
) -> FollowUp:
    """The follow-up from the cells taking part that month: (id, name, meeting log)."""
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    missing: list[tuple[str, str]] = []
    thematic: list[ThematicMeeting] = []
    for cell_id, name, log in cells:
        meetings = [m for m in (log.meetings if log else []) if first <= m.date <= last]
        if not any(m.kind in ("regular", "combined") for m in meetings):
            missing.append((cell_id, name))
        thematic.extend(
            ThematicMeeting(cell_id, name, m.date, m.kind, m.topic or "")
            for m in meetings
            if m.kind in ("thematic", "combined")
        )
    return FollowUp(
        year,
        month,
        len(cells),
        tuple(sorted(missing, key=lambda c: (text_key(c[1]), c[0]))),
        tuple(sorted(thematic, key=lambda t: (t.day, text_key(t.name), t.cell))),
    )
