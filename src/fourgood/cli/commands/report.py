"""``fourgood report``: the year's report on the whole bloc."""

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
    NoBom,
    NoCache,
    OutputOption,
    Redact,
    YearOption,
)
from fourgood.cli.registry import command

FormatName = Literal["table", "json", "csv", "markdown", "html", "xlsx", "docx"]
FORMATS = FormatTable(
    Format("table", "fourgood.render.report:report_table", "terminal"),
    Format("json", "fourgood.render.report:report_json"),
    Format("csv", "fourgood.render.report:report_csv", bom=True),
    Format("markdown", "fourgood.render.report:report_markdown"),
    Format("html", "fourgood.render.report:report_html"),
    Format("xlsx", "fourgood.render.xlsx:report_workbook", "binary"),
    Format("docx", "fourgood.render.report:report_docx", "binary", ("documents",)),
)
DETAILED = frozenset({"xlsx"})
"""Formats that list every criterion of every cell (the others keep only the points of cells
that met the standard, which keeps memory small on large blocs)."""


@command(order=40, help="help.report")
def report(
    ctx: typer.Context,
    data_dir: DataDir = Path("."),
    year: YearOption = None,
    as_of: AsOfOption = None,
    output_format: Annotated[
        FormatName,
        typer.Option("--format", "-f", help="help.report.format"),
    ] = "table",
    output: OutputOption = None,
    no_bom: NoBom = False,
    lang: LangOption = None,
    no_cache: NoCache = False,
    follow_links: FollowLinks = False,
    redact: Redact = False,
) -> None:
    """The year's report: organisation, programme, results, meetings, members, classification."""
    from fourgood.cli.formats import emit
    from fourgood.cli.session import year_session
    from fourgood.reporting.report import report_of_year

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
        result = report_of_year(
            session.dataset,
            session.year,
            session.as_of,
            session.lang,
            details=output_format in DETAILED,
        )
        org = session.dataset.organisation
        documents = org.bloc.documents if org is not None else None
    emit(fmt.render(result, session.lang, documents=documents), fmt, output, bom=not no_bom)
