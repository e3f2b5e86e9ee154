"""The files a data set has read, for locating its problems once they are all found."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping

from fourgood.read.layout import Layout


class FilesRead(Mapping[str, str]):
    """The files read (or tried), as a map from the name a problem shows to the path to open.

    A file of the data set is kept as its path relative to it, the string its layout holds
    already, and its names are joined only when a problem names it: kept joined, the names of
    a national bloc's 270,000 files were about 35 MB for the whole run. Files outside the data
    set (the rubrics fourgood ships) are kept by both names.
    """

    def __init__(self, layout: Layout) -> None:
        self._layout = layout
        self._prefix = "" if layout.root in ("", ".") else os.path.join(layout.root, "")
        self._relatives: set[str] = set()
        self._others: dict[str, str] = {}

    def add(self, relative: str) -> None:
        """Count a file of the data set, by its path relative to it."""
        self._relatives.add(relative)

    def add_other(self, shown: str, path: str) -> None:
        """Count a file outside the data set, by the name shown and the path to open."""
        self._others[shown] = path

    def take(self) -> tuple[set[str], dict[str, str]]:
        """The files counted so far, taken away (a worker sends them to the parent)."""
        taken = self._relatives, self._others
        self._relatives, self._others = set(), {}
        return taken

    def absorb(self, relatives: set[str], others: dict[str, str]) -> None:
        """Count the files another copy of the data set took (a worker's)."""
        self._relatives.update(relatives)
        self._others.update(others)

    def __getitem__(self, shown: str) -> str:
        found = self._others.get(shown)
        if found is not None:
            return found
        if not self._read_here(shown):
            raise KeyError(shown)
        return self._layout.absolute(shown[len(self._prefix) :])

    def _read_here(self, shown: str) -> bool:
        """Whether ``shown`` names a file of the data set counted here."""
        return shown.startswith(self._prefix) and shown[len(self._prefix) :] in self._relatives

    def __iter__(self) -> Iterator[str]:
        yield from self._others
        for relative in sorted(self._relatives):
            shown = self._layout.shown(relative)
            if shown not in self._others:
                yield shown

    def __len__(self) -> int:
        # without joining or sorting every name: a file outside is counted unless it is one
        # of the data set's too
        return len(self._relatives) + sum(1 for s in self._others if not self._read_here(s))
