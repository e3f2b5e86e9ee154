"""A change: the data files it edits, each read from disk when first edited, and the files
whose bytes it changes."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field

from fourgood.edit.document import DataFile
from fourgood.edit.ops import Op
from fourgood.errors import UserError
from fourgood.i18n.message import msg
from fourgood.read.files import read_bytes
from fourgood.read.layout import Layout


@dataclass(frozen=True)
class FileEdit:
    """One file as a change leaves it (``before`` is ``None`` for a new file)."""

    relative: str
    shown: str
    before: bytes | None
    after: bytes


@dataclass
class Change:
    """The files a change edits; ``members``: ids of members whose time on a roster the change
    alters (their other rosters are checked with the change)."""

    layout: Layout
    files: dict[str, DataFile] = field(default_factory=dict)
    members: set[str] = field(default_factory=set)

    def file(self, relative: str, kind: str, header: str = "") -> DataFile:
        """A file of the change, read from disk the first time (new if it is not there)."""
        found = self.files.get(relative)
        if found is None:
            shown = self.layout.shown(relative)
            self.files[relative] = DataFile(kind, shown, _current(self.layout, relative), header)
        elif header and found.before is None and found.data is None:
            # a new file read before (to see it is empty), now given its header
            self.files[relative] = DataFile(kind, found.shown, None, header)
        return self.files[relative]

    def edit(self, relative: str, kind: str, ops: Sequence[Op], header: str = "") -> DataFile:
        """Make operations to a file of the change."""
        data_file = self.file(relative, kind, header)
        if ops:
            data_file.apply(ops)
        return data_file

    def edits(self) -> list[FileEdit]:
        """The files whose bytes the change alters, by path."""
        return [
            FileEdit(relative, f.shown, f.before, f.after())
            for relative, f in sorted(self.files.items())
            if f.changed
        ]

    def cells(self) -> set[str]:
        """The cells whose files the change edits."""
        return {e.relative.split("/")[1] for e in self.edits() if e.relative.startswith("cells/")}


def _current(layout: Layout, relative: str) -> bytes | None:
    """A file's bytes on disk, ``None`` when it is not there; a path that is not a regular
    file is never replaced."""
    path, shown = layout.absolute(relative), layout.shown(relative)
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UserError(msg("file.os_error", detail=exc.strerror or str(exc)), shown) from None
    if not stat.S_ISREG(mode):
        raise UserError(msg("edit.not_regular"), shown)
    data = read_bytes(path, shown)
    if not isinstance(data, bytes):
        raise UserError(data.message, shown)
    return data


def naming(layout: Layout, ids: set[str]) -> set[str]:
    """The cells whose rosters name one of ``ids`` (a byte search: parsing every roster of a
    large bloc would cost more than the change itself)."""
    needles = [i.encode("utf-8") for i in sorted(ids)]
    found = set()
    for cell, files in sorted(layout.cells.items()):
        if files.roster is not None:
            data = read_bytes(layout.absolute(files.roster), layout.shown(files.roster))
            if isinstance(data, bytes) and any(n in data for n in needles):
                found.add(cell)
    return found
