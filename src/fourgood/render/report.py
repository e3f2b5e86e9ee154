"""The yearly report in every format: terminal, JSON, CSV, Markdown, HTML (xlsx and docx).

JSON is the machine-readable contract, built from the ``Report`` directly (documented by
``schemas/report.schema.json``); CSV lists the evaluated cells. The other formats share one
typed document (``render.report_sections.build``) and only lay it out, each in its own module
(``render.terminal``, ``render.markdown``, ``render.html``, ``render.xlsx``; ``render.docx``
for the office's Word document), so they always show the same figures. Those modules are
imported when their format is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Choice, msg
from fourgood.i18n.render import render
from fourgood.numbers import round_for_json
from fourgood.render.csv_text import rows_text
from fourgood.render.jsontext import json_chunks
from fourgood.reporting.report import (
    DISTRIBUTION,
    CellRow,
    ClassificationFigures,
    ContentStats,
    GroupRow,
    MeetingFigures,
    MemberFigures,
    OrgFigures,
    ProgrammeFigures,
    ProposalRow,
    Report,
    Shortfall,
)

if TYPE_CHECKING:
    from rich.console import RenderableType

    from fourgood.models.documents import DocumentSettings

REPORT_SCHEMA_VERSION = 1


# --- JSON ------------------------------------------------------------------------------------


def report_dict(report: Report, lang: Lang) -> dict[str, Any]:
    """The report as the documented JSON object (keys in the schema's order)."""
    return _report_object(report, lang, list)


Many = Callable[[Iterator[Any]], Iterable[Any]]
"""What the lists of a report that grow with its cells are made as: lists, or the iterators
themselves (made as the JSON text is written)."""


def _report_object(report: Report, lang: Lang, many: Many) -> dict[str, Any]:
    """The report's JSON object, its lists of cells and groups made by ``many``."""
    return {
        "schema_version": REPORT_SCHEMA_VERSION,
        "year": report.year,
        "as_of": report.as_of.isoformat() if report.as_of else None,
        "bloc": report.bloc,
        "rubrics": list(report.rubrics),
        "pass_mark": report.pass_mark,
        "organisation": _organisation_dict(report.organisation),
        "programme": _programme_dict(report.programme),
        "by_type": [_group_dict(g) for g in report.by_type],
        "by_grassroots": many(map(_group_dict, report.by_grassroots)),
        "contents": {c.id: _content_dict(c, lang) for c in report.contents},
        "not_met": many(_shortfall_dict(s, lang) for s in report.shortfalls),
        "meetings": _meetings_dict(report.meetings),
        "members": _members_dict(report.members),
        **_classification_dict(report.classification, lang),
        "cells": many(map(_cell_dict, report.cells)),
        "previous": _report_object(report.previous, lang, many) if report.previous else None,
    }


def _organisation_dict(org: OrgFigures) -> dict[str, Any]:
    return {
        "day": org.day.isoformat(),
        "grassroots_organisations": org.grassroots,
        "grassroots_committees": org.committees,
        "grassroots_cells": org.grassroots_cells,
        "sectional_committees": org.sections,
        "cells_under_committees": org.cells_under_committees,
        "members": org.members,
        "full_members": org.full_members,
        "cells_by_type": dict(org.cells_by_type),
    }


def _programme_dict(prog: ProgrammeFigures) -> dict[str, Any]:
    return {
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
        "ended": len(prog.ended),
        "endings": [
            {
                "cell": e.cell,
                "name": e.name,
                "date": e.day.isoformat(),
                "how": e.how,
                "into": e.into or None,
            }
            for e in prog.ended
        ],
    }


def _content_dict(content: ContentStats, lang: Lang) -> dict[str, Any]:
    return {
        "label": render(content.label, lang),
        "mean": round_for_json(content.mean),
        "min": content.low,
        "max": content.high,
        "met": content.met,
        "distribution": {
            f"{low}-{high}": n
            for (low, high), n in zip(DISTRIBUTION, content.distribution, strict=True)
        },
    }


def _shortfall_dict(shortfall: Shortfall, lang: Lang) -> dict[str, Any]:
    return {
        "cell": shortfall.cell,
        "name": shortfall.name,
        "status": shortfall.status,
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
            for f in shortfall.contents
        ],
    }


def _meetings_dict(m: MeetingFigures) -> dict[str, Any]:
    return {
        "months_required": m.months_required,
        "months_with_regular": m.months_with_regular,
        "regular": m.regular,
        "thematic": m.thematic,
        "combined": m.combined,
        "thematic_by_quarter": list(m.thematic_by_quarter),
        "quarters": [
            {"quarter": q, "cells_with_thematic": held, "cells": total}
            for q, held, total in m.quarters
        ],
        "ratings": dict(m.ratings),
    }


def _members_dict(mem: MemberFigures) -> dict[str, Any]:
    share = mem.httnv_share
    return {
        "members": mem.members,
        "rated": mem.rated,
        "ratings": dict(mem.ratings),
        "httnv_or_better": mem.httnv_or_better,
        "httnv_or_better_share": round_for_json(share) if share is not None else None,
        "disciplined": mem.disciplined,
    }


