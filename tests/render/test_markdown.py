"""Markdown: nesting as list items, numeric columns right-aligned, `|` escaped."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fourgood.render.document import Paragraph
from fourgood.render.markdown import (
    _squeezed,
    _stripped,
    markdown_page,
    paragraph_lines,
    table_lines,
)

from .docs import FIGURES, RESULTS, small_document


def test_a_whole_page() -> None:
    assert markdown_page(small_document(), "en") == (
        "# Report 2024\n"
        "\n"
        "Bloc & co\n"
        "\n"
        "## Checks\n"
        "\n"
        "✓ rule holds\n"
        "\n"
        "✗ rule broken\n"
        "\n"
        "  - a detail\n"
        "Chi bộ Hai: not met\n"
        "\n"
        "- P. 92 points\n"
        "| Figure | Number |\n"
        "|---|--:|\n"
        "| members \\| all | 4,327 |\n"
        "|   of whom \\<full\\> | 93.5 |\n"
        "| \\[bold\\]cells\\[/bold\\] |  |\n"
        "\n"
        "\\[red\\]P\\[/red\\], S: means\n"
        "\n"
        "| Cell | Reached | Status |\n"
        "|---|--:|---|\n"
        "| Chi bộ Một | 3/5 | not met |\n"
    )


def test_levels_nest_list_items() -> None:
    assert paragraph_lines(Paragraph("at the margin")) == ["at the margin", ""]
    assert paragraph_lines(Paragraph("one", level=1)) == ["- one"]
    assert paragraph_lines(Paragraph("two", level=2)) == ["  - two"]
    # a line break in the text is shown, never starting a line of its own
    assert paragraph_lines(Paragraph("a | b\nc", level=1)) == ["- a \\| b\\\\nc"]


def test_numbers_are_written_in_the_readers_language() -> None:
    lines = table_lines(FIGURES, "vi")
    assert lines[2:4] == ["| members \\| all | 4.327 |", "|   of whom \\<full\\> | 93,5 |"]
    assert table_lines(RESULTS, "vi")[2] == "| Chi bộ Một | 3/5 | chưa đạt |"


@given(st.lists(st.sampled_from(["", " ", "\t", "a", " b ", "c  ", "\u3000", "x\n", "\ny"])))
def test_the_page_in_pieces_is_the_lines_squeezed_and_stripped_as_one_text(
    lines: list[str],
) -> None:
    squeezed: list[str] = []
    for line in lines:  # runs of blank lines are one
        if not (line == "" and squeezed and squeezed[-1] == ""):
            squeezed.append(line)
    expected = "\n".join(squeezed).strip() + "\n"
    assert "".join(_stripped(_squeezed(iter(lines)))) == expected
