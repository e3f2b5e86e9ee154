"""Office documents as an A4 page: 36-HD's margins and font, the letterhead, the parts and the
signatures, every text from data escaped."""

from __future__ import annotations

import re

from fourgood.models.documents import DocumentSettings
from fourgood.render.office_html import CSS, office_page
from fourgood.render.office_report import report_document
from tests.render.kit import SETTINGS
from tests.render.sample import small_report


def _page(settings: DocumentSettings = SETTINGS) -> str:
    return office_page(report_document(small_report(), settings, "vi"), "vi")


def test_the_page_is_a4_with_the_margins_and_font_of_36_hd() -> None:
    assert "@page { size: A4; margin: 20mm 15mm 20mm 30mm; }" in CSS
    assert '"Times New Roman"' in CSS
    assert "font-size: 14pt" in CSS


def test_the_parts_of_the_document() -> None:
    page = _page()
    assert page.startswith('<!DOCTYPE html>\n<html lang="vi">')
    head = re.search(r'<table class="head">.*?</table>', page)
    assert head is not None
    assert "ĐẢNG BỘ TỈNH LẠNG SƠN" in head[0]
    assert '<div class="issuer">ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH</div>' in head[0]
    assert '<div class="party">ĐẢNG CỘNG SẢN VIỆT NAM</div>' in head[0]
    assert '<div class="date">Lạng Sơn, ngày 30 tháng 6 năm 2024</div>' in head[0]
    assert '<p class="kind">BÁO CÁO</p>' in page
    assert "<h2>I. TÌNH HÌNH TỔ CHỨC VÀ CHI BỘ THAM GIA</h2>" in page
    assert "<h3>1. " in page
    assert "<b>Nơi nhận:</b><div>- Ban Thường vụ Tỉnh ủy,</div>" in page
    assert "<b>T/M BAN THƯỜNG VỤ</b><b>PHÓ BÍ THƯ</b>" in page
    assert "<b>Nguyễn Văn An</b>" in page
    assert "<svg" not in page  # the figures are in the tables


def test_the_same_document_gives_the_same_page() -> None:
    assert _page() == _page()


def test_data_is_escaped() -> None:
    page = _page(DocumentSettings(place="<script>x</script>\x1b", recipients=["a & b"]))
    assert "<script>" not in page
    assert "&lt;script&gt;x&lt;/script&gt;\\x1b, ngày" in page
    assert "- a &amp; b," in page
