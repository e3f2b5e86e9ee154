"""``--redact``: members shown by a stable pseudonym instead of their name."""

from __future__ import annotations

import hashlib
import hmac
import os
from contextvars import ContextVar

from fourgood.i18n.lang import Lang

_redacting: ContextVar[bool] = ContextVar("fourgood_redacting", default=False)


def set_redaction(on: bool) -> None:
    """Show members by pseudonym (``--redact``) instead of by name, in everything rendered."""
    _redacting.set(on)


def redacting() -> bool:
    """Whether members are shown by pseudonym."""
    return _redacting.get()


def pseudonym(member_id: str, lang: Lang) -> str:
    """A stable stand-in for a member: the same member always gets the same one.

    Derived from the member's id with a key (FOURGOOD_REDACT_KEY, if set, so that pseudonyms
    cannot be matched with another bloc's or guessed from a known id).
    """
    key = os.environ.get("FOURGOOD_REDACT_KEY", "fourgood").encode()
    code = hmac.new(key, member_id.encode(), hashlib.sha256).hexdigest()[:6].upper()
    return f"Đảng viên #{code}" if lang == "vi" else f"Member #{code}"
