"""The command line: parse options, call the core, print, exit with a documented code.

Exit codes: 0 success; 1 invalid data or a path that cannot be used; 2 a usage error; 3 with
``score --check``, a cell that does not meet the standard; 70 an internal error (a bug: the
traceback is printed so it can be reported).

Heavy modules (pydantic, ruamel, rich, the engine) are imported inside the commands, so
``fourgood --help`` starts as fast as Typer itself.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NamedTuple

import typer

from fourgood import __version__

if TYPE_CHECKING:
    from datetime import date

    from rich.console import RenderableType

    from fourgood.errors import Problem
    from fourgood.i18n.lang import Lang
    from fourgood.read.dataset import DataSet

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_NOT_MET, EXIT_BUG = 0, 1, 2, 3, 70

app = typer.Typer(
    name="fourgood",
    help=(
        "Validate, score and report on '4 Good Party Cell' (Chi bộ 4 tốt) data kept as YAML. "
        "Exit codes: 0 ok, 1 invalid data, 2 usage error, 3 cell below the standard (--check)."
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class LangChoice(StrEnum):
    """Interface languages."""

    en = "en"
    vi = "vi"


class ValidateFormat(StrEnum):
    """Output formats of ``validate``."""

    text = "text"
    github = "github"
    json = "json"


DataDir = Annotated[
    Path,
    typer.Argument(
        help="The data set's directory (the one holding organisation.yaml).",
        show_default=True,
        metavar="DATA_DIR",
    ),
]
LangOption = Annotated[
    LangChoice | None,
    typer.Option("--lang", help="Language of the output: vi or en (default: from the locale)."),
]
Redact = Annotated[
    bool,
    typer.Option(
        "--redact",
        help="Replace members' names with stable pseudonyms (the same member, the same one).",
    ),
]
NoCache = Annotated[
    bool, typer.Option("--no-cache", help="Read every file afresh; do not use or fill the cache.")
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"fourgood {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Validate, score and report on '4 Good Party Cell' data."""


def _lang(option: LangChoice | None, redact: bool = False) -> Lang:
    """The output language; also turns on redaction of members' names for the command."""
    from fourgood.i18n.lang import detect_lang
    from fourgood.i18n.redaction import set_redaction

    set_redaction(redact)
    return option.value if option is not None else detect_lang()


def _open(ctx: typer.Context, data_dir: Path, no_cache: bool) -> DataSet:
    """Open a data set; a path that is not one becomes a ``UserError``.

    The cache's new entries are written when the command ends, however it ends.
    """
    from fourgood.read.cache import Cache
    from fourgood.read.dataset import DataSet

    cache = None if no_cache else Cache()
    if cache is not None:
        ctx.call_on_close(cache.close)
    return DataSet(str(data_dir), cache=cache)


@contextmanager
def _user_errors(lang: Lang) -> Iterator[None]:
    """Turn a ``UserError`` (a path that is not a data set, a bad option value) into exit 1."""
    from fourgood.errors import UserError
    from fourgood.i18n.render import render

    try:
        yield
    except UserError as exc:
        where = f"{exc.file}: " if exc.file else ""
        word = "lỗi" if lang == "vi" else "error"
        typer.echo(f"{where}{word}: {render(exc.message, lang)}", err=True)
        raise typer.Exit(EXIT_DATA) from None


def _print_problems(problems: list[Problem], lang: Lang, *, err: bool = True) -> None:
    for problem in problems:
        typer.echo(problem.text(lang), err=err)


@app.command()
def validate(
    ctx: typer.Context,
    data_dir: DataDir = Path("."),
    output_format: Annotated[
        ValidateFormat, typer.Option("--format", "-f", help="text, github (annotations) or json.")
    ] = ValidateFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    lang: LangOption = None,
    no_cache: NoCache = False,
    redact: Redact = False,
) -> None:
    """Check every file of a data set; print each problem as path:line:col."""
    from fourgood.render.problems import render_problems

    language = _lang(lang, redact)
    with _user_errors(language):
        dataset = _open(ctx, data_dir, no_cache)
        problems = dataset.validate()
    text = render_problems(problems, output_format.value, language, files=dataset.files_read())
    typer.echo(text, nl=False)
    failed = any(p.severity == "error" or strict for p in problems)
    raise typer.Exit(EXIT_DATA if failed else EXIT_OK)


