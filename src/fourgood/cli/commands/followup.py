"""``fourgood followup``: the monthly review of the programme's cells."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

from fourgood.cli.formats import Format, FormatTable
from fourgood.cli.options import (
    DataDir,
    FollowLinks,
    LangOption,
    NoBom,
    NoCache,
    OutputOption,
    Redact,
)
from fourgood.cli.registry import command

FormatName = Literal["table", "json", "csv", "markdown"]
FORMATS = FormatTable(
    Format("table", "fourgood.render.followup:followup_table", "terminal"),
    Format("json", "fourgood.render.followup:followup_json"),
    Format("csv", "fourgood.render.followup:followup_csv", bom=True),
    Format("markdown", "fourgood.render.followup:followup_markdown"),
)


@command(order=50, help="help.followup")
def followup(
    ctx: typer.Context,
    data_dir: DataDir = Path("."),
    month: Annotated[
        str, typer.Option("--month", "-m", metavar="YYYY-MM", help="help.followup.month")
    ] = "",
    output_format: Annotated[
        FormatName, typer.Option("--format", "-f", help="help.followup.format")
    ] = "table",
    output: OutputOption = None,
    no_bom: NoBom = False,
    lang: LangOption = None,
    no_cache: NoCache = False,
    follow_links: FollowLinks = False,
    redact: Redact = False,
) -> None:
    """The monthly review: cells that have not logged a regular meeting, thematic meetings held."""
    import calendar
    from datetime import date

    from fourgood.cli import session
    from fourgood.cli.formats import emit
    from fourgood.reporting.followup import build_followup
    from fourgood.reporting.programme import taking_part

    language = session.start(lang, redact)
    try:
        first = date.fromisoformat(f"{month}-01")
    except ValueError:
        raise session.bad_parameter("param.not_a_month", language, "--month", value=month) from None
    session.check_year(first.year, language, "--month")
    last = date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    dataset = session.open_dataset(ctx, data_dir, no_cache, follow_links=follow_links)
    session.stop_on_errors(dataset, language, only=dataset.context_files())
    session.pick_year(dataset, first.year)
    month_cells = taking_part(dataset, first, last)
    cells = [
        (data.cell.id, data.cell.name, data.meetings.get(first.year))
        for data in dataset.cells(month_cells, years={first.year})
    ]
    # The review reads only the month's meeting logs: an error elsewhere does not stop it.
    logs = {f for c in month_cells for f in dataset.cell_files(c, {first.year}, logs_only=True)}
    session.stop_on_errors(dataset, language, only=dataset.context_files() | logs)
    fmt = FORMATS[output_format]
    review = build_followup(first.year, first.month, cells)
    emit(fmt.render(review, language), fmt, output, bom=not no_bom)
