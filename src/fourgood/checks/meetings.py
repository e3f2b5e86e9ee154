"""Checks of ``cells/<cell>/meetings-<year>.yaml``: the year, real members, the score sheet."""

from __future__ import annotations

from fourgood.errors import Anchor, Problem, Severity
from fourgood.i18n.hints import suggest
from fourgood.i18n.message import Person, msg
from fourgood.models.meetings import MeetingLog
from fourgood.models.roster import Member, Roster
from fourgood.models.rubric import Rubric
from fourgood.scoring.membership import exempt_on, on_roster

WARNING = Severity.WARNING


def check_meetings(
    year: int,
    log: MeetingLog,
    file: str,
    roster: Roster | None,
    rubric: Rubric | None,
) -> list[Problem]:
    """Meetings inside their year; absences of real members; sheet items of the rubric."""
    problems: list[Problem] = []
    members: dict[str, Member] = {m.id: m for m in roster.members} if roster else {}
    sheet = rubric.meetings.sheets.get(rubric.meetings.sheet) if rubric else None
    for i, meeting in enumerate(log.meetings):
        where = ("meetings", i)
        if meeting.date.year != year:
            problems.append(
                Problem(file, msg("meet.outside_year", year=year), where=(*where, "date"))
            )
        if roster is not None:
            for member_id in sorted(meeting.absent):
                at = (*where, "absent", member_id)
                member = members.get(member_id)
                if member is None:
                    problems.append(
                        Problem(
                            file,
                            msg(
                                "meet.absent_unknown",
                                id=member_id,
                                hint=suggest(member_id, members),
                            ),
                            where=at,
                            anchor=Anchor.KEY,
                        )
                    )
                elif not on_roster(member, meeting.date):
                    problems.append(
                        Problem(
                            file,
                            msg(
                                "meet.absent_not_member",
                                name=Person(member.id, member.name),
                                day=meeting.date,
                            ),
                            where=at,
                            anchor=Anchor.KEY,
                        )
                    )
                elif exempt_on(member, meeting.date):
                    problems.append(
                        Problem(
                            file,
                            msg("meet.absent_exempt", name=Person(member.id, member.name)),
                            WARNING,
                            where=at,
                            anchor=Anchor.KEY,
                        )
                    )
        if meeting.sheet is not None and rubric is not None:
            if sheet is None:
                continue
            for item, points in sorted(meeting.sheet.items()):
                at = (*where, "sheet", item)
                spec = sheet.items.get(item)
                if spec is None:
                    problems.append(
                        Problem(
                            file,
                            msg(
                                "meet.sheet_item",
                                item=item,
                                sheet=rubric.meetings.sheet,
                                items=", ".join(sheet.items),
                            ),
                            where=at,
                            anchor=Anchor.KEY,
                        )
                    )
                elif not 0 <= points <= spec.max:
                    problems.append(
                        Problem(file, msg("meet.sheet_points", item=item, max=spec.max), where=at)
                    )
    return problems
