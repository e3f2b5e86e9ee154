"""The registry of commands: each command is a module of ``fourgood.cli.commands``; it holds
one function registered with ``@command(order)``, or a noun with verbs (``fourgood member add``)
declared with ``group(name, order)`` and a function per verb registered with
``@command(order, group=name)``. The application adds them in that order (the order
``fourgood --help`` lists them in: a year's work, from setting up to reviewing it).

Help texts are catalogue keys (``help.<command>``), put in words when the program starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


# Named tuples, not dataclasses: creating a dataclass costs over half a millisecond at every
# start of the program, which is most of this module's import.


class Command(NamedTuple):
    """A command: its name, its place in the help, the function that runs it, its help key and
    the group it is a verb of (``None``: a command of its own)."""

    name: str
    order: int
    function: Callable[..., Any]
    help: str | None = None
    group: str | None = None


class Group(NamedTuple):
    """A noun whose verbs are commands: ``fourgood member add``."""

    name: str
    order: int
    help: str


COMMANDS: list[Command] = []
GROUPS: list[Group] = []


def command(
    order: int, name: str | None = None, *, help: str | None = None, group: str | None = None
) -> Callable[[F], F]:
    """Register the decorated function as the command ``name`` (default: the function's), or as
    a verb of ``group``."""

    def register(function: F) -> F:
        COMMANDS.append(Command(name or function.__name__, order, function, help, group))
        return function

    return register


def group(name: str, order: int, help: str) -> str:
    """Declare a noun whose verbs are registered with ``@command(..., group=name)``."""
    GROUPS.append(Group(name, order, help))
    return name


def verbs(name: str) -> list[Command]:
    """The verbs of a group, in their order."""
    return sorted((c for c in COMMANDS if c.group == name), key=lambda c: c.order)
