"""The registry of commands: every module of the commands package is one command, in help order."""

from __future__ import annotations

import pkgutil

from fourgood.cli import commands
from fourgood.cli.registry import COMMANDS


def test_every_command_module_registers_its_command() -> None:
    modules = sorted(m.name for m in pkgutil.iter_modules(commands.__path__))
    assert sorted(c.name for c in COMMANDS) == modules


def test_commands_are_listed_in_the_order_of_a_year_of_work() -> None:
    ordered = [c.name for c in sorted(COMMANDS, key=lambda c: c.order)]
    assert ordered == ["init", "validate", "score", "scorecard", "report", "followup", "schema"]
