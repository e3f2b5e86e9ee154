"""One data file being edited: its text, its plain data, and operations made to both.

Every edit is checked by reading the new text back: it must hold exactly the data the
operations give. The splicer is tried first (the rest of the text stays as written); if it
cannot edit the text, or its text reads back differently, ruamel's round trip does the edit;
if that too reads back differently, the edit is a bug and nothing is written.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any

from fourgood.edit.ops import Delete, Insert, Op, Set, apply
from fourgood.edit.roundtrip import roundtrip
from fourgood.edit.splice import CannotSplice, splice
from fourgood.errors import UserError
from fourgood.i18n.message import msg
from fourgood.read.rules import YamlError
from fourgood.read.yamlio import read_document

_BOM = b"\xef\xbb\xbf"


class EditFailed(Exception):
    """Neither writer produced text that reads back as the edited data (a bug)."""


def plain(value: Any) -> Any:
    """A value as the readers give it: text in NFC, dates as YYYY-MM-DD text."""
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def _plain_op(op: Op) -> Op:
    path = tuple(plain(step) for step in op.path)
    if isinstance(op, Set):
        return Set(path, plain(op.value))
    if isinstance(op, Insert):
        return Insert(path, op.index, plain(op.value))
    return Delete(path)


class DataFile:
    """A data file's text and data; ``before`` is its bytes on disk (``None``: a new file,
    which starts as ``header``).

    Operations change the data at once and the text when it is next needed, all together:
    one reading of the text, one check, however many operations a workbook makes.
    """

    def __init__(self, kind: str, shown: str, before: bytes | None, header: str = "") -> None:
        self.kind = kind
        self.shown = shown
        self.before = before
        self._bom = before is not None and before.startswith(_BOM)
        text = before.decode("utf-8-sig") if before is not None else header
        self._crlf = "\r\n" in text
        self._text = text.replace("\r\n", "\n")
        try:
            self.data: Any = read_document(before).data if before is not None else None
        except YamlError as exc:
            place = f":{exc.line}:{exc.column or 1}" if exc.line else ""
            raise UserError(msg("edit.unreadable", error=exc.message), f"{shown}{place}") from None
        self._text_data: Any = self.data  # the data the text holds so far
        self._pending: list[Op] = []
        self._edited = False  # a new file read and not edited is not written

    def apply(self, ops: Sequence[Op]) -> None:
        """Make the operations to the data (to the text when it is next needed)."""
        ops = [_plain_op(op) for op in ops]
        self.data = apply(self.data, ops)
        self._pending += ops
        self._edited = True

    @property
    def text(self) -> str:
        """The file's text with every operation made."""
        if self._pending:
            self._text = _edited_text(self._text, self._text_data, self._pending, self)
            self._text_data, self._pending = self.data, []
        return self._text

    def after(self) -> bytes:
        """The file's bytes as edited, with its byte-order mark and line ends kept."""
        text = self.text.replace("\n", "\r\n") if self._crlf else self.text
        return (_BOM if self._bom else b"") + text.encode("utf-8")

    @property
    def changed(self) -> bool:
        """Whether the edits changed the file's bytes."""
        return self._edited and self.after() != self.before


def _edited_text(text: str, data: Any, ops: list[Op], file: DataFile) -> str:
    """The text after the operations: spliced, else through ruamel, read back to check."""
    try:
        edited = splice(text, data, ops, file.kind)
        if _reads_as(edited, file.data):
            return edited
    except CannotSplice:
        pass
    edited = roundtrip(text, ops, file.kind)
    if not _reads_as(edited, file.data):
        raise EditFailed(file.shown)
    return edited


def _reads_as(text: str, expected: Any) -> bool:
    try:
        return bool(read_document(text.encode("utf-8")).data == expected)
    except YamlError:
        return False
