"""The monthly follow-up as JSON, Markdown, CSV or a terminal table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Month, msg
from fourgood.i18n.render import render
from fourgood.i18n.visible import visible
from fourgood.render.csv_text import rows_text
from fourgood.render.jsontext import dumps
from fourgood.render.markdown import escape_line as md
from fourgood.reporting.followup import FollowUp

if TYPE_CHECKING:
    from rich.console import RenderableType


FOLLOWUP_SCHEMA_VERSION = 1
"""The version of ``schemas/followup.schema.json`` the JSON follows."""


def followup_dict(report: FollowUp) -> dict[str, Any]:
    """The follow-up as JSON data (``schemas/followup.schema.json``)."""
    return {
        "schema_version": FOLLOWUP_SCHEMA_VERSION,
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


def followup_json(report: FollowUp, lang: Lang) -> str:
    """JSON, ending with a newline."""
    return dumps(followup_dict(report), indent=2) + "\n"


def followup_markdown(report: FollowUp, lang: Lang) -> str:
    """Markdown lists for a wiki or an issue."""
    month = Month(report.year, report.month)
    lines = [
        "# " + render(msg("follow.title", month=month), lang),
        "",
        "## "
        + render(msg("follow.missing", n=len(report.without_regular), total=report.cells), lang),
        "",
        *(f"- {md(f'{name} ({cell})')}" for cell, name in report.without_regular),
        "",
        "## " + render(msg("follow.thematic", n=len(report.thematic)), lang),
        "",
        *(
            f"- {render(t.day, lang)} {md(f'{t.name} ({t.cell})')}"
            + (f": {md(t.topic)}" if t.topic else "")
            for t in report.thematic
        ),
    ]
    return "\n".join(lines).rstrip() + "\n"


def followup_csv(report: FollowUp, lang: Lang) -> str:
    """One row per cell without a regular meeting and per thematic meeting held."""
    rows: list[list[object]] = [["year", "month", "item", "cell", "name", "date", "kind", "topic"]]
    for cell, name in report.without_regular:
        rows.append([report.year, report.month, "no_regular_meeting", cell, name, "", "", ""])
    for t in report.thematic:
        day = t.day.isoformat()
        rows.append(
            [report.year, report.month, "thematic_meeting", t.cell, t.name, day, t.kind, t.topic]
        )
    return "".join(rows_text(rows))


def followup_table(report: FollowUp, lang: Lang) -> RenderableType:
    """Two Rich tables: cells without a regular meeting, thematic meetings held."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    month = Month(report.year, report.month)
    # The headings are lines of their own: as table titles they wrap to the table's width,
    # one word per line when the table is narrow or empty.
    missing_title = msg("follow.missing", n=len(report.without_regular), total=report.cells)
    missing = Table(title_justify="left")
    missing.add_column(render(msg("col.cell"), lang), overflow="fold")
    for cell, name in report.without_regular:
        missing.add_row(Text(visible(f"{name} ({cell})")))
    thematic = Table(title_justify="left")
    thematic.add_column(render(msg("col.date"), lang), no_wrap=True)
    thematic.add_column(render(msg("col.cell"), lang), overflow="fold", ratio=1)
    thematic.add_column(render(msg("col.topic"), lang), overflow="fold", ratio=1)
    for t in report.thematic:
        who = visible(f"{t.name} ({t.cell})")
        thematic.add_row(render(t.day, lang), Text(who), Text(visible(t.topic)))
    return Group(
        Text(render(msg("follow.title", month=month), lang), style="bold"),
        Text(render(missing_title, lang)),
        missing,
        Text(render(msg("follow.thematic", n=len(report.thematic)), lang)),
        thematic,
    )
