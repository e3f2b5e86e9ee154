"""The terminal: Rich text with no markup read from the data, tones as colours."""

from __future__ import annotations

from rich.text import Text

from fourgood.render.document import Column, Number, Paragraph, Table, TextCell
from fourgood.render.scores import render_to_text
from fourgood.render.terminal import (
    TERMINAL_ROWS,
    chart_view,
    paragraph_view,
    table_view,
    terminal_view,
)

from .docs import CHART, FIGURES, small_document


def test_paragraphs_are_indented_and_coloured_by_tone() -> None:
    assert paragraph_view(Paragraph("holds", tone="ok")) == Text("✓ holds", style="green")
    assert paragraph_view(Paragraph("broken", tone="fail")) == Text("✗ broken", style="red")
    assert paragraph_view(Paragraph("why", level=2)) == Text("    why")
    assert paragraph_view(Paragraph("[bold]x", tone="sub")) == Text("[bold]x")


def test_a_table_keeps_data_as_text_and_right_aligns_numbers() -> None:
    assert render_to_text(table_view(FIGURES, "en"), 60) == (
        "┏━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━┓\n"
        "┃ Figure             ┃ Number ┃\n"
        "┡━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━┩\n"
        "│ members | all      │  4,327 │\n"
        "│   of whom <full>   │   93.5 │\n"
        "│ [bold]cells[/bold] │        │\n"
        "└────────────────────┴────────┘\n"
        # the note is the caption, printed as it is (no colour read from it), padded to the width
        "[red]P[/red], S: means" + " " * 9 + "\n"
    )


def test_long_tables_are_cut() -> None:
    rows = tuple((TextCell(f"cell {n}"), Number(n)) for n in range(TERMINAL_ROWS + 5))
    table = Table((Column("Cell"), Column("Points", numeric=True)), rows, "a note")
    text = render_to_text(table_view(table, "en"), 80)
    assert f"cell {TERMINAL_ROWS - 1} " in text
    assert f"cell {TERMINAL_ROWS} " not in text
    assert f"first {TERMINAL_ROWS} of {TERMINAL_ROWS + 5} rows" in text
    assert "a note" not in text


def test_bars_are_drawn_to_thirty_blocks() -> None:
    assert chart_view(CHART).plain == (
        "By result\n  met     " + "█" * 30 + " 4\n  not met " + "█" * 15 + " 2\n"
    )


def test_the_whole_view() -> None:
    text = render_to_text(terminal_view(small_document(), "en"), 60)
    lines = text.split("\n")
    assert lines[:4] == ["Report 2024", "Bloc & co", "", "Checks " + "─" * 53]
    assert lines[4:9] == [
        "✓ rule holds",
        "✗ rule broken",
        "    a detail",
        "Chi bộ Hai: not met",
        "  P. 92 points",
    ]
    assert "Empty" not in text


def test_column_titles_from_the_data_are_not_markup() -> None:
    table = Table((Column("[bold]P[/bold]", numeric=True),), ((Number(1),),))
    assert "[bold]P[/bold]" in render_to_text(table_view(table, "en"), 40)
