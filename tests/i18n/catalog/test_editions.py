"""The texts of the rules over time: both languages for every entry, and the areas they cover."""

from __future__ import annotations

from fourgood.i18n.catalog import CATALOG as MERGED
from fourgood.i18n.catalog.editions import CATALOG
from fourgood.i18n.message import Choice, msg
from fourgood.i18n.render import render


def test_every_entry_has_both_languages() -> None:
    assert all(en and vi for en, vi in CATALOG.values())
    assert {key.split(".")[0] for key in CATALOG} >= {"edition", "rubric", "class", "org"}
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
