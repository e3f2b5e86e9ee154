"""The yearly report as a document: one builder per section, in the reader's language.

Each builder reads the ``Report`` (figures only, no text) and says what its section shows:
paragraphs, tables of typed cells and charts. How they are written is left to the renderers,
so the terminal, Markdown, HTML and the workbook always show the same figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Choice, msg
from fourgood.i18n.render import render
from fourgood.numbers import format_figure, format_share
from fourgood.render.document import (
    Bar,
    Block,
    Cell,
    Chart,
    Column,
    Document,
    Number,
    Paragraph,
    Ratio,
    Section,
    Status,
    Table,
    TextCell,
    status,
)
from fourgood.render.wording import status_label
from fourgood.reporting.report import (
    DISTRIBUTION,
    GroupRow,
    LostCriterion,
    ProposalRow,
    Report,
)

_K = TypeVar("_K", int, str)
_C = TypeVar("_C", bound=Cell)


def _t(key: str, lang: Lang, **args: object) -> str:
    return render(msg(key, **args), lang)


def build(report: Report, lang: Lang) -> Document:
    """The whole report: its sections in order, the comparison only when there is a year before."""
    return Document(title(report, lang), tuple(sections(report, lang)))


def title(report: Report, lang: Lang) -> str:
    """The report's title: its year and the bloc."""
    return _t("report.title", lang, year=report.year) + " · " + report.bloc


def sections(report: Report, lang: Lang) -> Iterator[Section]:
    """The report's sections in order, each made when it is reached (a workbook writes one
    and lets it go before the next: the list of cells has a row for every cell of the bloc)."""
    in_order = (
        overview, organisation, programme, by_type, by_grassroots, contents, not_met, meetings,
        members, classification,
    )  # fmt: skip
    for section in in_order:
        yield section(report, lang)
    if report.previous is not None:
        yield compare(report, report.previous, lang)
    yield cells(report, lang)


# --- tables of figures -----------------------------------------------------------------------


def _sub_item(text: str) -> TextCell:
    # The catalogue indents these labels with two spaces for plain text; the level says it here.
    return TextCell(text.removeprefix("  "), level=1)


def _figures(rows: Sequence[tuple[str | TextCell, int]], lang: Lang) -> Table:
    """A two-column table of labelled totals, thousands separated."""
    return Table(
        (Column(_t("col.figure", lang)), Column(_t("col.number", lang), numeric=True)),
        tuple(
            (label if isinstance(label, TextCell) else TextCell(label), Number(n, grouped=True))
            for label, n in rows
        ),
    )


def overview(report: Report, lang: Lang) -> Section:
    """The title, the bloc, the day the figures are counted to and the rubric."""
    lines = [report.bloc]
    if report.as_of:
        lines.append(_t("report.as_of", lang, day=report.as_of))
    if report.rubrics:
        lines.append(
            _t("report.rubric", lang, rubrics=", ".join(report.rubrics), mark=report.pass_mark)
        )
    return Section(
        "overview",
        _t("report.title", lang, year=report.year),
        tuple(Paragraph(line, tone="sub") for line in lines),
    )


def organisation(report: Report, lang: Lang) -> Section:
    """The organisation on the report's day: units, cells by type and members."""
    org = report.organisation
    rows: list[tuple[str | TextCell, int]] = [
        (_t("org.grassroots", lang), org.grassroots),
        (_sub_item(_t("org.committees", lang)), org.committees),
        (_sub_item(_t("org.grassroots_cells", lang)), org.grassroots_cells),
        (_t("org.sections", lang), org.sections),
        (_t("org.cells_under", lang), org.cells_under_committees),
        (_t("org.cells", lang), org.grassroots_cells + org.cells_under_committees),
        *(
            (_sub_item(_t("org.cells_of_type", lang, type=Choice("cell_type", k))), n)
            for k, n in org.cells_by_type
        ),
        (_t("org.members", lang), org.members),
        (_sub_item(_t("org.full_members", lang)), org.full_members),
    ]
    return Section(
        "organisation", _t("report.organisation", lang, day=org.day), (_figures(rows, lang),)
    )


