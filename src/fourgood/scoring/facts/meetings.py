"""Facts read from the meeting log: months and quarters without the required meeting (or the
stretches the competent committee sets for small cells), the year's meeting quality,
attendance, duration, records and documents sent ahead."""

from __future__ import annotations

from fractions import Fraction

from fourgood.collation import name_key
from fourgood.i18n.message import Choice, Month, Msg, Pct, Person, Quarter, msg
from fourgood.models.meetings import Meeting, MeetingRating
from fourgood.scoring.facts.cell import CellFacts, per_cell
from fourgood.scoring.facts.registry import fact
from fourgood.scoring.meeting_quality import meeting_rating, year_quality
from fourgood.scoring.membership import member_end, member_start
from fourgood.scoring.values import Count, FactValue, Level, Missing, NotApplicable, Share


def _no_meetings(cell: CellFacts) -> FactValue:
    """What a per-meeting fact is when the window has no meeting: judged only once a month of
    the period has ended without one (which Q1 already counts)."""
    return (
        Missing(msg("why.no_meetings_logged")) if cell.months else NotApplicable(msg("na.no_month"))
    )


@fact("months_without_regular_meeting", "count")
def months_without_regular_meeting(cell: CellFacts) -> FactValue:
    """Ended months of the window without a regular (or combined) meeting; for a small cell
    the competent committee lets meet less often, ended stretches of its months instead."""
    if cell.meetings is None:
        return cell.absent("meetings")
    if not cell.months:
        return NotApplicable(msg("na.no_month"))
    held = {(m.date.year, m.date.month) for m in cell.regular}
    every = cell.rules.small_cells.regular_every if _small(cell) else 1
    if every > 1:
        return _stretches_without(cell.months, every, held, "why.no_regular_in")
    return Count(
        tuple(
            msg("why.no_regular", month=Month(y, mo))
            for y, mo in cell.months
            if (y, mo) not in held
        ),
        measured=msg(
            "measured.months", n=sum(1 for ym in cell.months if ym in held), total=len(cell.months)
        ),
    )


