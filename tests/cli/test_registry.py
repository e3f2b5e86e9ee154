"""The registry of commands: every module of the commands package is one command or a noun with
its verbs, in help order."""

from __future__ import annotations

import pkgutil

from fourgood.cli import commands
from fourgood.cli.registry import COMMANDS, GROUPS, verbs

commands.load()


def test_every_command_module_registers_its_command() -> None:
    modules = sorted(m.name for m in pkgutil.iter_modules(commands.__path__))
    registering = sorted({c.function.__module__.rsplit(".", 1)[-1] for c in COMMANDS})
    assert registering == modules


def test_commands_are_listed_in_the_order_of_a_year_of_work() -> None:
    entries = [(c.order, c.name) for c in COMMANDS if c.group is None]
    entries += [(g.order, g.name) for g in GROUPS]
    assert [name for _, name in sorted(entries)] == [
        *("init", "year", "validate", "score", "scorecard", "report", "followup", "todo"),
        "schema",
        *("form", "import", "member", "meeting", "record", "cell"),
    ]


def test_a_nouns_verbs_in_their_order() -> None:
    assert [v.name for v in verbs("member")] == [
        "add",
        "transfer",
        "exempt",
        "discipline",
        "assess",
    ]
    assert [v.name for v in verbs("record")] == ["set", "assess"]
    assert verbs("nothing") == []


def test_the_programs_list_is_the_registrys() -> None:
    """``PROGRAM`` (what ``fourgood --help`` lists, no module imported): the registered
    commands, then the nouns, each in their order, each with its help under its name."""
    own = sorted((c for c in COMMANDS if c.group is None), key=lambda c: c.order)
    nouns = sorted(GROUPS, key=lambda g: g.order)
    assert [e.name for e in own] + [g.name for g in nouns] == list(commands.PROGRAM)
    assert [e.help for e in own] + [g.help for g in nouns] == [
        f"help.{name}" for name in commands.PROGRAM
    ]


def test_each_command_is_in_the_module_of_its_name() -> None:
    """``load(name)`` imports the module named after the command or noun: the one that
    registers it."""
    for c in COMMANDS:
        assert c.function.__module__ == commands.module_name(c.group or c.name), c.name
