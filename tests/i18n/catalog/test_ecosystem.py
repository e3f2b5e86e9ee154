"""The texts of what other tools read: both languages given for each, and merged."""

from __future__ import annotations

from fourgood.i18n.catalog import CATALOG as MERGED
from fourgood.i18n.catalog.ecosystem import CATALOG


def test_every_entry_has_both_languages() -> None:
    assert all(en and vi and en != vi for en, vi in CATALOG.values())
    assert set(CATALOG) <= set(MERGED)
