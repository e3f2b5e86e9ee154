"""``fourgood form``: a fill-in workbook of a cell's year (or, with ``--bloc``, of the bloc's
programme, assessed points, classifications and commendations), pre-filled with what is
recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from fourgood.cli.options import (
    CellArgument,
    DataOption,
    FollowLinks,
    LangOption,
    NoCache,
    YearOption,
)
from fourgood.cli.registry import command


@command(order=70, help="help.form")
def form(
    ctx: typer.Context,
    cell: CellArgument = None,
    year: YearOption = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="help.form.output")
    ] = None,
    bloc: Annotated[bool, typer.Option("--bloc", help="help.form.bloc")] = False,
    force: Annotated[bool, typer.Option("--force", help="help.form.force")] = False,
    data_dir: DataOption = Path("."),
    lang: LangOption = None,
    no_cache: NoCache = False,
    follow_links: FollowLinks = False,
) -> None:
    """Write a fill-in workbook of a cell's year (or of the bloc's, with --bloc)."""
    from fourgood.cli import ask, session
    from fourgood.cli.formats import write_file
    from fourgood.errors import UserError
    from fourgood.i18n.message import msg
    from fourgood.i18n.render import render

    language = session.start(lang)
    session.check_year(year, language)
    dataset = session.open_dataset(ctx, data_dir, no_cache, follow_links=follow_links)
    chosen = session.pick_year(dataset, year)
    index = dataset.index
    if bloc or index is None:
        target = output or Path(f"{index.bloc_id if index else 'bloc'}-{chosen}.xlsx")
        _writable(target, force)
        session.stop_on_errors(dataset, language, only=dataset.context_files())
        from fourgood.forms.blocform import bloc_form

        data = bloc_form(dataset, chosen, language, target.name)
        said = msg("form.written_bloc", file=str(target), year=chosen)
    else:
        cell_id = ask.need(cell, "CELL", language, ask.words, "ask.cell")
        if cell_id not in index.cells:
            from fourgood.i18n.hints import suggest

            raise UserError(
                msg("record.unknown_cell", cell=cell_id, hint=suggest(cell_id, index.cells))
            )
        target = output or Path(f"{cell_id}-{chosen}.xlsx")
        _writable(target, force)
        needed = dataset.context_files() | dataset.cell_files(cell_id, {chosen})
        dataset.cell(cell_id, years={chosen})
        session.stop_on_errors(dataset, language, only=needed)
        from fourgood.forms.cellform import cell_form

        data = cell_form(dataset, cell_id, chosen, language, target.name)
        said = msg("form.written", file=str(target), cell=cell_id, year=chosen)
    write_file(target, [data])
    typer.echo(render(said, language))


def _writable(target: Path, force: bool) -> None:
    """A form is never written over a filled-in one (unless forced), nor over what is not a
    regular file."""
    from fourgood.errors import UserError
    from fourgood.i18n.message import msg

    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise UserError(msg("edit.not_regular"), str(target))
    if target.exists() and not force:
        raise UserError(msg("form.exists"), str(target))
