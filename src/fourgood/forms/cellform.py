"""A cell's form for a year, pre-filled with what is recorded: its members and their year's
assessment, their exemptions, transfers and discipline, its meetings with the attendance grid
(a column per member), the annual record's facts and lists."""

from __future__ import annotations

from datetime import date

from fourgood.collation import name_key
from fourgood.forms import layout as L
from fourgood.forms.grid import Grid, GridColumn, Value, grid, member_label
from fourgood.forms.identity import Identity
from fourgood.forms.workbook import write
from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Text, msg
from fourgood.i18n.render import render
from fourgood.i18n.words import label
from fourgood.models.meetings import Meeting, MeetingLog
from fourgood.models.record import AnnualRecord
from fourgood.models.roster import Member, Roster
from fourgood.models.rubric import Rubric
from fourgood.read.dataset import DataSet
from fourgood.scoring.membership import exempt_on, member_end, member_start, on_roster


def year_members(roster: Roster | None, year: int) -> list[Member]:
    """The members on the roster at some time in the year, in Vietnamese name order."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    members = [
        m
        for m in (roster.members if roster else [])
        if member_start(m) <= last and ((end := member_end(m)) is None or end > first)
    ]
    return sorted(members, key=lambda m: (name_key(m.name), m.id))


def sheet_items(rubric: Rubric | None) -> list[tuple[str, Text, int]]:
    """The items of the rubric's meeting score sheet: id, label, maximum."""
    if rubric is None or rubric.meetings.sheet not in rubric.meetings.sheets:
        return []
    items = rubric.meetings.sheets[rubric.meetings.sheet].items
    return [(key, Text(i.label.en, i.label.vi), i.max) for key, i in items.items()]


def _word(vocab: str, code: str | bool | None, lang: Lang) -> str | None:
    if code is None:
        return None
    if isinstance(code, bool):
        code = "true" if code else "false"
    return label(vocab, code, lang)


def members_grid(members: list[Member], year: int, lang: Lang) -> Grid:
    """One row per member: id, name, role, the year's assessment."""
    rows: list[list[Value]] = []
    for m in members:
        facts = m.years.get(year)
        rows.append(
            [
                m.id,
                m.name,
                _word("role", m.role, lang),
                _word("rating", facts.rating if facts else None, lang),
                _word("dues", facts.dues if facts else None, lang),
                _word("bool", facts.studied if facts else None, lang),
                _word("feedback", facts.residence_feedback if facts else None, lang),
            ]
        )
    return grid(L.MEMBERS, lang, rows, freeze=2)


def _attendance(member: Member, meeting: Meeting, lang: Lang) -> str:
    if not on_roster(member, meeting.date):
        return label("attendance", "away", lang)
    if exempt_on(member, meeting.date):
        return label("attendance", "exempt", lang)
    return label("attendance", meeting.absent.get(member.id, "present"), lang)


def meetings_grid(
    log: MeetingLog | None, members: list[Member], items: list[tuple[str, Text, int]], lang: Lang
) -> Grid:
    """One row per meeting: its facts, its sheet's items, then a column per member."""
    sheet = grid(L.MEETINGS, lang, [], freeze=2)
    for key, text, top in items:
        title = render(msg("form.col.sheet_item", item=text, max=top), lang)
        help_text = render(msg("form.help.sheet_item", item=text, max=top), lang)
        sheet.columns.append(GridColumn(f"sheet.{key}", title, help_text, "whole", 12))
    for m in members:
        help_text = render(msg("form.help.attendance"), lang)
        title = member_label(m.name, m.id)
        sheet.columns.append(GridColumn(f"member.{m.id}", title, help_text, "choice:attendance"))
    for meeting in sorted(log.meetings if log else [], key=lambda m: (m.date, m.kind)):
        row: list[Value] = [
            meeting.date,
            _word("kind", meeting.kind, lang),
            meeting.topic,
            meeting.duration,
            _word("meeting_rating", meeting.rating, lang),
            _word("bool", meeting.minutes_recorded, lang),
            _word("bool", meeting.conclusion_recorded, lang),
        ]
        row += [(meeting.sheet or {}).get(key) for key, _, _ in items]
        row += [_attendance(m, meeting, lang) for m in members]
        sheet.rows.append(row)
    return sheet


