"""``fourgood year start YEAR``: a new year of the programme in one step."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from fourgood.cli.options import DataDir, FollowLinks, LangOption, NoCache
from fourgood.cli.registry import command, group

if TYPE_CHECKING:
    from fourgood.read.dataset import DataSet


YEAR = group("year", 15, "help.year")


@command(1, "start", group=YEAR, help="help.year.start")
def start(
    ctx: typer.Context,
    new_year: Annotated[int, typer.Argument(metavar="YEAR", help="help.year.new_year")],
    data_dir: DataDir = Path("."),
    lang: LangOption = None,
    no_cache: NoCache = False,
    follow_links: FollowLinks = False,
) -> None:
    """Start a new year: its programme (cells that met the standard carry on, the others are
    listed for the board), and an empty meeting log and record for each cell; never
    overwrites a file."""
    from fourgood.cli import session
    from fourgood.errors import UserError
    from fourgood.i18n.message import Choice, msg
    from fourgood.i18n.render import render
    from fourgood.reporting.carry_on import new_year as plan_year
    from fourgood.vocabulary import FIRST_YEAR, LAST_YEAR
    from fourgood.write.new_year import new_year_files, write_new_year

    language = session.start(lang)
    if not FIRST_YEAR < new_year <= LAST_YEAR:  # the year before must be a year too
        raise session.bad_parameter("param.year", language, "YEAR", year=new_year)
    dataset = session.open_dataset(ctx, data_dir, no_cache, follow_links=follow_links)
    root = dataset.layout.root
    if new_year in dataset.layout.programmes:
        where = dataset.layout.shown(dataset.layout.programmes[new_year])
        raise UserError(msg("year.programme_exists"), where)
    session.stop_on_errors(dataset, language, only=dataset.context_files())
    if new_year - 1 not in dataset.programmes:
        raise UserError(msg("year.no_previous", year=new_year - 1), root)
    previous = new_year - 1
    plan = plan_year(dataset, new_year, session.in_progress(previous, dataset))
    if plan.uncovered:
        types = tuple(Choice("cell_type", t) for t in plan.uncovered)
        raise UserError(msg("year.no_edition", year=new_year, types=types), root)
    cells = [c.cell for c in plan.continuing + plan.to_decide]
    session.stop_on_errors(dataset, language, only=_files(dataset, cells, previous))
    files = new_year_files(plan, _on_points(dataset, new_year, cells))
    done = write_new_year(Path(root), files)
    for relative in done.written:
        typer.echo(render(msg("year.wrote", path=str(Path(root) / relative)), language))
    for relative in done.kept:
        typer.echo(render(msg("year.kept", path=str(Path(root) / relative)), language))
    summary = msg(
        "year.done",
        year=new_year,
        n=len(plan.continuing),
        board=len(plan.to_decide),
        files=len(done.written),
    )
    typer.echo(render(summary, language))


def _files(dataset: DataSet, cells: list[str], year: int) -> set[str]:
    """The files the new year is decided from: the shared ones and the cells' of ``year``."""
    files = dataset.context_files()
    for cell in cells:
        files |= dataset.cell_files(cell, {year})
    return files


def _on_points(dataset: DataSet, year: int, cells: list[str]) -> dict[str, bool]:
    """Whether each cell's edition in ``year`` classifies on points (its record then asks for
    the tasks' timing and the points)."""
    assert dataset.index is not None
    found = {}
    for cell in cells:
        rubric = dataset.rubric_for(year, dataset.index.cells[cell].type)
        rules = rubric.classification if rubric else None
        found[cell] = rules is not None and rules.on_points
    return found
