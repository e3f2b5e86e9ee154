"""The command line's help: every entry in both languages, keyed under ``help.``."""

from __future__ import annotations

from fourgood.i18n.catalog.cli_help import CATALOG


def test_every_entry_is_help_in_both_languages() -> None:
    assert all(key.startswith("help.") for key in CATALOG)
    assert all(en and vi and en != vi for en, vi in CATALOG.values())
    english = [en for en, _ in CATALOG.values()]
    assert len(set(english)) == len(english)  # found by its English: one entry each
