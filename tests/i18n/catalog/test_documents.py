"""The documents' catalogue: both languages for every entry, a name for every month, and the
keys of its own area only."""

from __future__ import annotations

from fourgood.i18n.catalog.documents import CATALOG


def test_every_entry_has_both_languages() -> None:
    assert all(en and vi for en, vi in CATALOG.values())
    assert all(key.startswith("documents.") for key in CATALOG)


def test_every_month_has_its_name() -> None:
    assert [CATALOG[f"documents.month.{m}"][0] for m in (1, 12)] == ["January", "December"]
    assert all(f"documents.month.{m}" in CATALOG for m in range(1, 13))
