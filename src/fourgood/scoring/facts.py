"""The facts a rubric can read, and how they are computed from one cell's data for one year.

Each fact is computed from the cell's roster, meeting log and annual record, limited to the
period the cell spends in the programme that year (its *window*). A fact is one of:

* ``None``: the data it needs is not there at all (the criterion is "missing evidence");
* ``NotApplicable``: nothing to judge yet (e.g. no month of the window has ended);
* a value carrying a pessimistic and an optimistic reading. They differ only where part of the
  evidence is missing (a member with no dues record): the pessimistic reading counts that as a
  shortfall, the optimistic one as fine. Points come from the pessimistic reading; the optimistic
  one tells whether a cell below the standard could still reach it once the data is complete.

All arithmetic is exact (integers and fractions).
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from typing import Literal, TypeVar

from fourgood.collation import name_key
from fourgood.i18n.message import Choice, Month, Msg, Pct, Person, Quarter, msg
from fourgood.models.common import rating_at_least
from fourgood.models.meetings import MEETING_RATINGS, Meeting, MeetingLog, MeetingRating
from fourgood.models.record import AnnualRecord
from fourgood.models.roster import Member, MemberYear, Roster
from fourgood.models.rubric import MeetingRules

V = TypeVar("V")

FactType = Literal["share", "count", "ratio", "yes_no", "date", "level"]


@dataclass(frozen=True)
class FactSpec:
    """What kind of value a fact is, and its levels when it is graded."""

    type: FactType
    levels: tuple[str, ...] = ()


FACTS: dict[str, FactSpec] = {
    "work_programme": FactSpec("date"),
    "targets_achieved": FactSpec("share"),
    "key_tasks_not_completed": FactSpec("count"),
    "mass_organisations_below_httnv": FactSpec("count"),
    "discipline_decisions": FactSpec("count"),
    "incidents": FactSpec("count"),
    "inspection_done": FactSpec("ratio"),
    "self_criticism_held": FactSpec("yes_no"),
    "months_without_regular_meeting": FactSpec("count"),
    "quarters_without_thematic_meeting": FactSpec("count"),
    "meeting_quality": FactSpec("level", MEETING_RATINGS),
    "attendance": FactSpec("share"),
    "unexcused_absences": FactSpec("count"),
    "short_meetings": FactSpec("count"),
    "meetings_without_records": FactSpec("count"),
    "members_httnv_or_better": FactSpec("share"),
    "members_khtnv": FactSpec("count"),
    "members_dues_not_in_full": FactSpec("count"),
    "members_studied_resolutions": FactSpec("share"),
    "recruitment": FactSpec("level", ("admitted", "candidate", "none")),
    "members_good_residence_feedback": FactSpec("share"),
}
"""Every fact a rubric may name, by name."""


@dataclass(frozen=True)
class Missing:
    """The evidence a fact needs is not there, and in what way."""

    reason: Msg


@dataclass(frozen=True)
class NotApplicable:
    """Nothing to judge for this fact in this window, and why."""

    reason: Msg


@dataclass(frozen=True)
class Count:
    """Occurrences that lose points, and places where the evidence is missing."""

    found: tuple[Msg, ...]
    unknown: tuple[Msg, ...] = ()
    measured: Msg | None = None


@dataclass(frozen=True)
class Share:
    """A share between 0 and 1: the pessimistic and optimistic readings and the shortfalls."""

    low: Fraction
    high: Fraction
    measured: Msg
    shortfalls: tuple[Msg, ...] = ()
    unknown: tuple[Msg, ...] = ()


@dataclass(frozen=True)
class Ratio:
    """Done out of planned (an inspection programme)."""

    done: int
    planned: int


@dataclass(frozen=True)
class YesNo:
    """Whether something happened; ``when`` is its date if known."""

    value: bool
    when: date | None = None


@dataclass(frozen=True)
class OnDate:
    """The date something was done, or ``None`` when it was not done."""

    when: date | None


@dataclass(frozen=True)
class Level:
    """A graded fact: the pessimistic and optimistic level and the reasons for the level."""

    low: str
    high: str
    reasons: tuple[Msg, ...] = ()
    unknown: tuple[Msg, ...] = ()
    measured: Msg | None = None


FactValue = Count | Share | Ratio | YesNo | OnDate | Level | NotApplicable | Missing | None


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


# --- members ---------------------------------------------------------------------------------


def member_start(member: Member) -> date:
    """The day a member joined this cell."""
    return member.transferred_in.date if member.transferred_in else member.admitted


def on_roster(member: Member, day: date) -> bool:
    """Whether the member belonged to the cell on ``day``."""
    if day < member_start(member):
        return False
    return not (member.transferred_out and member.transferred_out.date <= day)


def exempt_on(member: Member, day: date) -> bool:
    """Whether the member was exempt from activities on ``day``."""
    return any(e.from_ <= day and (e.to is None or day <= e.to) for e in member.exempt)


def members_at(roster: Roster, day: date) -> list[Member]:
    """The members on the roster on ``day``."""
    return [m for m in roster.members if on_roster(m, day)]


# --- meetings --------------------------------------------------------------------------------


def meeting_rating(meeting: Meeting, rules: MeetingRules) -> MeetingRating | None:
    """A meeting's rating: the recorded one, else the one its score sheet gives."""
    if meeting.rating is not None:
        return meeting.rating
    if meeting.sheet is None:
        return None
    total = sum(meeting.sheet.values())
    cut = rules.cutoffs
    if total >= cut.good:
        sheet = rules.sheets.get(rules.sheet)
        full = all(
            sheet is not None
            and item in sheet.items
            and meeting.sheet.get(item, 0) >= sheet.items[item].max
            for item in rules.good_requires_full
        )
        return "good" if full else "fair"
    if total >= cut.fair:
        return "fair"
    if total >= cut.average:
        return "average"
    return "poor"


