"""Every user-facing text of fourgood, in English and Vietnamese, from one module per area.

Each module of this package (other than ``vocabulary``) holds a ``CATALOG`` dict of
``key: (english, vietnamese)``; they are merged here, and a key may be defined once only.
Placeholders are ``{name}``; ``{n:one|other}`` picks the English word by the count ``n``.
"""

from __future__ import annotations

import importlib
import pkgutil

from fourgood.i18n.catalog.vocabulary import VOCABULARY, choice_label


def _merge() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name == "vocabulary":
            continue
        entries: dict[str, tuple[str, str]] = importlib.import_module(
            f"{__name__}.{info.name}"
        ).CATALOG
        twice = sorted(set(entries) & set(merged))
        if twice:
            raise ValueError(f"catalogue keys defined twice: {', '.join(twice)}")
        merged.update(entries)
    return merged


CATALOG = _merge()

__all__ = ["CATALOG", "VOCABULARY", "choice_label"]
