"""A Word table's body rows and the body's paragraphs as WordprocessingML text, written
straight into the document.

python-docx builds every cell, paragraph and run as Python objects over lxml, about a tenth of
a millisecond a cell and more for a paragraph, and holds them all until the document is saved:
a report's tables of thousands of cells and its thousands of lines took most of the document's
time and memory. Here a row or a paragraph is a few string operations, written into the
package's ``word/document.xml`` a batch at a time. The XML is the XML python-docx writes for
the same cell (a cell width, a paragraph aligned or indented, a run with its size) and the same
paragraph (justified, its spacing and indent, a run in italics or not), so the document is the
same, byte for byte (``tests/render/test_docx_rows.py`` compares them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from fourgood.i18n.visible import xml_safe

BATCH = 500
"""Rows written at a time: enough that writing is the whole cost, few enough to stay small."""


@dataclass(frozen=True)
class Column:
    """How a column's cells are laid out: width in twips, right-aligned or not."""

    twips: int
    numeric: bool


@dataclass(frozen=True)
class Value:
    """A cell's text and, for a sub-item of a text column, its indent in twips (0: none)."""

    text: str
    indent: int = 0


def _t(text: str) -> str:
    """A text's ``<w:t>`` as python-docx's ``add_t`` writes it ("" for no text)."""
    safe = xml_safe(text)
    if not safe:
        return ""
    space = ' xml:space="preserve"' if len(safe.strip()) < len(safe) else ""
    return f"<w:t{space}>{escape(safe)}</w:t>"


@dataclass
class BodyParagraph:
    """A body paragraph: justified, 3 pt after, indented ``indent`` twips (its first line
    only, or all of it), its run in italics or not; kept with the next block when asked
    (the last line before the signatures)."""

    text: str
    indent: int
    first_line: bool
    italic: bool
    keep_next: bool = False

    def xml(self) -> str:
        """The paragraph as python-docx writes it."""
        where = "firstLine" if self.first_line else "left"
        keep = "<w:keepNext/>" if self.keep_next else ""
        style = "<w:rPr><w:i/></w:rPr>" if self.italic else "<w:rPr/>"
        return (
            f'<w:p><w:pPr>{keep}<w:spacing w:after="60"/><w:ind w:{where}="{self.indent}"/>'
            f'<w:jc w:val="both"/></w:pPr><w:r>{style}{_t(self.text)}</w:r></w:p>'
        )

    def __call__(self) -> Iterator[str]:
        """The paragraph as the one piece of XML at its mark."""
        yield self.xml()


def run_xml(text: str, half_points: int) -> str:
    """A run of text at a size, as python-docx writes ``add_run(text)`` with ``font.size``.
    python-docx would write a tab or a line break in a text as an element of its own;
    ``xml_safe`` has already written every control character as a visible escape."""
    return f'<w:r><w:rPr><w:sz w:val="{half_points}"/></w:rPr>{_t(text)}</w:r>'


def row_xml(values: Sequence[Value], columns: Sequence[Column], half_points: int) -> str:
    """One body row: each cell its width, its paragraph's alignment or indent, and its run."""
    cells = []
    for value, column in zip(values, columns, strict=True):
        if column.numeric:
            properties = '<w:pPr><w:jc w:val="right"/></w:pPr>'
        elif value.indent:
            properties = f'<w:pPr><w:ind w:left="{value.indent}"/></w:pPr>'
        else:
            properties = ""
        cells.append(
            f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{column.twips}"/></w:tcPr>'
            f"<w:p>{properties}{run_xml(value.text, half_points)}</w:p></w:tc>"
        )
    return f"<w:tr>{''.join(cells)}</w:tr>"


def joined(rows: Iterable[str]) -> Iterator[str]:
    """Rows of XML joined into texts of at most ``BATCH`` rows each, in order."""
    batch: list[str] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)
