"""Turning the bytes of a YAML file into plain Python data, fast or with positions.

Two readers share one set of rules:

* the *fast* reader composes the document with libyaml (PyYAML's C parser) and builds plain data
  in one pass; it keeps no positions;
* the *located* reader walks ruamel.yaml's event stream and also records the line and column of
  every key and value, so a problem can point at ``path:line:col``.

A file is read fast first; only when something is wrong with it is it read again with positions
(parsing with positions is several times slower, and almost every file is fine). When libyaml is
not installed, the located reader does all the work.

The rules, identical in both readers (tests/test_yamlio.py checks them against each other and
against ruamel's own YAML 1.2 loader):

* YAML 1.2 scalars as ruamel.yaml reads them: ``yes``/``no``/``on``/``off`` are text, ``1:20`` is
  text, ``0123`` is 123. One deliberate difference: dates stay text (YAML 1.2 has no timestamp
  type); the data models parse ``YYYY-MM-DD`` themselves so a bad date gets a located message.
* Duplicate keys, aliases (``*name``, which also rules out merge keys and alias bombs), explicit
  tags (``!!python/object``), nesting deeper than ``MAX_DEPTH`` and several documents in one file
  are errors.
* Text is normalised to Unicode NFC, keys included, so NFD and NFC spellings are the same text.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fourgood.errors import Path
from fourgood.i18n.message import Msg, msg

MAX_FILE_BYTES = 10 * 1024 * 1024
"""Larger than any real data file (a province's organisation file is well under 1 MB)."""

MAX_DEPTH = 64
"""Real data files nest at most six levels; anything near this is not a fourgood file."""

# YAML 1.2 plain-scalar resolution, copied from ruamel.yaml's resolver (the (1, 2) entries) so
# both readers agree with it. Timestamps are left out on purpose (see the module docstring).
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_FLOAT = re.compile(
    r"""^(?:
     [-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)
_INT = re.compile(
    r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0o?[0-7_]+
    |[-+]?[0-9_]+
    |[-+]?0x[0-9a-fA-F_]+)$""",
    re.X,
)
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")


class YamlError(Exception):
    """A file that is not acceptable YAML for fourgood, with the position when known."""

    def __init__(self, message: Msg, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message.key)
        self.message = message
        self.line = line
        self.column = column


class _Fallback(Exception):
    """Raised by the fast reader when a file needs the located reader to explain it."""


def _int(text: str) -> int:
    # ruamel strips underscores and reads 0b/0o/0x prefixes; a leading zero alone is decimal.
    digits = text.replace("_", "")
    sign = -1 if digits.startswith("-") else 1
    digits = digits.lstrip("+-")
    if digits[:2] in ("0b", "0B"):
        return sign * int(digits[2:], 2)
    if digits[:2] in ("0o", "0O"):
        return sign * int(digits[2:], 8)
    if digits[:2] in ("0x", "0X"):
        return sign * int(digits[2:], 16)
    return sign * int(digits, 10)


def _float(text: str) -> float:
    value = text.replace("_", "").lower()
    if value.endswith(".inf"):
        return -math.inf if value.startswith("-") else math.inf
    if value.endswith(".nan"):
        return math.nan
    return float(value)


def resolve_plain(text: str) -> Any:
    """The value of a plain (unquoted) scalar under fourgood's YAML 1.2 rules."""
    if not text:
        return None
    first = text[0]
    if first in "~nN" and _NULL.match(text):
        return None
    if first in "tTfF" and _BOOL.match(text):
        return text[0] in "tT"
    if first in "-+0123456789.":
        if _INT.match(text):
            try:
                return _int(text)
            except ValueError:
                return text  # e.g. "0b_" or "__": ruamel would fail; text is the kinder reading
        if _FLOAT.match(text):
            try:
                return _float(text)
            except ValueError:
                return text
    return text


def nfc(text: str) -> str:
    """Text in Unicode NFC (the check first: almost all text already is)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def decode(data: bytes) -> str:
    """The text of a file: UTF-8, with an optional byte-order mark; anything else is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise YamlError(msg("yaml.utf16"), 1, 1)
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _offset_position(data, nul)
        raise YamlError(msg("yaml.binary"), line, column)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _offset_position(data, exc.start)
        raise YamlError(
            msg("yaml.not_utf8", byte=f"0x{data[exc.start]:02x}"), line, column
        ) from None


def _offset_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset, for encoding problems."""
    before = data[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    column = len(before[start:].decode("utf-8", errors="replace")) + 1
    return line, column


# --- the fast reader -------------------------------------------------------------------------

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


# --- the located reader ----------------------------------------------------------------------


@dataclass
class Positions:
    """Where each key and value of a document starts (1-based line, column)."""

    values: dict[Path, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def value(self, path: Path) -> tuple[int, int]:
        """The position of the value at ``path``, or of its nearest located ancestor."""
        for n in range(len(path), -1, -1):
            found = self.values.get(path[:n])
            if found is not None:
                return found
        return (1, 1)

    def key(self, path: Path) -> tuple[int, int]:
        """The position of the key that ends ``path`` (its value when it has no key)."""
        found = self.keys.get(path)
        return found if found is not None else self.value(path)


def _mark(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


def _marked_error(exc: Any, text: str) -> YamlError:
    """A ruamel parser error as a located message, in plainer words for the common ones."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = (getattr(exc, "problem", None) or str(exc)).strip()
    line, column = _mark(mark) if mark is not None else (None, None)
    position = getattr(exc, "position", None)
    if mark is None and isinstance(position, int):
        # the reader reports a character offset, not a mark
        before = text[:position]
        line, column = before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1
    if "'\\t'" in problem or ("tab" in problem and "indent" in problem):
        return YamlError(msg("yaml.tab"), line, column)
    if "special characters are not allowed" in problem or "unacceptable character" in problem:
        return YamlError(msg("yaml.control_char"), line, column)
    if "mapping values are not allowed" in problem:
        return YamlError(msg("yaml.colon"), line, column)
    if "could not find expected ':'" in problem:
        return YamlError(msg("yaml.no_colon"), line, column)
    context = (getattr(exc, "context", None) or "").strip()
    if "end of stream" in problem and "quoted scalar" in context:
        context_mark = getattr(exc, "context_mark", None)
        if context_mark is not None:
            line, column = _mark(context_mark)
        return YamlError(msg("yaml.unclosed_quote"), line, column)
    context_mark = getattr(exc, "context_mark", None)
    what = context.removeprefix("while parsing a ").removeprefix("while scanning a ")
    if context and context_mark is not None and context_mark is not mark and what != context:
        start = _mark(context_mark)
        if start != (line, column):
            return YamlError(
                msg("yaml.syntax_at", detail=problem, what=what, line=start[0], column=start[1]),
                line,
                column,
            )
    text = f"{context}: {problem}" if context and context not in problem else problem
    return YamlError(msg("yaml.syntax", detail=text), line, column)


def read_located(text: str) -> tuple[Any, Positions]:
    """Plain data and positions from YAML text, with ruamel.yaml's pure-Python parser.

    Raises ``YamlError`` with a position for anything the module docstring rules out.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError as RuamelError
    from ruamel.yaml.events import (
        AliasEvent,
        DocumentStartEvent,
        MappingEndEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceEndEvent,
        SequenceStartEvent,
        StreamEndEvent,
    )

    positions = Positions()
    yaml = YAML(typ="safe", pure=True)
    # Each open container: [the container, its path, the pending key of a mapping, whether a
    # key is awaited next, the pending key's position].
    stack: list[list[Any]] = []
    root: Any = None
    documents = 0
    have_root = False

    def place(value: Any, start: tuple[int, int]) -> Path:
        """Attach a finished value to the container being built; return the value's path."""
        nonlocal root, have_root
        if not stack:
            root, have_root = value, True
            positions.values[()] = start
            return ()
        frame = stack[-1]
        container = frame[0]
        path: Path = frame[1]
        if isinstance(container, list):
            child: Path = (*path, len(container))
            container.append(value)
            positions.values[child] = start
            return child
        if frame[3]:  # this value is a key
            if isinstance(value, (dict, list)):
                raise YamlError(msg("yaml.complex_key"), *start)
            if value in container or (isinstance(value, float) and math.isnan(value)):
                raise YamlError(msg("yaml.duplicate_key", key=value), *start)
            frame[2], frame[3], frame[4] = value, False, start
            return path
        key = frame[2]
        child = (*path, key)
        container[key] = value
        positions.values[child] = start
        positions.keys[child] = frame[4]
        frame[3] = True
        return child

    try:
        for event in yaml.parse(text):
            if isinstance(event, DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise YamlError(msg("yaml.multiple_documents"), *_mark(event.start_mark))
                continue
            if isinstance(event, AliasEvent):
                raise YamlError(msg("yaml.alias"), *_mark(event.start_mark))
            if isinstance(event, (ScalarEvent, SequenceStartEvent, MappingStartEvent)):
                tag = event.ctag
                if tag is not None and str(tag) != "!":
                    shown = str(tag).replace("tag:yaml.org,2002:", "!!")
                    raise YamlError(msg("yaml.tag", tag=shown), *_mark(event.start_mark))
            start = _mark(event.start_mark) if hasattr(event, "start_mark") else (1, 1)
            if isinstance(event, ScalarEvent):
                # A plain scalar is resolved (numbers, booleans, null); '!' (the non-specific
                # tag) is read as no tag at all, as libyaml's composer does.
                plain = event.style is None and (event.implicit[0] or event.ctag is not None)
                value = resolve_plain(event.value) if plain else event.value
                if isinstance(value, str):
                    value = nfc(value)
                if plain and value == "<<" and stack and stack[-1][3]:
                    raise YamlError(msg("yaml.merge_key"), *start)
                place(value, start)
            elif isinstance(event, (SequenceStartEvent, MappingStartEvent)):
                if len(stack) + 1 > MAX_DEPTH:
                    raise YamlError(msg("yaml.too_deep", limit=MAX_DEPTH), *start)
                container: Any = [] if isinstance(event, SequenceStartEvent) else {}
                path = place(container, start)
                stack.append([container, path, None, isinstance(container, dict), None])
            elif isinstance(event, (SequenceEndEvent, MappingEndEvent)):
                stack.pop()
            elif isinstance(event, StreamEndEvent):
                break
    except RuamelError as exc:
        raise _marked_error(exc, text) from None
    except RecursionError:  # pragma: no cover - MAX_DEPTH keeps the parser well clear of it
        raise YamlError(msg("yaml.too_deep", limit=MAX_DEPTH)) from None
    return (root if have_root else None), positions


@dataclass(frozen=True)
class Document:
    """A YAML file read into plain data; ``positions`` only when it was read located."""

    data: Any
    positions: Positions | None


def read_document(
    data: bytes, *, located: bool = False, fast: Callable[[str], Any] | None = None
) -> Document:
    """Read a file's bytes; raise ``YamlError`` when they are not acceptable YAML.

    The fast reader is tried first unless ``located`` is asked for; when it cannot read the file,
    the located reader reads it and either succeeds (with positions) or says where it failed.
    """
    if len(data) > MAX_FILE_BYTES:
        raise YamlError(
            msg(
                "yaml.too_large",
                size=f"{len(data) / 1024 / 1024:.1f}",
                limit=MAX_FILE_BYTES // 1024 // 1024,
            )
        )
    text = decode(data)
    if not located:
        result = (fast or read_fast)(text)
        if result is not None:
            return Document(result[0], None)
    value, positions = read_located(text)
    return Document(value, positions)
