"""The reading rules both YAML readers share: the limits on a data file, and the error that
says, with its place, why a file is refused."""

from __future__ import annotations

from fourgood.i18n.message import Msg

MAX_FILE_BYTES = 10 * 1024 * 1024
"""Larger than any real data file (a province's organisation file is well under 1 MB)."""

MAX_DEPTH = 64
"""Real data files nest at most six levels; anything near this is not a fourgood file."""


class YamlError(Exception):
    """A file that is not acceptable YAML for fourgood, with the position when known."""

    def __init__(self, message: Msg, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message.key)
        self.message = message
        self.line = line
        self.column = column
