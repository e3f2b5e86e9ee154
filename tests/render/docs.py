"""A small document built by hand, shared by the renderers' tests."""

from __future__ import annotations

from fractions import Fraction

from fourgood.render.document import (
    Bar,
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
)

FIGURES = Table(
    (Column("Figure"), Column("Number", numeric=True)),
    (
        (TextCell("members | all"), Number(4327, grouped=True)),
        (TextCell("of whom <full>", level=1), Number(Fraction(187, 2))),
        (TextCell("[bold]cells[/bold]"), None),
    ),
    "[red]P[/red], S: means",
)

RESULTS = Table(
    (Column("Cell"), Column("Reached", numeric=True), Column("Status")),
    ((TextCell("Chi bộ Một"), Ratio(3, 5), Status("not_met")),),
)

CHART = Chart("By result", (Bar("met", 4, "met"), Bar("not met", 2, "not_met")))


def small_document() -> Document:
    """A title section with a sub-line, then a section of every kind of block."""
    return Document(
        "Report · Bloc",
        (
            Section("overview", "Report 2024", (Paragraph("Bloc & co", tone="sub"),)),
            Section(
                "checks",
                "Checks",
                (
                    Paragraph("rule holds", tone="ok"),
                    Paragraph("rule broken", tone="fail"),
                    Paragraph("a detail", level=2),
                    Paragraph("Chi bộ Hai: not met"),
                    Paragraph("P. 92 points", level=1),
                    FIGURES,
                    RESULTS,
                    CHART,
                    Chart("Empty", ()),
                ),
            ),
        ),
    )