def _at_least(rating: MeetingRating, floor: MeetingRating) -> bool:
    return MEETING_RATINGS.index(rating) <= MEETING_RATINGS.index(floor)


def year_quality(
    ratings: Sequence[MeetingRating], months: int, rules: MeetingRules
) -> MeetingRating:
    """The year's meeting quality by the rubric's year rule (first level whose conditions hold).

    A count condition is written for a full year of 12 months; for a shorter window it is
    scaled to the months counted and rounded up (7 of 12 becomes 4 of 6).
    """
    for level in rules.year_quality:
        if level.all_at_least and not all(_at_least(r, level.all_at_least) for r in ratings):
            continue
        if level.at_least:
            needed = -(-level.at_least.count * months // 12)
            have = sum(1 for r in ratings if _at_least(r, level.at_least.rating))
            if have < needed:
                continue
        if level.share_at_least:
            have = sum(1 for r in ratings if _at_least(r, level.share_at_least.rating))
            if not ratings or Fraction(have, len(ratings)) * 100 < level.share_at_least.percent:
                continue
        return level.level
    return rules.year_otherwise


# --- computing the facts ---------------------------------------------------------------------


def compute_facts(cell: CellYear, rules: MeetingRules) -> Facts:
    """All facts of a cell-year."""
    values: dict[str, FactValue] = {}
    values.update(_record_facts(cell))
    values.update(_meeting_facts(cell, rules))
    values.update(_member_facts(cell))
    assessed = (
        {k: (v.points, v.note) for k, v in cell.record.assessed.items()} if cell.record else {}
    )
    return Facts(values, assessed)


def _in_year(day: date, year: int) -> bool:
    return day.year == year


def _record_facts(cell: CellYear) -> dict[str, FactValue]:
    record, year = cell.record, cell.year
    out: dict[str, FactValue] = {}
    if record is None:
        for name in (
            "work_programme",
            "targets_achieved",
            "key_tasks_not_completed",
            "mass_organisations_below_httnv",
            "incidents",
            "inspection_done",
            "self_criticism_held",
        ):
            out[name] = None
        return out
    wp = record.work_programme
    out["work_programme"] = None if wp is None else OnDate(wp if isinstance(wp, date) else None)
    if record.targets:
        missed = tuple(
            msg("why.target_missed", name=t.name) for t in record.targets if not t.achieved
        )
        total = len(record.targets)
        share = Fraction(total - len(missed), total)
        out["targets_achieved"] = Share(
            share, share, msg("measured.targets", n=total - len(missed), total=total), missed
        )
    else:
        out["targets_achieved"] = None
    out["key_tasks_not_completed"] = (
        None
        if record.key_tasks is None
        else Count(
            tuple(msg("why.key_task", name=t.name) for t in record.key_tasks if not t.completed),
            measured=msg(
                "measured.key_tasks",
                n=sum(1 for t in record.key_tasks if t.completed),
                total=len(record.key_tasks),
            ),
        )
    )
    out["mass_organisations_below_httnv"] = (
        None
        if record.mass_organisations is None
        else Count(
            tuple(
                msg("why.mass_org", org=Choice("mass_org", org), rating=Choice("rating", rating))
                for org, rating in sorted(record.mass_organisations.items())
                if not rating_at_least(rating, "HTTNV")
            )
        )
    )
    out["incidents"] = (
        None
        if record.incidents is None
        else Count(
            tuple(
                msg("why.incident", kind=Choice("incident", i.kind), day=i.date)
                for i in sorted(record.incidents, key=lambda i: (i.date, i.kind))
                if _in_year(i.date, year)
            )
        )
    )
    out["inspection_done"] = (
        None
        if record.inspection is None
        else Ratio(record.inspection.done, record.inspection.planned)
    )
    sc = record.self_criticism
    out["self_criticism_held"] = (
        None if sc is None else YesNo(isinstance(sc, date), sc if isinstance(sc, date) else None)
    )
    return out


def _meetings_in(cell: CellYear) -> list[Meeting] | None:
    if cell.meetings is None:
        return None
    # A full key, so that meetings on the same day are in the same order however the log lists
    # them (the order of explanations must not depend on the file's order).
    return sorted(
        (m for m in cell.meetings.meetings if m.date in cell.window),
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


def _meeting_facts(cell: CellYear, rules: MeetingRules) -> dict[str, FactValue]:
    names = (
        "months_without_regular_meeting",
        "quarters_without_thematic_meeting",
        "meeting_quality",
        "attendance",
        "unexcused_absences",
        "short_meetings",
        "meetings_without_records",
    )
    meetings = _meetings_in(cell)
    if meetings is None:
        return dict.fromkeys(names)
    out: dict[str, FactValue] = {}
    months = cell.window.months()
    quarters = cell.window.quarters()
    regular = [m for m in meetings if m.kind in ("regular", "combined")]
    thematic = [m for m in meetings if m.kind in ("thematic", "combined")]
    if months:
        held = {(m.date.year, m.date.month) for m in regular}
        out["months_without_regular_meeting"] = Count(
            tuple(
                msg("why.no_regular", month=Month(y, mo)) for y, mo in months if (y, mo) not in held
            ),
            measured=msg(
                "measured.months", n=sum(1 for ym in months if ym in held), total=len(months)
            ),
        )
    else:
        out["months_without_regular_meeting"] = NotApplicable(msg("na.no_month"))
    if quarters:
        held_q = {(m.date.year, (m.date.month - 1) // 3 + 1) for m in thematic}
        out["quarters_without_thematic_meeting"] = Count(
            tuple(
                msg("why.no_thematic", quarter=Quarter(y, q))
                for y, q in quarters
                if (y, q) not in held_q
            ),
            measured=msg(
                "measured.quarters",
                n=sum(1 for yq in quarters if yq in held_q),
                total=len(quarters),
            ),
        )
    else:
        out["quarters_without_thematic_meeting"] = NotApplicable(msg("na.no_quarter"))
    out["meeting_quality"] = _quality(regular, len(months), rules)
    if not meetings:
        # Nothing to measure attendance, duration or records on: judged only once a month of
        # the period has ended without a meeting (which Q1 already counts).
        empty = (
            Missing(msg("why.no_meetings_logged")) if months else NotApplicable(msg("na.no_month"))
        )
        out.update(dict.fromkeys(("attendance", "unexcused_absences"), empty))
        out.update(dict.fromkeys(("short_meetings", "meetings_without_records"), empty))
        return out
    out.update(_attendance(cell, meetings))
    short: list[Msg] = []
    unknown_duration: list[Msg] = []
    unrecorded: list[Msg] = []
    unknown_records: list[Msg] = []
    for m in meetings:
        kind = Choice("meeting_kind", m.kind)
        minimum = rules.min_duration.get(m.kind, 0)
        if m.duration is None:
            unknown_duration.append(msg("why.no_duration", day=m.date, kind=kind))
        elif m.duration < minimum:
            short.append(
                msg("why.short", day=m.date, kind=kind, minutes=m.duration, minimum=minimum)
            )
        if m.minutes_recorded is False or m.conclusion_recorded is False:
            unrecorded.append(msg("why.no_records", day=m.date, kind=kind))
        elif m.minutes_recorded is None or m.conclusion_recorded is None:
            unknown_records.append(msg("why.records_unknown", day=m.date, kind=kind))
    out["short_meetings"] = Count(tuple(short), tuple(unknown_duration))
    out["meetings_without_records"] = Count(tuple(unrecorded), tuple(unknown_records))
    return out


def _quality(regular: list[Meeting], months: int, rules: MeetingRules) -> FactValue:
    if months == 0:
        return NotApplicable(msg("na.no_month"))
    if not regular:
        return None
    known: list[MeetingRating] = []
    unknown: list[Msg] = []
    reasons: list[Msg] = []
    for m in regular:
        rating = meeting_rating(m, rules)
        if rating is None:
            unknown.append(msg("why.unrated", day=m.date))
        else:
            known.append(rating)
            if rating != "good":
                reasons.append(
                    msg("why.rated", day=m.date, rating=Choice("meeting_rating", rating))
                )
    low = year_quality([*known, *(["poor"] * len(unknown))], months, rules)  # type: ignore[list-item]
    high = year_quality([*known, *(["good"] * len(unknown))], months, rules)  # type: ignore[list-item]
    good = sum(1 for r in known if r == "good")
    measured = msg("measured.quality", good=good, total=len(regular))
    return Level(low, high, tuple(reasons), tuple(unknown), measured)


def _attendance(cell: CellYear, meetings: list[Meeting]) -> dict[str, FactValue]:
    if cell.roster is None or not meetings:
        return {"attendance": None, "unexcused_absences": None}
    names = {m.id: m.name for m in cell.roster.members}
    # Each member's time in the cell and exemptions, read once rather than per meeting.
    spans = [
        (
            m.id,
            member_start(m),
            m.transferred_out.date if m.transferred_out else None,
            [(e.from_, e.to) for e in m.exempt],
        )
        for m in cell.roster.members
    ]
    rates: list[Fraction] = []
    unexcused: list[Msg] = []
    low_meetings: list[Msg] = []
    for meeting in meetings:
        day = meeting.date
        expected = {
            member_id
            for member_id, start, left, exempt in spans
            if start <= day
            and (left is None or day < left)
            and not any(a <= day and (b is None or day <= b) for a, b in exempt)
        }
        if not expected:
            continue
        absent = sum(1 for member_id in meeting.absent if member_id in expected)
        rates.append(Fraction(len(expected) - absent, len(expected)))
        for member_id in sorted(meeting.absent, key=lambda i: (name_key(names.get(i) or i), i)):
            if meeting.absent[member_id] == "unexcused":
                unexcused.append(
                    msg(
                        "why.unexcused",
                        name=Person(member_id, names.get(member_id, member_id)),
                        day=day,
                    )
                )
        if absent:
            low_meetings.append(
                msg("why.attendance", day=day, present=len(expected) - absent, total=len(expected))
            )
    if not rates:
        return {"attendance": None, "unexcused_absences": Count(tuple(unexcused))}
    mean = sum(rates, Fraction(0)) / len(rates)
    return {
        "attendance": Share(
            mean,
            mean,
            msg("measured.attendance", pct=Pct(mean), n=len(rates)),
            tuple(low_meetings),
        ),
        "unexcused_absences": Count(tuple(unexcused)),
    }


def year_end_members(cell: CellYear) -> list[Member]:
    """The members on the roster at the end of the window: those the year's assessment covers."""
    if cell.roster is None:
        return []
    return sorted(members_at(cell.roster, cell.window.end), key=lambda m: (name_key(m.name), m.id))


def _member_facts(cell: CellYear) -> dict[str, FactValue]:
    names = (
        "discipline_decisions",
        "members_httnv_or_better",
        "members_khtnv",
        "members_dues_not_in_full",
        "members_studied_resolutions",
        "recruitment",
        "members_good_residence_feedback",
    )
    if cell.roster is None:
        return dict.fromkeys(names)
    year = cell.year
    out: dict[str, FactValue] = {}
    decisions = sorted(
        (d.date, name_key(m.name), m.id, d.form, Person(m.id, m.name))
        for m in cell.roster.members
        for d in m.discipline
        if _in_year(d.date, year) and d.date <= cell.window.end and on_roster(m, d.date)
    )
    out["discipline_decisions"] = Count(
        tuple(
            msg("why.discipline", name=n, form=Choice("discipline", f), day=d)
            for d, _, _, f, n in decisions
        )
    )
    members = year_end_members(cell)
    rated = [(m, m.years[year].rating) for m in members if year in m.years and m.years[year].rating]
    if rated:
        below = tuple(
            msg("why.member_rating", name=Person(m.id, m.name), rating=Choice("rating", r))
            for m, r in rated
            if r is not None and not rating_at_least(r, "HTTNV")
        )
        good = len(rated) - len(below)
        share = Fraction(good, len(rated))
        out["members_httnv_or_better"] = Share(
            share, share, msg("measured.members_of", n=good, total=len(rated)), below
        )
        out["members_khtnv"] = Count(
            tuple(
                msg(
                    "why.member_rating", name=Person(m.id, m.name), rating=Choice("rating", "KHTNV")
                )
                for m, r in rated
                if r == "KHTNV"
            )
        )
    else:
        out["members_httnv_or_better"] = None
        out["members_khtnv"] = None
    out["members_dues_not_in_full"] = _per_member_count(
        members,
        year,
        lambda y: y.dues,
        lambda m, v: (
            msg("why.dues", name=Person(m.id, m.name), dues=Choice("dues", v))
            if v != "in_full"
            else None
        ),
        lambda m: msg("why.no_dues", name=Person(m.id, m.name)),
    )
    out["members_studied_resolutions"] = _per_member_share(
        members,
        year,
        lambda y: y.studied,
        lambda v: v is True,
        lambda m: msg("why.not_studied", name=Person(m.id, m.name)),
        lambda m: msg("why.no_study", name=Person(m.id, m.name)),
    )
    out["members_good_residence_feedback"] = _per_member_share(
        members,
        year,
        lambda y: y.residence_feedback,
        lambda v: v == "good",
        lambda m: msg("why.residence", name=Person(m.id, m.name)),
        lambda m: msg("why.no_residence", name=Person(m.id, m.name)),
    )
    out["recruitment"] = _recruitment(cell)
    return out


def _member_values(
    members: Iterable[Member], year: int, get: Callable[[MemberYear], V | None]
) -> list[tuple[Member, V | None]]:
    return [(m, get(m.years[year]) if year in m.years else None) for m in members]


def _per_member_count(
    members: Sequence[Member],
    year: int,
    get: Callable[[MemberYear], V | None],
    bad: Callable[[Member, V], Msg | None],
    missing: Callable[[Member], Msg],
) -> FactValue:
    """A count over members; a member with no record is missing evidence."""
    found: list[Msg] = []
    unknown: list[Msg] = []
    for m, value in _member_values(members, year, get):
        if value is None:
            unknown.append(missing(m))
            continue
        problem = bad(m, value)
        if problem is not None:
            found.append(problem)
    if len(unknown) == len(members):  # no member has a record (or there are no members)
        return None
    return Count(tuple(found), tuple(unknown))


def _per_member_share(
    members: Sequence[Member],
    year: int,
    get: Callable[[MemberYear], V | None],
    ok: Callable[[V], bool],
    short: Callable[[Member], Msg],
    missing: Callable[[Member], Msg],
) -> FactValue:
    """A share of members; a member with no record counts against it pessimistically."""
    good = 0
    shortfalls: list[Msg] = []
    unknown: list[Msg] = []
    for m, value in _member_values(members, year, get):
        if value is None:
            unknown.append(missing(m))
        elif ok(value):
            good += 1
        else:
            shortfalls.append(short(m))
    total = len(members)
    if total == 0 or len(unknown) == total:
        return None
    low = Fraction(good, total)
    high = Fraction(good + len(unknown), total)
    return Share(
        low,
        high,
        msg("measured.members_of", n=good, total=total),
        tuple(shortfalls),
        tuple(unknown),
    )


def _recruitment(cell: CellYear) -> FactValue:
    assert cell.roster is not None
    admitted = sorted(
        (
            m
            for m in cell.roster.members
            if _in_year(m.admitted, cell.year)
            and m.admitted <= cell.window.end
            and m.transferred_in is None
        ),
        key=lambda m: (name_key(m.name), m.id),
    )
    if admitted:
        return Level(
            "admitted",
            "admitted",
            tuple(msg("why.admitted", name=Person(m.id, m.name)) for m in admitted),
        )
    candidates = cell.record.candidates if cell.record else None
    if candidates is None:
        return Level("none", "admitted", (), (msg("why.no_candidates_record"),))
    if candidates > 0:
        return Level("candidate", "candidate", (msg("why.candidates", n=candidates),))
    return Level("none", "none", (msg("why.no_recruitment"),))
