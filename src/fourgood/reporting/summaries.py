"""From an open data set to per-cell results for one or more years, one cell at a time.

Each cell's files are read once, summarised for every year asked for (its scorecard when it is
evaluated, and the small figures the report needs), and dropped, so memory does not grow with
the size of the rosters and meeting logs.
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from fourgood.errors import Anchor, Problem, Severity
from fourgood.i18n.message import Choice, Month, Msg, Pct, Person, Quarter, Text
from fourgood.models.classification import LevelRule
from fourgood.models.common import rating_at_least
from fourgood.models.history import Ending
from fourgood.models.programme import Participant
from fourgood.models.rubric import Rubric
from fourgood.models.tree import OrgIndex
from fourgood.read.codec import Codec
from fourgood.read.dataset import Cached, CellData, DataSet
from fourgood.scoring.classification import ConditionResult, Proposal, propose
from fourgood.scoring.engine import ContentResult, CriterionResult, Scorecard, score
from fourgood.scoring.facts import CellYear, compute_facts
from fourgood.scoring.meeting_quality import meeting_rating
from fourgood.scoring.membership import members_at, on_roster
from fourgood.scoring.window import Window, year_window


@dataclass(frozen=True, slots=True)
class MeetingStats:
    """A cell's meetings in its window: regular held against required, thematic per quarter."""

    months_required: int
    months_with_regular: int
    regular: int
    thematic: int
    combined: int
    thematic_by_quarter: tuple[int, int, int, int]
    ratings: tuple[tuple[str, int], ...]
    missing_months: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class MemberStats:
    """A cell's members at the end of the window and their assessment for the year."""

    members: int
    full: int
    ratings: tuple[tuple[str, int], ...]
    rated: int
    httnv_or_better: int
    htnv_or_better: int
    disciplined: int


@dataclass(frozen=True, slots=True)
class CellSummary:
    """What the score and report commands need to know about a cell in a year."""

    id: str
    name: str
    type: str
    grassroots: str
    present: bool  # still in the bloc at the end of the window
    participant: Participant | None
    transferred_out: tuple[date, str] | None  # left the programme (and the bloc) in the window
    card: Scorecard | None
    classification: str | None
    exemplary_commended: bool
    commendations: int
    members: MemberStats | None
    meetings: MeetingStats | None
    proposal: Proposal | None = None  # the level the edition's classification rules propose
    ended: tuple[date, str, str] | None = None  # merged or dissolved in the window: day, how, into

    @property
    def evaluated(self) -> bool:
        """In the programme, not transferred out, and scored."""
        return self.card is not None


@dataclass
class YearRun:
    """All cells' summaries for a year."""

    year: int
    as_of: date | None
    cells: list[CellSummary] = field(default_factory=list)

    def evaluated(self) -> list[CellSummary]:
        """The cells scored this year."""
        return [c for c in self.cells if c.card is not None]


def _member_stats(data: CellData, year: int, day: date) -> MemberStats | None:
    roster = data.scoring_roster
    if roster is None:
        return None
    members = members_at(roster, day)
    ratings = Counter(
        m.years[year].rating for m in members if year in m.years and m.years[year].rating
    )
    disciplined = sum(
        1
        for m in roster.members
        if any(d.date.year == year and d.date <= day and on_roster(m, d.date) for d in m.discipline)
    )
    return MemberStats(
        members=len(members),
        full=sum(1 for m in members if m.full_member is not None and m.full_member <= day),
        ratings=tuple(sorted((str(k), v) for k, v in ratings.items())),
        rated=sum(ratings.values()),
        httnv_or_better=sum(v for k, v in ratings.items() if k and rating_at_least(k, "HTTNV")),
        htnv_or_better=sum(v for k, v in ratings.items() if k and rating_at_least(k, "HTNV")),
        disciplined=disciplined,
    )


