"""The yearly report as the office files it: the report's sections in numbered parts, the
letterhead and the foot from the settings, dated the day the figures are counted to."""

from __future__ import annotations

from dataclasses import replace

from fourgood.models.documents import DocumentSettings
from fourgood.render.document import Document, Paragraph, Section
from fourgood.render.office import BLANK
from fourgood.render.office_report import PARTS, parts, report_document
from fourgood.render.report_sections import build
from tests.render.kit import SETTINGS
from tests.render.sample import small_report


def test_every_section_of_the_report_is_in_a_part() -> None:
    report = small_report()
    document = build(report, "vi")
    office = report_document(report, SETTINGS, "vi")
    keys = [s.key for p in office.parts for s in p.sections]
    assert keys == [s.key for s in document.sections[1:]]
    assert next(p.title for p in office.parts) == "Tình hình tổ chức và chi bộ tham gia"
    assert len(office.parts) == len(PARTS)


def test_a_section_no_part_names_goes_into_the_last() -> None:
    document = Document("t", (Section("overview", "T"), Section("new", "New")))
    assert [(p.title, [s.key for s in p.sections]) for p in parts(document, "en")] == [
        ("The cells one by one", ["new"])
    ]


def test_the_letterhead_and_the_foot_come_from_the_settings() -> None:
    office = report_document(small_report(), SETTINGS, "vi")
    head = office.letterhead
    assert head.superior == "ĐẢNG BỘ TỈNH LẠNG SƠN"
    assert head.issuer == "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"
    assert head.number == "Số:        -BC/ĐU"
    assert head.place_date == "Lạng Sơn, ngày 30 tháng 6 năm 2024"  # the report's as-of day
    assert office.kind == "BÁO CÁO"
    assert office.subject == "Kết quả xây dựng mô hình “Chi bộ 4 tốt” năm 2024"
    assert office.recipients_title == "Nơi nhận:"
    assert office.recipients[-1] == "- Lưu Văn phòng."
    assert office.signatures[0].lines == ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ")


def test_without_settings_the_issuer_is_the_bloc_and_the_rest_is_blank() -> None:
    report = replace(small_report(), bloc="Đảng ủy Khối \x1b[2J")
    office = report_document(report, DocumentSettings(), "en")
    assert office.letterhead.issuer == "ĐẢNG ỦY KHỐI \\x1b[2J"
    assert office.letterhead.superior == BLANK
    assert office.letterhead.place_date == f"{BLANK}, 30 June 2024"
    assert office.signatures[0].name == BLANK
    # the bloc's name is in the letterhead; the day counted to and the rubric open the text
    assert all(isinstance(b, Paragraph) for b in office.preamble)
    assert "Đảng ủy Khối" not in " ".join(b.text for b in office.preamble)  # type: ignore[union-attr]
