"""Checks that need more than one field or file: references, dates in range, charter rules,
and the soundness of rubrics.

Every check returns problems that point into a file (``where``); the data set locates them.
"""

from __future__ import annotations

import difflib
import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from fourgood.errors import Anchor, Problem, Severity
from fourgood.i18n import Choice, Msg, Person, msg
from fourgood.models.meetings import MeetingLog
from fourgood.models.organisation import Cell, Committee, Organisation, Section, UnitTransfer
from fourgood.models.programme import Programme
from fourgood.models.record import AnnualRecord
from fourgood.models.roster import Member, Roster
from fourgood.models.rubric import (
    AssessedRule,
    Bands,
    Criterion,
    Deadline,
    Levels,
    Proportion,
    Rubric,
)
from fourgood.scoring.facts import FACTS, exempt_on, member_start, on_roster
from fourgood.scoring.rubrics import RubricSource, candidates, resolve

ERROR, WARNING = Severity.ERROR, Severity.WARNING


def suggest(value: str, known: Iterable[str]) -> Msg:
    """'; did you mean X?' for the closest known id, or nothing."""
    close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
    return msg("hint.did_you_mean", name=close[0]) if close else msg("empty")


@dataclass
class OrgIndex:
    """The organisation tree, indexed for lookups."""

    bloc_id: str
    committees: dict[str, Committee] = field(default_factory=dict)
    sections: dict[str, Section] = field(default_factory=dict)
    cells: dict[str, Cell] = field(default_factory=dict)

    def grassroots_of(self, cell_id: str) -> str:
        """The grassroots organisation a cell belongs to (itself for a grassroots cell)."""
        cell = self.cells[cell_id]
        parent = cell.parent
        if parent in self.sections:
            return self.sections[parent].parent
        if parent in self.committees:
            return parent
        return cell_id

    def is_grassroots_cell(self, cell_id: str) -> bool:
        """Whether the cell sits directly under the bloc (chi bộ cơ sở)."""
        return self.cells[cell_id].parent == self.bloc_id

    def departure(self, unit_id: str) -> UnitTransfer | None:
        """When and where a unit left the bloc, itself or with the committee it belongs to."""
        found: list[UnitTransfer] = []
        unit: Cell | Section | Committee | None = (
            self.cells.get(unit_id) or self.sections.get(unit_id) or self.committees.get(unit_id)
        )
        while unit is not None:
            if unit.transferred_out is not None:
                found.append(unit.transferred_out)
            parent = getattr(unit, "parent", None)
            unit = (self.sections.get(parent) or self.committees.get(parent)) if parent else None
        return min(found, key=lambda t: t.date) if found else None

    def left_on(self, unit_id: str) -> date | None:
        """The day a unit left the bloc, if it did."""
        departure = self.departure(unit_id)
        return departure.date if departure else None

    def present_at(self, unit_id: str, day: date) -> bool:
        """Whether a unit was still in the bloc on ``day``."""
        left = self.left_on(unit_id)
        return left is None or left > day


def check_organisation(org: Organisation, file: str) -> tuple[OrgIndex, list[Problem]]:
    """Unique ids and a well-formed tree."""
    problems: list[Problem] = []
    index = OrgIndex(org.bloc.id)
    seen: dict[str, str] = {org.bloc.id: "bloc"}

    def claim(unit_id: str, where: tuple[str | int, ...]) -> bool:
        if unit_id in seen:
            problems.append(
                Problem(file, msg("org.duplicate_id", id=unit_id), where=(*where, "id"))
            )
            return False
        seen[unit_id] = where[0]  # type: ignore[assignment]
        return True

    for i, committee in enumerate(org.committees):
        if claim(committee.id, ("committees", i)):
            index.committees[committee.id] = committee
    for i, section in enumerate(org.sections):
        if claim(section.id, ("sections", i)):
            index.sections[section.id] = section
    for i, cell in enumerate(org.cells):
        if claim(cell.id, ("cells", i)):
            index.cells[cell.id] = cell
    for i, section in enumerate(org.sections):
        if section.parent not in index.committees:
            problems.append(
                Problem(
                    file,
                    msg("org.section_parent", parent=section.parent),
                    where=("sections", i, "parent"),
                )
            )
    for i, cell in enumerate(org.cells):
        if (
            cell.parent != org.bloc.id
            and cell.parent not in index.committees
            and (cell.parent not in index.sections)
        ):
            problems.append(
                Problem(
                    file,
                    msg("org.cell_parent", parent=cell.parent, bloc=org.bloc.id),
                    where=("cells", i, "parent"),
                )
            )
    return index, problems


