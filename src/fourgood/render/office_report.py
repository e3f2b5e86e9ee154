"""The yearly report as the document the bloc's office files: the report's sections (the same
as every other format's) grouped into numbered parts, under the letterhead and above the
recipients and the signature."""

from __future__ import annotations

from fourgood.i18n.lang import Lang
from fourgood.models.documents import DocumentSettings
from fourgood.render.document import Document, OfficeDocument, Part, Section
from fourgood.render.office import letterhead, number_line, recipients, signature, t
from fourgood.render.report_sections import build
from fourgood.reporting.report import Report

PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("organisation", ("organisation", "programme")),
    ("results", ("by_type", "by_grassroots", "contents", "not_met")),
    ("activities", ("meetings", "members")),
    ("classification", ("classification", "compare")),
    ("cells", ("cells",)),
)
"""The report's parts (I., II., ...) and the sections (1., 2., ...) each holds, by key; a
section no part names goes into the last part."""


def report_document(report: Report, settings: DocumentSettings, lang: Lang) -> OfficeDocument:
    """The report dated the day its figures are counted to (the end of the year, or the day a
    year in progress is reported as of), signed on behalf of the standing committee."""
    document = build(report, lang)
    day = report.organisation.day
    return OfficeDocument(
        title=document.title,
        letterhead=letterhead(
            settings,
            settings.issuer or report.bloc,
            day,
            lang,
            number=number_line("BC", settings, lang),
        ),
        kind=t("documents.report_kind", lang),
        subject=t("documents.report_subject", lang, year=report.year),
        preamble=document.sections[0].blocks[1:],  # the bloc's name is in the letterhead
        parts=parts(document, lang),
        recipients_title=t("documents.recipients", lang),
        recipients=recipients(settings, lang),
        signatures=(signature(settings.signer, lang),),
    )


def parts(document: Document, lang: Lang) -> tuple[Part, ...]:
    """The document's sections after the first (its title) in their parts, in order."""
    by_key = {s.key: s for s in document.sections[1:]}
    placed = {key for _, keys in PARTS for key in keys}
    grouped: list[list[Section]] = [[by_key[k] for k in keys if k in by_key] for _, keys in PARTS]
    grouped[-1].extend(s for s in document.sections[1:] if s.key not in placed)
    return tuple(
        Part(t(f"documents.part.{name}", lang), sections=tuple(sections))
        for (name, _), sections in zip(PARTS, grouped, strict=True)
        if sections
    )
