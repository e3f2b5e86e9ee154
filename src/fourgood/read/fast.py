"""The fast reader: libyaml (PyYAML's C parser) parses the document, and plain data is built
from its events in one pass, without positions. Anything it cannot judge exactly as the located
reader would, it leaves to that reader.

The events are read one by one, never composed into a tree of nodes first: composing a 10 MB
meetings log held some 900,000 node objects (about 300 MB) and took most of its reading time,
where the data built from the events is all that stays.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from fourgood.read.rules import MAX_DEPTH
from fourgood.read.scalars import nfc, resolve_plain


class _Fallback(Exception):
    """Raised by the fast reader when a file needs the located reader to explain it."""


@functools.cache
def _parser() -> type | None:
    """libyaml's parser, imported when a file is first parsed (a warm run, whose files come
    from the cache, does without it: 11 ms); ``None`` without libyaml, which is optional (PyYAML
    wheels carry it, but a source build may not)."""
    try:
        from yaml._yaml import CParser
    except ImportError:  # pragma: no cover - exercised only without libyaml
        return None
    parser: type = CParser
    return parser


_NO_KEY = object()  # a mapping waiting for its next key


@functools.lru_cache(maxsize=1 << 16)
def _plain_value(text: str) -> Any:
    """A plain scalar's value, in NFC when it is text (memoised: data repeats a lot)."""
    value = resolve_plain(text)
    return nfc(value) if isinstance(value, str) else value


@functools.lru_cache(maxsize=1 << 16)
def _text_value(text: str) -> str:
    return nfc(text)


def _build(parser: Any) -> tuple[Any]:
    """The one document of the stream as plain data, from libyaml's events (a loop kept flat:
    it runs once for every scalar and collection of the file)."""
    from yaml.events import (
        DocumentEndEvent,
        MappingEndEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceEndEvent,
        SequenceStartEvent,
        StreamEndEvent,
    )

    get, plain, text = parser.get_event, _plain_value, _text_value
    get()  # the stream's start
    if type(get()) is StreamEndEvent:  # no document at all
        return (None,)
    stack: list[list[Any]] = []  # each open collection, and a mapping's key waiting
    root: Any = None
    while True:
        event = get()
        kind = type(event)
        if kind is ScalarEvent:
            if event.anchor is not None or (event.tag is not None and event.tag != "!"):
                raise _Fallback  # an anchor (even unused) or a tag: the located reader judges
            value = plain(event.value) if event.implicit[0] else text(event.value)
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            value = stack.pop()[0]
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None or (event.tag is not None and event.tag != "!"):
                raise _Fallback
            if len(stack) >= MAX_DEPTH:
                raise _Fallback
            stack.append([{} if kind is MappingStartEvent else [], _NO_KEY])
            continue
        elif kind is DocumentEndEvent:
            break
        else:  # an alias: the located reader says where
            raise _Fallback
        if not stack:
            root = value
            continue
        top = stack[-1]
        container = top[0]
        if type(container) is list:
            container.append(value)
        elif top[1] is not _NO_KEY:
            container[top[1]] = value
            top[1] = _NO_KEY
        elif kind is not ScalarEvent or (event.implicit[0] and event.value == "<<"):
            raise _Fallback  # a complex key or a merge key
        elif value in container or (type(value) is float and math.isnan(value)):
            raise _Fallback  # a duplicate key
        else:
            top[1] = value
    if type(get()) is not StreamEndEvent:  # a second document
        raise _Fallback
    return (root,)


_DEFER_ANYWHERE = "\t\ufeff"
_INDICATORS = "!&|>"
# An indicator that starts a token (a tag, an anchor, a block scalar) outside a comment.
_INDICATOR_TOKEN = re.compile(r"^(?:[^#\n]*[\s\[{,])?[!&|>]", re.MULTILINE)


def _defer(text: str) -> bool:
    """Whether a file needs the located reader's judgement (see ``read_fast``)."""
    if any(c in text for c in _DEFER_ANYWHERE):
        return True
    return any(c in text for c in _INDICATORS) and _INDICATOR_TOKEN.search(text) is not None


def read_fast(text: str) -> Any:
    """Plain data from YAML text with libyaml, or ``None`` when the located reader must explain.

    Returns a one-element tuple ``(data,)`` on success so that an empty document (``None``) is
    told apart from "could not read".
    """
    parser = _parser()
    if parser is None or _defer(text) or text.lstrip().startswith("%"):
        # Where libyaml and ruamel (the reference) read differently, the located reader decides.
        # The property tests found: tabs (libyaml accepts some that ruamel refuses), a byte-order
        # mark inside the text, the non-specific tag '!', block scalar headers ('>#') and anchor
        # names ('&absent: ...'). Files with these characters are rare in fourgood data; they
        # are read more slowly, not differently.
        return None
    import yaml

    try:
        return _build(parser(text))
    except (_Fallback, yaml.YAMLError):
        return None
