"""The yearly report in every format: terminal, JSON, CSV, Markdown and HTML.

The terminal, Markdown and HTML views lay out one typed document
(``render.report_sections.build``), each in its own module. The workbook still reads
``sections`` below, a description of the report in strings, until it moves to the document.
JSON is the machine-readable contract and is built from the ``Report`` directly (documented by
``schemas/report.schema.json``).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Choice, msg
from fourgood.i18n.render import render
from fourgood.numbers import format_figure, format_number, format_share, round_for_json
from fourgood.render.jsontext import json_text
from fourgood.reporting.report import DISTRIBUTION, Report

if TYPE_CHECKING:
    from rich.console import RenderableType

REPORT_SCHEMA_VERSION = 1


def _t(key: str, lang: Lang, **args: object) -> str:
    return render(msg(key, **args), lang)


# --- JSON ------------------------------------------------------------------------------------


def report_dict(report: Report, lang: Lang) -> dict[str, Any]:
    """The report as the documented JSON object."""
    org = report.organisation
    prog = report.programme
    cls = report.classification
    result: dict[str, Any] = {
        "schema_version": REPORT_SCHEMA_VERSION,
        "year": report.year,
        "as_of": report.as_of.isoformat() if report.as_of else None,
        "bloc": report.bloc,
        "rubrics": list(report.rubrics),
        "pass_mark": report.pass_mark,
        "organisation": {
            "day": org.day.isoformat(),
            "grassroots_organisations": org.grassroots,
            "grassroots_committees": org.committees,
            "grassroots_cells": org.grassroots_cells,
            "sectional_committees": org.sections,
            "cells_under_committees": org.cells_under_committees,
            "members": org.members,
            "full_members": org.full_members,
            "cells_by_type": dict(org.cells_by_type),
        },
        "programme": {
            "selected": prog.selected,
            "by_basis": dict(prog.by_basis),
            "transferred_out": len(prog.transferred_out),
            "transfers": [
                {"cell": t.cell, "name": t.name, "date": t.day.isoformat(), "to": t.to}
                for t in prog.transferred_out
            ],
            "evaluated": prog.evaluated,
            "met": prog.met,
            "not_met": prog.not_met,
            "incomplete": prog.incomplete,
        },
        "by_type": [_group_dict(g) for g in report.by_type],
        "by_grassroots": [_group_dict(g) for g in report.by_grassroots],
        "contents": {
            c.id: {
                "label": render(c.label, lang),
                "mean": round_for_json(c.mean),
                "min": c.low,
                "max": c.high,
                "met": c.met,
                "distribution": {
                    f"{low}-{high}": n
                    for (low, high), n in zip(DISTRIBUTION, c.distribution, strict=True)
                },
            }
            for c in report.contents
        },
        "not_met": [
            {
                "cell": s.cell,
                "name": s.name,
                "status": s.status,
                "contents": [
                    {
                        "id": f.id,
                        "points": f.points,
                        "short": f.short,
                        "criteria": [
                            {
                                "id": lc.id,
                                "points": lc.points,
                                "max": lc.max,
                                "measured": render(lc.measured, lang) if lc.measured else None,
                                "why": [render(w, lang) for w in lc.why],
                            }
                            for lc in f.lost
                        ],
                    }
                    for f in s.contents
                ],
            }
            for s in report.shortfalls
        ],
        "meetings": {
            "months_required": report.meetings.months_required,
            "months_with_regular": report.meetings.months_with_regular,
            "regular": report.meetings.regular,
            "thematic": report.meetings.thematic,
            "combined": report.meetings.combined,
            "thematic_by_quarter": list(report.meetings.thematic_by_quarter),
            "quarters": [
                {"quarter": q, "cells_with_thematic": held, "cells": total}
                for q, held, total in report.meetings.quarters
            ],
            "ratings": dict(report.meetings.ratings),
        },
        "members": {
            "members": report.members.members,
            "rated": report.members.rated,
            "ratings": dict(report.members.ratings),
            "httnv_or_better": report.members.httnv_or_better,
            "httnv_or_better_share": (
                round_for_json(report.members.httnv_share)
                if report.members.httnv_share is not None
                else None
            ),
            "disciplined": report.members.disciplined,
        },
        "classification": dict(cls.counts),
        "unclassified": cls.unclassified,
        "classification_checks": [
            {
                "rule": render(c.rule, lang),
                "ok": c.ok,
                "details": [render(d, lang) for d in c.details],
            }
            for c in cls.checks
        ],
        "commended": len(cls.commended),
        "commended_cells": list(cls.commended),
        "cells": [
            {
                "id": c.id,
                "name": c.name,
                "type": c.type,
                "grassroots": c.grassroots,
                "status": c.status,
                "contents": dict(c.points),
                "classification": c.classification,
                "commended": c.commended,
            }
            for c in report.cells
        ],
    }
    result["previous"] = report_dict(report.previous, lang) if report.previous else None
    return result


def _group_dict(group: Any) -> dict[str, Any]:
    return {
        "id": group.key,
        "name": group.name,
        "evaluated": group.evaluated,
        "met": group.met,
        "not_met": group.not_met,
        "incomplete": group.incomplete,
        "averages": {k: round_for_json(v) for k, v in group.averages},
    }


def report_json(report: Report, lang: Lang) -> str:
    """The JSON report, ending with a newline."""
    return json_text(report_dict(report, lang), expand=3)


# --- CSV -------------------------------------------------------------------------------------


def report_csv(report: Report, lang: Lang) -> str:
    """One row per evaluated cell: its contents, status, classification and commendation."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "year",
            "cell",
            "name",
            "type",
            "grassroots",
            *report.content_ids,
            "status",
            "classification",
            "commended",
        ]
    )
    for c in report.cells:
        points = dict(c.points)
        writer.writerow(
            [
                report.year,
                c.id,
                c.name,
                c.type,
                c.grassroots,
                *(points.get(i, "") for i in report.content_ids),
                c.status,
                c.classification or "",
                str(c.commended).lower(),
            ]
        )
    return out.getvalue()


