"""The document for the terminal: Rich rules, text, tables and text bar charts.

Text from the data is put in ``Text`` objects (or escaped), so Rich never reads it as markup.
Long tables are cut to ``TERMINAL_ROWS`` rows, with a pointer to the CSV for all of them. A
table never loses a column to a narrow terminal: names wrap at words, and a table still too wide
for the console is stacked, one block per row with its figures as "title: value" pairs.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.markup import escape
from rich.rule import Rule
from rich.table import Table as RichTable
from rich.text import Text

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import msg
from fourgood.i18n.render import render
from fourgood.render.document import Cell, Chart, Document, Paragraph, Table
from fourgood.render.wording import cell_level, cell_text, paragraph_text

TERMINAL_ROWS = 60
"""Longest table the terminal view prints in full; longer ones are cut with a pointer to CSV."""

_FIRST_WIDTH = 16
"""The narrowest first column of a table that has the room: the names it lists read easier."""

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


def table_view(table: Table, lang: Lang) -> RenderableType:
    """A table as wide as the console allows: drawn when it fits, stacked when it would not."""
    return FittedTable(table, lang)


class FittedTable:
    """A table drawn to fit the console, or stacked when the console is too narrow for it.

    Rich squeezes a table wider than the console by cutting words and figures, or crops it (a
    column and the border vanish without a word), so the widths are chosen here: as wide as
    the content when that fits, else every column at least as wide as its longest word or
    figure and the room left shared out, and when even that does not fit, the table is stacked
    (``stacked_view``).
    """

    def __init__(self, table: Table, lang: Lang) -> None:
        self.table = table
        self.lang = lang

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = column_widths(self.table, self.lang, options.max_width)
        if widths is None:
            yield stacked_view(self.table, self.lang, options.max_width)
        else:
            yield grid_view(self.table, self.lang, widths or None)


def column_widths(table: Table, lang: Lang, width: int) -> list[int] | None:
    """The columns' widths for a table drawn in ``width`` characters: empty when its content
    fits as it is, ``None`` when a column would have to cut a word or a figure."""
    rows = [[column.title for column in table.columns]]
    rows += [[_cell_line(c, lang) for c in row] for row in table.rows[:TERMINAL_ROWS]]
    longest = [max(cell_len(row[j]) for row in rows) for j in range(len(table.columns))]
    shortest = [max(_longest_word(row[j]) for row in rows) for j in range(len(table.columns))]
    room = width - 3 * len(table.columns) - 1  # a border and two spaces a column, and the edge
    if sum(longest) + max(0, _FIRST_WIDTH - longest[0]) <= room:
        return []
    if sum(shortest) > room:
        return None
    # the room left goes first to the names (up to _FIRST_WIDTH), then to the columns that
    # need the least, so short labels ('HTXSNV ★', 'not met') stay on one line
    widths, spare = list(shortest), room - sum(shortest)
    first = min(max(widths[0], _FIRST_WIDTH), longest[0], widths[0] + spare)
    widths[0], spare = first, spare - (first - widths[0])
    for j in sorted(range(len(widths)), key=lambda j: (longest[j] - shortest[j], j)):
        more = min(longest[j] - widths[j], spare)
        widths[j] += more
        spare -= more
    return widths


def _cell_line(cell: Cell, lang: Lang) -> str:
    return "  " * cell_level(cell) + cell_text(cell, lang)


def _longest_word(text: str) -> int:
    """The widest word of a text, its indentation counted with the first word."""
    indent = len(text) - len(text.lstrip(" "))
    words = [cell_len(word) for word in text.split()] or [0]
    return max(indent + words[0], *words)


def grid_view(table: Table, lang: Lang, widths: list[int] | None = None) -> RichTable:
    """A table; numeric columns are right-aligned, sub-items indented two spaces a level.

    Without ``widths`` the columns are as wide as their content (the first at least
    ``_FIRST_WIDTH``); with them, each column is that wide and its text wraps at words.
    """
    view = RichTable(show_edge=True, header_style="bold", caption_justify="left")
    for j, column in enumerate(table.columns):
        view.add_column(
            Text(column.title),
            justify="right" if column.numeric else "left",
            overflow="fold",
            min_width=_FIRST_WIDTH if j == 0 and widths is None else None,
            width=widths[j] if widths else None,
        )
    for row in table.rows[:TERMINAL_ROWS]:
        view.add_row(*(Text(_cell_line(c, lang)) for c in row))
    note = _table_note(table, lang)
    # a string keeps the table's caption style; escaped, so it is not read as markup
    view.caption = escape(note) if note else None
    return view


def stacked_view(table: Table, lang: Lang, width: int) -> Group:
    """A table as one block per row: its first cell in bold, then its other cells as
    "title: value" pairs, as many to a line as ``width`` holds (a pair is never split)."""
    parts: list[RenderableType] = []
    for label, *values in table.rows[:TERMINAL_ROWS]:
        parts.append(Text(_cell_line(label, lang), style="bold"))
        pairs = [
            f"{column.title}: {cell_text(cell, lang)}".rstrip()
            for column, cell in zip(table.columns[1:], values, strict=True)
        ]
        parts.extend(Text(line) for line in _packed(pairs, width))
    note = _table_note(table, lang)
    if note:
        parts.append(Text(note, style="dim"))
    return Group(*parts)


def _packed(pairs: list[str], width: int, gap: str = " · ") -> list[str]:
    """The pairs on lines indented two spaces, as many to a line as fit in ``width``."""
    lines: list[str] = []
    for pair in pairs:
        if lines and cell_len(lines[-1] + gap + pair) <= width:
            lines[-1] += gap + pair
        else:
            lines.append("  " + pair)
    return lines


def _table_note(table: Table, lang: Lang) -> str | None:
    """The line under a table: that it was cut, or else its note (``None``: no line)."""
    if len(table.rows) > TERMINAL_ROWS:
        return render(msg("report.cut", shown=TERMINAL_ROWS, total=len(table.rows)), lang)
    return table.note or None


def chart_view(chart: Chart) -> Text:
    """A bar chart drawn with blocks, scaled to 30 characters for the longest bar."""
    top = max((bar.value for bar in chart.bars), default=0) or 1
    width = max(len(bar.label) for bar in chart.bars)
    text = Text(chart.title + "\n", style="dim")
    for bar in chart.bars:
        blocks = "█" * round(30 * bar.value / top)
        text.append(f"  {bar.label.ljust(width)} {blocks} {bar.value}\n")
    return text
