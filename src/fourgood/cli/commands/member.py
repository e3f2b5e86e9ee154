"""``fourgood member add|transfer|exempt|discipline|assess``: what happens to a member, on the
rosters (a transfer in the bloc on both at once)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from fourgood.cli.options import (
    CellArgument,
    DataOption,
    DryRun,
    FromCell,
    LangOption,
    MemberArgument,
    NoCache,
    YearOption,
)
from fourgood.cli.registry import command, group

MEMBER = group("member", 72, "help.member")

Text = str | None


@command(1, "add", group=MEMBER, help="help.member.add")
def add(
    ctx: typer.Context,
    cell: CellArgument = None,
    member_id: Annotated[Text, typer.Option("--id", help="help.member.id")] = None,
    name: Annotated[Text, typer.Option("--name", help="help.member.name")] = None,
    sex: Annotated[Text, typer.Option("--sex", help="help.member.sex")] = None,
    born: Annotated[Text, typer.Option("--born", metavar="DATE", help="help.member.born")] = None,
    admitted: Annotated[
        Text, typer.Option("--admitted", metavar="DATE", help="help.member.admitted")
    ] = None,
    full_member: Annotated[
        Text, typer.Option("--full-member", metavar="DATE", help="help.member.full_member")
    ] = None,
    role: Annotated[Text, typer.Option("--role", help="help.member.role")] = None,
    arrived: Annotated[
        Text, typer.Option("--arrived", metavar="DATE", help="help.member.arrived")
    ] = None,
    came_from: Annotated[Text, typer.Option("--from", help="help.member.from")] = None,
    data_dir: DataOption = Path("."),
    lang: LangOption = None,
    no_cache: NoCache = False,
    dry_run: DryRun = False,
) -> None:
    """Add a member to a cell's roster (arriving from outside the bloc with --arrived/--from)."""
    from fourgood.cli import ask
    from fourgood.cli.recording import recording
    from fourgood.edit import members
    from fourgood.i18n.message import msg

    with recording(ctx, data_dir, lang=lang, no_cache=no_cache, dry_run=dry_run) as rec:
        lg = rec.lang
        where = rec.cell(ask.need(cell, "CELL", lg, ask.words, "ask.cell"))
        entry: dict[str, object] = {
            "id": ask.need(member_id, "--id", lg, ask.words, "ask.member_id"),
            "name": ask.need(name, "--name", lg, ask.words, "ask.name"),
            "sex": ask.need(sex, "--sex", lg, ask.choice("sex"), "ask.sex"),
            "born": ask.need(born, "--born", lg, ask.day, "ask.born"),
            "admitted": ask.need(admitted, "--admitted", lg, ask.day, "ask.admitted"),
            "full_member": ask.optional(full_member, "--full-member", lg, ask.day),
            "role": ask.optional(role, "--role", lg, ask.choice("role")),
        }
        day = ask.optional(arrived, "--arrived", lg, ask.day)
        if day is not None or came_from is not None:
            origin = ask.need(came_from, "--from", lg, ask.words, "ask.from")
            entry["transferred_in"] = {
                "date": day or ask.need(None, "--arrived", lg, ask.day, "ask.arrived"),
                "from": origin,
            }
        entry = {k: v for k, v in entry.items() if v is not None}
        if entry.get("role") == "member":
            del entry["role"]  # the default, which rosters leave out
        members.add(rec.change, where.id, where.name, entry)
        rec.done.append(msg("recorded.member_added", id=entry["id"], cell=where.id))


@command(2, "transfer", group=MEMBER, help="help.member.transfer")
def transfer(
    ctx: typer.Context,
    member: MemberArgument = None,
    day: Annotated[Text, typer.Option("--date", metavar="DATE", help="help.member.date")] = None,
    to_cell: Annotated[
        Text, typer.Option("--to-cell", metavar="CELL", help="help.member.to_cell")
    ] = None,
    to: Annotated[Text, typer.Option("--to", help="help.member.to")] = None,
    cell: FromCell = None,
    data_dir: DataOption = Path("."),
    lang: LangOption = None,
    no_cache: NoCache = False,
    dry_run: DryRun = False,
) -> None:
    """Transfer a member to another cell of the bloc (both rosters at once) or out of it."""
    from fourgood.cli import ask
    from fourgood.cli.recording import recording
    from fourgood.edit import members
    from fourgood.i18n.message import msg

    with recording(ctx, data_dir, lang=lang, no_cache=no_cache, dry_run=dry_run) as rec:
        lg = rec.lang
        found = rec.member(ask.need(member, "MEMBER", lg, ask.words, "ask.member"), cell)
        when = ask.need(day, "--date", lg, ask.day, "ask.transfer_date")
        if to_cell is None and to is None:
            answer = ask.need(None, "--to-cell/--to", lg, ask.words, "ask.destination")
            known = rec.dataset.index.cells if rec.dataset.index else {}
            to_cell, to = (answer, None) if answer in known else (None, answer)
        name = rec.cell(to_cell).name if to_cell else ""
        members.transfer(rec.change, found, when, to_cell=to_cell, to=to, name=name)
        target = to_cell or to or ""
        rec.done.append(msg("recorded.transferred", id=found.entry["id"], to=target))


