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
        help="The data set's directory (the one holding organisation.yaml).",
        show_default=True,
        metavar="DATA_DIR",
    ),
]
LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help="Language of the output: vi or en (default: from the locale)."),
]
Redact = Annotated[
    bool,
    typer.Option(
        "--redact",
        help="Replace members' names with stable pseudonyms (the same member, the same one).",
    ),
]
FollowLinks = Annotated[
    bool,
    typer.Option(
        "--follow-links",
        help="Also read files that symbolic links lead to outside the data set.",
    ),
]
NoCache = Annotated[
    bool, typer.Option("--no-cache", help="Read every file afresh; do not use or fill the cache.")
]
YearOption = Annotated[
    int | None, typer.Option("--year", "-y", help="The year (default: the latest programme).")
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
]
NoBom = Annotated[
    bool,
    typer.Option(
        "--no-bom",
        help="CSV: leave out the byte-order mark that a file (--output) starts with for Excel.",
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="Progress inside a year: count only months ended by this date.",
    ),
]
CellTypeOption = Annotated[
    CellType | None, typer.Option("--type", "-t", help="Only cells of this type.")
]
