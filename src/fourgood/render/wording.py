"""How the document's values are put in words: cells, marks of tone and status labels.

Every text format (terminal, Markdown, HTML, the text cells of a workbook) writes a cell or a
paragraph with these functions, so they all read the same; numbers go through
``fourgood.numbers``. Layout (indentation, alignment, escaping) stays with each renderer.
"""

from __future__ import annotations

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import msg
from fourgood.i18n.render import render
from fourgood.numbers import format_figure, format_mean, format_number
from fourgood.render.document import Cell, Number, Paragraph, Ratio, Status, TextCell

MARKS = {"ok": "✓", "fail": "✗"}
"""The sign before a paragraph with that tone, so the tone reads without colour too."""


def status_label(value: str, lang: Lang) -> str:
    """A result ('met', 'not_met', 'incomplete') in the reader's language."""
    return render(msg(f"status.{value}"), lang)


def paragraph_text(paragraph: Paragraph) -> str:
    """A paragraph's text as shown: after its mark when its tone has one."""
    mark = MARKS.get(paragraph.tone)
    return f"{mark} {paragraph.text}" if mark else paragraph.text


def cell_text(cell: Cell, lang: Lang) -> str:
    """A cell as text, without its indentation (each format indents in its own way)."""
    if cell is None:
        return ""
    if isinstance(cell, Number) and cell.mean:
        return format_mean(cell.value, lang)
    if isinstance(cell, Number):
        return format_figure(cell.value, lang) if cell.grouped else format_number(cell.value, lang)
    if isinstance(cell, Ratio):
        return f"{cell.part}/{cell.whole}"
    if isinstance(cell, Status):
        return status_label(cell.value, lang)
    return cell.text


def cell_level(cell: Cell) -> int:
    """How deep a cell is indented: a sub-item's level, 0 for anything else."""
    return cell.level if isinstance(cell, TextCell) else 0