def check_programme(
    year: int,
    programme: Programme,
    file: str,
    index: OrgIndex,
    previous: Programme | None,
    rubrics: list[RubricSource],
) -> list[Problem]:
    """References to cells, dates inside the year, and a rubric for every taking part."""
    problems: list[Problem] = []
    seen: set[str] = set()
    before = {p.cell for p in previous.cells} if previous else set()
    for i, entry in enumerate(programme.cells):
        where = ("cells", i)
        if entry.cell in seen:
            problems.append(
                Problem(file, msg("prog.duplicate", cell=entry.cell), where=(*where, "cell"))
            )
            continue
        seen.add(entry.cell)
        cell = index.cells.get(entry.cell)
        if cell is None:
            problems.append(
                Problem(
                    file,
                    msg("ref.no_cell", cell=entry.cell, hint=suggest(entry.cell, index.cells)),
                    where=(*where, "cell"),
                )
            )
            continue
        if entry.joined is not None and entry.joined.year != year:
            problems.append(
                Problem(file, msg("prog.joined_year", year=year), where=(*where, "joined"))
            )
        left = index.left_on(entry.cell)
        if left is not None and left <= date(year, 1, 1):
            problems.append(
                Problem(
                    file,
                    msg("prog.left_before", cell=entry.cell, day=left),
                    where=(*where, "cell"),
                )
            )
        if entry.basis == "continuing" and previous is not None and entry.cell not in before:
            problems.append(
                Problem(
                    file,
                    msg("prog.not_continuing", cell=entry.cell, year=year - 1),
                    WARNING,
                    where=(*where, "basis"),
                )
            )
        found = candidates(rubrics, year, cell.type)
        if not found:
            problems.append(
                Problem(
                    file,
                    msg("rubric.none_for", type=Choice("cell_type", cell.type), year=year),
                    where=(*where, "cell"),
                )
            )
        elif len(found) > 1:
            problems.append(
                Problem(
                    file,
                    msg(
                        "rubric.ambiguous",
                        type=Choice("cell_type", cell.type),
                        year=year,
                        ids=", ".join(sorted(s.rubric.id for s in found)),
                    ),
                    where=(*where, "cell"),
                )
            )
    return problems


