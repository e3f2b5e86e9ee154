"""Merging the bloc's form: how each cell takes part in the year's programme, the committee's
points and notes for the assessed criteria, each cell's classification, and the year's
commendations, into the programme and each cell's annual record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fourgood.edit import paths
from fourgood.edit import records as record_edits
from fourgood.edit.document import plain
from fourgood.edit.ops import Insert, Set
from fourgood.errors import Path
from fourgood.forms.merging import Merging
from fourgood.forms.origins import by_key, fixed
from fourgood.forms.places import Place, Row
from fourgood.forms.readbloc import BlocForm
from fourgood.forms.table import Table
from fourgood.i18n.hints import suggest
from fourgood.i18n.message import msg
from fourgood.models.programme import Participant
from fourgood.models.record import Assessed, Commendation
from fourgood.read.dataset import DataSet


def merge_bloc(m: Merging, ds: DataSet, form: object) -> None:
    """Every sheet of the bloc's form."""
    assert isinstance(form, BlocForm)
    assert ds.index is not None
    names = {cell_id: cell.name for cell_id, cell in ds.index.cells.items()}
    programme(m, names, form.table("programme"))
    taking = {p.cell for p in ds.participants(m.year)} | set(_listed(m))
    assessment(m, names, taking, form.table("assessment"))
    commendations(m, names, form.table("commendations"))


def _listed(m: Merging) -> list[str]:
    data = m.change.file(paths.programme(m.year), "programme").data
    cells = data.get("cells") if isinstance(data, dict) else None
    return [str(c.get("cell")) for c in cells or [] if isinstance(c, dict)]


def _cell(
    m: Merging, names: dict[str, str], table: Table, row: Row, allowed: set[str] | None = None
) -> str | None:
    """A row's cell, if it is one of the organisation's (of the programme's, when asked)."""
    if not m.required(table, row, [("cell", "form.col.cell")]):
        return None
    cell = str(row.value("cell"))
    pool = names if allowed is None else allowed
    if cell not in pool:
        key = "import.unknown_cell" if allowed is None else "import.not_taking_part"
        m.problem(row.at("cell"), msg(key, cell=cell, hint=suggest(cell, pool), year=m.year))
        return None
    return cell


def programme(m: Merging, names: dict[str, str], table: Table) -> None:
    """The programme sheet: a cell's basis and joining day (an empty basis changes nothing)."""
    relative = paths.programme(m.year)
    for row in table.rows:
        cell = _cell(m, names, table, row)
        if cell is None or row.value("basis") is None:
            continue
        entry = {"cell": cell, "basis": row.value("basis"), "joined": row.value("joined")}
        entry = {k: v for k, v in entry.items() if v is not None}
        if not m.valid(Participant, entry, row, {"basis": "basis", "joined": "joined"}):
            continue
        listed = _listed(m)
        header = paths.header("programme", year=m.year)
        if cell not in listed:
            m.change.edit(relative, "programme", [Insert(("cells",), len(listed), entry)], header)
            m.done["programme"] += 1
        else:
            j = listed.index(cell)
            now = m.change.file(relative, "programme").data["cells"][j]
            if plain({**now, **entry}) == now:
                continue
            m.change.edit(relative, "programme", [Set(("cells", j), {**now, **entry})])
            m.done["programme_changed"] += 1
        locate = by_key("cells", _for_cell(cell))
        m.origins.add(
            relative,
            locate,
            row.at("cell"),
            {("basis",): row.at("basis"), ("joined",): row.at("joined")},
        )


def _for_cell(cell: str) -> Callable[[Any], bool]:
    """A test of a programme entry's cell."""

    def same(entry: Any) -> bool:
        return bool(entry.get("cell") == cell)

    return same


