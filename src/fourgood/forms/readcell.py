"""A cell's form read back: each of its sheets as a table of rows (a sheet renamed or deleted is
told as such), the meetings' score-sheet and attendance columns recognised by their titles,
and the record's facts by their labels."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fourgood.errors import Problem
from fourgood.forms import layout as L
from fourgood.forms.book import Book
from fourgood.forms.grid import sheet_name, titles
from fourgood.forms.places import Field
from fourgood.forms.table import Dynamic, Table, read_table
from fourgood.forms.values import CellError, member_id, read_cell
from fourgood.i18n.aliases import normalise
from fourgood.i18n.hints import suggest
from fourgood.i18n.lang import LANGS
from fourgood.i18n.message import Text, msg
from fourgood.i18n.render import render

SheetItems = list[tuple[str, Text, int]]


@dataclass
class CellForm:
    """A cell's form as read: a table per sheet, the record's facts by key."""

    book: Book
    tables: dict[str, Table] = field(default_factory=dict)
    facts: dict[str, Field] = field(default_factory=dict)

    def table(self, key: str) -> Table:
        """A sheet's table (empty when the sheet could not be read)."""
        return self.tables.get(key) or Table(key)


def find_sheet(book: Book, sheet: L.Sheet, problems: list[Problem]) -> Any:
    """A sheet of the form by its name; a renamed one (its headers are there under another
    name) and a deleted one are told."""
    name = sheet_name(sheet, book.lang)
    found = book.sheet(name)
    if found is not None:
        return found
    known = {normalise(t) for c in sheet.columns for t in titles(c)}
    for other in book.other_sheets(
        {sheet_name(s, book.lang) for s in L.CELL_SHEETS + L.BLOC_SHEETS}
    ):
        header = next(book.workbook[other].iter_rows(max_row=1, values_only=True), ())
        if known & {normalise(str(v)) for v in header if v is not None}:
            problems.append(
                Problem(book.shown, msg("import.sheet_renamed", name=name, found=other))
            )
            return None
    problems.append(Problem(book.shown, msg("import.sheet_missing", name=name)))
    return None


def meeting_columns(items: SheetItems) -> Dynamic:
    """The meetings sheet's other columns: a score-sheet item's, a member's ``Name (ID)``."""
    by_title = {
        normalise(render(msg("form.col.sheet_item", item=text, max=top), lang)): f"sheet.{key}"
        for lang in LANGS
        for key, text, top in items
    }

    def dynamic(title: str) -> tuple[str, str] | None:
        item = by_title.get(normalise(title))
        if item is not None:
            return item, "whole"
        if title.rstrip().endswith(")") and "(" in title:
            return f"member.{member_id(title)}", "choice:attendance"
        return None

    return dynamic


def read_cell_form(book: Book, items: SheetItems, problems: list[Problem]) -> CellForm:
    """Every sheet of a cell's form."""
    form = CellForm(book)
    for sheet in L.CELL_SHEETS:
        ws = find_sheet(book, sheet, problems)
        if ws is None:
            continue
        dynamic = meeting_columns(items) if sheet is L.MEETINGS else None
        name = sheet_name(sheet, book.lang)
        form.tables[sheet.key] = read_table(
            ws, sheet, name, book.lang, book.shown, problems, dynamic
        )
    if "record" in form.tables:
        form.facts = record_facts(form.tables["record"], book, problems)
    return form


def record_facts(table: Table, book: Book, problems: list[Problem]) -> dict[str, Field]:
    """The record sheet's values, each read as its fact wants, by the fact's label."""
    by_label = {
        normalise(render(msg(fact.label), lang)): fact for lang in LANGS for fact in L.FACTS
    }
    facts: dict[str, Field] = {}
    for row in table.rows:
        label = row.value("fact")
        fact = by_label.get(normalise(str(label))) if label is not None else None
        value = row.fields.get("value")
        if fact is None:
            if value is not None:
                hint = suggest(str(label or ""), sorted(by_label))
                message = msg("import.unknown_fact", label=str(label or ""), hint=hint)
                problems.append(row.at("fact").problem(book.shown, message))
            continue
        if fact.key in facts:
            problems.append(row.at("fact").problem(book.shown, msg("import.fact_twice")))
            continue
        if value is None:
            continue
        try:
            read = read_cell(fact.kind, value.value, "", book.lang)
        except CellError as error:
            problems.append(value.place.problem(book.shown, error.message))
            continue
        facts[fact.key] = Field(read, value.place)
    return facts
