"""A cell-year as the facts see it: the data, its window, and the work several facts share."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar, cast

from fourgood.collation import name_key
from fourgood.i18n.message import msg
from fourgood.models.meetings import Meeting, MeetingLog
from fourgood.models.record import AnnualRecord
from fourgood.models.roster import Member, Roster
from fourgood.models.rubric import MeetingRules, MemberRules
from fourgood.scoring.facts.registry import FACTS
from fourgood.scoring.membership import members_at
from fourgood.scoring.values import FactValue, Missing
from fourgood.scoring.window import Window

T = TypeVar("T")


@dataclass(frozen=True)
class CellYear:
    """Everything the engine reads about one cell in one year."""

    year: int
    window: Window
    roster: Roster | None
    meetings: MeetingLog | None
    record: AnnualRecord | None


@dataclass(frozen=True)
class Facts:
    """The computed facts of a cell-year, by name, and the assessed points of its record."""

    values: dict[str, FactValue]
    assessed: dict[str, tuple[int, str]] = field(default_factory=dict)


class CellFacts:
    """A cell-year with its meeting rules, and what several facts compute alike, computed once."""

    def __init__(
        self,
        cell: CellYear,
        rules: MeetingRules,
        members: MemberRules | None = None,
        result: str | None = None,
    ) -> None:
        self.cell = cell
        self.result = result
        """The cell's 4 Good status for the year (met, not_met, incomplete), known only once it
        is scored: the classification reads it."""
        self.rules = rules
        self.member_rules = members or MemberRules()
        self.year = cell.year
        self.window = cell.window
        self.roster = cell.roster
        self.record = cell.record
        self._shared: dict[str, object] = {}

    def absent(self, source: str) -> Missing:
        """Missing evidence because the cell has no file of this source for the year."""
        keys = {"record": "why.no_record_file", "meetings": "why.no_log_file"}
        return Missing(msg(keys.get(source, "why.no_roster_file"), year=self.year))

    @functools.cached_property
    def meetings(self) -> list[Meeting] | None:
        """The meetings inside the window, in a fixed order; ``None`` without a log."""
        if self.cell.meetings is None:
            return None
        # A full key, so that meetings on the same day are in the same order however the log
        # lists them (the order of explanations must not depend on the file's order).
        return sorted(
            (m for m in self.cell.meetings.meetings if m.date in self.window),
            key=lambda m: (
                m.date,
                m.kind,
                m.topic or "",
                m.duration or 0,
                m.rating or "",
                sorted(m.absent.items()),
                m.minutes_recorded is True,
                m.conclusion_recorded is True,
            ),
        )

    @functools.cached_property
    def months(self) -> list[tuple[int, int]]:
        """The months of the window that have ended."""
        return self.window.months()

    @functools.cached_property
    def quarters(self) -> list[tuple[int, int]]:
        """The quarters of the window that have ended."""
        return self.window.quarters()

    @functools.cached_property
    def regular(self) -> list[Meeting]:
        """Regular and combined meetings in the window."""
        return [m for m in self.meetings or () if m.kind in ("regular", "combined")]

    @functools.cached_property
    def thematic(self) -> list[Meeting]:
        """Thematic and combined meetings in the window."""
        return [m for m in self.meetings or () if m.kind in ("thematic", "combined")]

    @functools.cached_property
    def year_end_members(self) -> list[Member]:
        """The members at the end of the window: those the year's assessment covers."""
        return year_end_members(self.cell)


def year_end_members(cell: CellYear) -> list[Member]:
    """The members on the roster at the end of the window: those the year's assessment covers."""
    if cell.roster is None:
        return []
    return sorted(members_at(cell.roster, cell.window.end), key=lambda m: (name_key(m.name), m.id))


def compute_facts(
    cell: CellYear,
    rules: MeetingRules,
    names: Iterable[str] | None = None,
    members: MemberRules | None = None,
    result: str | None = None,
) -> Facts:
    """The facts of a cell-year: those named (every registered fact when ``names`` is None);
    ``result`` is the cell's 4 Good status, for the facts that read it."""
    view = CellFacts(cell, rules, members, result)
    wanted = FACTS if names is None else {n: FACTS[n] for n in names if n in FACTS}
    values = {name: spec.compute(view) for name, spec in wanted.items()}
    assessed = (
        {k: (v.points, v.note) for k, v in cell.record.assessed.items()} if cell.record else {}
    )
    return Facts(values, assessed)


def per_cell(compute: Callable[[CellFacts], T]) -> Callable[[CellFacts], T]:
    """Compute something several facts read once per cell-year (e.g. one pass over meetings
    that gives both attendance and unexcused absences)."""
    key = f"{compute.__module__}.{compute.__qualname__}"

    def shared(cell: CellFacts) -> T:
        if key not in cell._shared:
            cell._shared[key] = compute(cell)
        return cast(T, cell._shared[key])

    return shared