def check_roster(cell_id: str, roster: Roster, file: str, index: OrgIndex) -> list[Problem]:
    """Dates in order, references to cells, unique ids inside the roster."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, m in enumerate(roster.members):
        where = ("members", i)

        def add(
            key: str, where_: tuple[str | int, ...], severity: Severity = ERROR, **args: object
        ) -> None:
            problems.append(Problem(file, msg(key, **args), severity, where=where_))

        if m.id in seen:
            add("roster.duplicate_id", (*where, "id"), id=m.id)
        seen.add(m.id)
        if m.admitted <= m.born:
            add("roster.admitted_before_born", (*where, "admitted"))
        elif _years_between(m.born, m.admitted) < 18:
            add("roster.admitted_young", (*where, "admitted"), WARNING)
        if m.full_member is not None and m.full_member < m.admitted:
            add("roster.full_before_admitted", (*where, "full_member"))
        start = member_start(m)
        if m.transferred_in is not None:
            if m.transferred_in.date < m.admitted:
                add("roster.in_before_admitted", (*where, "transferred_in", "date"))
            source = m.transferred_in.from_cell
            if source is not None and source not in index.cells:
                add(
                    "ref.no_cell",
                    (*where, "transferred_in", "from_cell"),
                    cell=source,
                    hint=suggest(source, index.cells),
                )
            elif source == cell_id:
                add("roster.self_transfer", (*where, "transferred_in", "from_cell"))
        if m.transferred_out is not None:
            if m.transferred_out.date < start:
                add("roster.out_before_start", (*where, "transferred_out", "date"), day=start)
            target = m.transferred_out.to_cell
            if target is not None and target not in index.cells:
                add(
                    "ref.no_cell",
                    (*where, "transferred_out", "to_cell"),
                    cell=target,
                    hint=suggest(target, index.cells),
                )
            elif target == cell_id:
                add("roster.self_transfer", (*where, "transferred_out", "to_cell"))
        for j, period in enumerate(m.exempt):
            if period.to is not None and period.to < period.from_:
                add("roster.period_order", (*where, "exempt", j, "to"))
        for j, decision in enumerate(m.discipline):
            if decision.date < m.admitted:
                add("roster.discipline_before_admitted", (*where, "discipline", j, "date"))
        for year in sorted(m.years):
            last = m.transferred_out.date.year if m.transferred_out else None
            if year < start.year or (last is not None and year > last):
                add("roster.year_outside", (*where, "years", year), WARNING, year=year)
    return problems


def _years_between(earlier: date, later: date) -> int:
    years = later.year - earlier.year
    if (later.month, later.day) < (earlier.month, earlier.day):
        years -= 1
    return years


def check_meetings(
    year: int,
    log: MeetingLog,
    file: str,
    roster: Roster | None,
    rubric: Rubric | None,
) -> list[Problem]:
    """Meetings inside their year; absences of real members; sheet items of the rubric."""
    problems: list[Problem] = []
    members: dict[str, Member] = {m.id: m for m in roster.members} if roster else {}
    sheet = rubric.meetings.sheets.get(rubric.meetings.sheet) if rubric else None
    for i, meeting in enumerate(log.meetings):
        where = ("meetings", i)
        if meeting.date.year != year:
            problems.append(
                Problem(file, msg("meet.outside_year", year=year), where=(*where, "date"))
            )
        if roster is not None:
            for member_id in sorted(meeting.absent):
                at = (*where, "absent", member_id)
                member = members.get(member_id)
                if member is None:
                    problems.append(
                        Problem(
                            file,
                            msg(
                                "meet.absent_unknown",
                                id=member_id,
                                hint=suggest(member_id, members),
                            ),
                            where=at,
                            anchor=Anchor.KEY,
                        )
                    )
                elif not on_roster(member, meeting.date):
                    problems.append(
                        Problem(
                            file,
                            msg(
                                "meet.absent_not_member",
                                name=Person(member.id, member.name),
                                day=meeting.date,
                            ),
                            where=at,
                            anchor=Anchor.KEY,
                        )
                    )
                elif exempt_on(member, meeting.date):
                    problems.append(
                        Problem(
                            file,
                            msg("meet.absent_exempt", name=Person(member.id, member.name)),
                            WARNING,
                            where=at,
                            anchor=Anchor.KEY,
                        )
                    )
        if meeting.sheet is not None and rubric is not None:
            if sheet is None:
                continue
            for item, points in sorted(meeting.sheet.items()):
                at = (*where, "sheet", item)
                spec = sheet.items.get(item)
                if spec is None:
                    problems.append(
                        Problem(
                            file,
                            msg(
                                "meet.sheet_item",
                                item=item,
                                sheet=rubric.meetings.sheet,
                                items=", ".join(sheet.items),
                            ),
                            where=at,
                            anchor=Anchor.KEY,
                        )
                    )
                elif not 0 <= points <= spec.max:
                    problems.append(
                        Problem(file, msg("meet.sheet_points", item=item, max=spec.max), where=at)
                    )
    return problems


def check_record(
    year: int, record: AnnualRecord, file: str, rubric: Rubric | None
) -> list[Problem]:
    """Assessed points for assessed criteria within their maximum; dates near the year."""
    problems: list[Problem] = []
    wp, sc = record.work_programme, record.self_criticism
    if isinstance(wp, date) and not date(year - 1, 1, 1) <= wp <= date(year, 12, 31):
        problems.append(Problem(file, msg("rec.date_range", year=year), where=("work_programme",)))
    if isinstance(sc, date) and not date(year, 1, 1) <= sc <= date(year + 1, 3, 31):
        problems.append(Problem(file, msg("rec.date_range", year=year), where=("self_criticism",)))
    for i, incident in enumerate(record.incidents or []):
        if incident.date.year != year:
            problems.append(
                Problem(
                    file,
                    msg("rec.incident_year", year=year),
                    WARNING,
                    where=("incidents", i, "date"),
                )
            )
    if record.inspection is not None and record.inspection.done > record.inspection.planned:
        problems.append(
            Problem(file, msg("rec.inspection_over"), WARNING, where=("inspection", "done"))
        )
    if rubric is not None:
        assessed = {
            c.id: c
            for content in rubric.contents
            for c in content.criteria
            if isinstance(c.rule, AssessedRule)
        }
        for key, given in sorted(record.assessed.items()):
            criterion = assessed.get(key)
            if criterion is None:
                problems.append(
                    Problem(
                        file,
                        msg(
                            "rec.not_assessed",
                            id=key,
                            rubric=rubric.id,
                            ids=", ".join(sorted(assessed)),
                        ),
                        where=("assessed", key),
                        anchor=Anchor.KEY,
                    )
                )
            elif given.points > criterion.max:
                problems.append(
                    Problem(
                        file,
                        msg("rec.assessed_max", id=key, max=criterion.max),
                        where=("assessed", key, "points"),
                    )
                )
    return problems


@dataclass
class MemberRegistry:
    """Member ids across all rosters: a person may be in two cells, one after the other."""

    seen: dict[str, list[tuple[str, date, date | None, str, int]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def add(self, cell_id: str, roster: Roster, file: str) -> None:
        """Record a roster's members (a few small tuples each, so the rosters can be dropped)."""
        for i, m in enumerate(roster.members):
            end = m.transferred_out.date if m.transferred_out else None
            self.seen[m.id].append((cell_id, member_start(m), end, file, i))

    def problems(self) -> list[Problem]:
        """Ids on two rosters at overlapping times."""
        problems = []
        for member_id, entries in sorted(self.seen.items()):
            ordered = sorted(entries, key=lambda e: (e[1], e[0]))
            for earlier, later in itertools.pairwise(ordered):
                if earlier[0] == later[0]:
                    continue  # a duplicate inside one roster is reported by check_roster
                if earlier[2] is None or earlier[2] > later[1]:
                    problems.append(
                        Problem(
                            later[3],
                            msg(
                                "roster.on_two_rosters",
                                id=member_id,
                                cell=earlier[0],
                                file=earlier[3],
                            ),
                            where=("members", later[4], "id"),
                        )
                    )
        return problems


