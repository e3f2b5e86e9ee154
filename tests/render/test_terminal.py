"""The terminal: Rich text with no markup read from the data, tones as colours."""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction

import pytest
from rich.cells import cell_len
from rich.text import Text

from fourgood.i18n.lang import Lang
from fourgood.read.dataset import DataSet
from fourgood.render.document import Column, Document, Number, Paragraph, Section, Table, TextCell
from fourgood.render.report_sections import build
from fourgood.render.scores import render_to_text
from fourgood.render.terminal import (
    TERMINAL_ROWS,
    chart_view,
    paragraph_view,
    table_view,
    terminal_view,
)
from fourgood.render.wording import cell_text
from fourgood.reporting.report import report_of_year
from tests.conftest import LANG_SON

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


WIDE = Table(
    (
        Column("Grassroots organisation"),
        *(Column(title, numeric=True) for title in ("Cells", "Met", "Not met", "P", "S", "Q", "M")),
    ),
    (
        (
            TextCell("Đảng bộ Sở Nông nghiệp"),
            *(Number(n) for n in (2, 1, 1)),
            *(Number(v, mean=True) for v in (97, Fraction(171, 2), 100, Fraction(1651, 20))),
        ),
    ),
    "P, S, Q, M: means",
)


def test_a_table_too_wide_for_the_console_is_stacked_not_cut() -> None:
    text = render_to_text(table_view(WIDE, "en"), 36)
    assert text.split("\n") == [
        "Đảng bộ Sở Nông nghiệp",
        "  Cells: 2 · Met: 1 · Not met: 1",
        "  P: 97.0 · S: 85.5 · Q: 100.0",
        "  M: 82.6",
        "P, S, Q, M: means",
        "",
    ]


def test_a_table_that_fits_once_its_names_wrap_is_drawn() -> None:
    text = render_to_text(table_view(WIDE, "en"), 66)
    lines = text.split("\n")
    assert lines[0].endswith("┓")
    assert lines[-3].endswith("┘")
    assert "│ 97.0 │ 85.5 │ 100.0 │ 82.6 │" in text
    assert "organisation" in text  # words are wrapped, never cut
    assert "Nông" in text
    assert max(cell_len(line) for line in lines) <= 66


def _lang_son_2023(lang: Lang) -> Document:
    ds = DataSet(str(LANG_SON), cache=None, today=date(2024, 1, 25))
    return build(report_of_year(ds, 2023, None, lang, details=False), lang)


def _figures_in_order(table: Table, text: str, lang: Lang) -> None:
    """Every figure of the table's numeric columns is in the text, row after row."""
    position = 0
    for row in table.rows[:TERMINAL_ROWS]:
        for cell, column in zip(row, table.columns, strict=True):
            if not column.numeric or cell is None:
                continue
            figure = re.escape(cell_text(cell, lang))
            found = re.compile(rf"(?<![\d.,/]){figure}(?![\d.,/])").search(text, position)
            assert found, f"{cell_text(cell, lang)} after {text[position : position + 80]!r}"
            position = found.end()


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("width", [80, 120])
def test_the_report_keeps_every_column_and_figure(lang: Lang, width: int) -> None:
    document = _lang_son_2023(lang)
    whole = render_to_text(terminal_view(document, lang), width)
    assert max(cell_len(line) for line in whole.split("\n")) <= width
    tables = [b for s in document.sections for b in s.blocks if isinstance(b, Table)]
    assert len(tables) >= 6
    for table in tables:
        text = render_to_text(table_view(table, lang), width)
        assert all(cell_len(line) <= width for line in text.split("\n"))
        for column in table.columns:
            assert all(word in text for word in column.title.split()), column.title
        _figures_in_order(table, text, lang)


def test_at_80_columns_the_results_by_cell_type_are_drawn_whole() -> None:
    (table,) = [b for b in _section(_lang_son_2023("vi"), "by_type").blocks if isinstance(b, Table)]
    lines = render_to_text(table_view(table, "vi"), 80).split("\n")
    assert lines[0].endswith("┓")
    assert lines[-3].endswith("┘")
    (agency,) = [line for line in lines if line.startswith("│ cơ quan ")]
    assert agency.split("│")[-3:] == [" 99,7 ", " 96,9 ", ""]


def _section(document: Document, key: str) -> Section:
    return next(s for s in document.sections if s.key == key)
