"""'Did you mean ...?': the closest known name to one that is not known."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from fourgood.i18n.message import Msg, msg


def suggest(value: str, known: Iterable[str]) -> Msg:
    """'; did you mean X?' for the closest known id, or nothing."""
    close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
    return msg("hint.did_you_mean", name=close[0]) if close else msg("empty")
