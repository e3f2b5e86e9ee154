"""The yearly report as data: figures computed from the cells' summaries, no text yet.

The renderers (``render.report`` for JSON and CSV, ``render.report_sections`` for the document
that the terminal, Markdown, HTML and xlsx renderers lay out) read only this structure, so every
format shows the same figures.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from fourgood.checks.classification import (
    Check,
    ClassifiedCell,
    MemberCounts,
    YearClassification,
    check_classification,
)
from fourgood.collation import text_key
from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Msg, Text
from fourgood.models.common import RATINGS
from fourgood.models.organisation import Classification
from fourgood.models.tree import OrgIndex
from fourgood.read.dataset import DataSet
from fourgood.reporting.summaries import CellSummary, YearRun, run_years
from fourgood.scoring.engine import Scorecard
from fourgood.vocabulary import CELL_TYPES

DISTRIBUTION = ((100, 100), (95, 99), (90, 94), (80, 89), (0, 79))
"""Bands of content points for the distribution, best first."""


@dataclass(frozen=True, slots=True)
class OrgFigures:
    """The organisation on a day, counted from the tree and the rosters."""

    day: date
    grassroots: int
    committees: int
    grassroots_cells: int
    sections: int
    cells_under_committees: int
    members: int
    full_members: int
    cells_by_type: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Transfer:
    """A programme cell that left the bloc during the year."""

    cell: str
    name: str
    day: date
    to: str


@dataclass(frozen=True, slots=True)
class Ended:
    """A programme cell merged into another or dissolved during the year."""

    cell: str
    name: str
    day: date
    how: str
    into: str


@dataclass(frozen=True, slots=True)
class ProgrammeFigures:
    """Selected → transferred out, merged or dissolved → evaluated → met / not met /
    incomplete."""

    selected: int
    by_basis: tuple[tuple[str, int], ...]
    transferred_out: tuple[Transfer, ...]
    evaluated: int
    met: int
    not_met: int
    incomplete: int
    ended: tuple[Ended, ...] = ()


@dataclass(frozen=True, slots=True)
class GroupRow:
    """Results of a group of evaluated cells (a cell type, a grassroots organisation)."""

    key: str
    name: str
    evaluated: int
    met: int
    not_met: int
    incomplete: int
    averages: tuple[tuple[str, Fraction], ...]


@dataclass(frozen=True, slots=True)
class ContentStats:
    """One content across the evaluated cells."""

    id: str
    label: Text
    mean: Fraction
    low: int
    high: int
    met: int
    distribution: tuple[int, ...]  # cells per DISTRIBUTION band


@dataclass(frozen=True, slots=True)
class LostCriterion:
    """A criterion that lost points, with the reasons."""

    id: str
    label: Text
    points: int
    max: int
    measured: Msg | None
    why: tuple[Msg, ...]


@dataclass(frozen=True, slots=True)
class FailedContent:
    """A content below the pass mark."""

    id: str
    label: Text
    points: int
    short: int
    lost: tuple[LostCriterion, ...]


@dataclass(frozen=True, slots=True)
class Shortfall:
    """A cell that did not meet the standard (or could not yet be judged)."""

    cell: str
    name: str
    status: str
    contents: tuple[FailedContent, ...]


@dataclass(frozen=True, slots=True)
class MeetingFigures:
    """Meetings of the evaluated cells."""

    months_required: int
    months_with_regular: int
    regular: int
    thematic: int
    combined: int
    quarters: tuple[tuple[int, int, int], ...]  # (quarter, cells that held one, cells required)
    thematic_by_quarter: tuple[int, int, int, int]
    ratings: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class MemberFigures:
    """Members of the evaluated cells and their assessment."""

    members: int
    rated: int
    ratings: tuple[tuple[str, int], ...]
    httnv_or_better: int
    disciplined: int

    @property
    def httnv_share(self) -> Fraction | None:
        """Share of rated members rated HTTNV or better."""
        return Fraction(self.httnv_or_better, self.rated) if self.rated else None


@dataclass(frozen=True, slots=True)
class ProposalRow:
    """An evaluated cell's proposed level (on points) beside the level decided for it."""

    cell: str
    name: str
    points: int | None
    best_points: int | None
    source: str | None
    level: str | None
    best_level: str | None
    decided: str | None
    objections: tuple[Msg, ...]


