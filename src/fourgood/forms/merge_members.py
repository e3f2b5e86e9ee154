"""Merging a form's members: each member's assessment of the year, their exemptions, transfers
(both rosters, for a cell of the bloc) and discipline decisions. A member is found by id on the
cell's roster; a row for someone who is not on it is refused (members are added with
``fourgood member add``). Nothing recorded is removed: an emptied cell keeps its value."""

from __future__ import annotations

from typing import Any

from fourgood.edit import members as roster_edits
from fourgood.edit import paths
from fourgood.edit.document import plain
from fourgood.edit.ops import Insert, Set
from fourgood.errors import Path
from fourgood.forms.merging import Merging
from fourgood.forms.origins import member_entry
from fourgood.forms.places import Place, Row
from fourgood.forms.table import Table
from fourgood.i18n.hints import suggest
from fourgood.i18n.message import msg
from fourgood.models.roster import Discipline, Exemption, MemberYear, TransferIn, TransferOut
from fourgood.read.scalars import nfc

_YEAR_COLUMNS = {k: k for k in ("rating", "dues", "studied", "residence_feedback")}
"""A member's facts of the year, by the members sheet's column that holds each."""


def roster_index(m: Merging, cell: str) -> dict[str, int]:
    """The place of each member of the cell's roster, by id (the current one if twice)."""
    index: dict[str, int] = {}
    for i, entry in enumerate(roster_edits.members_of(m.change, cell)):
        if "transferred_out" not in entry or entry["id"] not in index:
            index[str(entry.get("id"))] = i
    return index


def known(m: Merging, index: dict[str, int], member: str, row: Row, key: str, table: Table) -> bool:
    """Whether a row's member is on the roster (else a problem with a "did you mean")."""
    if member in index:
        return True
    message = msg("import.unknown_member", id=member, hint=suggest(member, index))
    m.problem(table.place(row, key), message)
    return False


def assessments(m: Merging, cell: str, table: Table) -> None:
    """The members sheet: each member's year (and role)."""
    index = roster_index(m, cell)
    entries = roster_edits.members_of(m.change, cell)
    seen: dict[str, int] = {}
    for row in table.rows:
        member = row.value("id")
        if member is None or not known(m, index, str(member), row, "id", table):
            if member is None:
                m.problem(row.place, msg("import.required", title=msg("form.col.member_id")))
            continue
        if member in seen:
            m.problem(row.at("id"), msg("import.row_twice", row=seen[member]))
            continue
        seen[member] = row.number
        entry = entries[index[member]]
        name = row.value("name")
        if name is not None and nfc(str(name)).strip() != nfc(str(entry.get("name", ""))):
            m.problem(row.at("name"), msg("import.name_differs", name=entry.get("name", "")))
            continue
        _member_row(m, cell, entry, index[member], row)


def _member_row(m: Merging, cell: str, entry: dict[str, Any], position: int, row: Row) -> None:
    member = str(entry["id"])
    found = roster_edits.Found(cell, position, entry)
    role = row.value("role")
    if role is not None and role != entry.get("role", "member"):
        m.change.edit(paths.roster(cell), "roster", [Set(("members", position, "role"), role)])
        m.done["roles"] += 1
    given = {key: row.value(column) for key, column in _YEAR_COLUMNS.items()}
    given = {k: (v == "true" if k == "studied" else v) for k, v in given.items() if v is not None}
    years = entry.get("years") if isinstance(entry.get("years"), dict) else {}
    recorded = dict(years.get(m.year) or {}) if isinstance(years, dict) else {}
    if not given or all(recorded.get(k) == v for k, v in given.items()):
        return
    if not m.valid(MemberYear, {**recorded, **given}, row, _YEAR_COLUMNS):
        return
    roster_edits.assess(m.change, found, m.year, given)
    m.done["assessed"] += 1
    places: dict[Path, Place] = {("years", m.year, k): row.at(c) for k, c in _YEAR_COLUMNS.items()}
    m.origins.add(paths.roster(cell), member_entry(member), row.place, places)


def exemptions(m: Merging, cell: str, table: Table) -> None:
    """The exemptions sheet: a new period, or a recorded one's end and reason."""
    index = roster_index(m, cell)
    entries = roster_edits.members_of(m.change, cell)
    for row in table.rows:
        needed = [("member", "form.col.member"), ("from", "form.col.from")]
        if not m.required(table, row, needed):
            continue
        member = str(row.value("member"))
        if not known(m, index, member, row, "member", table):
            continue
        period = {"from": row.value("from"), "to": row.value("to"), "reason": row.value("reason")}
        period = {k: v for k, v in period.items() if v is not None}
        if not m.valid(Exemption, period, row, {"from": "from", "to": "to", "reason": "reason"}):
            continue
        position = index[member]
        recorded = entries[position].get("exempt") or []
        start = row.value("from").isoformat()
        same = next((j for j, e in enumerate(recorded) if str(e.get("from")) == start), None)
        path = ("members", position, "exempt")
        if same is None:
            m.change.edit(paths.roster(cell), "roster", [Insert(path, len(recorded), period)])
            m.done["exemptions"] += 1
        elif plain({**recorded[same], **period}) != recorded[same]:
            updated = {**recorded[same], **period}
            m.change.edit(paths.roster(cell), "roster", [Set((*path, same), updated)])
            m.done["exemptions_changed"] += 1
        else:
            continue
        fields: dict[Path, Place] = {("exempt",): row.at("from")}
        m.origins.add(paths.roster(cell), member_entry(member), row.place, fields)


