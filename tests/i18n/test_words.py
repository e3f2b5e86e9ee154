"""The words of the closed vocabularies, read in either language, and day-first dates."""

from __future__ import annotations

from datetime import date

from fourgood.i18n.words import VOCABS, label, labels, read, read_day


def test_words_of_a_vocabulary() -> None:
    assert label("dues", "in_full", "vi") == "đóng đầy đủ"
    assert labels("bool", "en") == ["yes", "no"]
    assert read("dues", "Đóng  đầy đủ") == "in_full"
    assert read("dues", "in_full") == "in_full"
    assert read("dues", "late") == "late"
    assert read("dues", "sometimes") is None
    assert set(VOCABS["sex"]) == {"male", "female"}


def test_dates_day_first_or_iso() -> None:
    assert read_day("01/03/2025") == date(2025, 3, 1)
    assert read_day("1.3.2025") == date(2025, 3, 1)
    assert read_day("2025-03-01") == date(2025, 3, 1)
    assert read_day("29/02/2023") is None
    assert read_day("March 1") is None