class ScoreFormat(StrEnum):
    """Output formats of ``score``."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    xlsx = "xlsx"


class CellTypeChoice(StrEnum):
    """Cell types."""

    agency = "agency"
    public_service = "public_service"
    enterprise = "enterprise"


def _bad_parameter(key: str, lang: Lang, option: str, **args: object) -> typer.BadParameter:
    """A usage error (exit 2) in the user's language."""
    from fourgood.i18n.message import msg
    from fourgood.i18n.render import render

    return typer.BadParameter(render(msg(key, **args), lang), param_hint=option)


def _parse_day(value: str | None, option: str, lang: Lang) -> date | None:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _bad_parameter("param.not_a_date", lang, option, value=value) from None


def _pick_year(dataset: DataSet, year: int | None) -> int:
    from fourgood.errors import UserError
    from fourgood.i18n.message import msg

    if year is None:
        if not dataset.programmes:
            raise UserError(msg("score.no_years"), dataset.layout.root)
        return max(dataset.programmes)
    if year not in dataset.programmes:
        raise UserError(msg("score.no_programme", year=year), dataset.layout.root)
    return year


def _stop_on_errors(dataset: DataSet, lang: Lang) -> None:
    """Print the data's errors and exit 1: figures from invalid data would be wrong."""
    from fourgood.errors import Severity
    from fourgood.i18n.message import msg
    from fourgood.i18n.render import render

    problems = dataset.located_problems()
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        _print_problems(errors, lang)
        typer.echo(render(msg("score.blocked", n=len(errors)), lang), err=True)
        raise typer.Exit(EXIT_DATA)
    if problems:
        typer.echo(render(msg("score.warnings", n=len(problems)), lang), err=True)


def _emit(text: str | bytes | Iterable[str], output: Path | None) -> None:
    """Print to stdout, or write the file atomically; text may come in chunks."""
    chunks: Iterable[str | bytes] = [text] if isinstance(text, (str, bytes)) else text
    if output is None:
        for chunk in chunks:
            assert isinstance(chunk, str)
            typer.echo(chunk, nl=False)
        return
    from fourgood.write.atomic import atomic_write_chunks

    try:
        atomic_write_chunks(
            output, (c.encode("utf-8") if isinstance(c, str) else c for c in chunks)
        )
    except OSError as exc:
        typer.echo(f"{output}: error: {exc.strerror or exc}", err=True)
        raise typer.Exit(EXIT_DATA) from None


def _needs_output(output: Path | None, lang: Lang) -> None:
    """Binary formats go to a file, never to the terminal."""
    if output is None:
        from fourgood.i18n.message import msg
        from fourgood.i18n.render import render

        raise typer.BadParameter(render(msg("xlsx.needs_output"), lang), param_hint="--output")


def _print_renderable(renderable: RenderableType | str, output: Path | None) -> None:
    if isinstance(renderable, str):  # already laid out as plain text
        _emit(renderable, output)
        return
    from rich.console import Console

    if output is not None:
        from fourgood.render.scores import render_to_text

        _emit(render_to_text(renderable, 100), output)
        return
    Console(highlight=False, emoji=False).print(renderable)


YearOption = Annotated[
    int | None, typer.Option("--year", "-y", help="The year (default: the latest programme).")
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="Progress inside a year: count only months ended by this date.",
    ),
]


class _Session(NamedTuple):
    """What a command working on one year of a data set has opened."""

    lang: Lang
    dataset: DataSet
    year: int
    as_of: date | None


@contextmanager
def _year_session(
    ctx: typer.Context,
    data_dir: Path,
    *,
    year: int | None,
    as_of: str | None,
    lang: LangChoice | None,
    redact: bool,
    no_cache: bool,
    output: Path | None = None,
    binary: bool = False,
) -> Iterator[_Session]:
    """Open the data set and choose the year; the data's errors stop the command after it."""
    from datetime import date

    language = _lang(lang, redact)
    day = _parse_day(as_of, "--as-of", language)
    if binary:
        _needs_output(output, language)
    with _user_errors(language):
        dataset = _open(ctx, data_dir, no_cache)
        chosen = _pick_year(dataset, year)
        if day is not None and day.year != chosen:
            raise _bad_parameter("param.as_of_year", language, "--as-of", day=day, year=chosen)
        if day is None and chosen >= date.today().year:
            # The clock only shapes this hint, never the output: the same data, the same result.
            from fourgood.i18n.message import msg
            from fourgood.i18n.render import render

            typer.echo(render(msg("score.year_not_over", year=chosen), language), err=True)
        session = _Session(language, dataset, chosen, day)
        yield session
    _stop_on_errors(dataset, language)


