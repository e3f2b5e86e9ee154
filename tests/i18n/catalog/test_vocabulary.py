"""Vocabulary labels: the word's label in the reader's language, the word itself if unknown."""

from __future__ import annotations

from fourgood.i18n.catalog.vocabulary import choice_label


def test_labels_in_each_language_and_unknown_words_as_they_are() -> None:
    assert choice_label("cell_type", "public_service", "en") == "public service unit"
    assert choice_label("cell_type", "public_service", "vi") == "đơn vị sự nghiệp"
    assert choice_label("cell_type", "unheard-of", "vi") == "unheard-of"
    assert choice_label("no-such-vocabulary", "x", "en") == "x"
