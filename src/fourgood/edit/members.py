"""Recording what happens to members: a new member, a transfer (on both rosters at once), an
exemption, a discipline decision, the year's assessment. Each is a set of operations on the
rosters of a change; what they mean is checked with the change, as the data set would be.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from fourgood.edit import paths
from fourgood.edit.change import Change, naming
from fourgood.edit.ops import Insert, Set
from fourgood.errors import UserError
from fourgood.i18n.hints import suggest
from fourgood.i18n.message import msg
from fourgood.read.files import read_bytes
from fourgood.read.layout import Layout

_ID = re.compile(rb"""(?:^|[{,\s])id:\s*['"]?([^'",}\s]+)""", re.MULTILINE)
_IDENTITY = ("id", "name", "sex", "born", "admitted", "full_member")
"""What a member's entry on a second roster repeats of the first (a transfer in the bloc)."""


@dataclass(frozen=True)
class Found:
    """A member on a roster: the cell, the entry's place in the list, the entry."""

    cell: str
    index: int
    entry: dict[str, Any]


def members_of(change: Change, cell: str) -> list[dict[str, Any]]:
    """The entries of a cell's roster, as its file holds them (as the change leaves them)."""
    data = change.file(paths.roster(cell), "roster").data
    members = data.get("members") if isinstance(data, dict) else None
    return [m for m in members if isinstance(m, dict)] if isinstance(members, list) else []


def known_ids(layout: Layout) -> set[str]:
    """Every member id written in a roster (for a 'did you mean')."""
    ids: set[str] = set()
    for files in layout.cells.values():
        if files.roster is not None:
            data = read_bytes(layout.absolute(files.roster), layout.shown(files.roster))
            if isinstance(data, bytes):
                ids |= {m.decode("utf-8", "replace") for m in _ID.findall(data)}
    return ids


def find(change: Change, member_id: str, cell: str | None = None) -> Found:
    """A member where they belong now: on the given cell's roster, else on the one roster
    they have not left."""
    cells = [cell] if cell is not None else sorted(naming(change.layout, {member_id}))
    found = [
        Found(c, i, entry)
        for c in cells
        for i, entry in enumerate(members_of(change, c))
        if entry.get("id") == member_id
    ]
    current = [f for f in found if "transferred_out" not in f.entry] or found
    if not current:
        hint = suggest(member_id, known_ids(change.layout))
        where = f" ({cell})" if cell else ""
        raise UserError(msg("record.unknown_member", id=member_id, where=where, hint=hint))
    if len(current) > 1:
        shown = ", ".join(f.cell for f in current)
        raise UserError(msg("record.member_twice", id=member_id, cells=shown))
    return current[0]


def add(change: Change, cell: str, name: str, entry: dict[str, Any]) -> None:
    """A new member at the end of a cell's roster (a new roster when the cell has none)."""
    header = paths.header("roster", cell=cell, name=name)
    at = len(members_of(change, cell))
    change.edit(paths.roster(cell), "roster", [Insert(("members",), at, entry)], header)
    change.members.add(str(entry["id"]))


def transfer(
    change: Change, found: Found, day: date, *, to_cell: str | None, to: str | None, name: str
) -> None:
    """A member leaves their cell; for a cell of the bloc, they arrive on its roster the same
    day (both rosters in one step)."""
    out: dict[str, Any] = {"date": day, "to_cell": to_cell} if to_cell else {"date": day, "to": to}
    path = ("members", found.index, "transferred_out")
    change.edit(paths.roster(found.cell), "roster", [Set(path, out)])
    change.members.add(str(found.entry["id"]))
    if to_cell:
        arriving = {k: found.entry[k] for k in _IDENTITY if k in found.entry}
        arriving["transferred_in"] = {"date": day, "from_cell": found.cell}
        add(change, to_cell, name, arriving)


def exempt(change: Change, found: Found, period: dict[str, Any]) -> None:
    """A period exempt from activities."""
    at = len(found.entry.get("exempt") or [])
    ops = [Insert(("members", found.index, "exempt"), at, period)]
    change.edit(paths.roster(found.cell), "roster", ops)


def discipline(change: Change, found: Found, decision: dict[str, Any]) -> None:
    """A discipline decision (an expulsion ends the member's time in the cell)."""
    at = len(found.entry.get("discipline") or [])
    ops = [Insert(("members", found.index, "discipline"), at, decision)]
    change.edit(paths.roster(found.cell), "roster", ops)
    change.members.add(str(found.entry["id"]))


YEAR_FACTS = ("rating", "dues", "studied", "residence_feedback")


def assess(change: Change, found: Found, year: int, facts: dict[str, Any]) -> None:
    """The year's assessment: the facts given replace those recorded, the others stay."""
    years = found.entry.get("years") or {}
    recorded = years.get(year) if isinstance(years, dict) else None
    merged = dict(recorded) if isinstance(recorded, dict) else {}
    merged.update(facts)
    ordered = {k: merged[k] for k in YEAR_FACTS if k in merged}
    ordered.update({k: v for k, v in merged.items() if k not in ordered})
    path = ("members", found.index, "years", year)
    change.edit(paths.roster(found.cell), "roster", [Set(path, ordered)])
