"""The document for the terminal: Rich rules, text, tables and text bar charts.

Text from the data is put in ``Text`` objects (or escaped), so Rich never reads it as markup.
Long tables are cut to ``TERMINAL_ROWS`` rows, with a pointer to the CSV for all of them.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.rule import Rule
from rich.table import Table as RichTable
from rich.text import Text

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import msg
from fourgood.i18n.render import render
from fourgood.render.document import Chart, Document, Paragraph, Table
from fourgood.render.wording import cell_level, cell_text, paragraph_text

TERMINAL_ROWS = 60
"""Longest table the terminal view prints in full; longer ones are cut with a pointer to CSV."""

_TONE_STYLES = {"ok": "green", "fail": "red"}


def terminal_view(document: Document, lang: Lang) -> RenderableType:
    """The whole document: the first title underlined, the others as rules."""
    parts: list[RenderableType] = []
    for i, section in enumerate(document.sections):
        title = Text(section.title, style="bold" if i else "bold underline")
        parts.append(Rule(title, align="left") if i else title)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                parts.append(paragraph_view(block))
            elif isinstance(block, Table):
                parts.append(table_view(block, lang))
            elif block.bars:
                parts.append(chart_view(block))
        parts.append(Text(""))
    return Group(*parts)


def paragraph_view(paragraph: Paragraph) -> Text:
    """A paragraph indented two spaces a level, coloured by its tone."""
    text = "  " * paragraph.level + paragraph_text(paragraph)
    return Text(text, style=_TONE_STYLES.get(paragraph.tone, ""))


def table_view(table: Table, lang: Lang) -> RichTable:
    """A table; numeric columns are right-aligned, sub-items indented two spaces a level."""
    view = RichTable(show_edge=True, header_style="bold", caption_justify="left")
    for j, column in enumerate(table.columns):
        view.add_column(
            Text(column.title),
            justify="right" if column.numeric else "left",
            overflow="fold",
            min_width=16 if j == 0 else None,
        )
    for row in table.rows[:TERMINAL_ROWS]:
        view.add_row(*(Text("  " * cell_level(c) + cell_text(c, lang)) for c in row))
    if len(table.rows) > TERMINAL_ROWS:
        view.caption = render(msg("report.cut", shown=TERMINAL_ROWS, total=len(table.rows)), lang)
    elif table.note:
        # a string keeps the table's caption style; escaped, so it is not read as markup
        view.caption = escape(table.note)
    return view


def chart_view(chart: Chart) -> Text:
    """A bar chart drawn with blocks, scaled to 30 characters for the longest bar."""
    top = max((bar.value for bar in chart.bars), default=0) or 1
    width = max(len(bar.label) for bar in chart.bars)
    text = Text(chart.title + "\n", style="dim")
    for bar in chart.bars:
        blocks = "█" * round(30 * bar.value / top)
        text.append(f"  {bar.label.ljust(width)} {blocks} {bar.value}\n")
    return text
