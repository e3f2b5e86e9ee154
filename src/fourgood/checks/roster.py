"""Checks of ``cells/<cell>/roster.yaml``: dates in order, references, unique ids."""

from __future__ import annotations

from datetime import date

from fourgood.errors import Problem, Severity
from fourgood.i18n.hints import suggest
from fourgood.i18n.message import msg
from fourgood.models.roster import Roster
from fourgood.models.tree import OrgIndex
from fourgood.scoring.membership import member_start

ERROR, WARNING = Severity.ERROR, Severity.WARNING


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