@dataclass
class Headcount:
    """Current members of a cell (not transferred out), and how many are full members."""

    members: int
    full: int


def headcount(roster: Roster) -> Headcount:
    """Count a roster's current members."""
    current = [m for m in roster.members if m.transferred_out is None]
    return Headcount(len(current), sum(1 for m in current if m.full_member is not None))


def check_charter(index: OrgIndex, counts: dict[str, Headcount], file: str) -> list[Problem]:
    """The charter's size rules, as warnings about the current rosters."""
    problems: list[Problem] = []
    positions = {cell_id: i for i, cell_id in enumerate(index.cells)}
    committee_members: dict[str, int] = defaultdict(int)
    for cell_id in index.cells:
        if index.left_on(cell_id) is not None:
            continue
        count = counts.get(cell_id)
        if count is None:
            continue
        where = ("cells", positions[cell_id], "id")
        if count.full < 3:
            problems.append(
                Problem(
                    file, msg("charter.min_full", cell=cell_id, n=count.full), WARNING, where=where
                )
            )
        if index.is_grassroots_cell(cell_id):
            if count.members >= 30:
                problems.append(
                    Problem(
                        file,
                        msg("charter.grassroots_cell_size", cell=cell_id, n=count.members),
                        WARNING,
                        where=where,
                    )
                )
        else:
            committee_members[index.grassroots_of(cell_id)] += count.members
    for i, committee_id in enumerate(index.committees):
        if index.left_on(committee_id) is not None:
            continue
        total = committee_members.get(committee_id, 0)
        if total < 30:
            problems.append(
                Problem(
                    file,
                    msg("charter.committee_size", committee=committee_id, n=total),
                    WARNING,
                    where=("committees", i, "id"),
                )
            )
    return problems


