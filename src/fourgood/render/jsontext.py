"""JSON text for people and machines: readable at the top, compact inside, fast."""

from __future__ import annotations

import json
from collections.abc import Iterator
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


def json_chunks(value: Any, expand: int = 2) -> Iterator[str]:
    """``json_text`` in pieces of about ``_CHUNK`` characters, for a text too large to hold
    whole: the lists and dicts of its outer levels are gone over an item at a time, and an
    iterator there is read as a list, so a caller can make its items as they are written."""
    pieces: list[str] = []
    size = 0
    for piece in _pieces(value, expand, 0):
        pieces.append(piece)
        size += len(piece)
        if size >= _CHUNK:
            yield json_escaped("".join(pieces))
            pieces.clear()
            size = 0
    pieces.append("\n")
    yield json_escaped("".join(pieces))


_CHUNK = 1 << 16

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


def _pieces(value: Any, expand: int, depth: int) -> Iterator[str]:
    """The text ``_json`` gives, in order: an item at a time in the outer levels, and in one
    piece a value whose items are written whole."""
    lazy = isinstance(value, Iterator)
    if lazy and depth + 1 >= expand:
        value, lazy = list(value), False  # its items are written whole: so is it
    if not lazy and (depth + 1 >= expand or not isinstance(value, (dict, list)) or not value):
        yield _json(value, expand, depth)
        return
    inner = "  " * (depth + 1)
    if isinstance(value, dict):
        opening, closing = "{", "}"
        entries = ((f"{inner}{_ENCODE(str(k))}: ", v) for k, v in value.items())
    else:
        opening, closing = "[", "]"
        entries = ((inner, v) for v in value)
    before = opening + "\n"
    for lead, item in entries:
        yield before + lead
        before = ",\n"
        yield from _pieces(item, expand, depth + 1)
    # an iterator's items are known only as they come: it may have had none
    yield f"\n{'  ' * depth}{closing}" if before == ",\n" else opening + closing