# --- the shared description of the text formats ----------------------------------------------


@dataclass
class Table:
    """A table: header, rows, and which columns hold numbers (right-aligned)."""

    header: list[str]
    rows: list[list[str]]
    numeric: set[int] = field(default_factory=set)
    note: str = ""


@dataclass
class Bars:
    """A horizontal bar chart: (label, value, colour class)."""

    title: str
    bars: list[tuple[str, int, str]]


@dataclass
class Section:
    """A section of the report: a key, a title and its blocks (text lines, tables, charts)."""

    key: str
    title: str
    blocks: list[str | Table | Bars] = field(default_factory=list)


def _status_label(status: str, lang: Lang) -> str:
    return _t(f"status.{status}", lang)


def sections(report: Report, lang: Lang) -> list[Section]:
    """The report's sections in the reader's language."""
    out: list[Section] = []
    org, prog = report.organisation, report.programme
    ids = list(report.content_ids)

    intro = Section("overview", _t("report.title", lang, year=report.year))
    intro.blocks.append(report.bloc)
    if report.as_of:
        intro.blocks.append(_t("report.as_of", lang, day=report.as_of))
    if report.rubrics:
        intro.blocks.append(
            _t("report.rubric", lang, rubrics=", ".join(report.rubrics), mark=report.pass_mark)
        )
    out.append(intro)

    figures = Section("organisation", _t("report.organisation", lang, day=org.day))
    figures.blocks.append(
        Table(
            [_t("col.figure", lang), _t("col.number", lang)],
            [
                [_t("org.grassroots", lang), format_figure(org.grassroots, lang)],
                [_t("org.committees", lang), format_figure(org.committees, lang)],
                [_t("org.grassroots_cells", lang), format_figure(org.grassroots_cells, lang)],
                [_t("org.sections", lang), format_figure(org.sections, lang)],
                [_t("org.cells_under", lang), format_figure(org.cells_under_committees, lang)],
                [
                    _t("org.cells", lang),
                    format_figure(org.grassroots_cells + org.cells_under_committees, lang),
                ],
                *[
                    [
                        _t("org.cells_of_type", lang, type=Choice("cell_type", k)),
                        format_figure(n, lang),
                    ]
                    for k, n in org.cells_by_type
                ],
                [_t("org.members", lang), format_figure(org.members, lang)],
                [_t("org.full_members", lang), format_figure(org.full_members, lang)],
            ],
            {1},
        )
    )
    out.append(figures)

    programme = Section("programme", _t("report.programme", lang))
    basis = ", ".join(
        f"{_t('basis.' + k, lang)} {format_figure(n, lang)}" for k, n in prog.by_basis
    )
    programme.blocks.append(
        Table(
            [_t("col.figure", lang), _t("col.number", lang)],
            [
                [
                    _t("prog.selected", lang) + (f" ({basis})" if basis else ""),
                    format_figure(prog.selected, lang),
                ],
                [_t("prog.transferred", lang), format_figure(len(prog.transferred_out), lang)],
                [_t("prog.evaluated", lang), format_figure(prog.evaluated, lang)],
                [_t("prog.met", lang), format_figure(prog.met, lang)],
                [_t("prog.not_met", lang), format_figure(prog.not_met, lang)],
                [_t("prog.incomplete", lang), format_figure(prog.incomplete, lang)],
            ],
            {1},
        )
    )
    for transfer in prog.transferred_out:
        programme.blocks.append(
            _t("prog.transfer", lang, name=transfer.name, day=transfer.day, to=transfer.to)
        )
    programme.blocks.append(
        Bars(
            _t("prog.chart", lang),
            [
                (_status_label("met", lang), prog.met, "met"),
                (_status_label("not_met", lang), prog.not_met, "not_met"),
                (_status_label("incomplete", lang), prog.incomplete, "incomplete"),
            ],
        )
    )
    out.append(programme)

    group_header = [
        _t("col.cells_short", lang),
        _t("col.met_short", lang),
        _t("col.not_met_short", lang),
        _t("col.incomplete_short", lang),
        *ids,
    ]
    numeric = set(range(1, len(group_header) + 1))
    means_note = _t("report.means_note", lang, ids=", ".join(ids))
    by_type = Section("by_type", _t("report.by_type", lang))
    by_type.blocks.append(
        Table(
            [_t("col.type", lang), *group_header],
            [
                [render(Choice("cell_type", g.key), lang), *_group_cells(g, lang)]
                for g in report.by_type
            ],
            numeric,
            means_note,
        )
    )
    out.append(by_type)
    by_org = Section("by_grassroots", _t("report.by_grassroots", lang))
    by_org.blocks.append(
        Table(
            [_t("col.grassroots", lang), *group_header],
            [[g.name, *_group_cells(g, lang)] for g in report.by_grassroots],
            numeric,
            means_note,
        )
    )
    out.append(by_org)

    contents = Section("contents", _t("report.contents", lang, mark=report.pass_mark))
    bands = [f"{low}–{high}" if low != high else str(low) for low, high in DISTRIBUTION]
    contents.blocks.append(
        Table(
            [_t("col.content", lang), _t("col.mean", lang), _t("col.reached", lang), *bands],
            [
                [
                    f"{c.id}. {render(c.label, lang)}",
                    format_number(c.mean, lang),
                    f"{c.met}/{prog.evaluated}",
                    *(str(n) for n in c.distribution),
                ]
                for c in report.contents
            ],
            set(range(1, 3 + len(bands))),
            _t("report.bands_note", lang),
        )
    )
    for c in report.contents:
        contents.blocks.append(
            Bars(
                _t("report.distribution", lang, id=c.id),
                [(band, n, "band") for band, n in zip(bands, c.distribution, strict=True)],
            )
        )
    out.append(contents)

    failing = Section("not_met", _t("report.shortfalls", lang))
    if not report.shortfalls:
        failing.blocks.append(_t("report.none_failed", lang))
    for s in report.shortfalls:
        failing.blocks.append(f"{s.name} ({s.cell}): {_status_label(s.status, lang)}")
        for f in s.contents:
            failing.blocks.append(
                "  "
                + _t(
                    "report.content_short",
                    lang,
                    id=f.id,
                    label=f.label,
                    points=f.points,
                    short=f.short,
                )
            )
            for lc in f.lost:
                # the reasons, or what was measured when there are none (an assessment's note)
                reasons = "; ".join(render(w, lang) for w in lc.why) or (
                    render(lc.measured, lang) if lc.measured else ""
                )
                failing.blocks.append(
                    f"    {lc.id} {lc.points}/{lc.max}" + (f": {reasons}" if reasons else "")
                )
    out.append(failing)

    m = report.meetings
    meetings = Section("meetings", _t("report.meetings", lang))
    meetings.blocks.append(
        _t(
            "report.regular_held",
            lang,
            held=m.months_with_regular,
            required=m.months_required,
            pct=format_share(m.months_with_regular, m.months_required, lang),
        )
    )
    meetings.blocks.append(
        _t(
            "report.meeting_counts",
            lang,
            regular=m.regular,
            thematic=m.thematic,
            combined=m.combined,
        )
    )
    meetings.blocks.append(
        Table(
            [
                _t("col.quarter", lang),
                _t("col.thematic_meetings", lang),
                _t("col.cells_with_thematic", lang),
            ],
            [
                [
                    render(msg("report.quarter", q=q), lang),
                    str(m.thematic_by_quarter[q - 1]),
                    f"{held}/{total}",
                ]
                for q, held, total in m.quarters
            ],
            {1, 2},
        )
    )
    meetings.blocks.append(
        Table(
            [_t("col.rating", lang), _t("col.meetings", lang)],
            [[_rating_label(r, lang), str(n)] for r, n in m.ratings],
            {1},
            _t("report.ratings_note", lang),
        )
    )
    out.append(meetings)

    mem = report.members
    members = Section("members", _t("report.members", lang))
    members.blocks.append(
        _t(
            "report.members_rated",
            lang,
            rated=mem.rated,
            members=mem.members,
            share=format_share(mem.httnv_or_better, mem.rated, lang),
        )
    )
    members.blocks.append(
        Table(
            [_t("col.rating", lang), _t("col.members", lang)],
            [[r, str(n)] for r, n in mem.ratings],
            {1},
        )
    )
    members.blocks.append(_t("report.disciplined", lang, n=mem.disciplined))
    out.append(members)

    cls = report.classification
    classification = Section("classification", _t("report.classification", lang))
    classification.blocks.append(
        Table(
            [_t("col.level", lang), _t("col.cells", lang)],
            [[r, str(n)] for r, n in cls.counts]
            + (
                [[_t("report.unclassified", lang), str(cls.unclassified)]]
                if cls.unclassified
                else []
            ),
            {1},
        )
    )
    for check in cls.checks:
        mark = "✓" if check.ok else "✗"
        classification.blocks.append(f"{mark} {render(check.rule, lang)}")
        for detail in check.details:
            classification.blocks.append(f"    {render(detail, lang)}")
    classification.blocks.append(_t("report.commended", lang, n=len(cls.commended)))
    names = {c.id: c.name for c in report.cells}
    for cell_id in cls.commended:
        classification.blocks.append(f"    {names.get(cell_id, cell_id)}")
    out.append(classification)

    if report.previous is not None:
        out.append(_comparison(report, report.previous, lang))

    cells = Section("cells", _t("report.cells", lang))
    cells.blocks.append(
        Table(
            [_t("col.cell", lang), *ids, _t("col.status", lang), _t("col.level", lang)],
            [
                [
                    c.name,
                    *(str(dict(c.points).get(i, "")) for i in ids),
                    _status_label(c.status, lang),
                    (c.classification or "") + (" ★" if c.commended else ""),
                ]
                for c in report.cells
            ],
            set(range(1, 1 + len(ids))),
            _t("report.star_note", lang),
        )
    )
    out.append(cells)
    return out


