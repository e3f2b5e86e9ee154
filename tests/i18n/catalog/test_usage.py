"""The catalogue of usage errors: every text in English and Vietnamese, the Vietnamese not a
copy of the English, the keys of their area; every phrasing read back has its words."""

from __future__ import annotations

from fourgood.cli.usage import _PHRASES
from fourgood.i18n.catalog.usage import CATALOG


def test_every_text_in_both_languages() -> None:
    assert len(CATALOG) > 5
    for key, (en, vi) in CATALOG.items():
        assert key.startswith("usage."), key
        assert en.strip(), key
        assert vi.strip(), key
        assert en != vi, key


def test_every_phrasing_read_back_is_said_from_the_catalogue() -> None:
    for pattern, key in _PHRASES:
        assert key in CATALOG, pattern.pattern
        en = CATALOG[key][0]
        # each part the phrasing reads back fills a place in the words
        assert set(pattern.groupindex) <= {p.split("}")[0].split(":")[0] for p in en.split("{")[1:]}