@dataclass(frozen=True, slots=True)
class ClassificationFigures:
    """Classification of the evaluated cells, the rules around it, and commendations; where
    the edition assesses on points, the level each cell is proposed."""

    counts: tuple[tuple[str, int], ...]
    unclassified: int
    checks: tuple[Check, ...]
    commended: tuple[str, ...]
    regulations: tuple[Text, ...] = ()
    proposals: tuple[ProposalRow, ...] = ()
    proposed: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class CellRow:
    """One evaluated cell in the report's list."""

    id: str
    name: str
    type: str
    grassroots: str
    status: str
    points: tuple[tuple[str, int], ...]
    classification: str | None
    commended: bool
    proposal: ProposalRow | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the yearly report shows."""

    year: int
    as_of: date | None
    bloc: str
    rubrics: tuple[str, ...]
    pass_mark: int
    content_ids: tuple[str, ...]
    organisation: OrgFigures
    programme: ProgrammeFigures
    by_type: tuple[GroupRow, ...]
    by_grassroots: tuple[GroupRow, ...]
    contents: tuple[ContentStats, ...]
    shortfalls: tuple[Shortfall, ...]
    meetings: MeetingFigures
    members: MemberFigures
    classification: ClassificationFigures
    cells: tuple[CellRow, ...]
    scorecards: tuple[Scorecard, ...] = ()
    previous: Report | None = field(default=None)


def _mean(values: list[int]) -> Fraction:
    return Fraction(sum(values), len(values)) if values else Fraction(0)


def _cards(cells: list[CellSummary]) -> list[Scorecard]:
    return [c.card for c in cells if c.card is not None]


def _group(key: str, name: str, cells: list[CellSummary], content_ids: tuple[str, ...]) -> GroupRow:
    cards = _cards(cells)
    averages = tuple(
        (cid, _mean([card.content(cid).points for card in cards if _has(card, cid)]))
        for cid in content_ids
    )
    return GroupRow(
        key,
        name,
        len(cards),
        sum(1 for c in cards if c.status == "met"),
        sum(1 for c in cards if c.status == "not_met"),
        sum(1 for c in cards if c.status == "incomplete"),
        averages,
    )


def _has(card: Scorecard, content_id: str) -> bool:
    return any(c.id == content_id for c in card.contents)


def report_of_year(
    ds: DataSet, year: int, as_of: date | None, lang: Lang, *, details: bool
) -> Report:
    """The year's report on a data set, with the year before beside it when it has a programme;
    the bloc is named in the reader's language where the data names it in both."""
    years = [year - 1, year] if year - 1 in ds.programmes else [year]
    runs = run_years(ds, years, as_of=as_of, details=details)
    assert ds.organisation is not None
    assert ds.index is not None
    bloc = ds.organisation.bloc
    name = bloc.name_en if lang == "en" and bloc.name_en else bloc.name
    return build_report(
        runs[year], ds.index, name, bloc.classification, previous=runs.get(year - 1)
    )


def build_report(
    run: YearRun,
    index: OrgIndex,
    bloc_name: str,
    settings: Classification,
    previous: YearRun | None = None,
) -> Report:
    """The report of a year from the cells' summaries."""
    day = min(date(run.year, 12, 31), run.as_of) if run.as_of else date(run.year, 12, 31)
    evaluated = sorted(
        (c for c in run.cells if c.card is not None), key=lambda c: (text_key(c.name), c.id)
    )
    cards = _cards(evaluated)
    content_ids = _content_ids(cards)
    return Report(
        year=run.year,
        as_of=run.as_of,
        bloc=bloc_name,
        rubrics=tuple(sorted({f"{c.rubric_id} {c.rubric_version}" for c in cards})),
        pass_mark=cards[0].pass_mark if cards else 95,
        content_ids=content_ids,
        organisation=_organisation(run, index, day),
        programme=_programme(run, cards),
        by_type=_by_type(evaluated, content_ids),
        by_grassroots=_by_grassroots(evaluated, index, content_ids, day),
        contents=_content_stats(cards, content_ids),
        shortfalls=_shortfalls(evaluated),
        meetings=_meetings(evaluated),
        members=_members(evaluated),
        classification=_classification(run, evaluated, index, settings, day),
        cells=_cell_rows(evaluated),
        scorecards=tuple(cards),
        previous=build_report(previous, index, bloc_name, settings) if previous else None,
    )


def _content_ids(cards: list[Scorecard]) -> tuple[str, ...]:
    """The contents of the rubrics in use, in the order they first appear."""
    ids: list[str] = []
    for card in cards:
        ids += [content.id for content in card.contents if content.id not in ids]
    return tuple(ids)