def _rating_label(rating: str, lang: Lang) -> str:
    if rating == "unrated":
        return _t("report.unrated", lang)
    return render(Choice("meeting_rating", rating), lang)


def _group_cells(group: Any, lang: Lang) -> list[str]:
    return [
        str(group.evaluated),
        str(group.met),
        str(group.not_met),
        str(group.incomplete),
        *(format_number(v, lang) for _, v in group.averages),
    ]


def _comparison(report: Report, previous: Report, lang: Lang) -> Section:
    section = Section(
        "compare", _t("report.compare", lang, previous=previous.year, year=report.year)
    )

    def counts(r: Report) -> list[str]:
        p = r.programme
        levels = dict(r.classification.counts)
        return [
            format_figure(p.selected, lang),
            format_figure(len(p.transferred_out), lang),
            format_figure(p.evaluated, lang),
            format_figure(p.met, lang),
            format_figure(p.not_met, lang),
            format_figure(p.incomplete, lang),
            format_figure(levels.get("HTXSNV", 0), lang),
            format_figure(len(r.classification.commended), lang),
            *(format_number(c.mean, lang) for c in r.contents),
        ]

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
    before, now = counts(previous), counts(report)
    rows = [[label, before[i] if i < len(before) else "", now[i]] for i, label in enumerate(labels)]
    section.blocks.append(
        Table([_t("col.figure", lang), str(previous.year), str(report.year)], rows, {1, 2})
    )
    return section


# --- the document formats --------------------------------------------------------------------


def report_markdown(report: Report, lang: Lang) -> str:
    """The report as Markdown (tables, lists), to paste into a wiki or an issue."""
    from fourgood.render.markdown import markdown_page
    from fourgood.render.report_sections import build

    return markdown_page(build(report, lang), lang)


def report_html(report: Report, lang: Lang) -> str:
    """One self-contained HTML page (inline CSS and SVG, nothing fetched), A4-printable."""
    from fourgood.render.html import html_page
    from fourgood.render.report_sections import build

    return html_page(build(report, lang), lang)


def report_table(report: Report, lang: Lang) -> RenderableType:
    """The report for the terminal: Rich tables; long lists are cut (use CSV for all rows)."""
    from fourgood.render.report_sections import build
    from fourgood.render.terminal import terminal_view

    return terminal_view(build(report, lang), lang)
