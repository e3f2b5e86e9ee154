"""Merging a form's annual record: each fact of the record sheet, and the targets, key tasks
and incidents sheets (an entry found by its name, or its day and kind; a new one added at the
end). An emptied cell keeps what was recorded."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fourgood.edit import paths
from fourgood.edit import records as record_edits
from fourgood.edit.document import plain
from fourgood.errors import Path
from fourgood.forms import layout as L
from fourgood.forms.merging import Merging
from fourgood.forms.origins import by_key, fixed
from fourgood.forms.places import Field, Row
from fourgood.forms.table import Table
from fourgood.i18n.aliases import normalise
from fourgood.i18n.message import msg
from fourgood.models.record import Incident, KeyTask, Target


def facts(m: Merging, cell: str, name: str, given: dict[str, Field], incidents: Table) -> None:
    """The record sheet's facts."""
    recorded = record_edits.recorded(m.change, cell, m.year)
    changes: dict[Path, Any] = {}
    for fact in L.FACTS:
        field = given.get(fact.key)
        if field is None or fact.key == "incidents":
            continue
        now: Any = recorded
        for step in fact.path:
            now = now.get(step) if isinstance(now, dict) else None
        if plain(field.value) != now:
            changes[fact.path] = field.value
            m.origins.add(paths.record(cell, m.year), fixed(fact.path), field.place, {})
    if not _inspection(m, recorded, given, changes):
        return
    _incidents_fact(m, recorded, given.get("incidents"), incidents, changes)
    if changes:
        record_edits.set_facts(m.change, cell, name, m.year, changes)
        m.done["facts"] += len(changes)


def _inspection(
    m: Merging,
    recorded: dict[str, Any],
    given: dict[str, Field],
    changes: dict[Path, Any],
) -> bool:
    """Planned and done go together: one without the other is a problem at the one given."""
    touched = [p for p in changes if p[0] == "inspection"]
    if not touched:
        return True
    merged = dict(recorded.get("inspection") or {})
    merged.update({p[1]: changes[p] for p in touched})
    for key in ("planned", "done"):
        if key not in merged:
            other = given.get("inspection_planned") or given.get("inspection_done")
            assert other is not None
            label = msg(
                "form.fact.inspection_done" if key == "done" else "form.fact.inspection_planned"
            )
            m.problem(other.place, msg("import.inspection_both", missing=label))
            return False
    for path in touched:
        del changes[path]
    changes[("inspection",)] = merged
    return True


def _incidents_fact(
    m: Merging,
    recorded: dict[str, Any],
    field: Field | None,
    sheet: Table,
    changes: dict[Path, Any],
) -> None:
    """'none' records that there was none; it cannot stand beside incidents listed."""
    if field is None:
        return
    listed = bool(sheet.rows) or bool(recorded.get("incidents"))
    if field.value == "none" and listed:
        m.problem(field.place, msg("import.incidents_listed"))
    elif field.value == "listed" and not listed:
        m.problem(field.place, msg("import.incidents_none_listed"))
    elif field.value == "none" and recorded.get("incidents") is None:
        changes[("incidents",)] = []


def lists(m: Merging, cell: str, name: str, tables: dict[str, Table]) -> None:
    """The targets, key tasks and incidents sheets."""
    _named(m, cell, name, tables.get("targets"), "targets", "achieved", Target)
    _named(m, cell, name, tables.get("key_tasks"), "key_tasks", "completed", KeyTask)
    _incidents(m, cell, name, tables.get("incidents"))


def _named(
    m: Merging, cell: str, name: str, table: Table | None, key: str, flag: str, model: type
) -> None:
    """Entries found by their name: ``{name, achieved}``, ``{name, completed}``."""
    if table is None:
        return
    title = "form.col.target" if key == "targets" else "form.col.key_task"
    for row in table.rows:
        if not m.required(table, row, [("name", title), (flag, f"form.col.{flag}")]):
            continue
        entry = {"name": row.value("name"), flag: row.value(flag) == "true"}
        if not m.valid(model, entry, row, {"name": "name", flag: flag}):
            continue
        items = record_edits.recorded(m.change, cell, m.year).get(key) or []
        same = next(
            (
                j
                for j, t in enumerate(items)
                if normalise(str(t.get("name"))) == normalise(entry["name"])
            ),
            None,
        )
        if same is None:
            record_edits.add_entry(m.change, cell, name, m.year, key, entry)
            m.done[key] += 1
        elif plain({**items[same], **entry}) != items[same]:
            record_edits.set_entry(m.change, cell, m.year, key, same, {**items[same], **entry})
            m.done[f"{key}_changed"] += 1
        else:
            continue
        wanted = normalise(entry["name"])
        locate = by_key(key, _named_as(wanted))
        m.origins.add(paths.record(cell, m.year), locate, row.at("name"), {(flag,): row.at(flag)})


def _named_as(wanted: str) -> Callable[[Any], bool]:
    """A test of an entry's name."""

    def same(entry: Any) -> bool:
        return normalise(str(entry.get("name"))) == wanted

    return same


def _incidents(m: Merging, cell: str, name: str, table: Table | None) -> None:
    """Incidents found by their day and kind."""
    if table is None:
        return
    for row in table.rows:
        if not m.required(table, row, [("date", "form.col.date"), ("kind", "form.col.incident")]):
            continue
        entry = {k: row.value(k) for k in ("date", "kind", "note") if row.value(k) is not None}
        if not m.valid(Incident, entry, row, {"date": "date", "kind": "kind", "note": "note"}):
            continue
        _incident(m, cell, name, row, entry)


def _incident(m: Merging, cell: str, name: str, row: Row, entry: dict[str, Any]) -> None:
    items = record_edits.recorded(m.change, cell, m.year).get("incidents") or []
    key = (entry["date"].isoformat(), entry["kind"])
    same = next(
        (j for j, i in enumerate(items) if (str(i.get("date")), i.get("kind")) == key), None
    )
    if same is None:
        record_edits.add_entry(m.change, cell, name, m.year, "incidents", entry)
        m.done["incidents"] += 1
    elif plain({**items[same], **entry}) != items[same]:
        record_edits.set_entry(m.change, cell, m.year, "incidents", same, {**items[same], **entry})
        m.done["incidents_changed"] += 1
    else:
        return
    locate = by_key("incidents", lambda i: (str(i.get("date")), i.get("kind")) == key)
    m.origins.add(paths.record(cell, m.year), locate, row.at("date"), {("note",): row.at("note")})