def check_rubric(rubric: Rubric, file: str) -> list[Problem]:
    """A rubric that can be scored: sums, ordered bands, known facts, sound meeting rules."""
    problems: list[Problem] = []

    def add(key: str, where: tuple[str | int, ...], **args: object) -> None:
        problems.append(Problem(file, msg(key, **args), where=where))

    content_ids: set[str] = set()
    criterion_ids: set[str] = set()
    for i, content in enumerate(rubric.contents):
        if content.id in content_ids:
            add("rubric.duplicate_id", ("contents", i, "id"), id=content.id)
        content_ids.add(content.id)
        for j, criterion in enumerate(content.criteria):
            if criterion.id in criterion_ids:
                add("rubric.duplicate_id", ("contents", i, "criteria", j, "id"), id=criterion.id)
            criterion_ids.add(criterion.id)
    for cell_type in sorted(rubric.types):
        for criterion_id in sorted(rubric.types[cell_type]):
            if criterion_id not in criterion_ids:
                add("rubric.override_unknown", ("types", cell_type, criterion_id), id=criterion_id)
    totals: dict[tuple[int, int], list[str]] = {}
    for cell_type in rubric.cell_types:
        resolved = resolve(rubric, cell_type)
        overrides = rubric.types.get(cell_type, {})
        for i, content in enumerate(resolved.contents):
            totals.setdefault((i, sum(c.max for c in content.criteria)), []).append(cell_type)
            for j, criterion in enumerate(content.criteria):
                where: tuple[str | int, ...] = ("contents", i, "criteria", j)
                change = overrides.get(criterion.id)
                if change is not None and (change.rule is not None or change.max is not None):
                    where = ("types", cell_type, criterion.id)
                # the same problem found for several types at one place is reported once
                problems.extend(_check_rule(criterion, file, where))
    for (i, total), types in sorted(totals.items()):
        if total == 100:
            continue
        content_id = rubric.contents[i].id
        if len(types) == len(rubric.cell_types):
            add("rubric.sum_all", ("contents", i, "id"), id=content_id, total=total)
        else:
            for type_name in types:
                add(
                    "rubric.sum",
                    ("types", type_name),
                    id=content_id,
                    total=total,
                    type=Choice("cell_type", type_name),
                )
    meetings = rubric.meetings
    if meetings.sheet not in meetings.sheets:
        add("rubric.no_sheet", ("meetings", "sheet"), sheet=meetings.sheet)
    for name, sheet in sorted(meetings.sheets.items()):
        total = sum(item.max for item in sheet.items.values())
        if total != 100:
            add("rubric.sheet_sum", ("meetings", "sheets", name), sheet=name, total=total)
    chosen = meetings.sheets.get(meetings.sheet)
    for k, item in enumerate(meetings.good_requires_full):
        if chosen is not None and item not in chosen.items:
            add(
                "rubric.sheet_item",
                ("meetings", "good_requires_full", k),
                item=item,
                sheet=meetings.sheet,
            )
    cut = meetings.cutoffs
    if not cut.good > cut.fair > cut.average:
        add("rubric.cutoffs", ("meetings", "cutoffs"))
    return problems