def programme(report: Report, lang: Lang) -> Section:
    """Selected, transferred out, evaluated and their results, with the transfers and a chart."""
    prog = report.programme
    basis = ", ".join(
        f"{_t('basis.' + k, lang)} {format_figure(n, lang)}" for k, n in prog.by_basis
    )
    # The row of cells merged or dissolved shows only in a year that has them, so the years
    # before the reorganisations read as they always have.
    ended = [(_t("prog.ended", lang), len(prog.ended))] if prog.ended else []
    table = _figures(
        [
            (_t("prog.selected", lang) + (f" ({basis})" if basis else ""), prog.selected),
            (_t("prog.transferred", lang), len(prog.transferred_out)),
            *ended,
            (_t("prog.evaluated", lang), prog.evaluated),
            (_t("prog.met", lang), prog.met),
            (_t("prog.not_met", lang), prog.not_met),
            (_t("prog.incomplete", lang), prog.incomplete),
        ],
        lang,
    )
    transfers = tuple(
        Paragraph(_t("prog.transfer", lang, name=t.name, day=t.day, to=t.to))
        for t in prog.transferred_out
    ) + tuple(
        Paragraph(
            _t("prog.merged", lang, name=e.name, day=e.day, into=e.into)
            if e.how == "merged"
            else _t("prog.dissolved", lang, name=e.name, day=e.day)
        )
        for e in prog.ended
    )
    chart = Chart(
        _t("prog.chart", lang),
        (
            Bar(status_label("met", lang), prog.met, "met"),
            Bar(status_label("not_met", lang), prog.not_met, "not_met"),
            Bar(status_label("incomplete", lang), prog.incomplete, "incomplete"),
        ),
    )
    return Section("programme", _t("report.programme", lang), (table, *transfers, chart))


# --- results by group ------------------------------------------------------------------------


def _groups(first: str, rows: Sequence[tuple[str, GroupRow]], report: Report, lang: Lang) -> Table:
    """Results and mean points of groups of cells, one row per group."""
    numeric = [
        _t("col.cells_short", lang),
        _t("col.met_short", lang),
        _t("col.not_met_short", lang),
        _t("col.incomplete_short", lang),
        *report.content_ids,
    ]
    return Table(
        (Column(first), *(Column(title, numeric=True) for title in numeric)),
        tuple(
            (
                TextCell(label),
                Number(g.evaluated),
                Number(g.met),
                Number(g.not_met),
                Number(g.incomplete),
                *(Number(mean, mean=True) for _, mean in g.averages),
            )
            for label, g in rows
        ),
        _t("report.means_note", lang, ids=", ".join(report.content_ids)),
    )


def by_type(report: Report, lang: Lang) -> Section:
    """Results by cell type."""
    rows = [(render(Choice("cell_type", g.key), lang), g) for g in report.by_type]
    return Section(
        "by_type",
        _t("report.by_type", lang),
        (_groups(_t("col.type", lang), rows, report, lang),),
    )


def by_grassroots(report: Report, lang: Lang) -> Section:
    """Results by grassroots organisation."""
    rows = [(g.name, g) for g in report.by_grassroots]
    return Section(
        "by_grassroots",
        _t("report.by_grassroots", lang),
        (_groups(_t("col.grassroots", lang), rows, report, lang),),
    )


def contents(report: Report, lang: Lang) -> Section:
    """Each content: mean points, cells that reached the mark, and cells per band of points."""
    bands = [f"{low}–{high}" if low != high else str(low) for low, high in DISTRIBUTION]
    table = Table(
        (
            Column(_t("col.content", lang)),
            Column(_t("col.mean", lang), numeric=True),
            Column(_t("col.reached", lang), numeric=True),
            *(Column(band, numeric=True) for band in bands),
        ),
        tuple(
            (
                TextCell(f"{c.id}. {render(c.label, lang)}"),
                Number(c.mean, mean=True),
                Ratio(c.met, report.programme.evaluated),
                *(Number(n) for n in c.distribution),
            )
            for c in report.contents
        ),
        _t("report.bands_note", lang),
    )
    charts = tuple(
        Chart(
            _t("report.distribution", lang, id=c.id),
            tuple(Bar(band, n, "band") for band, n in zip(bands, c.distribution, strict=True)),
        )
        for c in report.contents
    )
    return Section("contents", _t("report.contents", lang, mark=report.pass_mark), (table, *charts))


# --- cells, meetings and members -------------------------------------------------------------


def _lost(criterion: LostCriterion, lang: Lang) -> Paragraph:
    """A criterion that lost points, two levels under its cell."""
    # the reasons, or what was measured when there are none (an assessment's note)
    reasons = "; ".join(render(w, lang) for w in criterion.why) or (
        render(criterion.measured, lang) if criterion.measured else ""
    )
    text = f"{criterion.id} {criterion.points}/{criterion.max}"
    return Paragraph(text + (f": {reasons}" if reasons else ""), level=2)


