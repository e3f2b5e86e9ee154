"""The parts every office document shares: dates as 36-HD writes them, blanks for what the
settings leave out, never a guessed value."""

from __future__ import annotations

from datetime import date

import pytest

from fourgood.models.documents import DocumentSettings, Signer
from fourgood.render.office import (
    BLANK,
    TEXT_WIDTH_MM,
    column_widths,
    day_words,
    letterhead,
    number_line,
    place_date,
    recipients,
    roman,
    signature,
    upper,
)
from tests.render.kit import SETTINGS


def test_a_date_in_vietnamese_pads_small_days_and_the_first_two_months() -> None:
    assert day_words(date(2024, 1, 25), "vi") == "ngày 25 tháng 01 năm 2024"
    assert day_words(date(2024, 2, 5), "vi") == "ngày 05 tháng 02 năm 2024"
    assert day_words(date(2023, 12, 31), "vi") == "ngày 31 tháng 12 năm 2023"
    assert day_words(date(2023, 3, 9), "vi") == "ngày 09 tháng 3 năm 2023"
    assert day_words(date(2024, 1, 25), "en") == "25 January 2024"


def test_the_place_and_date_line() -> None:
    day = date(2024, 1, 25)
    assert place_date(SETTINGS, day, "vi") == "Lạng Sơn, ngày 25 tháng 01 năm 2024"
    assert place_date(DocumentSettings(), day, "vi") == f"{BLANK}, ngày 25 tháng 01 năm 2024"


def test_the_number_is_left_to_the_office() -> None:
    assert number_line("BC", SETTINGS, "vi") == "Số:        -BC/ĐU"
    assert number_line("BC", DocumentSettings(), "vi") == f"Số:        -BC/{BLANK}"
    assert number_line("BC", SETTINGS, "en").startswith("No.:")


def test_the_letterhead_in_capitals_with_blanks() -> None:
    head = letterhead(SETTINGS, "Đảng ủy Khối các cơ quan tỉnh", date(2024, 1, 25), "vi")
    assert (head.superior, head.issuer, head.party) == (
        "ĐẢNG BỘ TỈNH LẠNG SƠN",
        "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
    )
    blank = letterhead(DocumentSettings(), "Khối", date(2024, 1, 25), "en")
    assert blank.superior == BLANK
    assert blank.party == "COMMUNIST PARTY OF VIETNAM"
    assert letterhead(SETTINGS, "x", date(2024, 1, 1), "vi", superior="Đảng bộ Y").superior == (
        "ĐẢNG BỘ Y"
    )


def test_the_signature_and_the_recipients() -> None:
    sig = signature(SETTINGS.signer, "vi")
    assert sig.lines == ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ")
    assert sig.name == "Nguyễn Văn An"
    assert signature(Signer(), "vi") == signature(Signer(authority="T/M Ban Thường vụ"), "vi")
    assert signature(Signer(), "vi").name == BLANK
    assert recipients(SETTINGS, "vi") == (
        "- Ban Thường vụ Tỉnh ủy,",
        "- Ban Tổ chức Tỉnh ủy,",
        "- Lưu Văn phòng.",
    )
    assert recipients(DocumentSettings(), "vi") == (
        f"- {BLANK},",
        f"- {BLANK},",
        "- Lưu Văn phòng.",
    )


def test_roman_numerals_and_capitals() -> None:
    assert [roman(n) for n in (1, 2, 4, 9, 14, 40)] == ["I", "II", "IV", "IX", "XIV", "XL"]
    with pytest.raises(ValueError, match="from 1"):
        roman(0)
    assert upper("Đảng ủy Khối") == "ĐẢNG ỦY KHỐI"


def test_columns_fill_the_text_width() -> None:
    widths = column_widths([False, True, True, False])
    assert sum(widths) == pytest.approx(TEXT_WIDTH_MM)
    assert widths[1] < widths[0]
    assert column_widths([True]) == [18.0]


def test_a_figure_column_of_a_small_table_is_as_wide_as_its_title() -> None:
    widths = column_widths([False, True], ["Quarter", "Cells with a thematic meeting"])
    assert widths[1] == 40.0
    assert sum(widths) == pytest.approx(TEXT_WIDTH_MM)
    assert column_widths([False, True], ["Figure", "N"])[1] == 18.0


def test_text_columns_share_the_rest_by_their_longest_text() -> None:
    from fourgood.render.document import Column, Number, Table, TextCell
    from fourgood.render.office import table_widths

    table = Table(
        (Column("Cell"), Column("P", numeric=True), Column("Result"), Column("Level")),
        ((TextCell("Chi bộ Phòng Nghiệp vụ Y - Dược" * 2), Number(97), TextCell("đạt"), None),),
    )
    name, figure, result, level = table_widths(table, "vi")
    assert figure == 18.0
    assert name == pytest.approx(40 / 12 * result)  # 40 characters (the cap), 12 (the floor)
    assert level == result
    assert name + figure + result + level == pytest.approx(TEXT_WIDTH_MM)
    two = Table(table.columns[:3], tuple(row[:3] for row in table.rows))
    assert table_widths(two, "vi")[0] == table_widths(two, "vi")[2]  # one kind: shared evenly
