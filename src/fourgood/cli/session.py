"""What every command does first: settle the language, open the data set, choose the year, and
stop on errors in the data before computing anything from it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

import typer

from fourgood.cli.boundary import CHOSEN, LANGUAGE
from fourgood.i18n.lang import Lang

if TYPE_CHECKING:
    from datetime import date

    from fourgood.read.cache import Cache
    from fourgood.read.dataset import DataSet


def start(option: Lang | None, redact: bool = False) -> Lang:
    """The command's language (its option, else the one given before the command, else the
    environment's); also turns on redaction."""
    from fourgood.i18n.lang import detect_lang
    from fourgood.i18n.redaction import set_redaction

    set_redaction(redact)
    lang = option if option is not None else CHOSEN.get() or detect_lang()
    LANGUAGE.set(lang)
    return lang


def bad_parameter(key: str, lang: Lang, option: str, **args: object) -> typer.BadParameter:
    """A usage error (exit 2) in the user's language."""
    from fourgood.i18n.message import msg
    from fourgood.i18n.render import render

    return typer.BadParameter(render(msg(key, **args), lang), param_hint=option)


def check_cells(dataset: DataSet, year: int, cells: list[str], lang: Lang) -> None:
    """``--cell`` ids that are not in the year's programme are a usage error (exit 2), with
    the closest id."""
    from fourgood.reporting.programme import not_in_programme

    for cell_id, hint in not_in_programme(dataset, year, cells):
        args = {"cell": cell_id, "year": year, "hint": hint}
        raise bad_parameter("param.unknown_cell", lang, "--cell", **args)


def parse_day(value: str | None, option: str, lang: Lang) -> date | None:
    """A YYYY-MM-DD option value, or a usage error."""
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise bad_parameter("param.not_a_date", lang, option, value=value) from None


def open_dataset(
    ctx: typer.Context, data_dir: Path, no_cache: bool, *, follow_links: bool = False
) -> DataSet:
    """Open a data set (a path that is not one is a user error); the cache's new entries are
    written when the command ends, however it ends. Links leading out of the data set are
    followed only when asked."""
    from fourgood.read.cache import Cache
    from fourgood.read.dataset import DataSet

    cache = None if no_cache else Cache()
    if cache is not None:
        ctx.call_on_close(lambda: _close_cache(cache))
    return DataSet(str(data_dir), cache=cache, today=today(), follow_links=follow_links)


def _close_cache(cache: Cache) -> None:
    """Write the cache's new entries; say once why a cache that is not private went unused."""
    from fourgood.i18n.message import msg
    from fourgood.i18n.render import render

    cache.close()
    if cache.refused is not None:
        from fourgood.i18n.lang import detect_lang

        lang = cast("Lang", LANGUAGE.get() or detect_lang())
        why = msg("cache.refused", path=str(cache.directory), reason=msg(cache.refused))
        typer.echo(render(why, lang), err=True)


def check_year(year: int | None, lang: Lang, option: str = "--year") -> None:
    """A year option outside the years fourgood works with is a usage error (exit 2)."""
    from fourgood.vocabulary import FIRST_YEAR, LAST_YEAR

    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        raise bad_parameter("param.year", lang, option, year=year)


def pick_year(dataset: DataSet, year: int | None) -> int:
    """The year asked for, or the latest programme's; a year without a programme is an error."""
    from fourgood.errors import UserError
    from fourgood.i18n.message import msg

    if year is None:
        if not dataset.programmes:
            raise UserError(msg("score.no_years"), dataset.layout.root)
        return max(dataset.programmes)
    if year not in dataset.programmes:
        raise UserError(msg("score.no_programme", year=year), dataset.layout.root)
    return year


def stop_on_errors(dataset: DataSet, lang: Lang, only: set[str] | None = None) -> None:
    """Stop (exit 1, listing them and their files) on errors in the data the command uses
    (``only`` those files, or all); mention the other problems."""
    from fourgood.errors import DataErrors, Severity
    from fourgood.i18n.message import msg
    from fourgood.i18n.render import render

    problems = dataset.located_problems()
    errors = [p for p in problems if p.severity is Severity.ERROR]
    blocking = [p for p in errors if only is None or p.file in only]
    if blocking:
        files = sorted({p.file for p in blocking})
        shown = ", ".join(files[:5]) + (f" (+{len(files) - 5})" if len(files) > 5 else "")
        raise DataErrors(blocking, msg("score.blocked", n=len(blocking), files=shown))
    if len(errors) > len(blocking):
        note = msg("score.other_errors", n=len(errors) - len(blocking))
        typer.echo(render(note, lang), err=True)
    elif problems:
        typer.echo(render(msg("score.warnings", n=len(problems)), lang), err=True)


def today() -> date:
    """Today, or the day ``FOURGOOD_TODAY`` (YYYY-MM-DD) names, to reproduce a past run."""
    import os
    from datetime import date

    fixed = os.environ.get("FOURGOOD_TODAY")
    return date.fromisoformat(fixed) if fixed else date.today()


def in_progress(year: int, dataset: DataSet) -> date | None:
    """The day a year that is not over is scored as of (today); ``None`` once it is over.
    A year that has not begun is an error: nothing of it can be scored yet."""
    from datetime import date

    from fourgood.errors import UserError
    from fourgood.i18n.message import msg

    now = today()
    if year > now.year:
        raise UserError(msg("score.not_begun", year=year, day=now), dataset.layout.root)
    return now if year == now.year and now < date(year, 12, 31) else None


@dataclass
class YearSession:
    """What a command working on one year of a data set has opened, and the files its result
    depends on (errors elsewhere do not stop it; ``None``: the whole data set)."""

    lang: Lang
    dataset: DataSet
    year: int
    as_of: date | None
    depends: set[str] | None = None

    def depends_on_cells(self, cells: list[str], years: set[int]) -> None:
        """The result depends on these cells' files of these years, and the shared files."""
        files = self.dataset.context_files()
        for cell in cells:
            files |= self.dataset.cell_files(cell, years)
        self.depends = files


@contextmanager
def year_session(
    ctx: typer.Context,
    data_dir: Path,
    *,
    year: int | None,
    as_of: str | None,
    lang: Lang | None,
    redact: bool,
    no_cache: bool,
    follow_links: bool = False,
    output: Path | None = None,
    needs_output: bool = False,
    format_name: str = "xlsx",
) -> Iterator[YearSession]:
    """Open the data set and choose the year; the data's errors stop the command after it.
    A format that writes a file (``needs_output``, named ``format_name``) needs ``--output``."""

    language = start(lang, redact)
    day = parse_day(as_of, "--as-of", language)
    if needs_output and output is None:
        from fourgood.i18n.message import msg
        from fourgood.i18n.render import render

        key = "xlsx.needs_output" if format_name == "xlsx" else "documents.needs_output"
        text = render(msg(key, format=format_name), language)
        raise typer.BadParameter(text, param_hint="--output")
    check_year(year, language)
    dataset = open_dataset(ctx, data_dir, no_cache, follow_links=follow_links)
    # An error in the files every result depends on stops the command before it computes, and
    # before the year is chosen: a broken programme is shown, not taken for a missing one.
    stop_on_errors(dataset, language, only=dataset.context_files())
    chosen = pick_year(dataset, year)
    if day is not None and day.year != chosen:
        raise bad_parameter("param.as_of_year", language, "--as-of", day=day, year=chosen)
    session = YearSession(language, dataset, chosen, day or in_progress(chosen, dataset))
    yield session
    stop_on_errors(dataset, language, only=session.depends)
