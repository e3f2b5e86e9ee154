"""A cell's scorecard: every content and criterion with points, maximum and why, the totals,
the result, and the verifying committee's and the secretary's signatures."""

from __future__ import annotations

from dataclasses import replace

from fourgood.i18n.message import Person
from fourgood.render.document import Table, TextCell
from fourgood.render.office import BLANK
from fourgood.render.office_scorecard import scorecard_document, scorecard_html, why
from fourgood.render.wording import cell_text
from tests.render.kit import HOSTILE, SETTINGS, walkthrough_sheet


def test_each_content_is_a_numbered_section_with_its_criteria() -> None:
    sheet = walkthrough_sheet()
    office = scorecard_document(sheet, "vi")
    scores, _totals = office.parts
    assert [s.key for s in scores.sections] == [c.id for c in sheet.card.contents]
    first = sheet.card.contents[0]
    table = scores.sections[0].blocks[0]
    assert isinstance(table, Table)
    assert [c.title for c in table.columns] == ["Tiêu chí", "Điểm", "Tối đa", "Lý do trừ điểm"]
    assert len(table.rows) == len(first.criteria) + 1
    assert cell_text(table.rows[-1][0], "vi") == "Cộng"
    assert cell_text(table.rows[-1][1], "vi") == str(first.points)
    assert scores.sections[0].title.endswith(f"{first.points}/{first.max} điểm")


def test_points_lost_say_why() -> None:
    sheet = walkthrough_sheet()
    lost = [r for c in sheet.card.contents for r in c.criteria if r.lost]
    assert lost
    assert all(why(r, "en") for r in lost)
    full = [r for c in sheet.card.contents for r in c.criteria if not r.lost]
    assert all(why(r, "en") == "" for r in full)


def test_the_totals_and_the_result() -> None:
    sheet = walkthrough_sheet()
    totals = scorecard_document(sheet, "vi").parts[1]
    table, result = totals.blocks
    assert isinstance(table, Table)
    total = table.rows[-1]
    assert cell_text(total[1], "vi") == str(sum(c.points for c in sheet.card.contents))
    assert result.text == "Kết quả: chi bộ chưa đạt chuẩn “Chi bộ 4 tốt”."  # type: ignore[union-attr]


def test_the_header_and_the_signatures() -> None:
    sheet = walkthrough_sheet(settings=SETTINGS, secretary=Person("X-1", "Lê Thị Hoa"))
    office = scorecard_document(sheet, "vi")
    assert office.letterhead.superior == sheet.unit.upper()
    assert office.letterhead.issuer == sheet.card.name.upper()
    assert office.letterhead.number == ""
    assert office.letterhead.place_date == "Lạng Sơn, ngày 31 tháng 12 năm 2023"
    verifier, secretary = office.signatures
    assert verifier.lines == ("XÁC NHẬN CỦA CẤP ỦY CẤP TRÊN", sheet.verifier.upper())
    assert verifier.name == BLANK
    assert secretary.lines == ("T/M CHI ỦY", "BÍ THƯ")
    assert secretary.name == "Lê Thị Hoa"
    assert office.recipients == ()
    assert walkthrough_sheet(secretary=None) is not None
    assert scorecard_document(walkthrough_sheet(secretary=None), "en").signatures[1].name == BLANK


def test_hostile_names_are_shown_never_acting() -> None:
    sheet = walkthrough_sheet()
    sheet = replace(sheet, card=replace(sheet.card, name=HOSTILE), unit=HOSTILE)
    page = scorecard_html(sheet, "vi")
    assert "\x1b" not in page
    assert "<b>&" not in page
    assert "CHI BỘ \\x1b[2J&lt;B&gt;&amp;\\u202e\\ufffe\\n" in page  # in the letterhead
    assert "\\x1b[2J&lt;b&gt;&amp;\\u202e\\ufffe\\n" in page  # in the title, not upper-cased
    office = scorecard_document(sheet, "vi")
    tables = [b for s in office.parts[0].sections for b in s.blocks if isinstance(b, Table)]
    texts = [c.text for t in tables for r in t.rows for c in r if isinstance(c, TextCell)]
    assert texts
    assert all("\x1b" not in text for text in texts)