def _classification_dict(cls: ClassificationFigures, lang: Lang) -> dict[str, Any]:
    """The classification's keys, which sit at the top level of the report."""
    return {
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
        "classification_rules": [render(r, lang) for r in cls.regulations],
        "proposed": dict(cls.proposed),
    }


def _cell_dict(cell: CellRow) -> dict[str, Any]:
    return {
        "id": cell.id,
        "name": cell.name,
        "type": cell.type,
        "grassroots": cell.grassroots,
        "status": cell.status,
        "contents": dict(cell.points),
        "classification": cell.classification,
        "commended": cell.commended,
        "proposal": _proposal_dict(cell.proposal) if cell.proposal else None,
    }


def _proposal_dict(row: ProposalRow) -> dict[str, Any]:
    """A cell's proposed level on points (``level`` for sure, ``best_level`` once missing
    evidence is recorded) and whether its decided level is one the rules allow."""
    return {
        "points": row.points,
        "best_points": row.best_points,
        "points_from": row.source,
        "level": row.level,
        "best_level": row.best_level,
        "decided_allowed": not row.objections,
    }


def _group_dict(group: GroupRow) -> dict[str, Any]:
    return {
        "id": group.key,
        "name": group.name,
        "evaluated": group.evaluated,
        "met": group.met,
        "not_met": group.not_met,
        "incomplete": group.incomplete,
        "averages": {k: round_for_json(v) for k, v in group.averages},
    }


def report_json(report: Report, lang: Lang) -> Iterator[str]:
    """The JSON report, ending with a newline, in pieces: a cell's object is made as it is
    written, so a national report's is never held whole, nor its text."""
    return json_chunks(_report_object(report, lang, iter), expand=3)


# --- CSV -------------------------------------------------------------------------------------


def report_csv(report: Report, lang: Lang) -> str:
    """One row per evaluated cell: its contents, status, classification, commendation, and the
    points and level proposed where the edition assesses on points; codes as in JSON, and the
    words of the type and status in label columns at the end."""
    header = ["year", "cell", "name", "type", "grassroots", *report.content_ids, "status"]
    extra = ["classification", "commended", "classification_points", "proposed"]
    extra += ["type_label", "status_label"]
    rows: list[list[object]] = [[*header, *extra]]
    for c in report.cells:
        points = dict(c.points)
        rows.append(
            [
                report.year,
                c.id,
                c.name,
                c.type,
                c.grassroots,
                *(points.get(i, "") for i in report.content_ids),
                c.status,
                c.classification or "",
                c.commended,
                _csv_points(c.proposal),
                _csv_level(c.proposal),
                render(Choice("cell_type", c.type), lang),
                render(msg(f"status.{c.status}"), lang),
            ]
        )
    return "".join(rows_text(rows))


def _csv_points(row: ProposalRow | None) -> str:
    """The classification points, or their range while evidence is missing ("85-92")."""
    if row is None or row.points is None:
        return ""
    if row.best_points is not None and row.best_points != row.points:
        return f"{row.points}-{row.best_points}"
    return str(row.points)


def _csv_level(row: ProposalRow | None) -> str:
    """The proposed level, or its range while evidence is missing ("KHTNV-HTXSNV")."""
    if row is None or row.level is None:
        return ""
    if row.best_level is not None and row.best_level != row.level:
        return f"{row.level}-{row.best_level}"
    return row.level


# --- the document formats --------------------------------------------------------------------


def report_markdown(report: Report, lang: Lang) -> Iterator[str]:
    """The report as Markdown (tables, lists), to paste into a wiki or an issue; in pieces,
    each section made when it is reached."""
    from fourgood.render.markdown import markdown_pieces
    from fourgood.render.report_sections import sections

    return markdown_pieces(sections(report, lang), lang)


def report_html(report: Report, lang: Lang) -> Iterator[str]:
    """One self-contained HTML page (inline CSS and SVG, nothing fetched), A4-printable; in
    pieces, each section made when it is reached."""
    from fourgood.i18n.visible import visible
    from fourgood.render.html import html_pieces
    from fourgood.render.report_sections import sections, title

    shown = visible(title(report, lang))  # as a Document shows its title
    return html_pieces(shown, sections(report, lang), lang, report.organisation.day)


def report_docx(report: Report, lang: Lang, *, documents: DocumentSettings | None = None) -> bytes:
    """The report as the Word document the office files (36-HD/VPTW), its header, number,
    place, signer and recipients from the data set's ``documents`` settings."""
    from fourgood.models.documents import DocumentSettings
    from fourgood.render.docx import docx_bytes
    from fourgood.render.office_report import report_document

    office = report_document(report, documents or DocumentSettings(), lang)
    return docx_bytes(office, report.organisation.day, lang)


def report_table(report: Report, lang: Lang) -> RenderableType:
    """The report for the terminal: Rich tables; long lists are cut (use CSV for all rows)."""
    from fourgood.render.report_sections import build
    from fourgood.render.terminal import terminal_view

    return terminal_view(build(report, lang), lang)