def _programme(run: YearRun, cards: list[Scorecard]) -> ProgrammeFigures:
    participants = [c for c in run.cells if c.participant is not None]
    transfers = sorted(
        (
            Transfer(c.id, c.name, c.transferred_out[0], c.transferred_out[1])
            for c in participants
            if c.transferred_out is not None
        ),
        key=lambda t: (t.day, t.cell),
    )
    basis = Counter(c.participant.basis for c in participants if c.participant)
    ended = sorted(
        (Ended(c.id, c.name, *c.ended) for c in participants if c.ended is not None),
        key=lambda e: (e.day, e.cell),
    )
    return ProgrammeFigures(
        selected=len(participants),
        by_basis=tuple(sorted(basis.items())),
        transferred_out=tuple(transfers),
        evaluated=len(cards),
        met=sum(1 for c in cards if c.status == "met"),
        not_met=sum(1 for c in cards if c.status == "not_met"),
        incomplete=sum(1 for c in cards if c.status == "incomplete"),
        ended=tuple(ended),
    )


def _by_type(evaluated: list[CellSummary], content_ids: tuple[str, ...]) -> tuple[GroupRow, ...]:
    cells: dict[str, list[CellSummary]] = defaultdict(list)
    for c in evaluated:
        cells[c.type].append(c)
    return tuple(_group(t, t, cells[t], content_ids) for t in CELL_TYPES if t in cells)


def _by_grassroots(
    evaluated: list[CellSummary], index: OrgIndex, content_ids: tuple[str, ...], day: date
) -> tuple[GroupRow, ...]:
    cells: dict[str, list[CellSummary]] = defaultdict(list)
    for c in evaluated:
        cells[c.grassroots].append(c)
    names = {k: _unit_name(index, k, day) for k in cells}
    return tuple(
        _group(k, names[k], cells[k], content_ids)
        for k in sorted(cells, key=lambda k: (text_key(names[k]), k))
    )


def _cell_rows(evaluated: list[CellSummary]) -> tuple[CellRow, ...]:
    # One pair for each content's id and points, however many cells score them: a national
    # bloc's rows would otherwise hold 360,000 pairs, where a few hundred differ.
    pairs: dict[tuple[str, int], tuple[str, int]] = {}
    return tuple(_cell_row(c, c.card, pairs) for c in evaluated if c.card is not None)


def _cell_row(
    c: CellSummary, card: Scorecard, pairs: dict[tuple[str, int], tuple[str, int]]
) -> CellRow:
    points = tuple(
        pairs.setdefault(pair, pair) for pair in ((x.id, x.points) for x in card.contents)
    )
    return CellRow(
        c.id, c.name, c.type, c.grassroots, card.status, points, c.classification,
        c.exemplary_commended, _proposal_row(c),
    )  # fmt: skip


def _proposal_row(c: CellSummary) -> ProposalRow | None:
    """The cell's proposal on points, beside its decided level (``None`` when the edition in
    force does not assess on points)."""
    p = c.proposal
    if p is None or not p.on_points:
        return None
    decided = c.classification
    objections = p.objections(decided) if decided else ()
    return ProposalRow(
        c.id, c.name, p.points, p.best_points, p.source, p.level, p.best_level, decided,
        objections,
    )  # fmt: skip


def _unit_name(index: OrgIndex, unit_id: str, day: date) -> str:
    """A grassroots organisation's name on the report's day."""
    return index.name_on(unit_id, day)


def _organisation(run: YearRun, index: OrgIndex, day: date) -> OrgFigures:
    committees = [k for k in index.committees if index.present_at(k, day)]
    sections = [k for k in index.sections if index.present_at(k, day)]
    present = [c for c in run.cells if index.present_at(c.id, day)]
    grassroots_cells = [c for c in present if index.is_grassroots_cell(c.id, day)]
    types = Counter(c.type for c in present)
    return OrgFigures(
        day=day,
        grassroots=len(committees) + len(grassroots_cells),
        committees=len(committees),
        grassroots_cells=len(grassroots_cells),
        sections=len(sections),
        cells_under_committees=len(present) - len(grassroots_cells),
        members=sum(c.members.members for c in present if c.members),
        full_members=sum(c.members.full for c in present if c.members),
        cells_by_type=tuple((t, types[t]) for t in CELL_TYPES if types[t]),
    )


def _content_stats(
    cards: list[Scorecard], content_ids: tuple[str, ...]
) -> tuple[ContentStats, ...]:
    stats = []
    for cid in content_ids:
        results = [card.content(cid) for card in cards if _has(card, cid)]
        values = [r.points for r in results]
        stats.append(
            ContentStats(
                id=cid,
                label=results[0].label,
                mean=_mean(values),
                low=min(values),
                high=max(values),
                met=sum(1 for r in results if r.met),
                distribution=tuple(
                    sum(1 for v in values if low <= v <= high) for low, high in DISTRIBUTION
                ),
            )
        )
    return tuple(stats)