@app.command()
def score(
    ctx: typer.Context,
    data_dir: DataDir = Path("."),
    year: YearOption = None,
    cell: Annotated[
        list[str] | None,
        typer.Option("--cell", "-c", metavar="ID", help="Only this cell (repeatable)."),
    ] = None,
    cell_type: Annotated[
        CellTypeChoice | None, typer.Option("--type", "-t", help="Only cells of this type.")
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", "-e", help="Show each criterion's points and why.")
    ] = False,
    output_format: Annotated[
        ScoreFormat,
        typer.Option("--format", "-f", help="table, json, csv, markdown or xlsx (with --output)."),
    ] = ScoreFormat.table,
    output: OutputOption = None,
    check: Annotated[
        bool,
        typer.Option("--check", help="Exit 3 when any scored cell does not meet the standard."),
    ] = False,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    no_cache: NoCache = False,
    redact: Redact = False,
) -> None:
    """Score every cell in a year's programme: four contents, each on 100 points."""
    from fourgood.i18n.hints import suggest
    from fourgood.render import scores
    from fourgood.reporting.summaries import run_years

    with _year_session(
        ctx,
        data_dir,
        year=year,
        as_of=as_of,
        lang=lang,
        redact=redact,
        no_cache=no_cache,
        output=output,
        binary=output_format is ScoreFormat.xlsx,
    ) as session:
        language, chosen = session.lang, session.year
        known = {p.cell for p in session.dataset.participants(chosen)}
        for cell_id in cell or []:
            if cell_id not in known:
                raise _bad_parameter(
                    "param.unknown_cell",
                    language,
                    "--cell",
                    cell=cell_id,
                    year=chosen,
                    hint=suggest(cell_id, known),
                )
        run = run_years(
            session.dataset,
            [chosen],
            as_of=session.as_of,
            cell_ids=set(cell) if cell else None,
            cell_type=cell_type.value if cell_type else None,
            all_cells=False,
        )[chosen]
    cards = [c.card for c in run.evaluated() if c.card is not None]
    if output_format is ScoreFormat.json:
        _emit(scores.scores_json_chunks(cards, language), output)
    elif output_format is ScoreFormat.csv:
        _emit(scores.scores_csv_chunks(cards, language), output)
    elif output_format is ScoreFormat.markdown:
        _emit(scores.scores_markdown(cards, language, explain=explain), output)
    elif output_format is ScoreFormat.xlsx:
        from fourgood.render.xlsx import score_workbook

        _emit(score_workbook(cards, language), output)
    else:
        _print_renderable(scores.scores_table(cards, language, explain=explain), output)
    if check and any(c.status != "met" for c in cards):
        raise typer.Exit(EXIT_NOT_MET)


class ReportFormat(StrEnum):
    """Output formats of ``report``."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    html = "html"
    xlsx = "xlsx"


@app.command()
def report(
    ctx: typer.Context,
    data_dir: DataDir = Path("."),
    year: YearOption = None,
    as_of: AsOfOption = None,
    output_format: Annotated[
        ReportFormat,
        typer.Option(
            "--format", "-f", help="table, json, csv, markdown, html or xlsx (with --output)."
        ),
    ] = ReportFormat.table,
    output: OutputOption = None,
    lang: LangOption = None,
    no_cache: NoCache = False,
    redact: Redact = False,
) -> None:
    """The year's report: organisation, programme, results, meetings, members, classification."""
    from fourgood.render import report as render_report
    from fourgood.reporting.report import build_report
    from fourgood.reporting.summaries import run_years

    with _year_session(
        ctx,
        data_dir,
        year=year,
        as_of=as_of,
        lang=lang,
        redact=redact,
        no_cache=no_cache,
        output=output,
        binary=output_format is ReportFormat.xlsx,
    ) as session:
        dataset, chosen, language = session.dataset, session.year, session.lang
        years = [chosen - 1, chosen] if chosen - 1 in dataset.programmes else [chosen]
        # Only the xlsx workbook lists every criterion of every cell.
        details = output_format is ReportFormat.xlsx
        runs = run_years(dataset, years, as_of=session.as_of, details=details)
    assert dataset.organisation is not None
    assert dataset.index is not None
    bloc = dataset.organisation.bloc
    result = build_report(
        runs[chosen],
        dataset.index,
        bloc.name_en if language == "en" and bloc.name_en else bloc.name,
        bloc.classification,
        previous=runs.get(chosen - 1),
    )
    if output_format is ReportFormat.json:
        _emit(render_report.report_json(result, language), output)
    elif output_format is ReportFormat.csv:
        _emit(render_report.report_csv(result, language), output)
    elif output_format is ReportFormat.markdown:
        _emit(render_report.report_markdown(result, language), output)
    elif output_format is ReportFormat.html:
        _emit(render_report.report_html(result, language), output)
    elif output_format is ReportFormat.xlsx:
        from fourgood.render.xlsx import report_workbook

        _emit(report_workbook(result, language), output)
    else:
        _print_renderable(render_report.report_table(result, language), output)


