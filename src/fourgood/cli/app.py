"""The command line: the Typer application, built from the registered commands, and the entry
point inside the error boundary.

Exit codes: 0 success; 1 invalid data or a path that cannot be used; 2 a usage error; 3 with
``score --check``, a cell that does not meet the standard; 70 an internal error (a bug: the
traceback is printed so it can be reported); 130 interrupted (Ctrl-C); 143 terminated (SIGTERM).

Heavy modules (pydantic, ruamel, rich, the engine) are imported inside the commands, so
``fourgood --help`` starts as fast as Typer itself.
"""

from __future__ import annotations

from typing import Annotated

import typer

from fourgood import __version__
from fourgood.cli import commands as _commands  # noqa: F401 - fills the registry
from fourgood.cli.boundary import guard, run
from fourgood.cli.classes import FourgoodCommand, FourgoodGroup
from fourgood.cli.registry import COMMANDS

app = typer.Typer(
    name="fourgood",
    cls=FourgoodGroup,
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


for _command in sorted(COMMANDS, key=lambda c: c.order):
    app.command(_command.name, cls=FourgoodCommand)(guard(_command.function))


def main() -> None:
    """The console entry point (also behind ``python -m fourgood``, which is why the program's
    name is given: shell completion names the command, not ``python -m``)."""
    run(lambda: app(prog_name="fourgood"))