def _shortfalls(evaluated: list[CellSummary]) -> tuple[Shortfall, ...]:
    rows = []
    for c in evaluated:
        card = c.card
        if card is None or card.status == "met":
            continue
        failed = tuple(
            FailedContent(
                content.id,
                content.label,
                content.points,
                card.pass_mark - content.points,
                tuple(
                    LostCriterion(r.id, r.label, r.points, r.max, r.measured, r.why)
                    for r in content.criteria
                    if r.lost > 0
                ),
            )
            for content in card.contents
            if not content.met
        )
        rows.append(Shortfall(c.id, c.name, card.status, failed))
    return tuple(rows)


def _meetings(evaluated: list[CellSummary]) -> MeetingFigures:
    stats = [c.meetings for c in evaluated if c.meetings is not None]
    by_quarter = [0, 0, 0, 0]
    quarters: list[tuple[int, int, int]] = []
    ratings: Counter[str] = Counter()
    for s in stats:
        for q in range(4):
            by_quarter[q] += s.thematic_by_quarter[q]
        ratings.update(dict(s.ratings))
    for q in range(4):
        required = [
            c
            for c in evaluated
            if c.card is not None
            and c.meetings is not None
            and (c.card.year, q + 1) in c.card.window.quarters()
        ]
        if required:
            held = sum(1 for c in required if c.meetings and c.meetings.thematic_by_quarter[q] > 0)
            quarters.append((q + 1, held, len(required)))
    order = ("good", "fair", "average", "poor", "unrated")
    return MeetingFigures(
        months_required=sum(s.months_required for s in stats),
        months_with_regular=sum(s.months_with_regular for s in stats),
        regular=sum(s.regular for s in stats),
        thematic=sum(s.thematic for s in stats),
        combined=sum(s.combined for s in stats),
        quarters=tuple(quarters),
        thematic_by_quarter=(by_quarter[0], by_quarter[1], by_quarter[2], by_quarter[3]),
        ratings=tuple((r, ratings[r]) for r in order if ratings[r]),
    )


def _members(evaluated: list[CellSummary]) -> MemberFigures:
    stats = [c.members for c in evaluated if c.members is not None]
    ratings: Counter[str] = Counter()
    for s in stats:
        ratings.update(dict(s.ratings))
    return MemberFigures(
        members=sum(s.members for s in stats),
        rated=sum(s.rated for s in stats),
        ratings=tuple((r, ratings[r]) for r in RATINGS),
        httnv_or_better=sum(s.httnv_or_better for s in stats),
        disciplined=sum(s.disciplined for s in stats),
    )


def _classified(c: CellSummary, index: OrgIndex, day: date) -> ClassifiedCell:
    m = c.members
    return ClassifiedCell(
        id=c.id,
        name=c.name,
        type=c.type,
        grassroots=c.grassroots,
        grassroots_name=_unit_name(index, c.grassroots, day),
        present=c.present,
        evaluated=c.card is not None,
        status=c.card.status if c.card else None,
        classification=c.classification,
        exemplary=c.exemplary_commended,
        members=(
            MemberCounts(m.rated, m.htnv_or_better, m.httnv_or_better, m.disciplined, m.ratings)
            if m is not None
            else None
        ),
        proposal=c.proposal,
    )


def _classification(
    run: YearRun,
    evaluated: list[CellSummary],
    index: OrgIndex,
    settings: Classification,
    day: date,
) -> ClassificationFigures:
    counts = Counter(c.classification for c in evaluated if c.classification)
    year = YearClassification(tuple(_classified(c, index, day) for c in run.cells), settings)
    commended = [c for c in run.cells if c.exemplary_commended]
    rows = tuple(row for c in evaluated if (row := _proposal_row(c)) is not None)
    proposed = Counter(row.level or "unknown" for row in rows)
    regulations = {c.proposal.regulation for c in run.cells if c.proposal is not None}
    return ClassificationFigures(
        counts=tuple((r, counts[r]) for r in RATINGS),
        unclassified=sum(1 for c in evaluated if c.classification is None),
        checks=check_classification(year),
        commended=tuple(c.id for c in sorted(commended, key=lambda c: (text_key(c.name), c.id))),
        regulations=tuple(sorted(regulations, key=lambda t: (t.en, t.vi))),
        proposals=rows,
        proposed=tuple((r, proposed[r]) for r in (*RATINGS, "unknown") if proposed[r]),
    )
