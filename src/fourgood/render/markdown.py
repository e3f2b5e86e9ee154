"""The document as Markdown: headings, paragraphs, nested lists and tables, for a wiki or an
issue. Charts are left out; their figures are in the tables."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from fourgood.i18n.lang import Lang
from fourgood.i18n.visible import visible
from fourgood.render.document import Document, Paragraph, Section, Table
from fourgood.render.wording import cell_level, cell_text, paragraph_text

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)([#>+-])(?=\s|$)")
_NUMBERED = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")


def escape(text: str) -> str:
    """Text from data as Markdown shows it inside a line, never as markup: no emphasis, link
    or table cell of its own (and shown, never acting: see ``visible``)."""
    return _INLINE.sub(r"\\\1", visible(text))


def escape_line(text: str) -> str:
    """Text from data that starts a line: ``escape``, and no heading, quote or list item of
    its own."""
    shown = escape(text)
    return _NUMBERED.sub(r"\1\\\2", _LINE_START.sub(r"\1\\\2", shown))


_md = escape


def markdown_page(document: Document, lang: Lang) -> str:
    """The whole document; the first section's title heads the page."""
    return "".join(markdown_pieces(document.sections, lang))


def markdown_pieces(sections: Iterable[Section], lang: Lang) -> Iterator[str]:
    """The page in pieces, a line at a time: a report's sections are made as they are reached
    (``report_sections.sections``), so the page is never held whole. Runs of blank lines are
    one, and the page is stripped as a whole text would be."""
    return _stripped(_squeezed(_lines(sections, lang)))


def _lines(sections: Iterable[Section], lang: Lang) -> Iterator[str]:
    for i, section in enumerate(sections):
        yield from ["", ("## " if i else "# ") + escape(section.title), ""]
        for block in section.blocks:
            if isinstance(block, Paragraph):
                yield from paragraph_lines(block)
            elif isinstance(block, Table):
                yield from table_lines(block, lang)


def paragraph_lines(paragraph: Paragraph) -> list[str]:
    """A paragraph at the margin, or a list item nested ``level - 1`` deep."""
    text = escape_line(paragraph_text(paragraph))
    if not paragraph.level:
        return [text, ""]
    return ["  " * (paragraph.level - 1) + "- " + text]


def table_lines(table: Table, lang: Lang) -> list[str]:
    """A pipe table; numeric columns are right-aligned, sub-items indented by two spaces."""
    lines = [
        "| " + " | ".join(_md(c.title) for c in table.columns) + " |",
        "|" + "".join("--:|" if c.numeric else "---|" for c in table.columns),
    ]
    for row in table.rows:
        texts = ("  " * cell_level(cell) + _md(cell_text(cell, lang)) for cell in row)
        lines.append("| " + " | ".join(texts) + " |")
    if table.note:
        lines += ["", escape_line(table.note)]
    lines.append("")
    return lines


def _squeezed(lines: Iterable[str]) -> Iterator[str]:
    """Collapse runs of blank lines."""
    previous: str | None = None
    for line in lines:
        if line == "" and previous == "":
            continue
        previous = line
        yield line


def _stripped(lines: Iterable[str]) -> Iterator[str]:
    """``"\\n".join(lines).strip() + "\\n"``, given line by line: the lines with text are
    held one at a time, and the blank ones after them until a line with text follows."""
    last: str | None = None  # the latest line with text, not given yet
    blanks: list[str] = []  # the lines of whitespace after it
    for line in lines:
        if not line.strip():
            if last is not None:
                blanks.append(line)
        elif last is None:
            last = line.lstrip()
        else:
            yield last + "\n" + "".join(blank + "\n" for blank in blanks)
            last, blanks = line, []
    yield ("" if last is None else last.rstrip()) + "\n"