class FollowUpFormat(StrEnum):
    """Output formats of ``followup``."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


@app.command()
def followup(
    ctx: typer.Context,
    data_dir: DataDir = Path("."),
    month: Annotated[
        str, typer.Option("--month", "-m", metavar="YYYY-MM", help="The month to review.")
    ] = "",
    output_format: Annotated[
        FollowUpFormat, typer.Option("--format", "-f", help="table, json, csv or markdown.")
    ] = FollowUpFormat.table,
    output: OutputOption = None,
    lang: LangOption = None,
    no_cache: NoCache = False,
    redact: Redact = False,
) -> None:
    """The monthly review: cells that have not logged a regular meeting, thematic meetings held."""
    import calendar
    from datetime import date

    from fourgood.render import followup as follow
    from fourgood.reporting.followup import build_followup

    language = _lang(lang, redact)
    try:
        first = date.fromisoformat(f"{month}-01")
    except ValueError:
        raise _bad_parameter("param.not_a_month", language, "--month", value=month) from None
    last = date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    with _user_errors(language):
        dataset = _open(ctx, data_dir, no_cache)
        _pick_year(dataset, first.year)
        assert dataset.index is not None
        taking_part = []
        for participant in dataset.participants(first.year):
            left = dataset.index.left_on(participant.cell)
            if (participant.joined and participant.joined > last) or (left and left <= first):
                continue
            taking_part.append(participant.cell)
        cells = [
            (data.cell.id, data.cell.name, data.meetings.get(first.year))
            for data in dataset.cells(taking_part, years={first.year})
        ]
    _stop_on_errors(dataset, language)
    result = build_followup(first.year, first.month, cells)
    if output_format is FollowUpFormat.json:
        _emit(follow.followup_json(result), output)
    elif output_format is FollowUpFormat.csv:
        _emit(follow.followup_csv(result), output)
    elif output_format is FollowUpFormat.markdown:
        _emit(follow.followup_markdown(result, language), output)
    else:
        _print_renderable(follow.followup_table(result, language), output)


@app.command()
def schema(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write one <kind>.schema.json per kind into DIR."),
    ] = None,
    lang: LangOption = None,
) -> None:
    """JSON Schemas of the data files, for editors (VS Code and others) to complete and check."""
    import json

    from fourgood.models import json_schema as schemas
    from fourgood.write.atomic import atomic_write_text

    language = _lang(lang)
    if output is None:
        every = {kind: schemas.json_schema(kind) for kind in schemas.KINDS}
        typer.echo(json.dumps(every, ensure_ascii=False, indent=2, sort_keys=True))
        return
    try:
        output.mkdir(parents=True, exist_ok=True)
        for kind in schemas.KINDS:
            atomic_write_text(output / schemas.file_name(kind), schemas.schema_text(kind))
    except OSError as exc:
        word = "lỗi" if language == "vi" else "error"
        typer.echo(f"{output}: {word}: {exc.strerror or exc}", err=True)
        raise typer.Exit(EXIT_DATA) from None
    for kind in schemas.KINDS:
        typer.echo(str(output / schemas.file_name(kind)))


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Where to create the data set (new or empty).")],
    year: Annotated[
        int | None,
        typer.Option("--year", "-y", help="The first programme year (default: this year)."),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Create a new bloc's data set from commented templates; it validates at once."""
    from datetime import date

    from fourgood.i18n.message import msg
    from fourgood.i18n.render import render
    from fourgood.write.scaffold import scaffold

    language = _lang(lang)
    chosen = year if year is not None else date.today().year
    if not 1930 <= chosen <= 2100:
        raise _bad_parameter("param.year", language, "--year", year=chosen)
    with _user_errors(language):
        written = scaffold(directory, chosen)
    typer.echo(render(msg("init.done", path=str(directory), n=len(written)), language))


def main() -> None:
    """The console entry point, with one error boundary for the user's mistakes and for bugs."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except SystemExit:
        raise
    except BaseException:  # a bug: show it plainly so it can be reported, with its own code
        import traceback

        traceback.print_exc()
        typer.echo(
            f"fourgood {__version__}: internal error (a bug, not a problem with your data); "
            "please report it with the traceback above.",
            err=True,
        )
        sys.exit(EXIT_BUG)
