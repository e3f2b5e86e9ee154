"""The catalogue of recording: every text in English and Vietnamese, the Vietnamese not a copy of
the English where the words differ, keys of their area."""

from __future__ import annotations

from fourgood.i18n.catalog.recording import CATALOG


def test_every_text_in_both_languages() -> None:
    assert len(CATALOG) > 5
    for key, (en, vi) in CATALOG.items():
        assert en.strip(), key
        assert vi.strip(), key
    translated = [k for k, (en, vi) in CATALOG.items() if en != vi]
    assert len(translated) > len(CATALOG) * 0.7


def test_the_questions_are_questions() -> None:
    questions = {k: v for k, v in CATALOG.items() if k.startswith("ask.") and "missing" not in k}
    assert questions
