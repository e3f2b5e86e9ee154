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
from fourgood.cli import help as localised
from fourgood.cli.boundary import guard, run
from fourgood.cli.options import LangOption
from fourgood.cli.registry import COMMANDS, GROUPS, verbs


def _typer(name: str, help_key: str, cls: type[localised.Group], completion: bool) -> typer.Typer:
    """A Typer application (the program, or a noun's verbs) with the settings they share."""
    return typer.Typer(
        name=name,
        help=help_key,
        cls=cls,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
        add_completion=completion,
    )


def _version(value: bool) -> None:
    if value:
        typer.echo(f"fourgood {__version__}")
        raise typer.Exit()


def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="help.version"),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Validate, score and report on '4 Good Party Cell' data."""
    from fourgood.cli.session import choose_language

    choose_language(lang)


def _noun(lang: LangOption = None) -> None:
    """A noun's verbs (``fourgood member --lang vi add ...`` takes the language too)."""
    from fourgood.cli.session import choose_language

    if lang is not None:
        choose_language(lang)


def build(only: str | None = None) -> typer.Typer:
    """The program with its commands and nouns in their order (``only``: with that one alone,
    for a run of it: Typer reads every command's options when it starts, which costs a run
    of one command as many milliseconds as there are other commands)."""
    program = _typer("fourgood", "help.fourgood", localised.Root, completion=True)
    program.callback()(_root)
    entries: list[tuple[int, str]] = [(c.order, c.name) for c in COMMANDS if c.group is None]
    entries += [(g.order, g.name) for g in GROUPS]
    for order, name in sorted(entries):
        if only is not None and name != only:
            continue
        noun = next((g for g in GROUPS if g.name == name and g.order == order), None)
        if noun is None:
            found = next(c for c in COMMANDS if c.group is None and c.name == name)
            program.command(name, help=found.help, cls=localised.Command)(guard(found.function))
            continue
        sub = _typer(name, noun.help, localised.Group, completion=False)
        sub.callback()(_noun)
        for verb in verbs(name):
            sub.command(verb.name, help=verb.help, cls=localised.Command)(guard(verb.function))
        program.add_typer(sub, name=name)
    return program


app = build()


def invoked(args: list[str]) -> str | None:
    """The command a command line runs (``None`` for the program's own help, version or
    completion: they need every command)."""
    names = {c.name for c in COMMANDS if c.group is None} | {g.name for g in GROUPS}
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in names else None
    return None


def main() -> None:
    """The console entry point (also behind ``python -m fourgood``, which is why the program's
    name is given: shell completion names the command, not ``python -m``)."""
    import os
    import sys

    completing = any(k.endswith("_COMPLETE") for k in os.environ)
    name = None if completing else invoked(sys.argv[1:])
    program = app if name is None else build(name)
    run(lambda: program(prog_name="fourgood"))
