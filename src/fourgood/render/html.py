"""The document as one self-contained HTML page: inline CSS and SVG, nothing fetched, and
printable on A4.

In print every page has a footer: the document's title and the day its figures are of on the
left (never the day it is printed, so the page is the same for the same data), the page's
number on the right. A heading, or a line leading into a table, stays with what follows; a
small table is never split, nor kept apart from the chart that follows it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import msg
from fourgood.i18n.render import render
from fourgood.render.document import (
    Block,
    Cell,
    Chart,
    Column,
    Document,
    Paragraph,
    Section,
    Table,
)
from fourgood.render.wording import cell_level, cell_text, paragraph_text

_CSS = """
:root { --ink: #1d2433; --muted: #5b6475; --line: #d5d9e0; --met: #2e7d32; --not: #c62828;
        --inc: #b26a00; --band: #3f6fb5; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: var(--ink);
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; break-after: avoid; }
h2 { font-size: 1.2rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem;
     margin-top: 2rem; break-after: avoid; }
p { margin: .3rem 0; }
h2 + p, p:has(+ table), p:has(+ .keep) { break-after: avoid; }
p.sub { color: var(--muted); }
p.ok { color: var(--met); } p.fail { color: var(--not); }
p.detail { margin-left: 1.5rem; color: var(--muted); font-size: .92rem; }
table { border-collapse: collapse; margin: .6rem 0 1rem; width: 100%; font-size: .92rem;
        break-inside: auto; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; vertical-align: top; }
th { background: #f3f5f8; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td + td, th.nw { white-space: nowrap; }
td:first-child { min-width: 14em; }
tr { break-inside: avoid; }
tbody tr:last-child { break-before: avoid; }
table.small, .keep { break-inside: avoid; }
caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: .85rem;
          break-before: avoid; }
figure { margin: .5rem 0 1rem; break-inside: avoid; }
figcaption { color: var(--muted); font-size: .9rem; }
svg text { font-size: 12px; fill: var(--ink); }
.bar-met { fill: var(--met); } .bar-not_met { fill: var(--not); }
.bar-incomplete { fill: var(--inc); } .bar-band { fill: var(--band); }
@page { size: A4; margin: 15mm 15mm 18mm; }
@media print { body { margin: 0; max-width: none; font-size: 10.5pt; } h2 { margin-top: 1.2rem; }
               h1 { font-size: 15pt; white-space: nowrap; }
               a { color: inherit; text-decoration: none; } }
"""

_FOOTER = """
@page {{ @bottom-left {{ content: {left}; {font} }}
        @bottom-right {{ content: {right}; {font} white-space: nowrap; }} }}
"""
_FOOTER_FONT = (
    'font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 8pt; '
    "color: #5b6475;"
)

SMALL_TABLE = 6
"""The most rows a table has that is never split across pages in print."""


def html_page(document: Document, lang: Lang, day: date | None = None) -> str:
    """The whole page; the first section's title is its heading, and ``day`` (the day the
    figures are of) is in the printed pages' footer."""
    return "".join(html_pieces(document.title, document.sections, lang, day))


def html_pieces(
    title: str, sections: Iterable[Section], lang: Lang, day: date | None = None
) -> Iterator[str]:
    """The page in pieces, a section at a time: a report's sections are made as they are
    reached (``report_sections.sections``), so the page is never held whole. ``title`` must
    be shown as it is (a ``Document``'s is)."""
    yield (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n"
        f"<style>{_CSS}{footer_css(title, lang, day)}</style>\n</head>\n<body>\n"
    )
    for i, section in enumerate(sections):
        tag = "h1" if i == 0 else "h2"
        body = [f"<{tag}>{html.escape(section.title)}</{tag}>"]
        for group in kept_together(section.blocks):
            parts = [part for part in (block_html(b, lang) for b in group) if part]
            body.append(
                f'<div class="keep">{"".join(parts)}</div>' if len(group) > 1 else "".join(parts)
            )
        text = "\n".join(part for part in body if part)
        yield text if i == 0 else "\n" + text
    yield "\n</body>\n</html>\n"


def kept_together(blocks: Sequence[Block]) -> list[tuple[Block, ...]]:
    """The blocks in the groups print keeps on one page: a small table with the lines and the
    first chart after it; every other block alone."""
    groups: list[tuple[Block, ...]] = []
    i = 0
    while i < len(blocks):
        block, end = blocks[i], i + 1
        if isinstance(block, Table) and len(block.rows) <= SMALL_TABLE:
            while end < len(blocks) and isinstance(blocks[end], Paragraph):
                end += 1
            chart = blocks[end] if end < len(blocks) else None
            end = end + 1 if isinstance(chart, Chart) and chart.bars else i + 1
        groups.append(tuple(blocks[i:end]))
        i = end
    return groups


