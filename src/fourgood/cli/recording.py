"""What every recording command does around its change: open the data set, find the cells
and members it names (with a "did you mean" when one is not known), check the data set as the
change would leave it, refuse a change that adds an error, write, and show the change as a
short diff."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Msg

if TYPE_CHECKING:
    from fourgood.edit.change import Change
    from fourgood.edit.members import Found
    from fourgood.read.dataset import DataSet


@dataclass
class Recording:
    """An open data set, the change being made to it, and what to say once it is made."""

    lang: Lang
    dataset: DataSet
    change: Change
    done: list[Msg] = field(default_factory=list)

    def cell(self, cell_id: str) -> Any:
        """A cell of the organisation (a user error, with a "did you mean", if it is not)."""
        from fourgood.errors import UserError
        from fourgood.i18n.hints import suggest
        from fourgood.i18n.message import msg

        cells = self.dataset.index.cells if self.dataset.index else {}
        if cell_id not in cells:
            hint = suggest(cell_id, cells)
            raise UserError(msg("record.unknown_cell", cell=cell_id, hint=hint))
        return cells[cell_id]

    def member(self, member_id: str, cell: str | None) -> Found:
        """A member where they belong now (a "did you mean" if nobody has the id)."""
        from fourgood.edit.members import find

        if cell is not None:
            self.cell(cell)
        return find(self.change, member_id, cell)

    def year(self, given: int | None) -> int:
        """The year asked for, else the latest programme's."""
        from fourgood.cli.session import check_year, pick_year

        check_year(given, self.lang)
        return pick_year(self.dataset, given) if given is None else given


@contextmanager
def recording(
    ctx: typer.Context, data_dir: Path, *, lang: Lang | None, no_cache: bool, dry_run: bool
) -> Iterator[Recording]:
    """Open the data set for a change; once the command has made it, check and write it."""
    from fourgood.cli import session
    from fourgood.edit.change import Change

    language = session.start(lang)
    dataset = session.open_dataset(ctx, data_dir, no_cache)
    rec = Recording(language, dataset, Change(dataset.layout))
    yield rec
    finish(rec, dry_run=dry_run)


def finish(rec: Recording, *, dry_run: bool) -> None:
    """Check the change, refuse it if it adds an error, write it, show it."""
    from fourgood.cli.session import today
    from fourgood.edit.commit import write_all
    from fourgood.edit.diff import diff_text
    from fourgood.edit.verdict import judge
    from fourgood.errors import DataErrors
    from fourgood.i18n.message import msg
    from fourgood.i18n.render import render

    edits = rec.change.edits()
    if not edits:
        typer.echo(render(msg("edit.nothing"), rec.lang))
        return
    layout = rec.dataset.layout
    verdict = judge(
        layout.root, rec.change, cache=rec.dataset.cache, today=today(), before=rec.dataset
    )
    if verdict.errors:
        raise DataErrors(verdict.errors, msg("edit.refused", n=len(verdict.errors)))
    if not dry_run:
        write_all(layout, edits)
    typer.echo(diff_text(edits), nl=False)
    for said in rec.done:
        typer.echo(render(said, rec.lang))
    for problem in verdict.warnings:
        typer.echo(problem.text(rec.lang), err=True)
    if verdict.warnings:
        typer.echo(render(msg("edit.warnings", n=len(verdict.warnings)), rec.lang), err=True)
    typer.echo(render(msg("edit.dry_run" if dry_run else "edit.written", n=len(edits)), rec.lang))
