"""Facts read from the roster: discipline (of anyone, and of the leadership), the members'
ratings, dues, study of resolutions, feedback from where they live, and recruitment."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from datetime import date
from fractions import Fraction
from typing import TypeVar

from fourgood.collation import name_key
from fourgood.i18n.message import Choice, Msg, Person, msg
from fourgood.models.common import Rating, rating_at_least
from fourgood.models.roster import Member, MemberYear
from fourgood.scoring.facts.cell import CellFacts, per_cell
from fourgood.scoring.facts.registry import fact
from fourgood.scoring.membership import decided_in_cell
from fourgood.scoring.values import Count, FactValue, Level, Share

V = TypeVar("V")


def _person(m: Member) -> Person:
    return Person(m.id, m.name)


@fact("discipline_decisions", "count")
def discipline_decisions(cell: CellFacts) -> FactValue:
    """Discipline decisions dated inside the window, on members of the cell that day."""
    if cell.roster is None:
        return cell.absent("roster")
    decisions = sorted(
        (d.date, name_key(m.name), m.id, d.form, _person(m))
        for m in cell.roster.members
        for d in m.discipline
        if d.date in cell.window and decided_in_cell(m, d.date)
    )
    return Count(
        tuple(
            msg("why.discipline", name=n, form=Choice("discipline", f), day=d)
            for d, _, _, f, n in decisions
        )
    )


@per_cell
def _ratings(cell: CellFacts) -> list[tuple[Member, Rating | None]]:
    """The members at the window's end with their rating for the year, if they have one,
    leaving out those too newly admitted to be rated unless they were; empty when no member is
    rated (the year's assessment is not recorded at all)."""
    year, months = cell.year, cell.member_rules.unrated_first_months
    found = [
        (m, _rating(m, year))
        for m in cell.year_end_members
        if not _too_new_to_rate(m, cell.window.end, months) or _rating(m, year)
    ]
    return found if any(r is not None for _, r in found) else []


def _rating(member: Member, year: int) -> Rating | None:
    return member.years[year].rating if year in member.years else None


def _too_new_to_rate(member: Member, end: date, months: int) -> bool:
    """Admitted fewer than ``months`` months before ``end``."""
    admitted = member.admitted
    year, month = divmod(admitted.year * 12 + admitted.month - 1 + months, 12)
    day = min(admitted.day, calendar.monthrange(year, month + 1)[1])
    return end < date(year, month + 1, day)


def _unrated(found: list[tuple[Member, Rating | None]]) -> tuple[Msg, ...]:
    return tuple(msg("why.no_rating", name=_person(m)) for m, r in found if r is None)


@fact("members_httnv_or_better", "share")
def members_httnv_or_better(cell: CellFacts) -> FactValue:
    """The share of members rated HTTNV or better; a member without the year's rating is
    missing evidence."""
    return _rated_share(cell, "HTTNV")


@fact("members_htnv_or_better", "share")
def members_htnv_or_better(cell: CellFacts) -> FactValue:
    """The share of members rated HTNV or better (what an HTXSNV cell needs under 124-QĐ/TW);
    a member without the year's rating is missing evidence."""
    return _rated_share(cell, "HTNV")


def _rated_share(cell: CellFacts, floor: Rating) -> FactValue:
    """The share of the members at the window's end rated ``floor`` or better."""
    if cell.roster is None:
        return cell.absent("roster")
    found = _ratings(cell)
    if not found:
        return None
    below = tuple(
        msg("why.member_rating", name=_person(m), rating=Choice("rating", r))
        for m, r in found
        if r is not None and not rating_at_least(r, floor)
    )
    unrated = _unrated(found)
    good = len(found) - len(below) - len(unrated)
    low, high = Fraction(good, len(found)), Fraction(good + len(unrated), len(found))
    measured = msg("measured.members_of", n=good, total=len(found))
    return Share(low, high, measured, below, unrated)


@fact("leadership_disciplined", "count")
def leadership_disciplined(cell: CellFacts) -> FactValue:
    """Discipline decisions dated inside the window on members of the cell's leadership (its
    secretary, deputy and committee members: chi ủy), as 366-QĐ/TW reads for an HTXSNV
    collective."""
    if cell.roster is None:
        return cell.absent("roster")
    decisions = sorted(
        (d.date, name_key(m.name), m.id, d.form, _person(m))
        for m in cell.roster.members
        if m.role != "member"
        for d in m.discipline
        if d.date in cell.window and decided_in_cell(m, d.date)
    )
    return Count(
        tuple(
            msg("why.discipline", name=n, form=Choice("discipline", f), day=d)
            for d, _, _, f, n in decisions
        )
    )


@fact("members_khtnv", "count")
def members_khtnv(cell: CellFacts) -> FactValue:
    """Members rated KHTNV (not completed); a member without the year's rating is missing
    evidence."""
    if cell.roster is None:
        return cell.absent("roster")
    found = _ratings(cell)
    if not found:
        return None
    khtnv = tuple(
        msg("why.member_rating", name=_person(m), rating=Choice("rating", "KHTNV"))
        for m, r in found
        if r == "KHTNV"
    )
    return Count(khtnv, _unrated(found))


@fact("members_dues_not_in_full", "count")
def members_dues_not_in_full(cell: CellFacts) -> FactValue:
    """Members who paid their dues late or short."""
    if cell.roster is None:
        return cell.absent("roster")
    return _per_member_count(
        cell.year_end_members,
        cell.year,
        lambda y: y.dues,
        lambda m, v: (
            msg("why.dues", name=_person(m), dues=Choice("dues", v)) if v != "in_full" else None
        ),
        lambda m: msg("why.no_dues", name=_person(m)),
    )


@fact("members_studied_resolutions", "share")
def members_studied_resolutions(cell: CellFacts) -> FactValue:
    """The share of members who studied the year's new resolutions."""
    if cell.roster is None:
        return cell.absent("roster")
    return _per_member_share(
        cell.year_end_members,
        cell.year,
        lambda y: y.studied,
        lambda v: v is True,
        lambda m: msg("why.not_studied", name=_person(m)),
        lambda m: msg("why.no_study", name=_person(m)),
    )


@fact("members_good_residence_feedback", "share")
def members_good_residence_feedback(cell: CellFacts) -> FactValue:
    """The share of members with good feedback from where they live."""
    if cell.roster is None:
        return cell.absent("roster")
    return _per_member_share(
        cell.year_end_members,
        cell.year,
        lambda y: y.residence_feedback,
        lambda v: v == "good",
        lambda m: msg("why.residence", name=_person(m)),
        lambda m: msg("why.no_residence", name=_person(m)),
    )


def _member_values(
    members: Sequence[Member], year: int, get: Callable[[MemberYear], V | None]
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
    measured = msg("measured.members_of", n=good, total=total)
    return Share(low, high, measured, tuple(shortfalls), tuple(unknown))


@fact("recruitment", "level", levels=("admitted", "candidate", "none"))
def recruitment(cell: CellFacts) -> FactValue:
    """Admissions inside the window (not transfers in), else candidates sent to the party
    course."""
    if cell.roster is None:
        return cell.absent("roster")
    admitted = sorted(
        (m for m in cell.roster.members if m.admitted in cell.window and m.transferred_in is None),
        key=lambda m: (name_key(m.name), m.id),
    )
    if admitted:
        reasons = tuple(msg("why.admitted", name=_person(m)) for m in admitted)
        return Level("admitted", "admitted", reasons)
    candidates = cell.record.candidates if cell.record else None
    if candidates is None:
        return Level("none", "admitted", (), (msg("why.no_candidates_record"),))
    if candidates > 0:
        return Level("candidate", "candidate", (msg("why.candidates", n=candidates),))
    return Level("none", "none", (msg("why.no_recruitment"),))
