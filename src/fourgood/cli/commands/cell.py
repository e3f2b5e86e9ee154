"""``fourgood cell add``: a cell in the organisation, in a year's programme and with its roster,
in one step."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from fourgood.cli.options import DataOption, DryRun, LangOption, NoCache
from fourgood.cli.registry import command, group

CELL = group("cell", 75, "help.cell")

Text = str | None


@command(1, "add", group=CELL, help="help.cell.add")
def add(
    ctx: typer.Context,
    cell_id: Annotated[Text, typer.Argument(metavar="ID", help="help.cell.id")] = None,
    name: Annotated[Text, typer.Option("--name", help="help.cell.name")] = None,
    cell_type: Annotated[Text, typer.Option("--type", "-t", help="help.cell.type")] = None,
    parent: Annotated[Text, typer.Option("--parent", help="help.cell.parent")] = None,
    year: Annotated[int | None, typer.Option("--year", "-y", help="help.cell.year")] = None,
    basis: Annotated[Text, typer.Option("--basis", help="help.cell.basis")] = None,
    joined: Annotated[
        Text, typer.Option("--joined", metavar="DATE", help="help.cell.joined")
    ] = None,
    data_dir: DataOption = Path("."),
    lang: LangOption = None,
    no_cache: NoCache = False,
    dry_run: DryRun = False,
) -> None:
    """Add a cell to the organisation (and to a year's programme with --year), with its roster."""
    from fourgood.cli import ask
    from fourgood.cli.recording import recording
    from fourgood.edit import cells
    from fourgood.errors import UserError
    from fourgood.i18n.hints import suggest
    from fourgood.i18n.message import msg

    with recording(ctx, data_dir, lang=lang, no_cache=no_cache, dry_run=dry_run) as rec:
        lg = rec.lang
        index = rec.dataset.index
        new_id = ask.need(cell_id, "ID", lg, ask.words, "ask.cell_id")
        entry = {
            "id": new_id,
            "name": ask.need(name, "--name", lg, ask.words, "ask.cell_name"),
            "type": ask.need(cell_type, "--type", lg, ask.choice("cell_type"), "ask.cell_type"),
            "parent": ask.need(parent, "--parent", lg, ask.words, "ask.parent"),
        }
        units = {index.bloc_id, *index.committees, *index.sections} if index else set()
        if index is not None and entry["parent"] not in units:
            hint = suggest(entry["parent"], units)
            raise UserError(msg("record.unknown_parent", parent=entry["parent"], hint=hint))
        cells.add(rec.change, entry)
        if year is not None or basis is not None:
            participant = {
                "cell": new_id,
                "basis": ask.need(basis, "--basis", lg, ask.choice("basis"), "ask.basis"),
                "joined": ask.optional(joined, "--joined", lg, ask.day),
            }
            chosen = rec.year(year)
            cells.join(rec.change, chosen, {k: v for k, v in participant.items() if v is not None})
        rec.done.append(msg("recorded.cell", cell=new_id))
