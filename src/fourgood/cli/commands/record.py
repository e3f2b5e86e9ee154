"""``fourgood record set|assess``: a fact of a cell's annual record, and the committee's points
for an assessed criterion."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from fourgood.cli.options import CellArgument, DataOption, DryRun, LangOption, NoCache, YearOption
from fourgood.cli.registry import command, group

RECORD = group("record", 74, "help.record")

Text = str | None


def _held(text: str) -> Any:
    """A day, or no (not adopted, not held)."""
    from fourgood.cli import ask
    from fourgood.i18n.words import read

    return False if read("held", text) == "false" else ask.day(text)


def _none(text: str) -> list[Any]:
    """'none' (no incident in the year): an empty list."""
    from fourgood.cli import ask
    from fourgood.i18n.message import msg
    from fourgood.i18n.words import read

    if read("incidents", text) != "none":
        raise ask.Invalid(msg("ask.not_one_of", value=text, options="none"))
    return []


def facts() -> dict[str, tuple[tuple[str, ...], Callable[[str], Any]]]:
    """Each fact a secretary sets, where it is in the record, and how its value is read."""
    from fourgood.cli import ask
    from fourgood.vocabulary import MASS_ORGANISATIONS

    table: dict[str, tuple[tuple[str, ...], Callable[[str], Any]]] = {
        "work_programme": (("work_programme",), _held),
        "self_criticism": (("self_criticism",), _held),
        "candidates": (("candidates",), ask.whole),
        "inspection_planned": (("inspection", "planned"), ask.whole),
        "inspection_done": (("inspection", "done"), ask.whole),
        "incidents": (("incidents",), _none),
        "classification": (("classification",), ask.choice("rating")),
    }
    for org in MASS_ORGANISATIONS:
        table[org] = (("mass_organisations", org), ask.choice("rating"))
    return table


@command(1, "set", group=RECORD, help="help.record.set")
def set_fact(
    ctx: typer.Context,
    cell: CellArgument = None,
    fact: Annotated[Text, typer.Argument(metavar="FACT", help="help.record.fact")] = None,
    value: Annotated[Text, typer.Argument(metavar="VALUE", help="help.record.value")] = None,
    year: YearOption = None,
    data_dir: DataOption = Path("."),
    lang: LangOption = None,
    no_cache: NoCache = False,
    dry_run: DryRun = False,
) -> None:
    """Set a fact of a cell's annual record (work_programme, inspection_done, trade_union...)."""
    from fourgood.cli import ask
    from fourgood.cli.recording import recording
    from fourgood.edit import records
    from fourgood.i18n.message import msg

    table = facts()
    with recording(ctx, data_dir, lang=lang, no_cache=no_cache, dry_run=dry_run) as rec:
        lg = rec.lang
        where = rec.cell(ask.need(cell, "CELL", lg, ask.words, "ask.cell"))
        known = ask.one_of(sorted(table))
        name = ask.need(fact, "FACT", lg, known, "ask.fact")
        place, read = table[name]
        chosen = rec.year(year)
        given = ask.need(value, "VALUE", lg, read, "ask.value")
        records.set_facts(rec.change, where.id, where.name, chosen, {place: given})
        rec.done.append(msg("recorded.fact", fact=name, cell=where.id, year=chosen))


@command(2, "assess", group=RECORD, help="help.record.assess")
def assess(
    ctx: typer.Context,
    cell: CellArgument = None,
    criterion: Annotated[
        Text, typer.Argument(metavar="CRITERION", help="help.record.criterion")
    ] = None,
    points: Annotated[Text, typer.Argument(metavar="POINTS", help="help.record.points")] = None,
    note: Annotated[Text, typer.Option("--note", help="help.record.note")] = None,
    by: Annotated[Text, typer.Option("--by", help="help.record.by")] = None,
    year: YearOption = None,
    data_dir: DataOption = Path("."),
    lang: LangOption = None,
    no_cache: NoCache = False,
    dry_run: DryRun = False,
) -> None:
    """Enter the upper committee's points for an assessed criterion (P4, S5), with its note."""
    from fourgood.cli import ask
    from fourgood.cli.recording import recording
    from fourgood.edit import records
    from fourgood.i18n.message import msg

    with recording(ctx, data_dir, lang=lang, no_cache=no_cache, dry_run=dry_run) as rec:
        lg = rec.lang
        where = rec.cell(ask.need(cell, "CELL", lg, ask.words, "ask.cell"))
        key = ask.need(criterion, "CRITERION", lg, ask.words, "ask.criterion")
        given: dict[str, Any] = {
            "points": ask.need(points, "POINTS", lg, ask.whole, "ask.points"),
            "note": ask.need(note, "--note", lg, ask.words, "ask.note"),
        }
        if by:
            given["by"] = by
        chosen = rec.year(year)
        records.set_facts(rec.change, where.id, where.name, chosen, {("assessed", key): given})
        rec.done.append(msg("recorded.points", criterion=key, cell=where.id, year=chosen))
