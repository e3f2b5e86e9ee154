"""The options several commands share, typed once (their choices come from the vocabulary)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from fourgood.i18n.lang import Lang
from fourgood.vocabulary import CellType

DataDir = Annotated[
    Path,
    typer.Argument(
        help="help.opt.data_dir",
        show_default=True,
        metavar="DATA_DIR",
    ),
]
LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help="help.opt.lang"),
]
Redact = Annotated[
    bool,
    typer.Option(
        "--redact",
        help="help.opt.redact",
    ),
]
FollowLinks = Annotated[bool, typer.Option("--follow-links", help="help.opt.follow_links")]
NoCache = Annotated[bool, typer.Option("--no-cache", help="help.opt.no_cache")]
YearOption = Annotated[int | None, typer.Option("--year", "-y", help="help.opt.year")]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="help.opt.output")]
NoBom = Annotated[bool, typer.Option("--no-bom", help="help.opt.no_bom")]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="help.opt.as_of",
    ),
]
CellTypeOption = Annotated[CellType | None, typer.Option("--type", "-t", help="help.opt.type")]
DataOption = Annotated[
    Path,
    typer.Option("--data", "-d", help="help.opt.data", metavar="DATA_DIR", show_default=True),
]
DryRun = Annotated[
    bool,
    typer.Option("--dry-run", "-n", help="help.opt.dry_run"),
]
CellArgument = Annotated[str | None, typer.Argument(help="help.arg.cell", metavar="CELL")]
MemberArgument = Annotated[str | None, typer.Argument(help="help.arg.member", metavar="MEMBER")]
FromCell = Annotated[
    str | None, typer.Option("--cell", "-c", metavar="CELL", help="help.opt.member_cell")
]
