"""Importing workbooks: each is opened and checked to be a form for this data set (its bloc, a
cell of it, a year with a programme, this version of the form), read, validated row by row with
the data models, merged into one change of the YAML files, and the data set as the change would
leave it checked. Any problem, in any workbook, and nothing is written; problems found by the
checks are told at the workbook cell the value came from.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from fourgood.edit.change import Change, FileEdit
from fourgood.edit.verdict import judge
from fourgood.errors import DataErrors, Problem, Severity
from fourgood.forms.book import Book, Refused, open_book
from fourgood.forms.cellform import sheet_items
from fourgood.forms.merging import Merging
from fourgood.forms.readcell import read_cell_form
from fourgood.i18n.message import msg
from fourgood.models.roster import Member, Roster
from fourgood.read.dataset import DataSet


@dataclass
class Imported:
    """One workbook merged: what it was for and what it added or changed."""

    shown: str
    kind: str
    cell: str
    year: int
    done: Counter[str]


@dataclass
class Outcome:
    """The change the workbooks make, what each did, and the warnings it adds."""

    change: Change
    imported: list[Imported] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def edits(self) -> list[FileEdit]:
        """The files the change alters."""
        return self.change.edits()


def import_workbooks(
    ds: DataSet,
    files: list[Path],
    *,
    today: date,
    cell: str | None = None,
    year: int | None = None,
) -> Outcome:
    """Read and merge the workbooks; ``DataErrors`` (nothing written) on any problem."""
    problems: list[Problem] = []
    books = _open(ds, files, problems, cell, year)
    forms = [(book, _read(ds, book, problems)) for book in books]
    if problems:
        raise DataErrors(problems, msg("import.refused", n=len(problems)))
    change = Change(ds.layout)
    merges = [_merge(ds, change, book, form) for book, form in forms]
    problems = [p for merged in merges for p in merged.problems]
    if problems:
        raise DataErrors(problems, msg("import.refused", n=len(problems)))
    outcome = Outcome(change)
    for book, merged in zip(books, merges, strict=True):
        identity = book.identity
        outcome.imported.append(
            Imported(book.shown, identity.kind, identity.cell, identity.year, merged.done)
        )
    verdict = judge(ds.layout.root, change, cache=ds.cache, today=today, before=ds)
    told = _told(ds, change, merges, verdict.added, verdict.located)
    errors = [p for p in told if p.severity is Severity.ERROR]
    if errors:
        raise DataErrors(errors, msg("import.refused", n=len(errors)))
    outcome.warnings = told
    return outcome


def _open(
    ds: DataSet, files: list[Path], problems: list[Problem], cell: str | None, year: int | None
) -> list[Book]:
    """The workbooks that are forms for this data set (each refusal is a problem)."""
    books: list[Book] = []
    seen: dict[tuple[str, str, int], str] = {}
    for path in files:
        shown = str(path)
        try:
            book = open_book(path, shown)
            _belongs(ds, book, cell, year)
        except Refused as refused:
            problems.append(refused.problem)
            continue
        key = (book.identity.kind, book.identity.cell, book.identity.year)
        if key in seen:
            problems.append(Problem(shown, msg("import.same_form", other=seen[key])))
            continue
        seen[key] = shown
        books.append(book)
    return books


def _belongs(ds: DataSet, book: Book, cell: str | None, year: int | None) -> None:
    """Refuse a form for another bloc, cell or year, or a year without a programme."""
    identity, shown = book.identity, book.shown
    assert ds.index is not None
    if identity.bloc != ds.index.bloc_id:
        raise Refused(
            Problem(shown, msg("import.other_bloc", form=identity.bloc, here=ds.index.bloc_id))
        )
    if identity.kind == "cell" and identity.cell not in ds.index.cells:
        raise Refused(Problem(shown, msg("import.no_cell", cell=identity.cell)))
    if cell is not None and identity.cell != cell:
        raise Refused(
            Problem(shown, msg("import.other_cell", form=identity.cell or "-", asked=cell))
        )
    if year is not None and identity.year != year:
        raise Refused(Problem(shown, msg("import.other_year", form=identity.year, asked=year)))
    if identity.year not in ds.programmes:
        raise Refused(Problem(shown, msg("import.no_programme", year=identity.year)))


def _read(ds: DataSet, book: Book, problems: list[Problem]) -> object:
    if book.identity.kind == "bloc":
        from fourgood.forms.readbloc import read_bloc_form

        return read_bloc_form(book, problems)
    assert ds.index is not None
    cell = ds.index.cells[book.identity.cell]
    items = sheet_items(ds.rubric_for(book.identity.year, cell.type))
    return read_cell_form(book, items, problems)


def _merge(ds: DataSet, change: Change, book: Book, form: object) -> Merging:
    from fourgood.forms import merge_meetings, merge_members, merge_record
    from fourgood.forms.readcell import CellForm

    identity = book.identity
    merging = Merging(change, book.shown, identity.year)
    if identity.kind == "bloc":
        from fourgood.forms.merge_bloc import merge_bloc

        merge_bloc(merging, ds, form)
        return merging
    assert isinstance(form, CellForm)
    assert ds.index is not None
    cell = ds.index.cells[identity.cell]
    merge_members.assessments(merging, cell.id, form.table("members"))
    merge_members.exemptions(merging, cell.id, form.table("exemptions"))
    merge_members.transfers(merging, cell.id, cell.name, form.table("transfers"))
    merge_members.discipline(merging, cell.id, form.table("discipline"))
    roster = _roster(ds, change, cell.id)
    merge_meetings.merge(
        merging, cell.id, cell.name, form.table("meetings"), roster, identity.members
    )
    merge_record.facts(merging, cell.id, cell.name, form.facts, form.table("incidents"))
    merge_record.lists(merging, cell.id, cell.name, form.tables)
    return merging


def _roster(ds: DataSet, change: Change, cell: str) -> dict[str, Member]:
    """The cell's members as the change leaves them (with the form's new exemptions), or as
    they are on disk when the changed roster does not validate (its checks will say why)."""
    from fourgood.edit import paths

    data = change.file(paths.roster(cell), "roster").data
    try:
        roster = Roster.model_validate(data or {})
    except ValueError:
        roster = ds.cell(cell).roster or Roster()
    found: dict[str, Member] = {}
    for member in roster.members:
        if member.transferred_out is None or member.id not in found:
            found[member.id] = member
    return found


def _told(
    ds: DataSet, change: Change, merges: list[Merging], added: list[Problem], located: list[Problem]
) -> list[Problem]:
    """The problems a change adds, at the workbook cells their values came from when they
    came from one, else at their place in the YAML files."""
    relative = {f.shown: r for r, f in change.files.items()}
    told: list[Problem] = []
    placed: set[int] = set()
    for i, problem in enumerate(added):
        where, name = problem.where, relative.get(problem.file)
        if where is None or name is None:
            continue
        data = change.files[name].data
        for merged in merges:
            place = merged.origins.place(name, data, where)
            if place is not None:
                told.append(place.problem(merged.shown, problem.message, problem.severity))
                placed.add(i)
                break
    keys = {(p.file, p.severity, p.message) for i, p in enumerate(added) if i in placed}
    told += [p for p in located if (p.file, p.severity, p.message) not in keys]
    return told
