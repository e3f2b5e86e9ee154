"""JSON text for people and machines: readable at the top, compact inside, fast."""

from __future__ import annotations

import json
from typing import Any

from fourgood.i18n.visible import json_escaped


def dumps(value: Any, **options: Any) -> str:
    """``json.dumps`` with Vietnamese kept readable and hidden characters (bidi overrides, C1
    controls) escaped, so a JSON file shown in a terminal shows them, never obeys them."""
    text: str = json.dumps(value, ensure_ascii=False, **options)
    return json_escaped(text)


def json_text(value: Any, expand: int = 2) -> str:
    """JSON for people and machines: the outer ``expand`` levels indented, the rest on one line.

    ``json.dumps`` with ``indent`` runs in pure Python and took most of the time of a large
    ``score --format json``; the inner values go through the C encoder instead, one encoder for
    the whole text, and hidden characters are escaped once, over the whole text (an escape
    replaces one character, so it is the same as escaping each piece).
    """
    return json_escaped(_json(value, expand, 0) + "\n")


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # what json.dumps(ensure_ascii=False) does


def _json(value: Any, expand: int, depth: int) -> str:
    if depth >= expand or not isinstance(value, (dict, list)) or not value:
        return _ENCODE(value)
    pad, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(value, list):
        items = [inner + _json(v, expand, depth + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    items = [f"{inner}{_ENCODE(str(k))}: {_json(v, expand, depth + 1)}" for k, v in value.items()]
    return "{\n" + ",\n".join(items) + "\n" + pad + "}"