def not_met(report: Report, lang: Lang) -> Section:
    """The cells that did not meet the standard: each short content and the points it lost."""
    blocks: list[Block] = []
    if not report.shortfalls:
        blocks.append(Paragraph(_t("report.none_failed", lang)))
    for s in report.shortfalls:
        blocks.append(Paragraph(f"{s.name} ({s.cell}): {status_label(s.status, lang)}"))
        for f in s.contents:
            short = _t(
                "report.content_short",
                lang,
                id=f.id,
                label=f.label,
                points=f.points,
                short=f.short,
            )
            blocks.append(Paragraph(short, level=1))
            blocks.extend(_lost(lc, lang) for lc in f.lost)
    return Section("not_met", _t("report.shortfalls", lang), tuple(blocks))


def _rating_label(rating: str, lang: Lang) -> str:
    if rating == "unrated":
        return _t("report.unrated", lang)
    return render(Choice("meeting_rating", rating), lang)


def meetings(report: Report, lang: Lang) -> Section:
    """Regular meetings held, meetings by kind, thematic meetings by quarter and ratings."""
    m = report.meetings
    share = format_share(m.months_with_regular, m.months_required, lang)
    quarters = Table(
        (
            Column(_t("col.quarter", lang)),
            Column(_t("col.thematic_meetings", lang), numeric=True),
            Column(_t("col.cells_with_thematic", lang), numeric=True),
        ),
        tuple(
            (
                TextCell(_t("report.quarter", lang, q=q)),
                Number(m.thematic_by_quarter[q - 1]),
                Ratio(held, total),
            )
            for q, held, total in m.quarters
        ),
    )
    ratings = Table(
        (Column(_t("col.rating", lang)), Column(_t("col.meetings", lang), numeric=True)),
        tuple((TextCell(_rating_label(r, lang)), Number(n)) for r, n in m.ratings),
        _t("report.ratings_note", lang),
    )
    held = _t(
        "report.regular_held",
        lang,
        held=m.months_with_regular,
        required=m.months_required,
        pct=share,
    )
    counts = _t(
        "report.meeting_counts", lang, regular=m.regular, thematic=m.thematic, combined=m.combined
    )
    return Section(
        "meetings",
        _t("report.meetings", lang),
        (Paragraph(held), Paragraph(counts), quarters, ratings),
    )


def members(report: Report, lang: Lang) -> Section:
    """Members of the evaluated cells: how many were rated, their ratings, discipline."""
    mem = report.members
    share = format_share(mem.httnv_or_better, mem.rated, lang)
    rated = _t("report.members_rated", lang, rated=mem.rated, members=mem.members, share=share)
    ratings = Table(
        (Column(_t("col.rating", lang)), Column(_t("col.members", lang), numeric=True)),
        tuple((TextCell(r), Number(n)) for r, n in mem.ratings),
    )
    disciplined = Paragraph(_t("report.disciplined", lang, n=mem.disciplined))
    return Section("members", _t("report.members", lang), (Paragraph(rated), ratings, disciplined))


# --- classification, comparison and the list of cells ----------------------------------------


def classification(report: Report, lang: Lang) -> Section:
    """Cells per level (decided, and proposed where the edition assesses on points), the rules
    around classification, each cell's proposal beside its decided level, and the commended
    cells."""
    cls = report.classification
    proposed = dict(cls.proposed)
    columns = [Column(_t("col.level", lang)), Column(_t("col.cells", lang), numeric=True)]
    if proposed:
        columns.append(Column(_t("col.proposed_cells", lang), numeric=True))
    rows: list[tuple[Cell, ...]] = [
        (TextCell(r), Number(n), *([Number(proposed.get(r, 0))] if proposed else []))
        for r, n in cls.counts
    ]
    if cls.unclassified or proposed.get("unknown"):
        unknown = [Number(proposed.get("unknown", 0))] if proposed else []
        rows.append((TextCell(_t("report.unclassified", lang)), Number(cls.unclassified), *unknown))
    blocks: list[Block] = []
    if cls.regulations:
        rules = ", ".join(render(r, lang) for r in cls.regulations)
        blocks.append(Paragraph(_t("report.class_rules", lang, regulations=rules)))
    blocks.append(Table(tuple(columns), tuple(rows)))
    # The details and the commended cells sit two levels deep, as they always have (four
    # spaces in the terminal, a nested item in Markdown).
    for check in cls.checks:
        blocks.append(Paragraph(render(check.rule, lang), tone="ok" if check.ok else "fail"))
        blocks.extend(Paragraph(render(d, lang), level=2) for d in check.details)
    if cls.proposals:
        blocks.append(_proposals(report, lang))
    blocks.append(Paragraph(_t("report.commended", lang, n=len(cls.commended))))
    names = {c.id: c.name for c in report.cells}
    blocks.extend(Paragraph(names.get(i, i), level=2) for i in cls.commended)
    return Section("classification", _t("report.classification", lang), tuple(blocks))


