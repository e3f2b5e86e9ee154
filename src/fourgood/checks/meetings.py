"""Checks of ``cells/<cell>/meetings-<year>.yaml``: the year, real members, the score sheet."""

from __future__ import annotations

from collections.abc import Iterator

from fourgood.checks.registry import check
from fourgood.checks.subjects import MeetingsFile
from fourgood.errors import Anchor, Problem, Severity
from fourgood.i18n.hints import suggest
from fourgood.i18n.message import Choice, Msg, Person, msg
from fourgood.models.roster import Member
from fourgood.scoring.meeting_quality import meeting_rating
from fourgood.scoring.membership import exempt_on, on_roster

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
    for i, meeting in enumerate(subject.log.meetings):
        for member_id in sorted(meeting.absent):
            member = members.get(member_id)
            severity = Severity.ERROR
            message: Msg
            if member is None:
                message = msg("meet.absent_unknown", id=member_id, hint=suggest(member_id, members))
            elif not on_roster(member, meeting.date):
                person = Person(member.id, member.name)
                message = msg("meet.absent_not_member", name=person, day=meeting.date)
            elif exempt_on(member, meeting.date):
                message = msg("meet.absent_exempt", name=Person(member.id, member.name))
                severity = WARNING
            else:
                continue
            at = ("meetings", i, "absent", member_id)
            yield Problem(subject.file, message, severity, where=at, anchor=Anchor.KEY)


@check(MeetingsFile)
def sheet_items_of_the_rubric(subject: MeetingsFile) -> Iterator[Problem]:
    """A score sheet holds items of the rubric's sheet, each within its maximum."""
    rubric = subject.rubric
    if rubric is None:
        return
    sheet = rubric.meetings.sheets.get(rubric.meetings.sheet)
    if sheet is None:
        return
    for i, meeting in enumerate(subject.log.meetings):
        for item, points in sorted((meeting.sheet or {}).items()):
            at = ("meetings", i, "sheet", item)
            spec = sheet.items.get(item)
            if spec is None:
                items = ", ".join(sheet.items)
                message = msg(
                    "meet.sheet_item", item=item, sheet=rubric.meetings.sheet, items=items
                )
                yield Problem(subject.file, message, where=at, anchor=Anchor.KEY)
            elif not 0 <= points <= spec.max:
                message = msg("meet.sheet_points", item=item, max=spec.max)
                yield Problem(subject.file, message, where=at)
        missing = [
            item for item in sheet.items if meeting.sheet is not None and item not in meeting.sheet
        ]
        if missing:
            message = msg(
                "meet.sheet_missing", items=", ".join(missing), sheet=rubric.meetings.sheet
            )
            yield Problem(subject.file, message, where=("meetings", i, "sheet"))


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
