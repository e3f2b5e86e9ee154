"""``fourgood import``: filled-in workbooks read back, checked and merged into the YAML files;
nothing is written if anything is wrong in any of them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from fourgood.cli.options import DataOption, DryRun, LangOption, NoCache, YearOption
from fourgood.cli.registry import command


@command(order=71, name="import", help="help.import")
def import_forms(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="help.import.files")],
    cell: Annotated[
        str | None, typer.Option("--cell", "-c", metavar="CELL", help="help.import.cell")
    ] = None,
    year: YearOption = None,
    diff: Annotated[bool, typer.Option("--diff", help="help.import.diff")] = False,
    data_dir: DataOption = Path("."),
    lang: LangOption = None,
    no_cache: NoCache = False,
    dry_run: DryRun = False,
) -> None:
    """Import filled-in workbooks into the YAML files (all of them, or nothing)."""
    from fourgood.cli import session
    from fourgood.edit.commit import write_all
    from fourgood.edit.diff import diff_text
    from fourgood.forms.importing import import_workbooks
    from fourgood.i18n.message import msg
    from fourgood.i18n.render import render

    language = session.start(lang)
    session.check_year(year, language)
    dataset = session.open_dataset(ctx, data_dir, no_cache)
    outcome = import_workbooks(dataset, files, today=session.today(), cell=cell, year=year)
    edits = outcome.edits
    if edits and not dry_run:
        write_all(dataset.layout, edits)
    for imported in outcome.imported:
        typer.echo(render(_summary(imported), language))
    if diff:
        typer.echo(diff_text(edits), nl=False)
    for problem in outcome.warnings:
        typer.echo(problem.text(language), err=True)
    if outcome.warnings:
        typer.echo(render(msg("edit.warnings", n=len(outcome.warnings)), language), err=True)
    if not edits:
        typer.echo(render(msg("import.nothing"), language))
    else:
        key = "import.dry_run" if dry_run else "import.written"
        typer.echo(render(msg(key, n=len(edits)), language))


def _summary(imported: object) -> object:
    """One workbook's line: what it added and changed."""
    from fourgood.forms.importing import Imported
    from fourgood.i18n.message import Msg, msg

    assert isinstance(imported, Imported)
    parts: list[Msg] = [
        msg(f"import.count.{k}", n=n) for k, n in sorted(imported.done.items()) if n
    ]
    what: object = parts if parts else msg("import.unchanged")
    where = imported.cell or "-"
    return msg("import.summary", file=imported.shown, cell=where, year=imported.year, what=what)
