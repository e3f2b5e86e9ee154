"""What the checks look at: one dataclass per kind of subject, holding the file's model and the
context a check of it needs (the organisation, the roster, the rubric in force, ...)."""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)  # every member of every roster has one: no __dict__
class RosterSpan:
    """One member's time on one roster and how it began and ended (a few small values, so the
    rosters can be dropped)."""

    member: str
    cell: str
    start: date
    end: date | None
    file: str
    position: int
    from_cell: str | None = None
    to_cell: str | None = None
    out_day: date | None = None


@dataclass(frozen=True)
class Headcount:
    """Current members of a cell (not transferred out), and how many are full members."""

    members: int
    full: int


@dataclass(frozen=True)
class Rosters:
    """Every roster of the data set, summarised: who was where when, and the headcounts."""

    spans: list[RosterSpan] = field(default_factory=list)
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