def discipline(m: Merging, cell: str, table: Table) -> None:
    """The discipline sheet: a new decision, or a recorded one's number and reason."""
    index = roster_index(m, cell)
    entries = roster_edits.members_of(m.change, cell)
    for row in table.rows:
        needed = [
            ("member", "form.col.member"),
            ("date", "form.col.decided"),
            ("form", "form.col.form"),
        ]
        if not m.required(table, row, needed):
            continue
        member = str(row.value("member"))
        if not known(m, index, member, row, "member", table):
            continue
        keys = ("date", "form", "decision", "reason")
        decision = {k: row.value(k) for k in keys if row.value(k) is not None}
        if not m.valid(Discipline, decision, row, {k: k for k in keys}):
            continue
        position = index[member]
        recorded = entries[position].get("discipline") or []
        day = row.value("date").isoformat()
        same = next(
            (
                j
                for j, d in enumerate(recorded)
                if str(d.get("date")) == day and d.get("form") == decision["form"]
            ),
            None,
        )
        found = roster_edits.Found(cell, position, entries[position])
        if same is None:
            roster_edits.discipline(m.change, found, decision)
            m.done["discipline"] += 1
        elif plain({**recorded[same], **decision}) != recorded[same]:
            path = ("members", position, "discipline", same)
            m.change.edit(paths.roster(cell), "roster", [Set(path, {**recorded[same], **decision})])
            m.done["discipline_changed"] += 1
        else:
            continue
        m.origins.add(
            paths.roster(cell), member_entry(member), row.place, {("discipline",): row.at("date")}
        )


def transfers(m: Merging, cell: str, name: str, table: Table) -> None:
    """The transfers sheet: a member's arrival or departure; for a cell of the bloc, the other
    roster is updated with it."""
    index = roster_index(m, cell)
    for row in table.rows:
        needed = [
            ("member", "form.col.member"),
            ("direction", "form.col.direction"),
            ("date", "form.col.date"),
        ]
        if not m.required(table, row, needed):
            continue
        member = str(row.value("member"))
        if not known(m, index, member, row, "member", table):
            continue
        if row.value("cell") is None and row.value("organisation") is None:
            m.problem(table.place(row, "cell"), msg("import.transfer_where"))
            continue
        _transfer_row(m, cell, name, index[member], row)


def _transfer_row(m: Merging, cell: str, name: str, position: int, row: Row) -> None:
    entries = roster_edits.members_of(m.change, cell)
    entry = entries[position]
    arriving = row.value("direction") == "in"
    other, outside = row.value("cell"), row.value("organisation")
    key = "transferred_in" if arriving else "transferred_out"
    if arriving:
        value: dict[str, Any] = {"date": row.value("date")}
        value.update({"from_cell": other} if other else {"from": outside})
        model: type = TransferIn
        columns = {"date": "date", "from_cell": "cell", "from": "organisation"}
    else:
        value = {"date": row.value("date")}
        value.update({"to_cell": other} if other else {"to": outside})
        model = TransferOut
        columns = {"date": "date", "to_cell": "cell", "to": "organisation"}
    if not m.valid(model, value, row, columns):
        return
    recorded = entry.get(key)
    if recorded == plain(value):
        return
    if not arriving and recorded is None and other:
        found = roster_edits.Found(cell, position, entry)
        roster_edits.transfer(m.change, found, value["date"], to_cell=other, to=None, name=name)
    else:
        m.change.edit(paths.roster(cell), "roster", [Set(("members", position, key), value)])
        m.change.members.add(str(entry["id"]))
        if arriving and other and recorded is None:
            _left_the_other(m, str(entry["id"]), str(other), cell, value["date"])
    m.done["transfers"] += 1
    fields: dict[Path, Place] = {(key, "date"): row.at("date")}
    fields[(key,)] = row.at("cell" if other else "organisation")
    m.origins.add(paths.roster(cell), member_entry(str(entry["id"])), row.place, fields)


def _left_the_other(m: Merging, member: str, other: str, cell: str, day: Any) -> None:
    """An arrival from a cell of the bloc is a departure on that cell's roster."""
    for i, entry in enumerate(roster_edits.members_of(m.change, other)):
        if entry.get("id") == member and "transferred_out" not in entry:
            path = ("members", i, "transferred_out")
            m.change.edit(
                paths.roster(other), "roster", [Set(path, {"date": day, "to_cell": cell})]
            )
            return
