"""The report's sections as typed blocks: figures stay numbers, nesting and tone are explicit."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from fourgood.render.document import (
    Bar,
    Chart,
    Column,
    Document,
    Number,
    Paragraph,
    Ratio,
    Section,
    Status,
    Table,
    TextCell,
)
from fourgood.render.report_sections import build, cells, classification, compare, organisation
from fourgood.render.wording import cell_text

from .sample import BLOC, small_report


def _table(section: Section, index: int = 0) -> Table:
    tables = [b for b in section.blocks if isinstance(b, Table)]
    return tables[index]


def test_the_document_has_every_section_in_order() -> None:
    document = build(small_report(), "en")
    assert isinstance(document, Document)
    assert [s.key for s in document.sections] == [
        "overview",
        "organisation",
        "programme",
        "by_type",
        "by_grassroots",
        "contents",
        "not_met",
        "meetings",
        "members",
        "classification",
        "compare",
        "cells",
    ]
    assert document.title == f"4 Good Party Cell report, 2024 · {BLOC}"


def test_the_comparison_needs_a_year_before() -> None:
    alone = replace(small_report(), previous=None)
    assert "compare" not in [s.key for s in build(alone, "en").sections]


def test_the_overview_is_sub_lines_under_the_title() -> None:
    overview = build(small_report(), "en").sections[0]
    assert overview.title == "4 Good Party Cell report, 2024"
    assert overview.blocks[0] == Paragraph(BLOC, tone="sub")
    assert all(isinstance(b, Paragraph) and b.tone == "sub" for b in overview.blocks)


def test_sub_items_of_the_organisation_carry_a_level_not_spaces() -> None:
    table = _table(organisation(small_report(), "en"))
    assert table.columns == (Column("Figure"), Column("Number", numeric=True))
    assert table.rows[0] == (TextCell("grassroots party organisations"), Number(3, grouped=True))
    assert table.rows[1] == (TextCell("grassroots party committees", 1), Number(2, grouped=True))
    assert table.rows[-1] == (TextCell("of whom full members", 1), Number(4209, grouped=True))
    vi = _table(organisation(small_report(), "vi"))
    assert vi.rows[1][0] == TextCell("đảng bộ cơ sở", 1)


def test_the_programme_lists_transfers_and_draws_the_results() -> None:
    programme = build(small_report(), "en").sections[2]
    table, transfer, chart = programme.blocks
    assert isinstance(table, Table)
    assert table.rows[0][0] == TextCell("cells in the programme (registered 1, selected 2)")
    assert isinstance(transfer, Paragraph)
    assert "Chi bộ Ba" in transfer.text
    assert chart == Chart(
        "Evaluated cells by result",
        (Bar("met", 1, "met"), Bar("not met", 1, "not_met"), Bar("incomplete", 0, "incomplete")),
    )


def test_means_are_fractions_and_reached_is_a_ratio() -> None:
    contents = build(small_report(), "en").sections[5]
    table = _table(contents)
    assert [c.numeric for c in table.columns] == [False, True, True, True, True, True, True, True]
    mean = Number(Fraction(187, 2), mean=True)  # written with one decimal, as every mean is
    assert table.rows[0][:3] == (TextCell("P. Leadership"), mean, Ratio(1, 2))
    charts = [b for b in contents.blocks if isinstance(b, Chart)]
    assert [b.tone for b in charts[0].bars] == ["band"] * 5


def test_shortfalls_nest_contents_and_criteria() -> None:
    section = build(small_report(), "en").sections[6]
    assert [(b.level, b.tone) for b in section.blocks if isinstance(b, Paragraph)] == [
        (0, "plain"),
        (1, "plain"),
        (2, "plain"),
    ]
    assert section.blocks[0] == Paragraph("Chi bộ Hai (c2): not met")
    assert section.blocks[2] == Paragraph("P1 7/10", level=2)


def test_checks_have_a_tone_and_their_details_a_level() -> None:
    blocks = classification(small_report(), "en").blocks
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    assert [(p.text, p.level, p.tone) for p in paragraphs] == [
        ("not rated", 0, "ok"),
        ("not classified", 0, "fail"),
        ("Members", 2, "plain"),
        ("Certificates of merit as exemplary 4 Good cells: 1", 0, "plain"),
        ("Chi bộ Hai", 2, "plain"),
    ]
    assert _table(classification(small_report(), "en")).rows[-1] == (
        TextCell("not classified"),
        Number(1),
    )


def test_the_comparison_leaves_a_missing_year_empty() -> None:
    report = small_report()
    assert report.previous is not None
    table = _table(compare(report, report.previous, "en"))
    assert [c.title for c in table.columns] == ["Figure", "2023", "2024"]
    mean = Number(Fraction(187, 2), mean=True)
    assert table.rows[-2][1:] == (mean, mean)
    assert table.rows[-1] == (TextCell("mean S"), None, Number(Fraction(97), mean=True))


def test_the_list_of_cells_has_typed_status_and_empty_points() -> None:
    table = _table(cells(small_report(), "en"))
    assert [c.numeric for c in table.columns] == [False, True, True, False, False]
    first, second = table.rows
    assert first == (
        TextCell("Chi bộ Một"),
        Number(95),
        Number(97),
        Status("met"),
        TextCell("HTTNV"),
    )
    # no points for S, and a commended cell that is not classified has only the star
    assert second == (TextCell("Chi bộ Hai"), Number(92), None, Status("not_met"), TextCell("★"))


def test_the_list_of_cells_shows_equal_figures_and_results_by_one_cell_object() -> None:
    report = small_report()
    rows = (*report.cells, replace(report.cells[0], id="c3", name="Chi bộ Ba"))
    first, _, third = _table(cells(replace(report, cells=rows), "en")).rows
    assert first[1:] == third[1:]
    assert all(a is b for a, b in zip(first[1:], third[1:], strict=True))
    assert first[0] == TextCell("Chi bộ Một")
    assert third[0] == TextCell("Chi bộ Ba")


def test_every_table_writes_its_means_with_one_decimal() -> None:
    document = build(small_report(), "vi")
    by_type, by_grassroots = (_table(document.sections[i]) for i in (3, 4))
    for table in (by_type, by_grassroots):
        assert [cell_text(c, "vi") for c in table.rows[0][-2:]] == ["93,5", "97,0"]
    assert cell_text(_table(document.sections[5]).rows[0][1], "vi") == "93,5"
