"""The texts of the rules over time: both languages for every entry, and the areas they cover."""

from __future__ import annotations

from fourgood.i18n.catalog import CATALOG as MERGED
from fourgood.i18n.catalog.editions import CATALOG
from fourgood.i18n.message import Choice, msg
from fourgood.i18n.render import render


def test_every_entry_has_both_languages() -> None:
    assert all(en and vi for en, vi in CATALOG.values())
    assert {key.split(".")[0] for key in CATALOG} >= {"edition", "rubric", "class", "org", "year"}
    assert all(MERGED[key] == value for key, value in CATALOG.items())  # merged, defined once


def test_a_year_without_an_edition_names_the_year_the_types_and_what_to_add() -> None:
    types = (Choice("cell_type", "agency"), Choice("cell_type", "enterprise"))
    message = msg("edition.none_for_year", year=2031, types=types)
    assert render(message, "vi") == (
        "chưa có bộ tiêu chí (ấn bản quy định) nào áp dụng cho năm 2031 đối với chi bộ cơ quan, "
        "doanh nghiệp: hãy thêm vào thư mục rubrics/ một bộ tiêu chí có hiệu lực năm 2031 (sao "
        "chép bằng `fourgood init --copy-rubric` rồi ghi in_force: {from: 2031}), hoặc đưa các "
        "chi bộ này ra khỏi chương trình"
    )


def test_the_new_year_in_both_languages_counts_cells() -> None:
    one = msg("year.done", year=2027, n=1, board=2, files=3)
    assert render(one, "en") == (
        "started 2027: 1 cell carries on, 2 listed for the board to decide; 3 files written; "
        "next: fourgood validate"
    )
    assert render(one, "vi").startswith("đã bắt đầu năm 2027: 1 chi bộ tiếp tục")