def _points_text(row: ProposalRow) -> str:
    """A cell's classification points: '92', '85–92' while evidence is missing, '*' when
    computed by the edition's criteria, '—' when there are none."""
    if row.points is None:
        return "—"
    text = str(row.points)
    if row.best_points is not None and row.best_points != row.points:
        text += f"–{row.best_points}"
    return text + ("*" if row.source == "criteria" else "")


def _level_text(row: ProposalRow, lang: Lang) -> str:
    """The proposed level, or its range while evidence is missing ('HTTNV–HTXSNV')."""
    if row.level is None:
        return _t("report.no_points", lang)
    if row.best_level is not None and row.best_level != row.level:
        return f"{row.level}–{row.best_level}"
    return row.level


def _proposals(report: Report, lang: Lang) -> Table:
    """Each evaluated cell's points and proposed level beside the level decided for it."""
    columns = (
        Column(_t("col.cell", lang)),
        Column(_t("col.class_points", lang), numeric=True),
        Column(_t("col.proposed", lang)),
        Column(_t("col.decided", lang)),
    )
    rows = tuple(
        (
            TextCell(row.name),
            TextCell(_points_text(row)),
            TextCell(_level_text(row, lang)),
            TextCell((row.decided or "—") + (" !" if row.objections else "")),
        )
        for row in report.classification.proposals
    )
    return Table(columns, rows, _t("report.proposals_note", lang))


def _compared(report: Report) -> list[Number]:
    """The figures a year is compared by, in the order of ``compare``'s labels."""
    p = report.programme
    levels = dict(report.classification.counts)
    counts = [
        p.selected,
        len(p.transferred_out),
        p.evaluated,
        p.met,
        p.not_met,
        p.incomplete,
        levels.get("HTXSNV", 0),
        len(report.classification.commended),
    ]
    return [Number(n, grouped=True) for n in counts] + [
        Number(c.mean, mean=True) for c in report.contents
    ]


def compare(report: Report, previous: Report, lang: Lang) -> Section:
    """This year's headline figures beside the year before."""
    labels = [
        _t("prog.selected", lang),
        _t("prog.transferred", lang),
        _t("prog.evaluated", lang),
        _t("prog.met", lang),
        _t("prog.not_met", lang),
        _t("prog.incomplete", lang),
        _t("report.htxsnv_cells", lang),
        _t("report.commended_cells", lang),
        *(_t("col.mean_of", lang, id=c.id) for c in report.contents),
    ]
    before, now = _compared(previous), _compared(report)
    # contents are matched by position; the year before may have fewer (an empty cell)
    rows = tuple(
        (TextCell(label), before[i] if i < len(before) else None, now[i])
        for i, label in enumerate(labels)
    )
    columns = (
        Column(_t("col.figure", lang)),
        Column(str(previous.year), numeric=True),
        Column(str(report.year), numeric=True),
    )
    title = _t("report.compare", lang, previous=previous.year, year=report.year)
    return Section("compare", title, (Table(columns, rows),))


def _once(made: dict[_K, _C], key: _K, make: Callable[[_K], _C]) -> _C:
    """The cell made of ``key`` before, or made now and kept in ``made``."""
    found = made.get(key)
    if found is None:
        found = made[key] = make(key)
    return found


def cells(report: Report, lang: Lang) -> Section:
    """Every evaluated cell: its points per content, result and level (★ when commended)."""
    ids = report.content_ids
    proposing = any(c.proposal is not None for c in report.cells)
    columns = (
        Column(_t("col.cell", lang)),
        *(Column(i, numeric=True) for i in ids),
        Column(_t("col.status", lang)),
        *([Column(_t("col.proposed", lang))] if proposing else []),
        Column(_t("col.level", lang)),
    )
    # A row for every cell of the bloc, but few figures, results and levels: each is one cell
    # object for all the rows that show it.
    numbers: dict[int, Number] = {}
    results: dict[str, Status] = {}
    texts: dict[str, TextCell] = {}
    rows: list[tuple[Cell, ...]] = []
    for c in report.cells:
        points = dict(c.points)
        rank = " ".join(filter(None, (c.classification, "★" if c.commended else None)))
        level = _level_text(c.proposal, lang) if c.proposal else ""
        proposed = [_once(texts, level, TextCell)] if proposing else []
        rows.append(
            (
                TextCell(c.name),
                *(_once(numbers, points[i], Number) if i in points else None for i in ids),
                _once(results, c.status, status),
                *proposed,
                _once(texts, rank, TextCell),
            )
        )
    table = Table(columns, tuple(rows), _t("report.star_note", lang))
    return Section("cells", _t("report.cells", lang), (table,))
