"""``fourgood schema``: JSON Schemas of the data files, for editors, and of the JSON outputs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from fourgood.cli.options import LangOption
from fourgood.cli.registry import command


@command(order=60, help="help.schema")
def schema(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="help.schema.output"),
    ] = None,
    lang: LangOption = None,
) -> None:
    """JSON Schemas of the data files, for editors to complete and check, and of the outputs."""
    import json

    from fourgood.cli import session
    from fourgood.cli.formats import write_file
    from fourgood.errors import UserError
    from fourgood.i18n.message import msg
    from fourgood.i18n.oserror import reason
    from fourgood.models import json_schema as schemas
    from fourgood.render import output_schemas as outputs

    session.start(lang)
    if output is None:
        every = {kind: schemas.json_schema(kind) for kind in schemas.KINDS}
        every |= {name: outputs.output_schema(name) for name in outputs.OUTPUTS}
        typer.echo(json.dumps(every, ensure_ascii=False, indent=2, sort_keys=True))
        return
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(msg("file.write_error", detail=reason(exc)), str(output)) from None
    texts = {schemas.file_name(kind): schemas.schema_text(kind) for kind in schemas.KINDS}
    texts |= {outputs.file_name(name): outputs.output_schema_text(name) for name in outputs.OUTPUTS}
    for name, text in texts.items():
        write_file(output / name, [text.encode("utf-8")])
    for name in texts:
        typer.echo(str(output / name))
