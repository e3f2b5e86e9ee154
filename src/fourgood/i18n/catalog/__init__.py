"""Every user-facing text of fourgood, in English and Vietnamese, from one module per area.

Each module of this package (other than ``vocabulary``) holds a ``CATALOG`` dict of
``key: (english, vietnamese)``; they are merged here, and a key may be defined once only.
Placeholders are ``{name}``; ``{n:one|other}`` picks the English word by the count ``n``.

``CATALOG`` is merged the first time it is asked for, so that ``fourgood --help`` can read the
help's own module (``catalog.help``) without importing every other.
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


CATALOG: dict[str, tuple[str, str]]  # merged on first use, by __getattr__


def __getattr__(name: str) -> dict[str, tuple[str, str]]:
    if name != "CATALOG":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    merged = globals()["CATALOG"] = _merge()  # later lookups find it without __getattr__
    return merged


__all__ = ["CATALOG", "VOCABULARY", "choice_label"]
