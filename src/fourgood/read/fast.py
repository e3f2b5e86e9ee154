"""The fast reader: libyaml (PyYAML's C parser) composes the document, and plain data is built
in one pass, without positions. Anything it cannot judge exactly as the located reader would, it
leaves to that reader."""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from fourgood.read.rules import MAX_DEPTH
from fourgood.read.scalars import nfc, resolve_plain


class _Fallback(Exception):
    """Raised by the fast reader when a file needs the located reader to explain it."""


_FastParser: type | None
try:  # libyaml is optional: PyYAML wheels carry it, but a source build may not
    from yaml._yaml import CParser as _CParser

    class _FastParserImpl(_CParser):
        """libyaml's composer with fourgood's resolver: every node gets a marker tag.

        Only implicitly tagged nodes reach ``resolve``; a node that keeps any other tag was
        tagged explicitly in the file, which the walker refuses.
        """

        def descend_resolver(self, current_node: object, current_index: object) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass

        def resolve(self, kind: type, value: str | None, implicit: object) -> str:
            if value is None:
                return "fg:collection"
            return "fg:plain" if implicit[0] else "fg:text"  # type: ignore[index]

    _FastParser = _FastParserImpl
except ImportError:  # pragma: no cover - exercised only without libyaml
    _FastParser = None


@functools.lru_cache(maxsize=1 << 16)
def _plain_value(text: str) -> Any:
    """A plain scalar's value, in NFC when it is text (memoised: data repeats a lot)."""
    value = resolve_plain(text)
    return nfc(value) if isinstance(value, str) else value


@functools.lru_cache(maxsize=1 << 16)
def _text_value(text: str) -> str:
    return nfc(text)


def _build_fast(node: Any, depth: int, seen: set[int] | None) -> Any:
    """Plain data from a libyaml node; ``seen`` tracks nodes when the text may hold aliases."""
    if seen is not None:
        if id(node) in seen:
            raise _Fallback  # an alias: the located reader says where
        seen.add(id(node))
    tag = node.tag
    if node.id == "scalar":
        if tag == "fg:plain":
            return _plain_value(node.value)
        if tag == "fg:text":
            return _text_value(node.value)
        raise _Fallback  # an explicit tag
    if tag != "fg:collection" or depth > MAX_DEPTH:
        raise _Fallback
    if node.id == "sequence":
        return [_build_fast(item, depth + 1, seen) for item in node.value]
    result: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        if key_node.id != "scalar" or (key_node.tag == "fg:plain" and key_node.value == "<<"):
            raise _Fallback  # a complex key or a merge key
        key = _build_fast(key_node, depth + 1, seen)
        if key in result or (type(key) is float and math.isnan(key)):  # a duplicate key
            raise _Fallback
        result[key] = _build_fast(value_node, depth + 1, seen)
    return result


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
    if _FastParser is None or _defer(text) or text.lstrip().startswith("%"):
        # Where libyaml and ruamel (the reference) read differently, the located reader decides.
        # The property tests found: tabs (libyaml accepts some that ruamel refuses), a byte-order
        # mark inside the text, the non-specific tag '!', block scalar headers ('>#') and anchor
        # names ('&absent: ...'). Files with these characters are rare in fourgood data; they
        # are read more slowly, not differently.
        return None
    import yaml

    try:
        root = yaml.compose(text, Loader=_FastParser)
    except yaml.YAMLError:
        return None
    if root is None:
        return (None,)
    try:
        # An alias needs a '*' in the text; without one, no node can appear twice.
        return (_build_fast(root, 1, set() if "*" in text else None),)
    except (_Fallback, RecursionError):
        return None