def footer_css(title: str, lang: Lang, day: date | None) -> str:
    """The printed pages' footer: the title (and the day of the figures), the page number."""
    left = title if day is None else title + " · " + render(msg("report.print_day", day=day), lang)
    page = render(msg("report.page", page="{page}", pages="{pages}"), lang)
    right = " ".join(
        f"counter({piece[1:-1]})" if piece in ("{page}", "{pages}") else css_string(piece)
        for piece in _pieces(page)
        if piece
    )
    return _FOOTER.format(left=css_string(left), right=right, font=_FOOTER_FONT)


def _pieces(text: str) -> list[str]:
    """The text cut before and after each ``{page}`` and ``{pages}``."""
    return re.split(r"(\{pages?\})", text)


def css_string(text: str) -> str:
    """Text as a CSS string: quotes, backslashes, angle brackets and control characters
    escaped, so text from the data can neither end the string nor the style element."""
    escaped = "".join(
        f"\\{ord(ch):x} " if ch in '"\\<>&' or ord(ch) < 0x20 or ord(ch) == 0x7F else ch
        for ch in text
    )
    return f'"{escaped}"'


def block_html(block: Block, lang: Lang) -> str:
    """One block as HTML; an empty chart is left out (empty text)."""
    if isinstance(block, Paragraph):
        return paragraph_html(block)
    if isinstance(block, Table):
        return table_html(block, lang)
    if not block.bars:
        return ""
    return f"<figure>{chart_svg(block)}<figcaption>{html.escape(block.title)}</figcaption></figure>"


def paragraph_html(paragraph: Paragraph) -> str:
    """A paragraph; nested ones are details, and tones other than plain name a class."""
    cls = "detail" if paragraph.level else "" if paragraph.tone == "plain" else paragraph.tone
    text = html.escape(paragraph_text(paragraph))
    return f'<p class="{cls}">{text}</p>' if cls else f"<p>{text}</p>"


def table_html(table: Table, lang: Lang) -> str:
    """A table with its note as the caption; numeric columns carry the class ``num``."""
    head = "".join(_head_html(c) for c in table.columns)
    rows = "".join(
        "<tr>"
        + "".join(
            _cell_html(cell, column.numeric, lang)
            for cell, column in zip(row, table.columns, strict=True)
        )
        + "</tr>"
        for row in table.rows
    )
    caption = f"<caption>{html.escape(table.note)}</caption>" if table.note else ""
    small = ' class="small"' if len(table.rows) <= SMALL_TABLE else ""
    return f"<table{small}>{caption}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _head_html(column: Column) -> str:
    """A column's title; a numeric column's one-word title ('95–99') is never wrapped."""
    title = html.escape(column.title)
    if not column.numeric:
        return f"<th>{title}</th>"
    return (
        f'<th class="num nw">{title}</th>' if " " not in title else f'<th class="num">{title}</th>'
    )


def _cell_html(cell: Cell, numeric: bool, lang: Lang) -> str:
    """A table cell; a sub-item (e.g. "of whom full members") is indented by its level."""
    text = html.escape(cell_text(cell, lang))
    if numeric:
        return f'<td class="num">{text}</td>'
    level = cell_level(cell)
    style = f' style="padding-left:{0.5 + 1.2 * level:.1f}rem"' if level else ""
    return f"<td{style}>{text}</td>"


def chart_svg(chart: Chart) -> str:
    """A bar chart as inline SVG; bars are scaled to the longest, coloured by tone."""
    row, label_width, bar_width = 22, 150, 300
    top = max((bar.value for bar in chart.bars), default=0) or 1
    height = row * len(chart.bars) + 4
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_width + bar_width + 60}" '
        f'height="{height}" role="img" aria-label="{html.escape(chart.title)}">'
    ]
    for i, bar in enumerate(chart.bars):
        y = i * row + 2
        width = round(bar_width * bar.value / top)
        parts.append(
            f'<text x="0" y="{y + 14}">{html.escape(bar.label)}</text>'
            f'<rect class="bar-{bar.tone}" x="{label_width}" y="{y + 2}" width="{width}" '
            f'height="{row - 6}"/>'
            f'<text x="{label_width + width + 6}" y="{y + 14}">{bar.value}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
