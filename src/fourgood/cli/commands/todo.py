"""``fourgood todo``: what is still to record, per cell of the programme and for the bloc."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

from fourgood.cli.formats import Format, FormatTable
from fourgood.cli.options import (
    DataDir,
    FollowLinks,
    LangOption,
    NoCache,
    OutputOption,
    Redact,
    YearOption,
)
from fourgood.cli.registry import command
from fourgood.i18n.lang import Lang

FormatName = Literal["table", "json"]
FORMATS = FormatTable(
    Format("table", "fourgood.render.todo:todo_table", "terminal"),
    Format("json", "fourgood.render.todo:todo_json"),
)


@command(order=55, help="help.todo")
def todo(
    ctx: typer.Context,
    data_dir: DataDir = Path("."),
    month: Annotated[
        str | None, typer.Option("--month", "-m", metavar="YYYY-MM", help="help.todo.month")
    ] = None,
    year: YearOption = None,
    cell: Annotated[
        list[str] | None, typer.Option("--cell", "-c", metavar="ID", help="help.todo.cell")
    ] = None,
    output_format: Annotated[
        FormatName, typer.Option("--format", "-f", help="help.todo.format")
    ] = "table",
    output: OutputOption = None,
    lang: LangOption = None,
    no_cache: NoCache = False,
    follow_links: FollowLinks = False,
    redact: Redact = False,
) -> None:
    """What is still to record: a month's (default: this one) or a year's checklist."""
    from fourgood.cli import session
    from fourgood.cli.formats import emit
    from fourgood.reporting.programme import taking_part
    from fourgood.reporting.todo import Todo, cell_todo, ordered, period

    language = session.start(lang, redact)
    session.check_year(year, language)
    dataset = session.open_dataset(ctx, data_dir, no_cache, follow_links=follow_links)
    chosen_year, chosen_month = _when(dataset, month, year, language)
    p = period(chosen_year, chosen_month, session.today())
    if p.first > session.today():
        raise session.bad_parameter("todo.not_begun", language, "--month/--year", day=p.first)
    session.stop_on_errors(dataset, language, only=dataset.context_files())
    session.check_cells(dataset, chosen_year, cell or [], language)
    cells = [c for c in taking_part(dataset, p.first, p.last) if not cell or c in cell]
    joined = {x.cell: x.joined for x in dataset.participants(chosen_year)}
    found = Todo(p)
    for data in dataset.cells(cells, years={chosen_year}):
        rubric = dataset.rubric_for(chosen_year, data.cell.type)
        found.cells.append(cell_todo(p, data, joined.get(data.cell.id), rubric))
    files = {f for c in cells for f in dataset.cell_files(c, {chosen_year})}
    session.stop_on_errors(dataset, language, only=dataset.context_files() | files)
    found.cells = ordered(found.cells)
    fmt = FORMATS[output_format]
    emit(fmt.render(found, language), fmt, output)


def _when(
    dataset: object, month: str | None, year: int | None, lang: Lang
) -> tuple[int, int | None]:
    """The month asked for, or the year; by default this month when this year has a
    programme, else the latest programme's year."""
    from datetime import date

    from fourgood.cli import session
    from fourgood.read.dataset import DataSet

    assert isinstance(dataset, DataSet)
    if month is not None:
        if year is not None:
            raise session.bad_parameter("todo.month_or_year", lang, "--month/--year")
        try:
            first = date.fromisoformat(f"{month}-01")
        except ValueError:
            raise session.bad_parameter("param.not_a_month", lang, "--month", value=month) from None
        session.pick_year(dataset, first.year)
        return first.year, first.month
    now = session.today()
    if year is None and now.year in dataset.programmes:
        return now.year, now.month
    return session.pick_year(dataset, year), None
