"""The catalogue of choices: every text in English and Vietnamese, the Vietnamese not a copy of
the English where the words differ, keys of their area."""

from __future__ import annotations

from fourgood.i18n.catalog.choices import CATALOG


def test_every_text_in_both_languages() -> None:
    assert len(CATALOG) > 5
    for key, (en, vi) in CATALOG.items():
        assert en.strip(), key
        assert vi.strip(), key
    translated = [k for k, (en, vi) in CATALOG.items() if en != vi]
    assert len(translated) > len(CATALOG) * 0.7


def test_every_word_of_the_vocabularies_is_there() -> None:
    from fourgood.i18n.words import VOCABS

    for vocab, codes in VOCABS.items():
        for code in codes:
            assert f"choice.{vocab}.{code}" in CATALOG
    assert CATALOG["choice.dues.in_full"] == ("in full", "đóng đầy đủ")