def _meeting_stats(cell: CellYear, ds: DataSet, cell_type: str) -> MeetingStats | None:
    if cell.meetings is None:
        return None
    rubric = ds.rubric_for(cell.year, cell_type)
    meetings = [m for m in cell.meetings.meetings if m.date in cell.window]
    months = cell.window.months()
    regular_months = {
        (m.date.year, m.date.month) for m in meetings if m.kind in ("regular", "combined")
    }
    by_quarter = [0, 0, 0, 0]
    for m in meetings:
        if m.kind in ("thematic", "combined"):
            by_quarter[(m.date.month - 1) // 3] += 1
    ratings: Counter[str] = Counter()
    if rubric is not None:
        for m in meetings:
            if m.kind in ("regular", "combined"):
                rating = meeting_rating(m, rubric.meetings)
                ratings[rating or "unrated"] += 1
    kinds = Counter(m.kind for m in meetings)
    return MeetingStats(
        months_required=len(months),
        months_with_regular=sum(1 for ym in months if ym in regular_months),
        regular=kinds["regular"],
        thematic=kinds["thematic"],
        combined=kinds["combined"],
        thematic_by_quarter=(by_quarter[0], by_quarter[1], by_quarter[2], by_quarter[3]),
        ratings=tuple(sorted(ratings.items())),
        missing_months=tuple(mo for y, mo in months if (y, mo) not in regular_months),
    )


def _summarise(
    ds: DataSet, data: CellData, run: YearRun, participant: Participant | None
) -> CellSummary | None:
    """A cell's summary for one year (``None`` when the year has not begun by ``as_of``), with
    the cell named and placed in the tree as it stood at the end of its year."""
    index = ds.index
    assert index is not None
    cell, year = data.cell, run.year
    end = min(date(year, 12, 31), run.as_of) if run.as_of else date(year, 12, 31)
    if date(year, 1, 1) > end:
        return None
    ending = index.ending(cell.id)
    left = ending.date if ending else None
    gone = ending if participant is not None and ending is not None and ending.date <= end else None
    last = _last_day(end, left)
    name = index.name_on(cell.id, last)
    rubric = ds.rubric_for(year, cell.type)
    card, meeting_stats = None, None
    if participant is not None and gone is None:
        card, meeting_stats = _scored(ds, data, run, participant, name, rubric)
    record = data.records.get(year)
    # Commendations for a year are awarded at its end or early in the next: counted as the
    # annual review is (up to the window's end while the year is in progress).
    calendar_year = Window(date(year, 1, 1), end)
    awarded = [
        c
        for c in (record.commendations if record else [])
        if not c.date or calendar_year.closes(c.date)
    ]
    return CellSummary(
        id=cell.id,
        name=name,
        type=cell.type,
        grassroots=index.grassroots_of(cell.id, last),
        present=index.present_at(cell.id, end),
        participant=participant,
        transferred_out=(gone.date, gone.to) if gone and gone.how == "transferred" else None,
        card=card,
        classification=record.classification if record else None,
        exemplary_commended=any(c.exemplary_4good for c in awarded),
        commendations=len(awarded),
        members=_member_stats(data, year, min(end, left) if left and left <= end else end),
        meetings=meeting_stats,
        proposal=_proposal(data, year, last, card, rubric),
        ended=_ended(index, gone),
    )


def _scored(
    ds: DataSet,
    data: CellData,
    run: YearRun,
    participant: Participant,
    name: str,
    rubric: Rubric | None,
) -> tuple[Scorecard | None, MeetingStats | None]:
    """A programme cell's scorecard and meeting figures for the year, judged from the later of
    the day it joined and the day it was formed."""
    cell, year = data.cell, run.year
    starts = [d for d in (participant.joined, cell.established) if d and d.year == year]
    window = year_window(year, max(starts) if starts else None, None, run.as_of)
    if window.end < window.start:
        return None, None  # --as-of before the cell joined: it is not taking part yet
    cell_year = CellYear(
        year, window, data.scoring_roster, data.meetings.get(year), data.records.get(year)
    )
    card = None
    if rubric is not None:
        facts = compute_facts(cell_year, rubric.meetings, members=rubric.members)
        card = score(
            rubric, facts, cell=cell.id, name=name, cell_type=cell.type, year=year, window=window
        )
    return card, _meeting_stats(cell_year, ds, cell.type)


def _ended(index: OrgIndex, gone: Ending | None) -> tuple[date, str, str] | None:
    """A programme cell merged or dissolved during the year: (day, how, the name of the cell it
    was merged into, or empty)."""
    if gone is None or gone.how == "transferred":
        return None
    into = index.name_on(gone.to, gone.date) if gone.how == "merged" else ""
    return gone.date, gone.how, into


def _last_day(end: date, left: date | None) -> date:
    """The last day of the year a cell is in the bloc, up to ``end``."""
    return min(end, left - timedelta(days=1)) if left and left <= end else end


def _proposal(
    data: CellData, year: int, end: date, card: Scorecard | None, rubric: Rubric | None
) -> Proposal | None:
    """The level the edition's classification rules propose for the cell's year, read over the
    calendar year (up to ``end``), with its 4 Good result; ``None`` without rules, or for a
    cell with neither a record nor a result for the year."""
    rules = rubric.classification if rubric is not None else None
    record = data.records.get(year)
    if rules is None or rubric is None or (record is None and card is None):
        return None
    names = {c.fact for level in rules.levels for c in level.conditions}
    for criterion in rules.criteria:
        rule = criterion.rule
        names |= {n for n in (rule.reads, rule.minus_rule and rule.minus_rule.fact) if n}
    window = Window(date(year, 1, 1), end)
    cell_year = CellYear(year, window, data.scoring_roster, data.meetings.get(year), record)
    facts = compute_facts(
        cell_year, rubric.meetings, names, rubric.members, card.status if card else None
    )
    points = record.classification_points if record else None
    return propose(rules, facts, year=year, window=window, recorded_points=points)


def _slim(summary: CellSummary) -> CellSummary:
    card = summary.card
    if card is None or card.status != "met":
        return summary
    return replace(summary, card=card.slim())


def run_years(
    ds: DataSet,
    years: list[int],
    *,
    as_of: date | None = None,
    cell_ids: set[str] | None = None,
    cell_type: str | None = None,
    all_cells: bool = True,
    details: bool = True,
) -> dict[int, YearRun]:
    """Summaries of the cells for each year; ``as_of`` limits the latest year to that day.

    ``all_cells`` reads every cell of the bloc (the report's organisation figures need all
    rosters); otherwise only the cells in the years' programmes are read. Without ``details``,
    the scorecards of cells that met the standard keep their points but not their criteria,
    which keeps memory small on large blocs.
    """
    runs = {year: YearRun(year, as_of if year == max(years) else None) for year in years}
    participants = {year: {p.cell: p for p in ds.participants(year)} for year in years}
    context = None
    if ds.cache is not None:
        # Everything a cell's summaries depend on besides its own files (see cell_fingerprint)
        # and the code (which the cache adds): the organisation, programmes and rubrics, the
        # years asked for, and whether details are kept (slim results decode much faster).
        context = hashlib.sha256(
            ds.context_digest() + repr((sorted(years), as_of, details)).encode()
        ).digest()
    wanted = _wanted(ds, participants, all_cells, cell_ids, cell_type)

    def summarised(cell_id: str) -> list[tuple[int, CellSummary]]:
        return _cell(ds, cell_id, runs, participants, context, details)

    def cached(cell_id: str) -> Cached[list[tuple[int, CellSummary]]] | None:
        key = _key(ds, cell_id, runs, context)
        return None if key is None else (key, lambda: _from_cache(ds, key))

    # The cells the cache has no result for are read on every core when there are enough of
    # them (read.parallel): each worker reads, scores and caches its cells, and its results
    # come back through the codec, so that thousands of cells share their equal parts.
    for summaries in ds.each_cell(wanted, summarised, cached, (_codec(), _Summaries)):
        for year, summary in summaries:
            runs[year].cells.append(_with_own_entry(summary, participants[year]))
    return runs


def _with_own_entry(summary: CellSummary, participants: dict[str, Participant]) -> CellSummary:
    """The summary holding the data set's own programme entry rather than the equal copy a
    cached result brings: each copy is a model of its own (about 450 bytes, for every cell)."""
    own = participants.get(summary.id)
    entry = summary.participant
    if entry is None or entry is own or entry != own:
        return summary
    return replace(summary, participant=own)


def _wanted(
    ds: DataSet,
    participants: dict[int, dict[str, Participant]],
    all_cells: bool,
    cell_ids: set[str] | None,
    cell_type: str | None,
) -> list[str]:
    """The cells to read, in id order."""
    assert ds.index is not None
    wanted = ds.cell_ids()
    if not all_cells:
        wanted = sorted({c for cells in participants.values() for c in cells})
    if cell_ids is not None:
        wanted = [c for c in wanted if c in cell_ids]
    if cell_type is not None:
        wanted = [c for c in wanted if ds.index.cells[c].type == cell_type]
    return wanted


def _cell(
    ds: DataSet,
    cell_id: str,
    runs: dict[int, YearRun],
    participants: dict[int, dict[str, Participant]],
    context: bytes | None,
    details: bool,
) -> list[tuple[int, CellSummary]]:
    """One cell's summaries for the years asked for (see ``run_years`` for ``details``), from
    the cache when its files and the shared ones are unchanged."""
    key = _key(ds, cell_id, runs, context)
    if key is not None and (hit := _from_cache(ds, key)) is not None:
        return hit
    before = len(ds.problems)
    found = _computed(ds, cell_id, runs, participants)
    if not details:
        found = [(year, _slim(summary)) for year, summary in found]
    if key is not None and ds.cache is not None:
        ds.cache.put_result(key, (found, ds.problems[before:]), _codec())
    return found


def _from_cache(ds: DataSet, key: bytes) -> list[tuple[int, CellSummary]] | None:
    """A cell's summaries from the cache, its problems added to the data set's."""
    hit = ds.cache.get_result(key, _codec(), _Cached) if ds.cache is not None else None
    if hit is None:
        return None
    summaries, problems = hit[0]
    ds.problems.extend(problems)
    return list(summaries)


def _key(
    ds: DataSet, cell_id: str, runs: dict[int, YearRun], context: bytes | None
) -> bytes | None:
    """The cache's key for a cell's summaries (``None``: not cached)."""
    if ds.cache is None or context is None:
        return None
    files = ds.cell_fingerprint(cell_id, set(runs))
    return None if files is None else context + files


def _computed(
    ds: DataSet,
    cell_id: str,
    runs: dict[int, YearRun],
    participants: dict[int, dict[str, Participant]],
) -> list[tuple[int, CellSummary]]:
    """One cell's summaries, read and scored from its files."""
    data = ds.cell(cell_id, years=set(runs))
    return [
        (year, summary)
        for year, run in runs.items()
        if (summary := _summarise(ds, data, run, participants[year].get(cell_id)))
    ]


# What the cache keeps of a cell: its summaries by year, and the problems found reading it.
_Summaries = list[tuple[int, CellSummary]]
_Cached = tuple[_Summaries, list[Problem]]


@functools.cache
def _codec() -> Codec:
    """The classes a cached cell is made of: nothing else is ever built from the cache. The
    parts cells repeat (labels, messages, criteria, rules) are shared; a cell's own summary,
    programme entry and scorecard are its own."""
    shared = (
        MeetingStats, MemberStats, ContentResult, CriterionResult, Window, Problem, Proposal,
        ConditionResult, LevelRule, Msg, Text, Month, Quarter, Pct, Choice,
    )  # fmt: skip
    return Codec((CellSummary, Participant, Scorecard, Severity, Anchor, Person, *shared), shared)
