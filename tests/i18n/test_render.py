"""Messages in words: values in the reader's language, and plural forms."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from fourgood.i18n.catalog import CATALOG
from fourgood.i18n.message import Choice, Month, Pct, Quarter, msg
from fourgood.i18n.render import render, render_value


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0 cells: 0 met"), (1, "1 cell: 1 met"), (2, "2 cells: 2 met"), (21, "21 cells: 21 met")],
)
def test_english_plurals_follow_the_count(n: int, expected: str) -> None:
    message = msg("score.caption", total=n, met=n, not_met=0, incomplete=0)
    assert render(message, "en").startswith(expected)
    assert render(message, "vi").startswith(f"{n} chi bộ")


def test_each_count_of_a_message_chooses_its_own_word() -> None:
    message = msg("summary.counts", errors=1, warnings=2, files=1)
    assert render(message, "en") == "1 error, 2 warnings in 1 file"


def test_no_message_hedges_with_s_in_parentheses() -> None:
    assert [k for k, (en, _) in CATALOG.items() if "(s)" in en] == []


@pytest.mark.parametrize(
    ("value", "en", "vi"),
    [
        (Month(2023, 8), "August 2023", "tháng 8/2023"),
        (Quarter(2023, 3), "Q3 2023", "quý 3/2023"),
        (Pct(Fraction(19, 20)), "95%", "95%"),
        (Pct(Fraction(2, 3)), "66.7%", "66,7%"),
        (Choice("meeting_kind", "thematic"), "thematic", "chuyên đề"),
        (date(2023, 5, 12), "2023-05-12", "12/05/2023"),
    ],
)
def test_values_in_each_language(value: object, en: str, vi: str) -> None:
    assert render_value(value, "en") == en
    assert render_value(value, "vi") == vi
