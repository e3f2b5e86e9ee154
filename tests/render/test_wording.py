"""Cells and paragraphs in words: the same text in every format, numbers from one module."""

from __future__ import annotations

from fractions import Fraction

import pytest

from fourgood.render.document import Cell, Number, Paragraph, Ratio, Status, TextCell
from fourgood.render.wording import cell_level, cell_text, paragraph_text, status_label


@pytest.mark.parametrize(
    ("cell", "en", "vi"),
    [
        (Number(4327, grouped=True), "4,327", "4.327"),
        (Number(4327), "4327", "4327"),
        (Number(Fraction(187, 2)), "93.5", "93,5"),
        (Number(Fraction(187, 2), grouped=True), "93.5", "93,5"),
        (Number(Fraction(10)), "10", "10"),
        (Ratio(3, 5), "3/5", "3/5"),
        (Status("not_met"), "not met", "chưa đạt"),
        (TextCell("  a | b", level=1), "  a | b", "  a | b"),
        (None, "", ""),
    ],
)
def test_cells_in_words(cell: Cell, en: str, vi: str) -> None:
    assert (cell_text(cell, "en"), cell_text(cell, "vi")) == (en, vi)


def test_only_text_cells_are_indented() -> None:
    assert cell_level(TextCell("of whom", level=2)) == 2
    assert cell_level(Number(3)) == 0
    assert cell_level(None) == 0


def test_a_tone_with_a_mark_reads_without_colour() -> None:
    assert paragraph_text(Paragraph("rule", tone="ok")) == "✓ rule"
    assert paragraph_text(Paragraph("rule", tone="fail")) == "✗ rule"
    assert paragraph_text(Paragraph("bloc", tone="sub")) == "bloc"
    assert paragraph_text(Paragraph("✓ data", level=1)) == "✓ data"


def test_status_labels_come_from_the_catalogue() -> None:
    assert status_label("met", "en") == "met"
    assert status_label("incomplete", "vi") == "thiếu dữ liệu"
