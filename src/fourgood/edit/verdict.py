"""The data set as it would be after a change, checked where the change can matter, and the
problems the change would add.

Only what the change can affect is read and checked: the shared files (organisation,
programmes, rubrics), the cells whose files it edits, and the other rosters of members whose
time on a roster it alters (a transfer is checked on both rosters). A recording command on a
bloc of hundreds of cells so reads a handful of files. The data set as it is now is checked
the same way only when the change shows problems, to tell those it adds from those already
there (compared by file and message: lines move when lines are added).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from fourgood.edit.change import Change, naming
from fourgood.errors import Problem, Severity
from fourgood.read.dataset import DataSet

if TYPE_CHECKING:
    from fourgood.read.cache import Cache


@dataclass(frozen=True)
class Verdict:
    """What a change would add: ``added`` as found (their places inside the documents still
    known, for the workbook cells they came from) and ``located`` at path:line:col in the
    files as the change leaves them."""

    added: list[Problem]
    located: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        """The located errors the change would add."""
        return [p for p in self.located if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        """The located warnings the change would add."""
        return [p for p in self.located if p.severity is Severity.WARNING]


def judge(
    root: str,
    change: Change,
    *,
    cache: Cache | None,
    today: date,
    before: DataSet | None = None,
) -> Verdict:
    """Check the data set as the change would leave it; the problems it would add (``before``:
    the data set as it is, when it is open already)."""
    edits = change.edits()
    overrides = {e.relative: e.after for e in edits}
    after = DataSet(root, cache=cache, today=today, overrides=overrides)
    # the other rosters of members whose time on a roster changes: a transfer, an expulsion
    scope = change.cells() | (naming(after.layout, change.members) if change.members else set())
    after.check(cells=scope)
    if not after.problems:
        return Verdict([], [])
    before = before or DataSet(root, cache=cache, today=today)
    before.check(cells=scope)
    seen = Counter(_identity(p) for p in before.problems)
    added: list[Problem] = []
    for problem in after.problems:
        if seen[_identity(problem)] > 0:
            seen[_identity(problem)] -= 1
        else:
            added.append(problem)
    return Verdict(added, after.located_problems(added))


def _identity(problem: Problem) -> tuple[str, Severity, object]:
    return (problem.file, problem.severity, problem.message)
