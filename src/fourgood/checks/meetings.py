"""Checks of ``cells/<cell>/meetings-<year>.yaml``: the year, real members, the score sheet."""

from __future__ import annotations

from collections.abc import Iterator

from fourgood.checks.registry import check
from fourgood.checks.subjects import MeetingsFile
from fourgood.errors import Anchor, Problem, Severity
from fourgood.i18n.hints import suggest
from fourgood.i18n.message import Choice, Msg, Person, msg
from fourgood.models.roster import Member
from fourgood.models.rubric import MeetingRules
from fourgood.scoring.meeting_quality import meeting_rating
from fourgood.scoring.membership import exempt_on, span_of, within

WARNING = Severity.WARNING


@check(MeetingsFile)
def in_the_year(subject: MeetingsFile) -> Iterator[Problem]:
    """Every meeting of a year's log is in that year."""
    for i, meeting in enumerate(subject.log.meetings):
        if meeting.date.year != subject.year:
            message = msg("meet.outside_year", year=subject.year)
            yield Problem(subject.file, message, where=("meetings", i, "date"))


@check(MeetingsFile)
def entered_once(subject: MeetingsFile) -> Iterator[Problem]:
    """A meeting (a day and a kind) is entered once; a copied block of lines shows up here."""
    first: dict[tuple[object, str], int] = {}
    for i, meeting in enumerate(subject.log.meetings):
        key = (meeting.date, meeting.kind)
        if key in first:
            kind = Choice("meeting_kind", meeting.kind)
            message = msg("meet.duplicate", day=meeting.date, kind=kind, first=first[key] + 1)
            yield Problem(subject.file, message, where=("meetings", i, "date"))
        else:
            first[key] = i


@check(MeetingsFile)
def absent_members_were_members(subject: MeetingsFile) -> Iterator[Problem]:
    """Someone listed absent is on the roster, was a member that day, and was not exempt."""
    if subject.roster is None:
        return
    members: dict[str, Member] = {m.id: m for m in subject.roster.members}
    # Each member's days on the roster, worked out once: a year's log names them thousands
    # of times (a 10 MB log, 400,000 times).
    spans = {m.id: span_of(m) for m in subject.roster.members}
    for i, meeting in enumerate(subject.log.meetings):
        day = meeting.date
        for member_id in sorted(meeting.absent):
            member = members.get(member_id)
            severity = Severity.ERROR
            message: Msg
            if member is None:
                message = msg("meet.absent_unknown", id=member_id, hint=suggest(member_id, members))
            elif not within(spans[member_id], day):
                person = Person(member.id, member.name)
                message = msg("meet.absent_not_member", name=person, day=day)
            elif exempt_on(member, day):
                message = msg("meet.absent_exempt", name=Person(member.id, member.name))
                severity = WARNING
            else:
                continue
            at = ("meetings", i, "absent", member_id)
            yield Problem(subject.file, message, severity, where=at, anchor=Anchor.KEY)


@check(MeetingsFile)
def sheet_items_of_the_rubric(subject: MeetingsFile) -> Iterator[Problem]:
    """A score sheet holds the items of the rubric's sheet in force on the meeting's day, each
    within its maximum (a sheet of another period, e.g. 42-HD before 28 October 2025, is named
    as such)."""
    rubric = subject.rubric
    if rubric is None:
        return
    rules = rubric.meetings
    for i, meeting in enumerate(subject.log.meetings):
        if meeting.sheet is None:
            continue
        at: tuple[str | int, ...] = ("meetings", i, "sheet")
        sheet_id = rules.sheet_on(meeting.date)
        sheet = rules.sheets.get(sheet_id) if sheet_id else None
        if sheet_id is None or sheet is None:
            if sheet_id is None:
                message = msg("meet.no_sheet_in_force", day=meeting.date, rubric=rubric.id)
                yield Problem(subject.file, message, where=at)
            continue
        other = _sheet_of_another_period(rules, sheet_id, set(meeting.sheet))
        if other is not None:
            message = msg(
                "meet.sheet_of_another_period",
                sheet=other,
                period=_period_words(rules, other),
                day=meeting.date,
                current=sheet_id,
                items=", ".join(sheet.items),
            )
            yield Problem(subject.file, message, where=at)
            continue
        for item, points in sorted(meeting.sheet.items()):
            spec = sheet.items.get(item)
            if spec is None:
                items = ", ".join(sheet.items)
                message = msg("meet.sheet_item", item=item, sheet=sheet_id, items=items)
                yield Problem(subject.file, message, where=(*at, item), anchor=Anchor.KEY)
            elif not 0 <= points <= spec.max:
                message = msg("meet.sheet_points", item=item, max=spec.max)
                yield Problem(subject.file, message, where=(*at, item))
        missing = [item for item in sheet.items if item not in meeting.sheet]
        if missing:
            message = msg("meet.sheet_missing", items=", ".join(missing), sheet=sheet_id)
            yield Problem(subject.file, message, where=at)


def _sheet_of_another_period(rules: MeetingRules, current: str, items: set[str]) -> str | None:
    """The rubric's other sheet, in force at another time, whose items these are: all of them
    are its and some not the current sheet's, or they are exactly its items."""
    mine = set(rules.sheets[current].items)
    if items == mine:
        return None
    for sheet_id, sheet in sorted(rules.sheets.items()):
        theirs = set(sheet.items)
        if sheet_id == current or sheet.in_force is None or not items <= theirs:
            continue
        if not items <= mine or items == theirs:
            return sheet_id
    return None


def _period_words(rules: MeetingRules, sheet_id: str) -> Msg:
    """When a sheet is in force, in words: from a day, up to a day, or between two."""
    period = rules.sheets[sheet_id].in_force
    assert period is not None
    if period.from_ is None:
        return msg("period.to", day=period.end)
    if period.to is None:
        return msg("period.from", day=period.start)
    return msg("period.between", start=period.start, end=period.end)


@check(MeetingsFile)
def rating_agrees_with_the_sheet(subject: MeetingsFile) -> Iterator[Problem]:
    """A meeting with both a rating and a score sheet: the rating is the one the sheet gives."""
    if subject.rubric is None:
        return
    rules = subject.rubric.meetings
    for i, meeting in enumerate(subject.log.meetings):
        if meeting.rating is None or meeting.sheet is None:
            continue
        from_sheet = meeting_rating(meeting.model_copy(update={"rating": None}), rules)
        if from_sheet is not None and from_sheet != meeting.rating:
            message = msg(
                "meet.rating_vs_sheet",
                rating=Choice("meeting_rating", meeting.rating),
                total=sum(meeting.sheet.values()),
                sheet_rating=Choice("meeting_rating", from_sheet),
            )
            yield Problem(subject.file, message, where=("meetings", i, "rating"))
