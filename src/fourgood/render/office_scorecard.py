"""A cell's self-assessment scorecard (phiếu tự chấm điểm) as an office document: every
content with each criterion's points, maximum and why points were lost, the totals and the
result, signed by the cell's secretary and by the committee that verifies it."""

from __future__ import annotations

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Choice
from fourgood.i18n.render import render
from fourgood.render.document import (
    Block,
    Cell,
    Column,
    Number,
    OfficeDocument,
    Paragraph,
    Part,
    Section,
    Signature,
    Table,
    TextCell,
)
from fourgood.render.office import BLANK, letterhead, t, upper
from fourgood.reporting.scorecard import CellSheet
from fourgood.scoring.engine import ContentResult, CriterionResult, Scorecard


def scorecard_document(sheet: CellSheet, lang: Lang) -> OfficeDocument:
    """The sheet dated the last day it scores (the end of the year, or the day a year in
    progress is scored as of)."""
    card = sheet.card
    return OfficeDocument(
        title=t("documents.scorecard_title", lang, cell=card.name, year=card.year),
        letterhead=letterhead(
            sheet.settings, card.name, card.window.end, lang, superior=sheet.unit
        ),
        kind=t("documents.scorecard_kind", lang),
        subject=t("documents.scorecard_subject", lang, year=card.year),
        preamble=_about(card, lang),
        parts=(
            Part(
                t("documents.part.scores", lang),
                sections=tuple(_content(c, card, lang) for c in card.contents),
            ),
            Part(t("documents.part.totals", lang), _totals(card, lang)),
        ),
        signatures=_signatures(sheet, lang),
    )


def _about(card: Scorecard, lang: Lang) -> tuple[Block, ...]:
    about = t(
        "documents.scorecard_about",
        lang,
        type=Choice("cell_type", card.type),
        rubric=card.rubric_id,
        version=card.rubric_version,
        mark=card.pass_mark,
    )
    lines = [Paragraph(about)]
    if card.as_of is not None:
        lines.append(Paragraph(t("documents.scorecard_as_of", lang, day=card.as_of)))
    return tuple(lines)


def _columns(first: str, last: str, lang: Lang) -> tuple[Column, ...]:
    return (
        Column(t(first, lang)),
        Column(t("documents.col.points", lang), numeric=True),
        Column(t("documents.col.max", lang), numeric=True),
        Column(t(last, lang)),
    )


def why(result: CriterionResult, lang: Lang) -> str:
    """Why points were lost: the reasons, or what was measured when there are none (an
    assessment's note); nothing for full points."""
    if result.lost == 0:
        return ""
    reasons = "; ".join(render(m, lang) for m in result.why)
    return reasons or (render(result.measured, lang) if result.measured is not None else "")


def _content(content: ContentResult, card: Scorecard, lang: Lang) -> Section:
    label = render(content.label, lang)
    title = t(
        "documents.content_title",
        lang,
        id=content.id,
        label=label,
        points=content.points,
        max=content.max,
    )
    rows: list[tuple[Cell, ...]] = [
        (
            TextCell(f"{r.id}. {render(r.label, lang)}"),
            Number(r.points),
            Number(r.max),
            TextCell(why(r, lang)),
        )
        for r in content.criteria
    ]
    rows.append(
        (
            TextCell(t("documents.subtotal", lang)),
            Number(content.points),
            Number(content.max),
            TextCell(_reached(content, card, lang)),
        )
    )
    table = Table(_columns("documents.col.criterion", "documents.col.why", lang), tuple(rows))
    return Section(content.id, title, (table,))


def _reached(content: ContentResult, card: Scorecard, lang: Lang) -> str:
    if content.met:
        return t("documents.reached", lang, mark=card.pass_mark)
    return t("documents.short", lang, n=card.pass_mark - content.points)


def _totals(card: Scorecard, lang: Lang) -> tuple[Block, ...]:
    rows: list[tuple[Cell, ...]] = [
        (
            TextCell(f"{c.id}. {render(c.label, lang)}"),
            Number(c.points),
            Number(c.max),
            TextCell(_reached(c, card, lang)),
        )
        for c in card.contents
    ]
    rows.append(
        (
            TextCell(t("documents.total", lang)),
            Number(sum(c.points for c in card.contents)),
            Number(sum(c.max for c in card.contents)),
            None,
        )
    )
    table = Table(_columns("documents.col.content", "documents.col.result", lang), tuple(rows))
    status = t(f"documents.status.{card.status}", lang)
    result = Paragraph(t("documents.result", lang, status=status))
    return (table, result)


def _signatures(sheet: CellSheet, lang: Lang) -> tuple[Signature, ...]:
    """The verifying committee's block on the left, the secretary's on the right."""
    verifier = Signature(
        (upper(t("documents.verified", lang)), upper(sheet.verifier)),
        BLANK,
    )
    name = render(sheet.secretary, lang) if sheet.secretary is not None else BLANK
    secretary = Signature(
        (upper(t("documents.on_behalf_cell", lang)), upper(t("documents.secretary", lang))),
        name,
    )
    return (verifier, secretary)


# --- the formats -----------------------------------------------------------------------------


def scorecard_docx(sheet: CellSheet, lang: Lang) -> bytes:
    """The scorecard as a Word document."""
    from fourgood.render.docx import docx_bytes

    return docx_bytes(scorecard_document(sheet, lang), sheet.card.window.end, lang)


def scorecard_html(sheet: CellSheet, lang: Lang) -> str:
    """The scorecard as one self-contained HTML page, laid out for A4."""
    from fourgood.render.office_html import office_page

    return office_page(scorecard_document(sheet, lang), lang)
