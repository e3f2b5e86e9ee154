"""HTML: every text escaped, tones and nesting as classes, numeric cells classed ``num``."""

from __future__ import annotations

from fourgood.render.document import Chart, Paragraph
from fourgood.render.html import block_html, chart_svg, html_page, paragraph_html, table_html

from .docs import CHART, FIGURES, RESULTS, small_document


def test_paragraphs_by_tone_and_level() -> None:
    assert paragraph_html(Paragraph("Bloc <A>", tone="sub")) == '<p class="sub">Bloc &lt;A&gt;</p>'
    assert paragraph_html(Paragraph("holds", tone="ok")) == '<p class="ok">✓ holds</p>'
    assert paragraph_html(Paragraph("broken", tone="fail")) == '<p class="fail">✗ broken</p>'
    assert paragraph_html(Paragraph("why", level=2)) == '<p class="detail">why</p>'
    assert paragraph_html(Paragraph("plain & simple")) == "<p>plain &amp; simple</p>"


def test_a_table_with_a_sub_item_and_an_empty_cell() -> None:
    assert table_html(FIGURES, "en") == (
        "<table><caption>[red]P[/red], S: means</caption>"
        '<thead><tr><th>Figure</th><th class="num">Number</th></tr></thead><tbody>'
        '<tr><td>members | all</td><td class="num">4,327</td></tr>'
        '<tr><td style="padding-left:1.7rem">of whom &lt;full&gt;</td>'
        '<td class="num">93.5</td></tr>'
        '<tr><td>[bold]cells[/bold]</td><td class="num"></td></tr>'
        "</tbody></table>"
    )


def test_ratios_and_statuses_are_written_in_the_readers_language() -> None:
    assert table_html(RESULTS, "vi").endswith(
        '<tbody><tr><td>Chi bộ Một</td><td class="num">3/5</td><td>chưa đạt</td></tr>'
        "</tbody></table>"
    )


def test_bars_are_scaled_to_the_longest() -> None:
    svg = chart_svg(CHART)
    assert '<rect class="bar-met" x="150" y="4" width="300" height="16"/>' in svg
    assert '<rect class="bar-not_met" x="150" y="26" width="150" height="16"/>' in svg
    assert 'aria-label="By result"' in svg


def test_an_empty_chart_is_left_out() -> None:
    assert block_html(Chart("Empty", ()), "en") == ""
    assert "Empty" not in html_page(small_document(), "en")


def test_the_page_is_headed_by_the_first_section() -> None:
    page = html_page(small_document(), "vi")
    assert page.startswith('<!DOCTYPE html>\n<html lang="vi">\n')
    assert "<title>Report · Bloc</title>" in page
    body = page.split("<body>\n")[1].split("\n")
    assert body[:4] == [
        "<h1>Report 2024</h1>",
        '<p class="sub">Bloc &amp; co</p>',
        "<h2>Checks</h2>",
        '<p class="ok">✓ rule holds</p>',
    ]
    assert body[-3:] == ["</body>", "</html>", ""]
