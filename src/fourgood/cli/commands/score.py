"""``fourgood score``: every cell of a year's programme on the four contents."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

from fourgood.cli.boundary import EXIT_NOT_MET
from fourgood.cli.formats import Format, FormatTable
from fourgood.cli.options import (
    AsOfOption,
    CellTypeOption,
    DataDir,
    FollowLinks,
    LangOption,
    NoBom,
    NoCache,
    OutputOption,
    Redact,
    YearOption,
)
from fourgood.cli.registry import command

FormatName = Literal["table", "json", "csv", "markdown", "xlsx"]
FORMATS = FormatTable(
    Format("table", "fourgood.render.scores:scores_table", "terminal", ("explain",)),
    Format("json", "fourgood.render.scores:scores_json_chunks"),
    Format("csv", "fourgood.render.scores:scores_csv_chunks", bom=True),
    Format("markdown", "fourgood.render.scores:scores_markdown", options=("explain",)),
    Format("xlsx", "fourgood.render.xlsx:score_workbook", "binary"),
)


@command(order=30, help="help.score")
def score(
    ctx: typer.Context,
    data_dir: DataDir = Path("."),
    year: YearOption = None,
    cell: Annotated[
        list[str] | None, typer.Option("--cell", "-c", metavar="ID", help="help.score.cell")
    ] = None,
    cell_type: CellTypeOption = None,
    explain: Annotated[bool, typer.Option("--explain", "-e", help="help.score.explain")] = False,
    output_format: Annotated[
        FormatName, typer.Option("--format", "-f", help="help.score.format")
    ] = "table",
    output: OutputOption = None,
    no_bom: NoBom = False,
    check: Annotated[bool, typer.Option("--check", help="help.score.check")] = False,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    no_cache: NoCache = False,
    follow_links: FollowLinks = False,
    redact: Redact = False,
) -> None:
    """Score every cell in a year's programme: four contents, each on 100 points."""
    from fourgood.cli.formats import emit
    from fourgood.cli.session import check_cells, year_session
    from fourgood.reporting.summaries import run_years

    fmt = FORMATS[output_format]
    with year_session(
        ctx,
        data_dir,
        year=year,
        as_of=as_of,
        lang=lang,
        redact=redact,
        no_cache=no_cache,
        follow_links=follow_links,
        output=output,
        needs_output=fmt.needs_output,
    ) as session:
        check_cells(session.dataset, session.year, cell or [], session.lang)
        run = run_years(
            session.dataset,
            [session.year],
            as_of=session.as_of,
            cell_ids=set(cell) if cell else None,
            cell_type=cell_type,
            all_cells=False,
        )[session.year]
        session.depends_on_cells([c.id for c in run.cells], {session.year})
    cards = [c.card for c in run.evaluated() if c.card is not None]
    emit(fmt.render(cards, session.lang, explain=explain), fmt, output, bom=not no_bom)
    if check and any(c.status != "met" for c in cards):
        raise typer.Exit(EXIT_NOT_MET)
