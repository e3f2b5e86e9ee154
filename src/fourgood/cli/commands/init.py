"""``fourgood init``: a new bloc's data set from commented templates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from fourgood.cli.options import LangOption
from fourgood.cli.registry import command


@command(order=10, help="help.init")
def init(
    directory: Annotated[Path, typer.Argument(help="help.init.directory")],
    year: Annotated[
        int | None,
        typer.Option("--year", "-y", help="help.init.year"),
    ] = None,
    copy_rubric: Annotated[
        bool,
        typer.Option(
            "--copy-rubric",
            help="Also copy the edition of the rules in force for the year into rubrics/, to "
            "adapt (a year no edition covers: the nearest edition, put in force for it).",
        ),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Create a new bloc's data set from commented templates, under the edition of the rules in
    force for its year; it validates at once."""
    from datetime import date

    from fourgood.cli import session
    from fourgood.i18n.message import msg
    from fourgood.i18n.render import render
    from fourgood.vocabulary import FIRST_YEAR, LAST_YEAR
    from fourgood.write.scaffold import scaffold

    language = session.start(lang)
    chosen = year if year is not None else date.today().year
    if not FIRST_YEAR <= chosen <= LAST_YEAR:
        raise session.bad_parameter("param.year", language, "--year", year=chosen)
    written = scaffold(directory, chosen, copy_rubric=copy_rubric)
    typer.echo(render(msg("init.done", path=str(directory), n=len(written)), language))