def assessment(m: Merging, names: dict[str, str], taking: set[str], table: Table) -> None:
    """The assessment sheet: points with their notes, and the classification."""
    criteria = sorted(
        {k.split(".", 1)[1] for k in table.columns if k.startswith(("points.", "note."))}
    )
    for row in table.rows:
        cell = _cell(m, names, table, row, taking)
        if cell is None:
            continue
        recorded = record_edits.recorded(m.change, cell, m.year)
        changes: dict[Path, Any] = {}
        relative = paths.record(cell, m.year)
        for criterion in criteria:
            given = _points(m, table, row, criterion, recorded.get("assessed", {}).get(criterion))
            if given is not None:
                changes[("assessed", criterion)] = given
                places: dict[Path, Place] = {
                    ("points",): row.at(f"points.{criterion}"),
                    ("note",): row.at(f"note.{criterion}"),
                }
                m.origins.add(
                    relative, fixed(("assessed", criterion)), row.at(f"points.{criterion}"), places
                )
        rating = row.value("classification")
        if rating is not None and rating != recorded.get("classification"):
            changes[("classification",)] = rating
            m.origins.add(relative, fixed(("classification",)), row.at("classification"), {})
            m.done["classification"] += 1
        if changes:
            record_edits.set_facts(m.change, cell, names[cell], m.year, changes)
            m.done["points"] += any(k[0] == "assessed" for k in changes)


def _points(
    m: Merging, table: Table, row: Row, criterion: str, recorded: Any
) -> dict[str, Any] | None:
    """A criterion's points and note as the row gives them (``None``: nothing new)."""
    points, note = row.value(f"points.{criterion}"), row.value(f"note.{criterion}")
    if points is None and note is None:
        return None
    merged = dict(recorded) if isinstance(recorded, dict) else {}
    merged.update({k: v for k, v in (("points", points), ("note", note)) if v is not None})
    if merged == recorded:
        return None
    columns = {"points": f"points.{criterion}", "note": f"note.{criterion}"}
    if "note" not in merged:
        m.problem(
            table.place(row, f"note.{criterion}"), msg("import.note_needed", criterion=criterion)
        )
        return None
    return merged if m.valid(Assessed, merged, row, columns) else None


def commendations(m: Merging, names: dict[str, str], table: Table) -> None:
    """The commendations sheet: a new one, or a recorded one (same kind, and same decision or
    day) as the row now says."""
    keys = ("kind", "exemplary_4good", "by", "decision", "date")
    for row in table.rows:
        cell = _cell(m, names, table, row)
        if cell is None or not m.required(table, row, [("kind", "form.col.commendation")]):
            continue
        entry = {k: row.value(k) for k in keys if row.value(k) is not None}
        if "exemplary_4good" in entry:
            entry["exemplary_4good"] = entry["exemplary_4good"] == "true"
        if not m.valid(Commendation, entry, row, {k: k for k in keys}):
            continue
        recorded = record_edits.recorded(m.change, cell, m.year).get("commendations") or []
        same = next((j for j, c in enumerate(recorded) if _same(c, plain(entry))), None)
        if same is None:
            record_edits.add_entry(m.change, cell, names[cell], m.year, "commendations", entry)
            m.done["commendations"] += 1
        elif plain({**recorded[same], **entry}) != recorded[same]:
            record_edits.set_entry(
                m.change, cell, m.year, "commendations", same, {**recorded[same], **entry}
            )
            m.done["commendations_changed"] += 1
        else:
            continue
        wanted = plain(entry)
        locate = by_key("commendations", _like(wanted))
        m.origins.add(
            paths.record(cell, m.year), locate, row.at("cell"), {("kind",): row.at("kind")}
        )


def _like(entry: dict[str, Any]) -> Callable[[Any], bool]:
    """A test of a recorded commendation against one of the form."""

    def same(recorded: Any) -> bool:
        return _same(recorded, entry)

    return same


def _same(recorded: dict[str, Any], entry: dict[str, Any]) -> bool:
    if recorded.get("kind") != entry.get("kind"):
        return False
    if entry.get("decision") and recorded.get("decision"):
        return bool(recorded["decision"] == entry["decision"])
    return recorded.get("date") == entry.get("date")
