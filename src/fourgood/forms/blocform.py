"""The bloc's form for a year, for the organisation board: the programme (how each cell takes
part), the upper committee's points for the assessed criteria with their notes and each cell's
classification, and the commendations; pre-filled with what is recorded."""

from __future__ import annotations

from datetime import date

from fourgood.collation import text_key
from fourgood.forms import layout as L
from fourgood.forms.grid import Grid, GridColumn, Value, grid
from fourgood.forms.identity import Identity
from fourgood.forms.workbook import write
from fourgood.i18n.lang import Lang
from fourgood.i18n.message import msg
from fourgood.i18n.render import render
from fourgood.i18n.words import label
from fourgood.models.record import AnnualRecord
from fourgood.read.dataset import DataSet
from fourgood.scoring.rules.assessed import AssessedRule


def assessed_criteria(ds: DataSet, year: int) -> list[tuple[str, int]]:
    """The assessed criteria of the year's rubrics (id, the highest maximum), in rubric order."""
    found: dict[str, int] = {}
    cell_types = sorted(
        {ds.index.cells[p.cell].type for p in ds.participants(year)} if ds.index else set()
    )
    for cell_type in cell_types:
        rubric = ds.rubric_for(year, cell_type)
        for content in rubric.contents if rubric else []:
            for criterion in content.criteria:
                if isinstance(criterion.rule, AssessedRule):
                    found[criterion.id] = max(found.get(criterion.id, 0), criterion.max)
    return list(found.items())


def records(ds: DataSet, year: int) -> dict[str, AnnualRecord]:
    """The year's record of every cell of the programme that has one."""
    return {
        data.cell.id: data.records[year]
        for data in ds.cells([p.cell for p in ds.participants(year)], years={year})
        if year in data.records
    }


def programme_grid(ds: DataSet, year: int, lang: Lang) -> Grid:
    """Every cell of the organisation still in the bloc that year, and how it takes part."""
    assert ds.index is not None
    taking = {p.cell: p for p in ds.participants(year)}
    start = date(year, 1, 1)
    cells = [c for c in ds.index.cells.values() if ds.index.present_at(c.id, start)]
    rows: list[list[Value]] = []
    for cell in sorted(cells, key=lambda c: (text_key(c.name), c.id)):
        part = taking.get(cell.id)
        basis = label("basis", part.basis, lang) if part else None
        rows.append(
            [
                cell.id,
                cell.name,
                label("cell_type", cell.type, lang),
                basis,
                part.joined if part else None,
            ]
        )
    return grid(L.PROGRAMME, lang, rows, freeze=2)


def assessment_grid(ds: DataSet, year: int, found: dict[str, AnnualRecord], lang: Lang) -> Grid:
    """The programme's cells: the committee's points and notes, and the classification."""
    assert ds.index is not None
    sheet = grid(L.ASSESSMENT, lang, [], freeze=2)
    criteria = assessed_criteria(ds, year)
    for criterion, top in criteria:
        title = render(msg("form.col.points", criterion=criterion, max=top), lang)
        help_text = render(msg("form.help.points", criterion=criterion, max=top), lang)
        sheet.columns.append(GridColumn(f"points.{criterion}", title, help_text, "whole", 12))
        title = render(msg("form.col.points_note", criterion=criterion), lang)
        help_text = render(msg("form.help.points_note"), lang)
        sheet.columns.append(GridColumn(f"note.{criterion}", title, help_text, "text", 40))
    cells = [ds.index.cells[p.cell] for p in ds.participants(year)]
    for cell in sorted(cells, key=lambda c: (text_key(c.name), c.id)):
        record = found.get(cell.id)
        rating = record.classification if record else None
        row: list[Value] = [cell.id, cell.name, label("rating", rating, lang) if rating else None]
        for criterion, _ in criteria:
            given = record.assessed.get(criterion) if record else None
            row += [given.points, given.note] if given else [None, None]
        sheet.rows.append(row)
    return sheet


def commendations_grid(found: dict[str, AnnualRecord], lang: Lang) -> Grid:
    """Every commendation recorded for the year."""
    rows: list[list[Value]] = []
    for cell, record in sorted(found.items()):
        for c in record.commendations:
            exemplary = label("bool", "true" if c.exemplary_4good else "false", lang)
            rows.append(
                [cell, label("commendation", c.kind, lang), exemplary, c.by, c.decision, c.date]
            )
    return grid(L.COMMENDATIONS, lang, rows)


def bloc_form(ds: DataSet, year: int, lang: Lang, file_hint: str) -> bytes:
    """The workbook of the bloc's year."""
    assert ds.index is not None
    assert ds.organisation is not None
    found = records(ds, year)
    grids = [
        programme_grid(ds, year, lang),
        assessment_grid(ds, year, found, lang),
        commendations_grid(found, lang),
    ]
    name = ds.organisation.bloc.name
    lines = [render(msg("form.guide.bloc_title", name=name, year=year), lang)]
    lines += [render(msg("form.guide.bloc_1"), lang), render(msg("form.guide.cell_3"), lang)]
    lines += [
        render(msg("form.guide.cell_4"), lang),
        render(msg("form.guide.import", file=file_hint), lang),
    ]
    guide = (render(msg("form.sheet.guide"), lang), lines)
    identity = Identity("bloc", ds.index.bloc_id, year, lang)
    return write(grids, guide, identity, {"cell": sorted(ds.index.cells)})
