"""``fourgood meeting add``: a meeting in a cell's log, with its absences and its rating or
score sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from fourgood.cli.options import CellArgument, DataOption, DryRun, LangOption, NoCache
from fourgood.cli.registry import command, group
from fourgood.i18n.lang import Lang

MEETING = group("meeting", 73, "help.meeting")

Text = str | None


@command(1, "add", group=MEETING, help="help.meeting.add")
def add(
    ctx: typer.Context,
    cell: CellArgument = None,
    day: Annotated[Text, typer.Option("--date", metavar="DATE", help="help.meeting.date")] = None,
    kind: Annotated[Text, typer.Option("--kind", help="help.meeting.kind")] = None,
    topic: Annotated[Text, typer.Option("--topic", help="help.meeting.topic")] = None,
    duration: Annotated[
        Text, typer.Option("--duration", metavar="MINUTES", help="help.meeting.duration")
    ] = None,
    excused: Annotated[
        list[str] | None, typer.Option("--excused", metavar="MEMBER", help="help.meeting.excused")
    ] = None,
    unexcused: Annotated[
        list[str] | None,
        typer.Option("--unexcused", metavar="MEMBER", help="help.meeting.unexcused"),
    ] = None,
    rating: Annotated[Text, typer.Option("--rating", help="help.meeting.rating")] = None,
    sheet: Annotated[
        list[str] | None, typer.Option("--sheet", metavar="ITEM=POINTS", help="help.meeting.sheet")
    ] = None,
    minutes: Annotated[
        bool | None, typer.Option("--minutes/--no-minutes", help="help.meeting.minutes")
    ] = None,
    conclusion: Annotated[
        bool | None, typer.Option("--conclusion/--no-conclusion", help="help.meeting.conclusion")
    ] = None,
    data_dir: DataOption = Path("."),
    lang: LangOption = None,
    no_cache: NoCache = False,
    dry_run: DryRun = False,
) -> None:
    """Add a meeting to a cell's log of its year, with its absences and rating or sheet."""
    from fourgood.cli import ask
    from fourgood.cli.recording import recording
    from fourgood.edit import meetings
    from fourgood.i18n.message import Choice, msg

    with recording(ctx, data_dir, lang=lang, no_cache=no_cache, dry_run=dry_run) as rec:
        lg = rec.lang
        where = rec.cell(ask.need(cell, "CELL", lg, ask.words, "ask.cell"))
        when = ask.need(day, "--date", lg, ask.day, "ask.meeting_date")
        absent = dict.fromkeys(excused or [], "excused")
        absent |= dict.fromkeys(unexcused or [], "unexcused")
        meeting = {
            "date": when,
            "kind": ask.need(kind, "--kind", lg, ask.choice("kind"), "ask.kind"),
            "topic": topic,
            "duration": ask.optional(duration, "--duration", lg, ask.whole),
            "absent": absent,
            "rating": ask.optional(rating, "--rating", lg, ask.choice("meeting_rating")),
            "sheet": _sheet(sheet or [], lg),
            "minutes_recorded": minutes,
            "conclusion_recorded": conclusion,
        }
        meetings.add(rec.change, where.id, where.name, when.year, meeting)
        kind_word = Choice("meeting_kind", str(meeting["kind"]))
        rec.done.append(msg("recorded.meeting", day=when, kind=kind_word, cell=where.id))


def _sheet(items: list[str], lang: Lang) -> dict[str, int]:
    """``conduct=38`` options as a score sheet."""
    from fourgood.cli import ask
    from fourgood.cli.session import bad_parameter

    sheet: dict[str, int] = {}
    for item in items:
        name, equals, points = item.partition("=")
        if not equals or not name.strip():
            raise bad_parameter("ask.sheet_item", lang, "--sheet", value=item)
        sheet[name.strip()] = ask.need(points, "--sheet", lang, ask.whole, "ask.sheet_item")
    return sheet