@fact("quarters_without_thematic_meeting", "count")
def quarters_without_thematic_meeting(cell: CellFacts) -> FactValue:
    """Ended quarters of the window without a thematic (or combined) meeting; for a small cell
    the competent committee lets meet less often, ended stretches of its months instead."""
    if cell.meetings is None:
        return cell.absent("meetings")
    every = cell.rules.small_cells.thematic_every if _small(cell) else 3
    if every != 3:
        if len(cell.months) < every:
            return NotApplicable(msg("na.no_quarter"))
        months = {(m.date.year, m.date.month) for m in cell.thematic}
        return _stretches_without(cell.months, every, months, "why.no_thematic_in")
    if not cell.quarters:
        return NotApplicable(msg("na.no_quarter"))
    held = {(m.date.year, (m.date.month - 1) // 3 + 1) for m in cell.thematic}
    return Count(
        tuple(
            msg("why.no_thematic", quarter=Quarter(y, q))
            for y, q in cell.quarters
            if (y, q) not in held
        ),
        measured=msg(
            "measured.quarters",
            n=sum(1 for yq in cell.quarters if yq in held),
            total=len(cell.quarters),
        ),
    )


def _small(cell: CellFacts) -> bool:
    """Whether the cell is small enough for the competent committee's rules for small cells
    (fewer members at the window's end than the rubric's ``small_cells.fewer_than``)."""
    fewer_than = cell.rules.small_cells.fewer_than
    return fewer_than > 0 and len(cell.year_end_members) < fewer_than


def _stretches_without(
    months: list[tuple[int, int]], every: int, held: set[tuple[int, int]], key: str
) -> Count:
    """Whole stretches of ``every`` ended months, from the window's start, without a meeting
    in any of their months (a last, shorter stretch is not due yet)."""
    stretches = [months[i : i + every] for i in range(0, len(months) - every + 1, every)]
    missed = [s for s in stretches if not any(ym in held for ym in s)]
    return Count(
        tuple(msg(key, first=Month(*s[0]), last=Month(*s[-1])) for s in missed),
        measured=msg(
            "measured.stretches", n=len(stretches) - len(missed), total=len(stretches), k=every
        ),
    )


@fact("meeting_quality", "level", levels=("good", "fair", "average", "poor"))
def meeting_quality(cell: CellFacts) -> FactValue:
    """The year's meeting quality over regular and combined meetings, by the rubric's rule."""
    if cell.meetings is None:
        return cell.absent("meetings")
    if not cell.months:
        return NotApplicable(msg("na.no_month"))
    if not cell.regular:
        return None
    known: list[MeetingRating] = []
    unknown: list[Msg] = []
    reasons: list[Msg] = []
    for m in cell.regular:
        rating = meeting_rating(m, cell.rules)
        if rating is None:
            unknown.append(msg("why.unrated", day=m.date))
        else:
            known.append(rating)
            if rating != "good":
                reasons.append(
                    msg("why.rated", day=m.date, rating=Choice("meeting_rating", rating))
                )
    months = len(cell.months)
    poor: list[MeetingRating] = ["poor"] * len(unknown)
    good: list[MeetingRating] = ["good"] * len(unknown)
    low = year_quality([*known, *poor], months, cell.rules)
    high = year_quality([*known, *good], months, cell.rules)
    measured = msg(
        "measured.quality", good=sum(1 for r in known if r == "good"), total=len(cell.regular)
    )
    return Level(low, high, tuple(reasons), tuple(unknown), measured)


@per_cell
def _attendance(cell: CellFacts) -> tuple[FactValue, FactValue]:
    """(attendance, unexcused absences), computed in one pass over the meetings."""
    meetings = cell.meetings
    if meetings is None:
        return cell.absent("meetings"), cell.absent("meetings")
    if not meetings:
        return _no_meetings(cell), _no_meetings(cell)
    if cell.roster is None:
        return cell.absent("roster"), cell.absent("roster")
    names = {m.id: m.name for m in cell.roster.members}
    # Each member's time in the cell and exemptions, read once rather than per meeting.
    spans = [
        (
            m.id,
            member_start(m),
            member_end(m),
            [(e.from_, e.to) for e in m.exempt],
        )
        for m in cell.roster.members
    ]
    rates: list[Fraction] = []
    unexcused: list[Msg] = []
    low_meetings: list[Msg] = []
    for meeting in meetings:
        day = meeting.date
        expected = {
            member_id
            for member_id, start, left, exempt in spans
            if start <= day
            and (left is None or day < left)
            and not any(a <= day and (b is None or day <= b) for a, b in exempt)
        }
        if not expected:
            continue
        absent = sum(1 for member_id in meeting.absent if member_id in expected)
        rates.append(Fraction(len(expected) - absent, len(expected)))
        # Only those expected that day can be absent: a member exempt from activities (or not
        # a member then) listed in the log is not counted (validate warns about it).
        listed = (i for i in meeting.absent if i in expected)
        for member_id in sorted(listed, key=lambda i: (name_key(names.get(i) or i), i)):
            if meeting.absent[member_id] == "unexcused":
                person = Person(member_id, names.get(member_id, member_id))
                unexcused.append(msg("why.unexcused", name=person, day=day))
        if absent:
            low_meetings.append(
                msg("why.attendance", day=day, present=len(expected) - absent, total=len(expected))
            )
    if not rates:
        return None, Count(tuple(unexcused))
    mean = sum(rates, Fraction(0)) / len(rates)
    measured = msg("measured.attendance", pct=Pct(mean), n=len(rates))
    return Share(mean, mean, measured, tuple(low_meetings)), Count(tuple(unexcused))


@fact("attendance", "share")
def attendance(cell: CellFacts) -> FactValue:
    """Mean attendance over the meetings, members exempt that day left out."""
    return _attendance(cell)[0]


@fact("unexcused_absences", "count")
def unexcused_absences(cell: CellFacts) -> FactValue:
    """Absences without excuse."""
    return _attendance(cell)[1]


@fact("short_meetings", "count")
def short_meetings(cell: CellFacts) -> FactValue:
    """Meetings shorter than their kind's minimum duration."""
    if cell.meetings is None:
        return cell.absent("meetings")
    if not cell.meetings:
        return _no_meetings(cell)
    short: list[Msg] = []
    unknown: list[Msg] = []
    for m in cell.meetings:
        kind = Choice("meeting_kind", m.kind)
        minimum = cell.rules.min_duration.get(m.kind, 0)
        if m.duration is None:
            unknown.append(msg("why.no_duration", day=m.date, kind=kind))
        elif m.duration < minimum:
            short.append(
                msg("why.short", day=m.date, kind=kind, minutes=m.duration, minimum=minimum)
            )
    return Count(tuple(short), tuple(unknown))


@fact("meetings_without_records", "count")
def meetings_without_records(cell: CellFacts) -> FactValue:
    """Meetings without both the minutes and the conclusion in the resolution book."""
    if cell.meetings is None:
        return cell.absent("meetings")
    if not cell.meetings:
        return _no_meetings(cell)
    unrecorded: list[Msg] = []
    unknown: list[Msg] = []
    for m in cell.meetings:
        kind = Choice("meeting_kind", m.kind)
        if _recorded(m) is False:
            unrecorded.append(msg("why.no_records", day=m.date, kind=kind))
        elif _recorded(m) is None:
            unknown.append(msg("why.records_unknown", day=m.date, kind=kind))
    return Count(tuple(unrecorded), tuple(unknown))


def _recorded(m: Meeting) -> bool | None:
    """Whether both records were kept: False if either is known missing, None if unstated."""
    if m.minutes_recorded is False or m.conclusion_recorded is False:
        return False
    if m.minutes_recorded is None or m.conclusion_recorded is None:
        return None
    return True


@fact("meetings_without_documents_sent", "count")
def meetings_without_documents_sent(cell: CellFacts) -> FactValue:
    """Meetings whose documents were not sent to the members ahead of them on the electronic
    party-member handbook (42-HD/BTCTW); optional: a rubric reads it only if it chooses to,
    and a meeting that does not say is missing evidence."""
    if cell.meetings is None:
        return cell.absent("meetings")
    if not cell.meetings:
        return _no_meetings(cell)
    if all(m.documents_sent is None for m in cell.meetings):
        return None
    return Count(
        tuple(
            msg("why.documents_not_sent", day=m.date, kind=Choice("meeting_kind", m.kind))
            for m in cell.meetings
            if m.documents_sent is False
        ),
        tuple(
            msg("why.documents_unknown", day=m.date, kind=Choice("meeting_kind", m.kind))
            for m in cell.meetings
            if m.documents_sent is None
        ),
    )