def _check_rule(criterion: Criterion, file: str, where: tuple[str | int, ...]) -> list[Problem]:
    problems: list[Problem] = []
    rule = criterion.rule
    at = (*where, "rule")

    def add(key: str, sub: tuple[str | int, ...] = (), **args: object) -> None:
        problems.append(Problem(file, msg(key, id=criterion.id, **args), where=(*at, *sub)))

    allowed = {
        "bands": ("share", "count"),
        "deduct": ("count",),
        "proportion": ("ratio", "share"),
        "yes_no": ("yes_no",),
        "deadline": ("date",),
        "levels": ("level",),
    }
    if isinstance(rule, AssessedRule):
        return problems
    spec = FACTS.get(rule.fact)
    if spec is None:
        close = sorted(FACTS)
        add("rubric.unknown_fact", ("fact",), fact=rule.fact, facts=", ".join(close))
        return problems
    if spec.type not in allowed[rule.kind]:
        add("rubric.fact_kind", ("fact",), fact=rule.fact, kind=rule.kind, type=spec.type)
        return problems
    minus = getattr(rule, "minus", None)
    if minus is not None:
        minus_spec = FACTS.get(minus.fact)
        if minus_spec is None or minus_spec.type != "count":
            add("rubric.minus_fact", ("minus", "fact"), fact=minus.fact)
    if isinstance(rule, Bands):
        kinds = {("at_least" if b.at_least is not None else "at_most") for b in rule.bands}
        for k, band in enumerate(rule.bands):
            if (band.at_least is None) == (band.at_most is None):
                add("rubric.band_bound", ("bands", k))
            if band.points > criterion.max:
                add("rubric.points_max", ("bands", k, "points"), max=criterion.max)
            if spec.type == "share" and (band.at_least or 0) > 100:
                add("rubric.percent", ("bands", k, "at_least"))
        if len(kinds) > 1:
            add("rubric.band_mixed", ("bands",))
        elif "at_least" in kinds:
            values = [b.at_least for b in rule.bands if b.at_least is not None]
            if values != sorted(values, reverse=True) or len(set(values)) != len(values):
                add("rubric.band_order", ("bands",), order=msg("rubric.descending"))
        else:
            values = [b.at_most for b in rule.bands if b.at_most is not None]
            if values != sorted(values) or len(set(values)) != len(values):
                add("rubric.band_order", ("bands",), order=msg("rubric.ascending"))
        if rule.otherwise > criterion.max:
            add("rubric.points_max", ("otherwise",), max=criterion.max)
    elif isinstance(rule, Deadline):
        days = [s.by for s in rule.steps]
        if days != sorted(days) or len(set(days)) != len(days):
            add("rubric.step_order", ("steps",))
        for k, step in enumerate(rule.steps):
            month, day = (int(x) for x in step.by.split("-"))
            try:
                date(2024, month, day)
            except ValueError:
                add("rubric.step_day", ("steps", k, "by"), by=step.by)
            if step.points > criterion.max:
                add("rubric.points_max", ("steps", k, "points"), max=criterion.max)
    elif isinstance(rule, Levels):
        levels = set(spec.levels)
        if set(rule.points) != levels:
            add("rubric.levels", ("points",), levels=", ".join(spec.levels))
        for level, points in sorted(rule.points.items()):
            if points > criterion.max:
                add("rubric.points_max", ("points", level), max=criterion.max)
    elif isinstance(rule, Proportion):
        pass
    else:
        for key in ("yes", "no", "per"):
            value = getattr(rule, key, None)
            if isinstance(value, int) and value > criterion.max:
                add("rubric.points_max", (key,), max=criterion.max)
    return problems


def check_rubric_set(sources: list[RubricSource]) -> list[Problem]:
    """Rubric ids unique among the bloc's own files and among the shipped ones."""
    problems: list[Problem] = []
    for shipped in (True, False):
        seen: dict[str, str] = {}
        for source in sorted(sources, key=lambda s: s.file):
            if source.shipped != shipped:
                continue
            if source.rubric.id in seen:
                problems.append(
                    Problem(
                        source.file,
                        msg(
                            "rubric.duplicate_file",
                            id=source.rubric.id,
                            file=seen[source.rubric.id],
                        ),
                        where=("id",),
                    )
                )
            seen[source.rubric.id] = source.file
    return problems
