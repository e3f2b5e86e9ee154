"""Turning the bytes of a YAML file into plain Python data, fast or with positions.

Two readers share one set of rules:

* the *fast* reader builds plain data from libyaml's (PyYAML's C parser's) events in one pass,
  never holding a tree of nodes; it keeps no positions;
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

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fourgood.i18n.message import msg
from fourgood.read.fast import read_fast
from fourgood.read.located import Positions, read_located
from fourgood.read.rules import MAX_FILE_BYTES, YamlError


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
