"""What is still to record, per cell of the programme and for the bloc: the missing evidence
that leaves a cell ``incomplete``, as a checklist for the monthly review (a month) or the year's
close (a year).

For a month: its regular meeting not logged, the quarter's thematic meeting not logged yet, the
month's meetings with a fact left out, the year's work programme if it is not recorded; in
December also what the year's close needs. For a year (as of today while it is in progress):
each month and quarter so far, every meeting with a fact left out, members without their year's
assessment, facts of the annual record not recorded, and the committee's assessed points and
classification not entered.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from fourgood.collation import name_key, text_key
from fourgood.models.meetings import MeetingLog
from fourgood.models.record import AnnualRecord
from fourgood.models.roster import Roster
from fourgood.models.rubric import Rubric
from fourgood.read.dataset import CellData
from fourgood.scoring.membership import members_at
from fourgood.scoring.rules.assessed import AssessedRule

RECORD_FACTS = (
    "work_programme",
    "targets",
    "key_tasks",
    "mass_organisations",
    "incidents",
    "inspection",
    "self_criticism",
    "candidates",
)
"""The facts of an annual record a cell records (the committee's come apart)."""

KINDS = (
    "regular_meeting",
    "thematic_meeting",
    "meeting_facts",
    "member_year",
    "no_record",
    "record_fact",
    "assessed",
    "classification",
)
"""The kinds of item, in the order a cell's checklist lists them."""


@dataclass(frozen=True)
class Item:
    """One thing still to record."""

    kind: str
    month: int | None = None
    quarter: int | None = None
    day: date | None = None
    meeting_kind: str | None = None
    member: str | None = None
    name: str | None = None
    fact: str | None = None
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class CellTodo:
    """A cell's checklist."""

    cell: str
    name: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Period:
    """The checklist's period: a month, or a year (``month`` is ``None``), up to ``as_of``."""

    year: int
    month: int | None
    first: date
    last: date
    as_of: date

    @property
    def closes_year(self) -> bool:
        """Whether the year's close is due in this period (December, or the whole year)."""
        return self.month in (None, 12)


def period(year: int, month: int | None, today: date) -> Period:
    """A month's or a year's period, counted up to today while it is in progress."""
    if month is None:
        first, last = date(year, 1, 1), date(year, 12, 31)
    else:
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
    return Period(year, month, first, last, min(today, last))


@dataclass
class Todo:
    """The bloc's checklist: a cell's list each (cells with nothing to record included)."""

    period: Period
    cells: list[CellTodo] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """How many items of each kind, across the bloc."""
        found = dict.fromkeys(KINDS, 0)
        for cell in self.cells:
            for item in cell.items:
                found[item.kind] += 1
        return found


def months(p: Period, joined: date | None) -> list[int]:
    """The months of the period that have begun, from the day a cell joined."""
    start = max(p.first, joined or p.first)
    return [
        m
        for m in range(start.month, 13)
        if date(p.year, m, 1) <= p.as_of and date(p.year, m, 1) <= p.last
    ]


def meeting_items(p: Period, log: MeetingLog | None, joined: date | None) -> list[Item]:
    """Months without a regular meeting, quarters without a thematic one, meetings with a
    fact left out."""
    meetings = log.meetings if log else []
    items: list[Item] = []
    held = {m.date.month for m in meetings if m.kind in ("regular", "combined")}
    thematic = {(m.date.month - 1) // 3 + 1 for m in meetings if m.kind in ("thematic", "combined")}
    begun = months(p, joined)
    items += [Item("regular_meeting", month=m) for m in begun if m not in held]
    quarters = sorted({(m - 1) // 3 + 1 for m in begun})
    items += [Item("thematic_meeting", quarter=q) for q in quarters if q not in thematic]
    for meeting in sorted(meetings, key=lambda m: (m.date, m.kind)):
        if not p.first <= meeting.date <= p.as_of:
            continue
        missing = [
            name
            for name, value in (
                ("duration", meeting.duration),
                ("rating", meeting.rating or meeting.sheet),
                ("minutes_recorded", meeting.minutes_recorded),
                ("conclusion_recorded", meeting.conclusion_recorded),
            )
            if value is None
        ]
        if missing:
            items.append(
                Item(
                    "meeting_facts",
                    day=meeting.date,
                    meeting_kind=meeting.kind,
                    missing=tuple(missing),
                )
            )
    return items


def member_items(p: Period, roster: Roster | None, rubric: Rubric | None) -> list[Item]:
    """Members at the end of the period without a fact of the year's assessment (no rating is
    expected of a member admitted in the last months, as the rubric says)."""
    unrated = rubric.members.unrated_first_months if rubric else 6
    end = p.as_of
    items: list[Item] = []
    for member in sorted(members_at(roster, end) if roster else [], key=lambda m: name_key(m.name)):
        facts = member.years.get(p.year)
        months_in = (end.year - member.admitted.year) * 12 + end.month - member.admitted.month
        wanted = ["dues", "studied", "residence_feedback"]
        if months_in >= unrated:
            wanted.insert(0, "rating")
        missing = tuple(k for k in wanted if facts is None or getattr(facts, k) is None)
        if missing:
            items.append(Item("member_year", member=member.id, name=member.name, missing=missing))
    return items


def record_items(p: Period, record: AnnualRecord | None, rubric: Rubric | None) -> list[Item]:
    """Facts of the record not recorded (the work programme from January on), and the
    committee's points and classification at the year's close."""
    if record is None:
        return [Item("no_record")]
    facts = RECORD_FACTS if p.closes_year else ("work_programme",)
    items = [Item("record_fact", fact=f) for f in facts if getattr(record, f) is None]
    if not p.closes_year:
        return items
    for content in rubric.contents if rubric else []:
        for criterion in content.criteria:
            if isinstance(criterion.rule, AssessedRule) and criterion.id not in record.assessed:
                items.append(Item("assessed", fact=criterion.id))
    if record.classification is None:
        items.append(Item("classification"))
    return items


def cell_todo(p: Period, data: CellData, joined: date | None, rubric: Rubric | None) -> CellTodo:
    """One cell's checklist for the period."""
    items = meeting_items(p, data.meetings.get(p.year), joined)
    if p.closes_year:
        items += member_items(p, data.roster, rubric)
    items += record_items(p, data.records.get(p.year), rubric)
    return CellTodo(data.cell.id, data.cell.name, tuple(items))


def ordered(cells: list[CellTodo]) -> list[CellTodo]:
    """Cells in Vietnamese order of their names."""
    return sorted(cells, key=lambda c: (text_key(c.name), c.cell))
