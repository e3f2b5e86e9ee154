"""The days of a year a cell is judged on, and the months and quarters inside them."""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Window:
    """The days of a year a cell is judged on: its time in the programme, up to ``as_of``."""

    start: date
    end: date  # inclusive

    def months(self) -> list[tuple[int, int]]:
        """The months that lie wholly inside the window (only ended months count)."""
        return list(_months(self.start, self.end))

    def quarters(self) -> list[tuple[int, int]]:
        """The quarters that lie wholly inside the window."""
        return list(_quarters(self.start, self.end))

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def complete(self) -> bool:
        """Whether the window runs to the end of its year (the year is over, not in progress)."""
        return self.end == date(self.end.year, 12, 31)

    @property
    def closing(self) -> date:
        """The last day a year-end fact of the window's year may be dated: the window's end
        while the year is in progress; once it is over, 31 March of the next year (the annual
        review and the year's awards are often held in the first months of the next)."""
        return date(self.end.year + 1, 3, 31) if self.complete else self.end

    def closes(self, day: date) -> bool:
        """Whether a year-end fact dated ``day`` counts for this window."""
        return self.start <= day <= self.closing


@functools.lru_cache(maxsize=256)
def _months(start: date, end: date) -> tuple[tuple[int, int], ...]:
    result = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        if first >= start and last <= end:
            result.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(result)


@functools.lru_cache(maxsize=256)
def _quarters(start: date, end: date) -> tuple[tuple[int, int], ...]:
    months = set(_months(start, end))
    return tuple(
        (year, quarter)
        for year in range(start.year, end.year + 1)
        for quarter in range(1, 5)
        if {(year, 3 * (quarter - 1) + m) for m in (1, 2, 3)} <= months
    )


def year_window(year: int, joined: date | None, left: date | None, as_of: date | None) -> Window:
    """The window of a cell in a year's programme."""
    start = max(date(year, 1, 1), joined) if joined else date(year, 1, 1)
    end = date(year, 12, 31)
    if left is not None:
        end = min(end, left - timedelta(days=1))
    if as_of is not None:
        end = min(end, as_of)
    return Window(start, end)
