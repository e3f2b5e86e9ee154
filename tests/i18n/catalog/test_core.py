"""The core catalogue: keys grouped by area, both languages given for each."""

from __future__ import annotations

from fourgood.i18n.catalog.core import CATALOG


def test_every_entry_has_both_languages_or_neither() -> None:
    assert all(bool(en) == bool(vi) for en, vi in CATALOG.values())
    assert len(CATALOG) > 300