def history_grids(members: list[Member], year: int, lang: Lang) -> list[Grid]:
    """The members' exemptions, transfers and discipline decisions."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    exempt: list[list[Value]] = []
    moves: list[list[Value]] = []
    decisions: list[list[Value]] = []
    for m in members:
        who = member_label(m.name, m.id)
        for e in m.exempt:
            if e.from_ <= last and (e.to is None or e.to >= first):
                exempt.append([who, e.from_, e.to, e.reason])
        if m.transferred_in is not None:
            t = m.transferred_in
            moves.append([who, label("direction", "in", lang), t.date, t.from_cell, t.from_])
        if m.transferred_out is not None:
            o = m.transferred_out
            moves.append([who, label("direction", "out", lang), o.date, o.to_cell, o.to])
        for d in m.discipline:
            if first <= d.date <= last:
                form = label("discipline", d.form, lang)
                decisions.append([who, d.date, form, d.decision, d.reason])
    return [
        grid(L.EXEMPTIONS, lang, exempt),
        grid(L.TRANSFERS, lang, moves),
        grid(L.DISCIPLINE, lang, decisions),
    ]


def fact_value(record: AnnualRecord | None, fact: L.Fact, lang: Lang) -> Value:
    """A fact of the record as the form shows it."""
    if record is None:
        return None
    value: object = record
    for step in fact.path:
        value = value.get(step) if isinstance(value, dict) else getattr(value, step, None)
    if value is None:
        return None
    if fact.kind == "held":
        return label("held", "false", lang) if value is False else value  # type: ignore[return-value]
    if fact.key == "incidents":
        return label("incidents", "listed" if value else "none", lang)
    if fact.kind.startswith("choice:"):
        return label(fact.kind.removeprefix("choice:"), str(value), lang)
    return value  # type: ignore[return-value]


def record_grids(record: AnnualRecord | None, lang: Lang) -> list[Grid]:
    """The record's facts (one labelled row each), targets, key tasks and incidents."""
    facts = grid(L.RECORD, lang, [], freeze=1)
    for r, fact in enumerate(L.FACTS):
        how = render(msg(f"form.how.{fact.key}"), lang)
        value = fact_value(record, fact, lang)
        facts.rows.append([render(msg(fact.label), lang), value, how])
        facts.cells[(r, 1)] = fact.kind
    targets = [[t.name, _word("bool", t.achieved, lang)] for t in (record and record.targets) or []]
    tasks = [
        [t.name, _word("bool", t.completed, lang)] for t in (record and record.key_tasks) or []
    ]
    incidents: list[list[Value]] = [
        [i.date, label("incident", i.kind, lang), i.note]
        for i in (record and record.incidents) or []
    ]
    return [
        facts,
        grid(L.TARGETS, lang, targets),  # type: ignore[arg-type]
        grid(L.KEY_TASKS, lang, tasks),  # type: ignore[arg-type]
        grid(L.INCIDENTS, lang, incidents),
    ]


def guide(name: str, cell: str, year: int, file_hint: str, lang: Lang) -> tuple[str, list[str]]:
    """The first sheet: what the workbook is and how to fill it in."""
    lines = [render(msg("form.guide.title", name=name, cell=cell, year=year), lang)]
    keys = ("form.guide.cell_1", "form.guide.cell_2", "form.guide.cell_3", "form.guide.cell_4")
    lines += [render(msg(key), lang) for key in keys]
    lines.append(render(msg("form.guide.import", file=file_hint), lang))
    return render(msg("form.sheet.guide"), lang), lines


def cell_form(ds: DataSet, cell_id: str, year: int, lang: Lang, file_hint: str) -> bytes:
    """The workbook of a cell's year."""
    assert ds.index is not None
    data = ds.cell(cell_id, years={year})
    members = year_members(data.roster, year)
    record = data.records.get(year)
    items = sheet_items(ds.rubric_for(year, data.cell.type))
    grids = [
        members_grid(members, year, lang),
        meetings_grid(data.meetings.get(year), members, items, lang),
        *history_grids(members, year, lang),
        *record_grids(record, lang),
    ]
    roster_ids = [m.id for m in members]
    identity = Identity("cell", ds.index.bloc_id, year, lang, cell_id, tuple(roster_ids))
    extra = {
        "member": [member_label(m.name, m.id) for m in members],
        "cell": sorted(ds.index.cells),
    }
    return write(grids, guide(data.cell.name, cell_id, year, file_hint, lang), identity, extra)
