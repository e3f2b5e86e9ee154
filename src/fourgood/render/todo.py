"""The checklist of what is still to record, as JSON or a terminal table, in the reader's
language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Choice, Month, Msg, Person, Quarter, msg
from fourgood.i18n.redaction import pseudonym, redacting
from fourgood.i18n.render import render
from fourgood.i18n.visible import visible
from fourgood.render.jsontext import dumps
from fourgood.reporting.todo import Item, Todo

if TYPE_CHECKING:
    from rich.console import RenderableType

_WORDS = {
    "duration": "todo.word.duration",
    "rating": "todo.word.rating",
    "minutes_recorded": "todo.word.minutes",
    "conclusion_recorded": "todo.word.conclusion",
    "dues": "todo.word.dues",
    "studied": "todo.word.studied",
    "residence_feedback": "todo.word.feedback",
    "work_programme": "todo.word.work_programme",
    "targets": "todo.word.targets",
    "key_tasks": "todo.word.key_tasks",
    "mass_organisations": "todo.word.mass_organisations",
    "incidents": "todo.word.incidents",
    "inspection": "todo.word.inspection",
    "self_criticism": "todo.word.self_criticism",
    "candidates": "todo.word.candidates",
}
"""The words of what is missing, by the data's key."""


def item_message(item: Item, year: int) -> Msg:
    """An item in words."""
    missing = [msg(_WORDS[k]) for k in item.missing]
    if item.kind == "regular_meeting":
        return msg("todo.regular_meeting", month=Month(year, item.month or 1))
    if item.kind == "thematic_meeting":
        return msg("todo.thematic_meeting", quarter=Quarter(year, item.quarter or 1))
    if item.kind == "meeting_facts":
        kind = Choice("meeting_kind", item.meeting_kind or "")
        return msg("todo.meeting_facts", day=item.day, kind=kind, missing=missing)
    if item.kind == "member_year":
        person = Person(item.member or "", item.name or "")
        return msg("todo.member_year", name=person, year=year, missing=missing)
    if item.kind == "no_record":
        return msg("todo.no_record", year=year)
    if item.kind == "record_fact":
        return msg("todo.record_fact", fact=msg(_WORDS[item.fact or ""]))
    if item.kind == "assessed":
        return msg("todo.assessed", criterion=item.fact or "")
    return msg("todo.classification")


def _item_dict(item: Item, year: int, lang: Lang) -> dict[str, Any]:
    found: dict[str, Any] = {"kind": item.kind, "text": render(item_message(item, year), lang)}
    for key in ("month", "quarter", "meeting_kind", "member", "fact"):
        if getattr(item, key) is not None:
            found[key] = getattr(item, key)
    if item.day is not None:
        found["date"] = item.day.isoformat()
    if item.name is not None:
        found["name"] = pseudonym(item.member or "", lang) if redacting() else item.name
    if item.missing:
        found["missing"] = list(item.missing)
    return found


TODO_SCHEMA_VERSION = 1
"""The version of ``schemas/todo.schema.json`` the JSON follows."""


def todo_dict(todo: Todo, lang: Lang) -> dict[str, Any]:
    """The checklist as JSON data (``schemas/todo.schema.json``): the period, each cell's
    items, the bloc's counts."""
    p = todo.period
    counts = todo.counts()
    return {
        "schema_version": TODO_SCHEMA_VERSION,
        "year": p.year,
        "month": p.month,
        "as_of": p.as_of.isoformat(),
        "bloc": {
            "cells": len(todo.cells),
            "cells_with_items": sum(1 for c in todo.cells if c.items),
            "items": sum(counts.values()),
            "by_kind": counts,
        },
        "cells": [
            {"id": c.cell, "name": c.name, "items": [_item_dict(i, p.year, lang) for i in c.items]}
            for c in todo.cells
        ],
    }


def todo_json(todo: Todo, lang: Lang) -> str:
    """JSON, ending with a newline."""
    return dumps(todo_dict(todo, lang), indent=2) + "\n"  # hidden characters escaped


def _title(todo: Todo) -> Msg:
    p = todo.period
    if p.month is not None:
        return msg("todo.title_month", month=Month(p.year, p.month))
    return msg("todo.title_year", year=p.year, day=p.as_of)


def todo_table(todo: Todo, lang: Lang) -> RenderableType:
    """A title, the bloc's figures, and a table of each cell's items."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    counts = todo.counts()
    busy = [c for c in todo.cells if c.items]
    summary = msg("todo.summary", cells=len(todo.cells), busy=len(busy), n=sum(counts.values()))
    table = Table(title_justify="left")
    table.add_column(render(msg("col.cell"), lang), overflow="fold", ratio=1)
    table.add_column(render(msg("todo.col.what"), lang), overflow="fold", ratio=2)
    for cell in busy:
        for i, item in enumerate(cell.items):
            name = Text(visible(f"{cell.name} ({cell.cell})")) if i == 0 else Text("")
            table.add_row(name, Text(render(item_message(item, todo.period.year), lang)))
    parts: list[Any] = [Text(render(_title(todo), lang), style="bold"), Text(render(summary, lang))]
    parts.append(table if busy else Text(render(msg("todo.none"), lang)))
    return Group(*parts)
