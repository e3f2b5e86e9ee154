"""The document as one self-contained HTML page: inline CSS and SVG, nothing fetched, and
printable on A4."""

from __future__ import annotations

import html

from fourgood.i18n.lang import Lang
from fourgood.render.document import Block, Cell, Chart, Document, Paragraph, Table
from fourgood.render.wording import cell_level, cell_text, paragraph_text

_CSS = """
:root { --ink: #1d2433; --muted: #5b6475; --line: #d5d9e0; --met: #2e7d32; --not: #c62828;
        --inc: #b26a00; --band: #3f6fb5; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: var(--ink);
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem;
     margin-top: 2rem; break-after: avoid; }
p { margin: .3rem 0; }
p.sub { color: var(--muted); }
p.ok { color: var(--met); } p.fail { color: var(--not); }
p.detail { margin-left: 1.5rem; color: var(--muted); font-size: .92rem; }
table { border-collapse: collapse; margin: .6rem 0 1rem; width: 100%; font-size: .92rem;
        break-inside: auto; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; vertical-align: top; }
th { background: #f3f5f8; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: .85rem; }
figure { margin: .5rem 0 1rem; break-inside: avoid; }
figcaption { color: var(--muted); font-size: .9rem; }
svg text { font-size: 12px; fill: var(--ink); }
.bar-met { fill: var(--met); } .bar-not_met { fill: var(--not); }
.bar-incomplete { fill: var(--inc); } .bar-band { fill: var(--band); }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; max-width: none; font-size: 10.5pt; } h2 { margin-top: 1.2rem; }
               a { color: inherit; text-decoration: none; } }
"""


def html_page(document: Document, lang: Lang) -> str:
    """The whole page; the first section's title is its heading."""
    body: list[str] = []
    for i, section in enumerate(document.sections):
        tag = "h1" if i == 0 else "h2"
        body.append(f"<{tag}>{html.escape(section.title)}</{tag}>")
        body.extend(part for part in (block_html(b, lang) for b in section.blocks) if part)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(document.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


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
    head = "".join(
        f'<th class="num">{html.escape(c.title)}</th>'
        if c.numeric
        else f"<th>{html.escape(c.title)}</th>"
        for c in table.columns
    )
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
    return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


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
