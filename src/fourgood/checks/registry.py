"""The registry of checks: each check is a function registered for the kind of thing it checks
(a subject: one roster file, one meeting log, every roster of the data set, ...).

    @check(RosterFile)
    def dates_in_order(subject: RosterFile) -> Iterator[Problem]: ...

``run(subject)`` runs every check of the subject's kind. Adding a check is one decorated function
in the module of its kind of file (and its case in ``tests/cases/``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from fourgood.errors import Problem

S = TypeVar("S")
CheckFunction = Callable[[S], Iterable[Problem]]

CHECKS: dict[type, list[Callable[[Any], Iterable[Problem]]]] = defaultdict(list)
"""The checks of each kind of subject, in the order their modules register them."""


def check(subject: type[S]) -> Callable[[CheckFunction[S]], CheckFunction[S]]:
    """Register the decorated function as a check of every ``subject``."""

    def register(function: CheckFunction[S]) -> CheckFunction[S]:
        CHECKS[subject].append(function)
        return function

    return register


def run(subject: object) -> list[Problem]:
    """Every problem the checks of this subject's kind find."""
    return [problem for function in CHECKS[type(subject)] for problem in function(subject)]
