"""What the checks look at: one dataclass per kind of subject, holding the file's model and the
context a check of it needs (the organisation, the roster, the rubric in force, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from fourgood.models.meetings import MeetingLog
from fourgood.models.organisation import Organisation
from fourgood.models.programme import Programme
from fourgood.models.record import AnnualRecord
from fourgood.models.roster import Roster
from fourgood.models.rubric import Rubric
from fourgood.models.tree import OrgIndex
from fourgood.read.layout import Layout
from fourgood.scoring.rubrics import RubricSource


@dataclass(frozen=True)
class OrganisationFile:
    """``organisation.yaml`` and the index built from it."""

    organisation: Organisation
    file: str
    index: OrgIndex


@dataclass(frozen=True)
class ProgrammeFile:
    """``programme/<year>.yaml``, with the year before's programme and the rubrics."""

    year: int
    programme: Programme
    file: str
    index: OrgIndex
    previous: Programme | None
    rubrics: list[RubricSource]


@dataclass(frozen=True)
class RosterFile:
    """``cells/<cell>/roster.yaml``; ``today`` is the day the cell's data runs to (its latest
    logged meeting, never after today)."""

    cell: str
    roster: Roster
    file: str
    index: OrgIndex
    today: date


@dataclass(frozen=True)
class MeetingsFile:
    """``cells/<cell>/meetings-<year>.yaml``, with the cell's roster and the rubric in force."""

    year: int
    log: MeetingLog
    file: str
    roster: Roster | None
    rubric: Rubric | None


@dataclass(frozen=True)
class RecordFile:
    """``cells/<cell>/record-<year>.yaml``, with the rubric in force."""

    year: int
    record: AnnualRecord
    file: str
    rubric: Rubric | None


@dataclass(frozen=True)
class RubricFile:
    """One rubric file."""

    rubric: Rubric
    file: str


@dataclass(frozen=True)
class RubricSet:
    """Every rubric: shipped ones and the bloc's own."""

    sources: list[RubricSource]


@dataclass(frozen=True, slots=True)
class RosterSpan:
    """One member's time on one roster and how it began and ended."""

    member: str
    cell: str
    start: date
    end: date | None
    file: str
    position: int
    from_cell: str | None = None
    to_cell: str | None = None
    out_day: date | None = None

    @property
    def moved(self) -> bool:
        """Whether the member came from a cell of the bloc or left by transfer."""
        return not (self.from_cell is None and self.to_cell is None and self.out_day is None)


_DAY = 7
"""Digits of a day number in ``RosterSpans.days`` (``date.max`` is 3,652,059)."""

_NUMBER = r"(?:[0-2]\d{6}|3[0-5]\d{5}|36[0-4]\d{4}|365[01]\d{3}|36520[0-4]\d{2}|365205\d)"
_DAYS = re.compile(rf"(?:(?!0{{7}}){_NUMBER}{_NUMBER})*")
"""Pairs of day numbers: a first day from 1 to ``date.max``'s, a last one from 0 (none)."""


@dataclass(frozen=True, slots=True)
class RosterSpans:
    """Every member's time on one roster, in columns: validate keeps one for each roster
    until the checks across rosters run, so a bloc's members cost a few bytes each beside
    their ids, not an object and two dates each.

    ``days`` holds each member's first and last day on the roster as day numbers
    (``date.toordinal``), seven digits each, in roster order (``0000000``: still on it);
    ``moves`` are the members who came or left by transfer, in full, in roster order.
    """

    cell: str
    file: str
    members: tuple[str, ...]
    days: str
    moves: tuple[RosterSpan, ...] = ()

    def __post_init__(self) -> None:
        # Columns read back from the cache are checked as the codec checks a date: a miss,
        # not a traceback later when a check asks for a span.
        if len(self.days) != 2 * _DAY * len(self.members) or not _DAYS.fullmatch(self.days):
            raise ValueError("a roster's days do not match its members")
        for move in self.moves:
            if not (0 <= move.position < len(self.members)) or (
                (move.member, move.cell, move.file)
                != (self.members[move.position], self.cell, self.file)
            ):
                raise ValueError("a roster's transfers do not match its members")

    @classmethod
    def of(cls, cell: str, file: str, spans: list[RosterSpan]) -> RosterSpans:
        """The columns of one roster's spans (in roster order)."""
        days = "".join(
            f"{s.start.toordinal():0{_DAY}d}{s.end.toordinal() if s.end else 0:0{_DAY}d}"
            for s in spans
        )
        moves = tuple(s for s in spans if s.moved)
        return cls(cell, file, tuple(s.member for s in spans), days, moves)

    def span(self, position: int) -> RosterSpan:
        """The span of the member at ``position``."""
        for move in self.moves:  # a handful at most
            if move.position == position:
                return move
        at = 2 * _DAY * position
        end = int(self.days[at + _DAY : at + 2 * _DAY])
        return RosterSpan(
            self.members[position],
            self.cell,
            date.fromordinal(int(self.days[at : at + _DAY])),
            date.fromordinal(end) if end else None,
            self.file,
            position,
        )


@dataclass(frozen=True)
class Headcount:
    """Current members of a cell (not transferred out), and how many are full members."""

    members: int
    full: int


@dataclass(frozen=True)
class Rosters:
    """Every roster of the data set, summarised: who was where when, and the headcounts."""

    rosters: list[RosterSpans] = field(default_factory=list)
    counts: dict[str, Headcount] = field(default_factory=dict)


@dataclass(frozen=True)
class Charter:
    """The organisation with the headcount of every cell, for the charter's size rules."""

    index: OrgIndex
    counts: dict[str, Headcount]
    file: str


@dataclass(frozen=True)
class DataSetFiles:
    """Which files the data set has, beside what the organisation and programmes list."""

    layout: Layout
    index: OrgIndex
    programmes: dict[int, Programme]
    today: date
