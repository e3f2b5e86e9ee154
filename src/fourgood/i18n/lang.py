"""The reader's language: English or Vietnamese, from an option or the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal

Lang = Literal["en", "vi"]
LANGS: tuple[Lang, ...] = ("en", "vi")


def detect_lang(environ: Mapping[str, str] | None = None) -> Lang:
    """The language from the environment: FOURGOOD_LANG, then the POSIX locale, else English."""
    env = os.environ if environ is None else environ
    explicit = env.get("FOURGOOD_LANG", "").strip().lower()
    if explicit in LANGS:
        return explicit
    # The POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG. LANGUAGE is a
    # GNU list of preferences, read first when set.
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        first = value.split(":")[0].lower()
        return "vi" if first.startswith("vi") else "en"
    return "en"
