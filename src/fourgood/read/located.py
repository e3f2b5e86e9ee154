"""The located reader: ruamel.yaml's event stream, walked to build plain data and to record the
line and column of every key and value, so a problem can point at ``path:line:col``."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, cast

from fourgood.errors import Path
from fourgood.i18n.message import msg
from fourgood.read.rules import MAX_DEPTH, YamlError
from fourgood.read.scalars import nfc, resolve_plain


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


_PLAIN: tuple[tuple[str, str], ...] = (
    ("special characters are not allowed", "yaml.control_char"),
    ("unacceptable character", "yaml.control_char"),
    ("mapping values are not allowed", "yaml.colon"),
    ("could not find expected ':'", "yaml.no_colon"),
    ("expected <block end>", "yaml.indent"),
    ("mapping keys are not allowed here", "yaml.indent"),
    ("sequence entries are not allowed here", "yaml.dash"),
    ("expected ',' or '}'", "yaml.flow"),
    ("expected ',' or ']'", "yaml.flow"),
    ("expected the node content", "yaml.no_value"),
    ("expected alphabetic or numeric character", "yaml.star"),
    ("that cannot start any token", "yaml.cannot_start"),
    ("unknown escape character", "yaml.escape"),
    ("expected escape sequence", "yaml.escape"),
    ("undefined tag handle", "yaml.tag_handle"),
    ("document separator", "yaml.document_marker"),
    ("after document end marker", "yaml.document_marker"),
    ("expected a comment or a line break", "yaml.after_value"),
    ("indentation indicator", "yaml.block_scalar"),
    ("more indented follow up line", "yaml.block_scalar"),
    ("end of stream", "yaml.unclosed"),
)
"""What each of the YAML parser's messages means, in the user's words (the parser's own text
never reaches the user)."""


def _marked_error(exc: Any, text: str) -> YamlError:
    """A ruamel parser error as a located message in plain words."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = (getattr(exc, "problem", None) or str(exc)).strip()
    context = (getattr(exc, "context", None) or "").strip()
    line, column = _mark(mark) if mark is not None else (None, None)
    position = getattr(exc, "position", None)
    if mark is None and isinstance(position, int):
        # the reader reports a character offset, not a mark
        before = text[:position]
        line, column = before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1
    if "'\\t'" in problem or ("tab" in problem and "indent" in problem):
        return YamlError(msg("yaml.tab"), line, column)
    context_mark = getattr(exc, "context_mark", None)
    if "end of stream" in problem and "quoted scalar" in context:
        if context_mark is not None:
            line, column = _mark(context_mark)
        return YamlError(msg("yaml.unclosed_quote"), line, column)
    key = next((k for found, k in _PLAIN if found in problem), "yaml.unreadable")
    located = {"yaml.indent": "yaml.indent_at", "yaml.flow": "yaml.flow_at"}.get(key)
    if located and context_mark is not None and context_mark is not mark:
        start = _mark(context_mark)
        return YamlError(msg(located, line=start[0], column=start[1]), line, column)
    if key == "yaml.cannot_start":
        found = re.search(r"character '(.+?)' that", problem)
        return YamlError(msg(key, char=found[1] if found else "?"), line, column)
    return YamlError(msg(key), line, column)


_SURROGATE = re.compile("[\ud800-\udfff]")


class _Builder:
    """Plain data and positions built from parser events, refusing what fourgood refuses."""

    def __init__(self) -> None:
        self.positions = Positions()
        # Each open container: [the container, its path, the pending key of a mapping, whether
        # a key is awaited next, the pending key's position].
        self.stack: list[list[Any]] = []
        self.root: Any = None
        self.have_root = False
        self.documents = 0

    def place(self, value: Any, start: tuple[int, int]) -> Path:
        """Attach a finished value to the container being built; return the value's path."""
        positions = self.positions
        if not self.stack:
            self.root, self.have_root = value, True
            positions.values[()] = start
            return ()
        frame = self.stack[-1]
        container, path = frame[0], cast(Path, frame[1])
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
        child = (*path, frame[2])
        container[frame[2]] = value
        positions.values[child] = start
        positions.keys[child] = frame[4]
        frame[3] = True
        return child

    def scalar(self, event: Any, start: tuple[int, int]) -> None:
        """A scalar: plain ones resolved (numbers, booleans, null); '!' (the non-specific tag)
        read as no tag at all, as libyaml's composer does."""
        plain = event.style is None and (event.implicit[0] or event.ctag is not None)
        value = resolve_plain(event.value) if plain else event.value
        if isinstance(value, str):
            if _SURROGATE.search(value):
                # "\ud83d\ude00" in double quotes: YAML reads each half alone, not a character
                raise YamlError(msg("yaml.surrogate"), *start)
            value = nfc(value)
        if plain and value == "<<" and self.stack and self.stack[-1][3]:
            raise YamlError(msg("yaml.merge_key"), *start)
        self.place(value, start)

    def open(self, mapping: bool, start: tuple[int, int]) -> None:
        """A mapping or sequence begins."""
        if len(self.stack) + 1 > MAX_DEPTH:
            raise YamlError(msg("yaml.too_deep", limit=MAX_DEPTH), *start)
        container: Any = {} if mapping else []
        path = self.place(container, start)
        self.stack.append([container, path, None, mapping, None])

    def close(self) -> None:
        """A mapping or sequence ends."""
        self.stack.pop()


def _refuse_tag(event: Any) -> None:
    tag = event.ctag
    if tag is not None and str(tag) != "!":
        shown = str(tag).replace("tag:yaml.org,2002:", "!!")
        raise YamlError(msg("yaml.tag", tag=shown), *_mark(event.start_mark))


def read_located(text: str) -> tuple[Any, Positions]:
    """Plain data and positions from YAML text, with ruamel.yaml's pure-Python parser.

    Raises ``YamlError`` with a position for anything the module docstring rules out.
    """
    from ruamel.yaml import YAML, events
    from ruamel.yaml.error import YAMLError as RuamelError

    builder = _Builder()
    try:
        for event in YAML(typ="safe", pure=True).parse(text):
            if isinstance(event, events.DocumentStartEvent):
                builder.documents += 1
                if builder.documents > 1:
                    raise YamlError(msg("yaml.multiple_documents"), *_mark(event.start_mark))
            elif isinstance(event, events.AliasEvent):
                raise YamlError(msg("yaml.alias"), *_mark(event.start_mark))
            elif isinstance(event, events.ScalarEvent):
                _refuse_tag(event)
                builder.scalar(event, _mark(event.start_mark))
            elif isinstance(event, (events.SequenceStartEvent, events.MappingStartEvent)):
                _refuse_tag(event)
                mapping = isinstance(event, events.MappingStartEvent)
                builder.open(mapping, _mark(event.start_mark))
            elif isinstance(event, (events.SequenceEndEvent, events.MappingEndEvent)):
                builder.close()
            elif isinstance(event, events.StreamEndEvent):
                break
    except RuamelError as exc:
        raise _marked_error(exc, text) from None
    except RecursionError:  # pragma: no cover - MAX_DEPTH keeps the parser well clear of it
        raise YamlError(msg("yaml.too_deep", limit=MAX_DEPTH)) from None
    return (builder.root if builder.have_root else None), builder.positions
