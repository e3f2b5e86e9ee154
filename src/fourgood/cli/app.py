"""The command line: the Typer application, built from the registered commands, and the entry
point inside the error boundary.

Exit codes: 0 success; 1 invalid data or a path that cannot be used; 2 a usage error; 3 with
``score --check``, a cell that does not meet the standard; 70 an internal error (a bug: the
traceback is printed so it can be reported); 130 interrupted (Ctrl-C); 143 terminated (SIGTERM).

Heavy modules (pydantic, ruamel, rich, the engine) are imported inside the commands, and a run
builds only what its command line needs (``main``): one command's module for a run or help of
it, none for the program's own help, so ``fourgood --help`` starts as fast as Typer itself.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Annotated

import typer

from fourgood import __version__
from fourgood.cli import commands
from fourgood.cli import help as localised
from fourgood.cli.boundary import choose_language, guard, run
from fourgood.cli.options import LangOption

if TYPE_CHECKING:  # the registry is read once the commands' modules are loaded
    from fourgood.cli.registry import Command, Group


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
    choose_language(lang)


def _noun_options(lang: LangOption = None) -> None:
    """A noun's verbs (``fourgood member --lang vi add ...`` takes the language too)."""
    if lang is not None:
        choose_language(lang)


def _program() -> typer.Typer:
    """The program with its own options, before its commands are added."""
    program = _typer("fourgood", "help.fourgood", localised.Root, completion=True)
    program.callback()(_root)
    return program


def _stand_in() -> None:
    """A command, noun or verb in a help that lists it: a name and a help text, no options."""


def _noun(program: typer.Typer, noun: Group, verbs: list[Command], stand_ins: bool) -> None:
    """Add a noun with its verbs (``stand_ins``: with a name and a help text each, for a
    command line that runs none of them)."""
    sub = _typer(noun.name, noun.help, localised.Group, completion=False)
    sub.callback()(_noun_options)
    for verb in verbs:
        run = _stand_in if stand_ins else guard(verb.function)
        sub.command(verb.name, help=verb.help, cls=localised.Command)(run)
    program.add_typer(sub, name=noun.name)


def build(only: str | None = None, verb: str | None = None) -> typer.Typer:
    """The program with its commands and nouns in their order (``only``: with that one alone,
    for a run of it: Typer reads every command's options when it starts, which costs a run of
    one command as many milliseconds as there are other commands). Of a noun given as ``only``,
    just its ``verb``, or stand-ins for its verbs when the command line names none of them (the
    noun's help, a usage error)."""
    commands.load(only)
    from fourgood.cli.registry import COMMANDS, GROUPS, verbs  # filled by the modules loaded

    program = _program()
    # Typer lists a program's commands, then its nouns: they are added in that order
    for found in sorted((c for c in COMMANDS if c.group is None), key=lambda c: c.order):
        if only in (None, found.name):
            program.command(found.name, help=found.help, cls=localised.Command)(
                guard(found.function)
            )
    for noun in sorted(GROUPS, key=lambda g: g.order):
        if only in (None, noun.name):
            its = verbs(noun.name)
            chosen = [v for v in its if v.name == verb]
            _noun(program, noun, chosen or its, stand_ins=only is not None and not chosen)
    return program


def listing() -> typer.Typer:
    """The program for a command line that runs none of its commands (its own help, its
    version, a usage error): each command and noun is a stand-in with its name and help, which
    is all that these show, so no command's module is imported and no options are read."""
    program = _program()
    for name in commands.PROGRAM:
        program.command(name, help=f"help.{name}", cls=localised.Command)(_stand_in)
    return program


@functools.cache
def whole() -> typer.Typer:
    """The program with every command (``fourgood.cli.app``, for tests and completion)."""
    return build()


def invoked(args: list[str]) -> list[str]:
    """What a command line runs: a command's name, or a noun's and the word after it (its verb,
    if it is one); ``[]`` when it runs none (the program's own help or version, a usage error).
    A help option before a name asks for the help of what comes before it."""
    path: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif arg in ("-h", "--help"):
            break
        elif not arg.startswith("-"):
            path.append(arg)
            if path[0] not in commands.PROGRAM:
                return []
            if len(path) == 2:
                break
    return path


def main() -> None:
    """The console entry point (also behind ``python -m fourgood``, which is why the program's
    name is given: shell completion names the command, not ``python -m``)."""
    import atexit
    import gc
    import os
    import sys

    # A run builds hundreds of thousands of small objects that live to its end (parsed data,
    # each cell's results) and almost no cycles; at Python's default threshold the collector
    # walks them all again and again (a warm x10 report: 3.7 s, with this 2.9 s).
    gc.set_threshold(100_000, 50, 100)
    # And once more as the process ends, for cycles the system frees anyway: 0.05 s of a warm
    # x1 report, more on larger data. Frozen, they are left to it. The other exit handlers
    # (the cache's) still run, every file written is closed before, and Python flushes the
    # standard streams whatever the collector does.
    atexit.register(gc.freeze)
    if any(k.endswith("_COMPLETE") for k in os.environ):  # completion needs every option
        program = whole()
    else:
        path = invoked(sys.argv[1:])
        program = build(*path) if path else listing()
    run(lambda: program(prog_name="fourgood"))
