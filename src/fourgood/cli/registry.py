"""The registry of commands: each command is a module of ``fourgood.cli.commands`` holding one
function registered with ``@command(order)``; the application adds them in that order (the order
``fourgood --help`` lists them in: a year's work, from setting up to reviewing it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Command:
    """A command: its name, its place in the help, and the function that runs it."""

    name: str
    order: int
    function: Callable[..., Any]


COMMANDS: list[Command] = []


def command(order: int, name: str | None = None) -> Callable[[F], F]:
    """Register the decorated function as the command ``name`` (default: the function's)."""

    def register(function: F) -> F:
        COMMANDS.append(Command(name or function.__name__, order, function))
        return function

    return register
