"""Merging a form's meetings: a row is a meeting (a day and a kind); a new one is added in date
order, a recorded one changed where the row says otherwise. The attendance grid becomes the
meeting's absences: a new meeting's empty cells are present; a recorded meeting's empty cells
keep what was recorded. A grid column for someone not on the roster, a member's column
deleted, or the same meeting twice are told at their cells."""

from __future__ import annotations

from datetime import date
from typing import Any

from fourgood.edit import meetings as log_edits
from fourgood.edit import paths
from fourgood.edit.document import plain
from fourgood.forms.merging import Merging
from fourgood.forms.origins import by_key
from fourgood.forms.places import Place, Row
from fourgood.forms.table import Table
from fourgood.i18n.hints import suggest
from fourgood.i18n.message import msg
from fourgood.models.meetings import Meeting
from fourgood.models.roster import Member
from fourgood.scoring.membership import exempt_on

_FIELDS = ("topic", "duration", "rating", "minutes_recorded", "conclusion_recorded")
_BOOLEANS = ("minutes_recorded", "conclusion_recorded")


def grid_members(
    m: Merging, table: Table, roster: dict[str, Member], had: tuple[str, ...]
) -> list[str]:
    """The members of the attendance grid: a column for someone not on the roster is a
    problem, and so is a member's column the form had and no longer has."""
    found = [key.removeprefix("member.") for key in table.columns if key.startswith("member.")]
    for member in found:
        if member not in roster:
            message = msg("import.grid_unknown", id=member, hint=suggest(member, roster))
            m.problem(table.headers[f"member.{member}"], message)
    for member in had:
        if member not in found and member in roster:
            message = msg("import.grid_missing", name=roster[member].name, id=member)
            m.problem(Place(table.name), message)
    return [member for member in found if member in roster]


def merge(
    m: Merging, cell: str, name: str, table: Table, roster: dict[str, Member], had: tuple[str, ...]
) -> None:
    """Every meeting of the sheet."""
    members = grid_members(m, table, roster, had)
    items = [key.removeprefix("sheet.") for key in table.columns if key.startswith("sheet.")]
    recorded = log_edits.logged(m.change, cell, m.year)
    first_row: dict[tuple[str, str], int] = {}
    for row in table.rows:
        if not m.required(table, row, [("date", "form.col.date"), ("kind", "form.col.kind")]):
            continue
        day: date = row.value("date")
        key = (day.isoformat(), str(row.value("kind")))
        if key in first_row:
            m.problem(row.at("date"), msg("import.meeting_twice", row=first_row[key]))
            continue
        first_row[key] = row.number
        index = next(
            (i for i, r in enumerate(recorded) if (str(r.get("date")), r.get("kind")) == key), None
        )
        before = recorded[index] if index is not None else None
        meeting = _meeting(m, row, before, members, items, roster)
        if meeting is None or not _valid(m, row, meeting, items, members):
            continue
        if before is None:
            log_edits.add(m.change, cell, name, m.year, meeting)
            m.done["meetings_added"] += 1
        elif plain(log_edits.ordered(meeting)) != before:
            log_edits.update(m.change, cell, m.year, _now(m, cell, key), meeting)
            m.done["meetings_changed"] += 1
        else:
            continue
        _origin(m, cell, key, row, items, members, table)


def _now(m: Merging, cell: str, key: tuple[str, str]) -> int:
    """Where a recorded meeting is now (new meetings before it move it)."""
    logged = log_edits.logged(m.change, cell, m.year)
    return next(i for i, r in enumerate(logged) if (str(r.get("date")), r.get("kind")) == key)


def _meeting(
    m: Merging,
    row: Row,
    before: dict[str, Any] | None,
    members: list[str],
    items: list[str],
    roster: dict[str, Member],
) -> dict[str, Any] | None:
    """The meeting a row describes, on top of what was recorded of it."""
    meeting: dict[str, Any] = dict(before) if before else {}
    meeting["date"], meeting["kind"] = row.value("date"), row.value("kind")
    for key in _FIELDS:
        value = row.value(key)
        if value is not None:
            meeting[key] = value == "true" if key in _BOOLEANS else value
    sheet = {
        item: row.value(f"sheet.{item}") for item in items if row.value(f"sheet.{item}") is not None
    }
    if sheet:
        meeting["sheet"] = {**(meeting.get("sheet") or {}), **sheet}
    absent = dict(meeting.get("absent") or {})
    fine = True
    for member in members:
        code = row.value(f"member.{member}")
        if code is None:
            continue
        if code == "exempt" and not exempt_on(roster[member], row.value("date")):
            m.problem(
                row.at(f"member.{member}"), msg("import.not_exempt", name=roster[member].name)
            )
            fine = False
        if code in ("excused", "unexcused"):
            absent[member] = code
        else:
            absent.pop(member, None)
    meeting["absent"] = absent
    return meeting if fine else None


def _valid(
    m: Merging, row: Row, meeting: dict[str, Any], items: list[str], members: list[str]
) -> bool:
    columns = {k: k for k in ("date", "kind", *_FIELDS)}
    columns["sheet"] = f"sheet.{items[0]}" if items else "rating"
    return m.valid(Meeting, log_edits.ordered(meeting), row, columns)


def _origin(
    m: Merging,
    cell: str,
    key: tuple[str, str],
    row: Row,
    items: list[str],
    members: list[str],
    table: Table,
) -> None:
    fields: dict[tuple[str | int, ...], Place] = {
        (k,): row.at(k) for k in ("date", "kind", *_FIELDS)
    }
    if items:
        fields[("sheet",)] = table.place(row, f"sheet.{items[0]}")
    fields.update({("sheet", item): table.place(row, f"sheet.{item}") for item in items})
    fields.update({("absent", member): table.place(row, f"member.{member}") for member in members})
    same = lambda r: (str(r.get("date")), r.get("kind")) == key  # noqa: E731
    m.origins.add(paths.meetings(cell, m.year), by_key("meetings", same), row.at("date"), fields)
