"""``fourgood scorecard``: one cell's self-assessment scorecard (phiếu tự chấm điểm), to print
and sign."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

from fourgood.cli.formats import Format, FormatTable
from fourgood.cli.options import (
    AsOfOption,
    DataDir,
    FollowLinks,
    LangOption,
    NoCache,
    OutputOption,
    Redact,
    YearOption,
)
from fourgood.cli.registry import command

FormatName = Literal["docx", "html"]
FORMATS = FormatTable(
    Format("docx", "fourgood.render.office_scorecard:scorecard_docx", "binary"),
    Format("html", "fourgood.render.office_scorecard:scorecard_html"),
)


@command(order=35, help="help.scorecard")
def scorecard(
    ctx: typer.Context,
    cell: Annotated[str, typer.Option("--cell", "-c", metavar="ID", help="help.scorecard.cell")],
    data_dir: DataDir = Path("."),
    year: YearOption = None,
    output_format: Annotated[
        FormatName, typer.Option("--format", "-f", help="help.scorecard.format")
    ] = "docx",
    output: OutputOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    no_cache: NoCache = False,
    follow_links: FollowLinks = False,
    redact: Redact = False,
) -> None:
    """A cell's self-assessment scorecard for the year, to print and sign: .docx or A4 HTML."""
    from fourgood.cli.formats import emit
    from fourgood.cli.session import bad_parameter, check_cells, year_session
    from fourgood.reporting.scorecard import cell_sheet
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
        format_name=output_format,
    ) as session:
        check_cells(session.dataset, session.year, [cell], session.lang)
        run = run_years(
            session.dataset, [session.year], as_of=session.as_of, cell_ids={cell}, all_cells=False
        )[session.year]
        session.depends_on_cells([cell], {session.year})
        cards = [c.card for c in run.evaluated() if c.card is not None]
        if not cards:
            raise bad_parameter("documents.not_evaluated", session.lang, "--cell", cell=cell)
        sheet = cell_sheet(session.dataset, cards[0])
    emit(fmt.render(sheet, session.lang), fmt, output)
