"""The monthly follow-up: which cells have not logged their regular meeting, and the thematic
meetings held, as the bloc reviews every month."""

from __future__ import annotations

import calendar
import io
import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from fourgood.collation import text_key
from fourgood.i18n import Lang, Month, msg, render
from fourgood.models.meetings import MeetingLog

if TYPE_CHECKING:
    from rich.console import RenderableType


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


def followup_dict(report: FollowUp) -> dict[str, Any]:
    """The follow-up as JSON data."""
    return {
        "year": report.year,
        "month": report.month,
        "cells": report.cells,
        "without_regular_meeting": [{"cell": c, "name": n} for c, n in report.without_regular],
        "thematic_meetings": [
            {
                "cell": t.cell,
                "name": t.name,
                "date": t.day.isoformat(),
                "kind": t.kind,
                "topic": t.topic,
            }
            for t in report.thematic
        ],
    }


def followup_json(report: FollowUp) -> str:
    """JSON, ending with a newline."""
    return json.dumps(followup_dict(report), ensure_ascii=False, indent=2) + "\n"


def followup_markdown(report: FollowUp, lang: Lang) -> str:
    """Markdown lists for a wiki or an issue."""
    month = Month(report.year, report.month)
    lines = [
        "# " + render(msg("follow.title", month=month), lang),
        "",
        "## "
        + render(msg("follow.missing", n=len(report.without_regular), total=report.cells), lang),
        "",
        *(f"- {name} ({cell})" for cell, name in report.without_regular),
        "",
        "## " + render(msg("follow.thematic", n=len(report.thematic)), lang),
        "",
        *(f"- {t.day.isoformat()} {t.name} ({t.cell}): {t.topic}" for t in report.thematic),
    ]
    return "\n".join(lines).rstrip() + "\n"


def followup_csv(report: FollowUp) -> str:
    """One row per cell without a regular meeting and per thematic meeting held."""
    import csv

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["year", "month", "item", "cell", "name", "date", "kind", "topic"])
    for cell, name in report.without_regular:
        writer.writerow([report.year, report.month, "no_regular_meeting", cell, name, "", "", ""])
    for t in report.thematic:
        writer.writerow(
            [
                report.year,
                report.month,
                "thematic_meeting",
                t.cell,
                t.name,
                t.day.isoformat(),
                t.kind,
                t.topic,
            ]
        )
    return out.getvalue()


def followup_table(report: FollowUp, lang: Lang) -> RenderableType:
    """Two Rich tables: cells without a regular meeting, thematic meetings held."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    month = Month(report.year, report.month)
    missing = Table(
        title=render(
            msg("follow.missing", n=len(report.without_regular), total=report.cells), lang
        ),
        title_justify="left",
    )
    missing.add_column(render(msg("col.cell"), lang), overflow="fold")
    for cell, name in report.without_regular:
        missing.add_row(Text(f"{name} ({cell})"))
    thematic = Table(
        title=render(msg("follow.thematic", n=len(report.thematic)), lang), title_justify="left"
    )
    thematic.add_column(render(msg("col.date"), lang), no_wrap=True)
    thematic.add_column(render(msg("col.cell"), lang), overflow="fold", ratio=1)
    thematic.add_column(render(msg("col.topic"), lang), overflow="fold", ratio=1)
    for t in report.thematic:
        thematic.add_row(t.day.isoformat(), Text(f"{t.name} ({t.cell})"), Text(t.topic))
    return Group(
        Text(render(msg("follow.title", month=month), lang), style="bold"), missing, thematic
    )
