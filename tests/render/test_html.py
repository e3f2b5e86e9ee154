"""HTML: every text escaped, tones and nesting as classes, numeric cells classed ``num``."""

from __future__ import annotations

import re
from datetime import date

from fourgood.render.document import Bar, Chart, Column, Number, Paragraph, Table, TextCell
from fourgood.render.html import (
    SMALL_TABLE,
    block_html,
    chart_svg,
    css_string,
    footer_css,
    html_page,
    kept_together,
    paragraph_html,
    table_html,
)

from .docs import CHART, FIGURES, RESULTS, small_document


def test_paragraphs_by_tone_and_level() -> None:
    assert paragraph_html(Paragraph("Bloc <A>", tone="sub")) == '<p class="sub">Bloc &lt;A&gt;</p>'
    assert paragraph_html(Paragraph("holds", tone="ok")) == '<p class="ok">✓ holds</p>'
    assert paragraph_html(Paragraph("broken", tone="fail")) == '<p class="fail">✗ broken</p>'
    assert paragraph_html(Paragraph("why", level=2)) == '<p class="detail">why</p>'
    assert paragraph_html(Paragraph("plain & simple")) == "<p>plain &amp; simple</p>"


def test_a_table_with_a_sub_item_and_an_empty_cell() -> None:
    assert table_html(FIGURES, "en") == (
        '<table class="small"><caption>[red]P[/red], S: means</caption>'
        '<thead><tr><th>Figure</th><th class="num nw">Number</th></tr></thead><tbody>'
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


def _rows(n: int) -> Table:
    rows = tuple((TextCell(f"cell {i}"), Number(i)) for i in range(n))
    return Table((Column("Cell"), Column("95–99", numeric=True)), rows)


def test_a_small_table_is_never_split_and_a_long_one_may_be() -> None:
    assert table_html(_rows(SMALL_TABLE), "en").startswith('<table class="small">')
    assert table_html(_rows(SMALL_TABLE + 1), "en").startswith("<table>")
    css = html_page(small_document(), "en")
    assert "table.small, .keep { break-inside: avoid; }" in css
    # a heading, a line leading into a table and a table's note never stand alone
    assert "break-after: avoid; }" in css.split("h1 {")[1].split("\n")[0]
    assert "h2 + p, p:has(+ table), p:has(+ .keep) { break-after: avoid; }" in css
    assert re.search(r"caption \{[^}]*break-before: avoid;", css)


def test_a_numeric_title_of_one_word_is_never_wrapped() -> None:
    assert '<th class="num nw">95–99</th>' in table_html(_rows(1), "en")
    long = Table((Column("Not met", numeric=True),), ((Number(1),),))
    assert '<th class="num">Not met</th>' in table_html(long, "en")


def test_the_first_chart_stays_with_its_small_table() -> None:
    chart, line = Chart("By band", (Bar("100", 3, "band"),)), Paragraph("a transfer")
    small, long = _rows(2), _rows(SMALL_TABLE + 1)
    assert kept_together((small, line, chart, chart)) == [(small, line, chart), (chart,)]
    assert kept_together((long, chart)) == [(long,), (chart,)]
    assert kept_together((small, line)) == [(small,), (line,)]
    assert kept_together((small, Chart("Empty", ()))) == [(small,), (Chart("Empty", ()),)]
    page = html_page(small_document(), "en")  # FIGURES, then RESULTS with the chart after it
    assert '<div class="keep"><table class="small"><thead><tr><th>Cell</th>' in page
    assert page.count('<div class="keep">') == 1
    assert "</figcaption></figure></div>" in page


def test_the_footer_has_the_reports_own_day_and_the_page_number() -> None:
    footer = footer_css("Báo cáo · Khối", "vi", date(2023, 12, 31))
    assert 'content: "Báo cáo · Khối · số liệu đến ngày 31/12/2023";' in footer
    assert 'content: "trang " counter(page) "/" counter(pages);' in footer
    english = footer_css("Report", "en", date(2023, 12, 31))
    assert 'content: "Report · as of 2023-12-31";' in english
    assert 'content: "page " counter(page) " of " counter(pages);' in english
    # no clock: the same document prints the same page
    assert html_page(small_document(), "en") == html_page(small_document(), "en")


def test_text_from_the_data_cannot_leave_the_footer() -> None:
    assert css_string('a"b\\c</style>\n') == '"a\\22 b\\5c c\\3c /style\\3e \\a "'
    footer = footer_css('Khối "A" </style><script>', "en", None)
    assert "</style>" not in footer
    assert "<script>" not in footer
