"""``fourgood validate``: check every file of a data set, each problem at path:line:col."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

from fourgood.cli.boundary import EXIT_DATA, EXIT_OK
from fourgood.cli.formats import Format, FormatTable
from fourgood.cli.options import DataDir, FollowLinks, LangOption, NoCache, Redact
from fourgood.cli.registry import command

FormatName = Literal["text", "github", "json"]
FORMATS = FormatTable(
    Format("text", "fourgood.render.problems:problems_text", options=("files", "machine")),
    Format("github", "fourgood.render.problems:problems_github", options=("files",)),
    Format("json", "fourgood.render.problems:problems_json", options=("files",)),
)


@command(order=20, help="help.validate")
def validate(
    ctx: typer.Context,
    data_dir: DataDir = Path("."),
    output_format: Annotated[
        FormatName, typer.Option("--format", "-f", help="help.validate.format")
    ] = "text",
    strict: Annotated[bool, typer.Option("--strict", help="help.validate.strict")] = False,
    machine_words: Annotated[
        bool, typer.Option("--machine-words", help="help.validate.machine_words")
    ] = False,
    lang: LangOption = None,
    no_cache: NoCache = False,
    follow_links: FollowLinks = False,
    redact: Redact = False,
) -> None:
    """Check every file of a data set; print each problem as path:line:col."""
    from fourgood.cli import session
    from fourgood.cli.formats import emit

    language = session.start(lang, redact)
    dataset = session.open_dataset(ctx, data_dir, no_cache, follow_links=follow_links)
    problems = dataset.validate()
    fmt = FORMATS[output_format]
    rendered = fmt.render(problems, language, files=dataset.files_read(), machine=machine_words)
    emit(rendered, fmt, None)
    failed = any(p.severity == "error" or strict for p in problems)
    raise typer.Exit(EXIT_DATA if failed else EXIT_OK)