@command(3, "exempt", group=MEMBER, help="help.member.exempt")
def exempt(
    ctx: typer.Context,
    member: MemberArgument = None,
    start: Annotated[
        Text, typer.Option("--from", metavar="DATE", help="help.member.exempt_from")
    ] = None,
    end: Annotated[Text, typer.Option("--to", metavar="DATE", help="help.member.exempt_to")] = None,
    reason: Annotated[Text, typer.Option("--reason", help="help.member.reason")] = None,
    cell: FromCell = None,
    data_dir: DataOption = Path("."),
    lang: LangOption = None,
    no_cache: NoCache = False,
    dry_run: DryRun = False,
) -> None:
    """Exempt a member from activities for a period (miễn sinh hoạt)."""
    from fourgood.cli import ask
    from fourgood.cli.recording import recording
    from fourgood.edit import members
    from fourgood.i18n.message import msg

    with recording(ctx, data_dir, lang=lang, no_cache=no_cache, dry_run=dry_run) as rec:
        lg = rec.lang
        found = rec.member(ask.need(member, "MEMBER", lg, ask.words, "ask.member"), cell)
        period = {
            "from": ask.need(start, "--from", lg, ask.day, "ask.exempt_from"),
            "to": ask.optional(end, "--to", lg, ask.day),
            "reason": reason,
        }
        members.exempt(rec.change, found, {k: v for k, v in period.items() if v is not None})
        rec.done.append(msg("recorded.exempt", id=found.entry["id"], day=period["from"]))


@command(4, "discipline", group=MEMBER, help="help.member.discipline")
def discipline(
    ctx: typer.Context,
    member: MemberArgument = None,
    day: Annotated[Text, typer.Option("--date", metavar="DATE", help="help.member.decided")] = None,
    form: Annotated[Text, typer.Option("--form", help="help.member.form")] = None,
    decision: Annotated[Text, typer.Option("--decision", help="help.member.decision")] = None,
    reason: Annotated[Text, typer.Option("--reason", help="help.member.reason")] = None,
    cell: FromCell = None,
    data_dir: DataOption = Path("."),
    lang: LangOption = None,
    no_cache: NoCache = False,
    dry_run: DryRun = False,
) -> None:
    """Record a discipline decision (an expulsion ends the member's time in the cell)."""
    from fourgood.cli import ask
    from fourgood.cli.recording import recording
    from fourgood.edit import members
    from fourgood.i18n.message import msg

    with recording(ctx, data_dir, lang=lang, no_cache=no_cache, dry_run=dry_run) as rec:
        lg = rec.lang
        found = rec.member(ask.need(member, "MEMBER", lg, ask.words, "ask.member"), cell)
        entry = {
            "date": ask.need(day, "--date", lg, ask.day, "ask.decided"),
            "form": ask.need(form, "--form", lg, ask.choice("discipline"), "ask.form"),
            "decision": decision,
            "reason": reason,
        }
        members.discipline(rec.change, found, {k: v for k, v in entry.items() if v is not None})
        rec.done.append(msg("recorded.discipline", id=found.entry["id"], day=entry["date"]))


@command(5, "assess", group=MEMBER, help="help.member.assess")
def assess(
    ctx: typer.Context,
    member: MemberArgument = None,
    year: YearOption = None,
    rating: Annotated[Text, typer.Option("--rating", help="help.member.rating")] = None,
    dues: Annotated[Text, typer.Option("--dues", help="help.member.dues")] = None,
    studied: Annotated[
        Text, typer.Option("--studied", metavar="yes|no", help="help.member.studied")
    ] = None,
    feedback: Annotated[Text, typer.Option("--feedback", help="help.member.feedback")] = None,
    cell: FromCell = None,
    data_dir: DataOption = Path("."),
    lang: LangOption = None,
    no_cache: NoCache = False,
    dry_run: DryRun = False,
) -> None:
    """Record a member's assessment of the year: rating, dues, studied, residence feedback."""
    from fourgood.cli import ask
    from fourgood.cli.recording import recording
    from fourgood.cli.session import bad_parameter
    from fourgood.edit import members
    from fourgood.i18n.message import msg

    with recording(ctx, data_dir, lang=lang, no_cache=no_cache, dry_run=dry_run) as rec:
        lg = rec.lang
        found = rec.member(ask.need(member, "MEMBER", lg, ask.words, "ask.member"), cell)
        chosen = rec.year(year)
        facts = {
            "rating": ask.optional(rating, "--rating", lg, ask.choice("rating")),
            "dues": ask.optional(dues, "--dues", lg, ask.choice("dues")),
            "studied": ask.optional(studied, "--studied", lg, ask.yes_no),
            "residence_feedback": ask.optional(feedback, "--feedback", lg, ask.choice("feedback")),
        }
        given = {k: v for k, v in facts.items() if v is not None}
        if not given:
            raise bad_parameter("ask.no_fact", lg, "--rating/--dues/--studied/--feedback")
        members.assess(rec.change, found, chosen, given)
        rec.done.append(msg("recorded.assessed", id=found.entry["id"], year=chosen))
