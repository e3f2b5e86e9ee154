"""Checks of ``cells/<cell>/roster.yaml``: dates in order, references, unique ids."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date

from fourgood.checks.registry import check
from fourgood.checks.subjects import RosterFile
from fourgood.errors import Problem, Severity
from fourgood.i18n.hints import suggest
from fourgood.i18n.message import msg
from fourgood.models.roster import Member
from fourgood.scoring.membership import expelled_on, member_end, member_start, on_roster

WARNING = Severity.WARNING
Where = tuple[str | int, ...]


def _members(subject: RosterFile) -> Iterator[tuple[Where, Member]]:
    for i, member in enumerate(subject.roster.members):
        yield ("members", i), member


@check(RosterFile)
def unique_ids(subject: RosterFile) -> Iterator[Problem]:
    """A member id appears once in a roster."""
    seen: set[str] = set()
    for where, m in _members(subject):
        if m.id in seen:
            yield Problem(subject.file, msg("roster.duplicate_id", id=m.id), where=(*where, "id"))
        seen.add(m.id)


@check(RosterFile)
def life_dates_in_order(subject: RosterFile) -> Iterator[Problem]:
    """Born, then admitted (at 18 or older, else a warning), then a full member."""
    file = subject.file
    for where, m in _members(subject):
        if m.admitted <= m.born:
            yield Problem(file, msg("roster.admitted_before_born"), where=(*where, "admitted"))
        elif _years_between(m.born, m.admitted) < 18:
            message = msg("roster.admitted_young")
            yield Problem(file, message, WARNING, where=(*where, "admitted"))
        if m.full_member is not None and m.full_member < m.admitted:
            message = msg("roster.full_before_admitted")
            yield Problem(file, message, where=(*where, "full_member"))


@check(RosterFile)
def transfers_are_sound(subject: RosterFile) -> Iterator[Problem]:
    """A transfer in comes after admission, from another cell that exists; a transfer out comes
    after joining, to another cell that exists."""
    file, cells = subject.file, subject.index.cells
    for where, m in _members(subject):
        if m.transferred_in is not None:
            at = (*where, "transferred_in")
            if m.transferred_in.date < m.admitted:
                yield Problem(file, msg("roster.in_before_admitted"), where=(*at, "date"))
            source = m.transferred_in.from_cell
            if source is not None and source not in cells and not subject.index.unsure(source):
                message = msg("ref.no_cell", cell=source, hint=suggest(source, cells))
                yield Problem(file, message, where=(*at, "from_cell"))
            elif source == subject.cell:
                yield Problem(file, msg("roster.self_transfer"), where=(*at, "from_cell"))
        if m.transferred_out is not None:
            at = (*where, "transferred_out")
            start = member_start(m)
            if m.transferred_out.date < start:
                message = msg("roster.out_before_start", day=start)
                yield Problem(file, message, where=(*at, "date"))
            target = m.transferred_out.to_cell
            if target is not None and target not in cells and not subject.index.unsure(target):
                message = msg("ref.no_cell", cell=target, hint=suggest(target, cells))
                yield Problem(file, message, where=(*at, "to_cell"))
            elif target == subject.cell:
                yield Problem(file, msg("roster.self_transfer"), where=(*at, "to_cell"))


@check(RosterFile)
def periods_and_decisions_in_order(subject: RosterFile) -> Iterator[Problem]:
    """An exemption ends after it starts; a discipline decision comes after admission."""
    file = subject.file
    for where, m in _members(subject):
        for j, period in enumerate(m.exempt):
            if period.to is not None and period.to < period.from_:
                yield Problem(file, msg("roster.period_order"), where=(*where, "exempt", j, "to"))
        for j, decision in enumerate(m.discipline):
            if decision.date < m.admitted:
                message = msg("roster.discipline_before_admitted")
                yield Problem(file, message, where=(*where, "discipline", j, "date"))


@check(RosterFile)
def assessments_while_a_member(subject: RosterFile) -> Iterator[Problem]:
    """A year's assessment falls in the member's time in the cell (a warning); nobody is
    rated for the year they were expelled in, or after (an error)."""
    for where, m in _members(subject):
        start, end, expelled = member_start(m), member_end(m), expelled_on(m)
        for year in sorted(m.years):
            at = (*where, "years", year)
            if expelled is not None and year >= expelled.year and m.years[year].rating:
                message = msg("roster.rated_after_expulsion", day=expelled, year=year)
                yield Problem(subject.file, message, where=(*at, "rating"))
            elif year < start.year or (end is not None and year > end.year):
                yield Problem(
                    subject.file, msg("roster.year_outside", year=year), WARNING, where=at
                )


@check(RosterFile)
def no_htxsnv_in_a_year_of_discipline(subject: RosterFile) -> Iterator[Problem]:
    """A member disciplined in a year cannot be rated HTXSNV for it (a warning)."""
    for where, m in _members(subject):
        for year, assessment in sorted(m.years.items()):
            decisions = [d for d in m.discipline if d.date.year == year]
            if assessment.rating == "HTXSNV" and decisions:
                message = msg("roster.htxsnv_disciplined", year=year, day=decisions[0].date)
                yield Problem(
                    subject.file, message, WARNING, where=(*where, "years", year, "rating")
                )


@check(RosterFile)
def probation_ends(subject: RosterFile) -> Iterator[Problem]:
    """A probationary member more than 12 months after admission, still in the cell, is made
    a full member or their probation is decided (a warning: record full_member)."""
    for where, m in _members(subject):
        if m.full_member is not None or not on_roster(m, subject.today):
            continue
        due = _add_months(m.admitted, 12)
        if subject.today > due:
            message = msg("roster.probation_overdue", admitted=m.admitted, due=due)
            yield Problem(subject.file, message, WARNING, where=(*where, "admitted"))


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _years_between(earlier: date, later: date) -> int:
    years = later.year - earlier.year
    if (later.month, later.day) < (earlier.month, earlier.day):
        years -= 1
    return years
