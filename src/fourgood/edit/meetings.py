"""Recording a meeting in a cell's log of its year: a new one in date order, or a changed one
in place."""

from __future__ import annotations

from typing import Any

from fourgood.edit import paths
from fourgood.edit.change import Change
from fourgood.edit.ops import Insert, Set

FIELDS = (
    "date",
    "kind",
    "topic",
    "duration",
    "absent",
    "rating",
    "sheet",
    "minutes_recorded",
    "conclusion_recorded",
)
"""A meeting's keys in the order the logs write them."""


def logged(change: Change, cell: str, year: int) -> list[dict[str, Any]]:
    """The meetings of a cell's log, as its file holds them (as the change leaves them)."""
    data = change.file(paths.meetings(cell, year), "meetings").data
    meetings = data.get("meetings") if isinstance(data, dict) else None
    return [m for m in meetings if isinstance(m, dict)] if isinstance(meetings, list) else []


def ordered(meeting: dict[str, Any]) -> dict[str, Any]:
    """A meeting's keys in the logs' order, empty values left out."""
    return {k: meeting[k] for k in FIELDS if meeting.get(k) not in (None, {}, "")}


def add(change: Change, cell: str, name: str, year: int, meeting: dict[str, Any]) -> None:
    """A new meeting: after the last one held on or before its day when the log is in date
    order, else at the end (a log kept in its own order stays so)."""
    existing = logged(change, cell, year)
    days = [str(m.get("date")) for m in existing]
    at = len(existing)
    if days == sorted(days):
        at = sum(1 for d in days if d <= str(meeting["date"]))
    header = paths.header("meetings", cell=cell, name=name, year=year)
    change.edit(
        paths.meetings(cell, year),
        "meetings",
        [Insert(("meetings",), at, ordered(meeting))],
        header,
    )


def update(change: Change, cell: str, year: int, index: int, meeting: dict[str, Any]) -> None:
    """A logged meeting as it now is (only what differs is rewritten)."""
    change.edit(
        paths.meetings(cell, year), "meetings", [Set(("meetings", index), ordered(meeting))]
    )
