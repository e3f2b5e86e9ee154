"""Problems found in a data set, and the one exception that means "the user's input is wrong"."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Msg

Path = tuple[str | int, ...]
"""A place inside a YAML document: the keys and list indexes leading to it."""


class Severity(StrEnum):
    """How bad a problem is: errors make ``validate`` fail, warnings only with ``--strict``."""

    ERROR = "error"
    WARNING = "warning"


_WORDS = {Severity.ERROR: "word.error", Severity.WARNING: "word.warning"}


class Anchor(StrEnum):
    """Which part of a YAML node a problem points at."""

    KEY = "key"  # the key itself (an unknown key)
    VALUE = "value"  # the value under a key or at a list index (a wrong type)
    CONTAINER = "container"  # the mapping that holds the path's last key (a missing key)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, located at 1-based line and column once known.

    ``where`` is the place inside the document; the loader turns it into ``line``/``column`` by
    re-reading the file with positions, which is only done for files that have problems.
    """

    file: str
    message: Msg
    severity: Severity = Severity.ERROR
    line: int | None = None
    column: int | None = None
    where: Path | None = None
    anchor: Anchor = Anchor.VALUE

    def located(self, line: int, column: int) -> Problem:
        """The same problem with its position filled in."""
        return replace(self, line=line, column=column, where=None)

    def sort_key(self) -> tuple[str, int, int, int, str, str]:
        """Order problems by file, then position, errors before warnings, then message."""
        return (
            self.file,
            self.line or 0,
            self.column or 0,
            0 if self.severity is Severity.ERROR else 1,
            self.message.key,
            repr(self.message.args),
        )

    def text(self, lang: Lang, *, machine: bool = False) -> str:
        """``path:line:col: severity: message``; the severity in the user's language (``lỗi``,
        ``cảnh báo``), or as the words editors and CI problem matchers look for (``error``,
        ``warning``) when ``machine``."""
        from fourgood.i18n.message import msg
        from fourgood.i18n.render import render
        from fourgood.i18n.visible import visible

        where = visible(self.file)
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        word = self.severity.value if machine else render(msg(_WORDS[self.severity]), lang)
        return f"{where}: {word}: {render(self.message, lang)}"


class UserError(Exception):
    """A problem with what the user asked for or pointed at; the CLI prints it and exits 1."""

    def __init__(self, message: Msg, file: str | None = None) -> None:
        super().__init__(message.key)
        self.message = message
        self.file = file


class DataErrors(UserError):
    """Errors in the data that stop a command: figures from invalid data would be wrong."""

    def __init__(self, problems: list[Problem], message: Msg) -> None:
        super().__init__(message)
        self.problems = problems


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """Problems in their reporting order, duplicates removed."""
    return sorted(set(problems), key=Problem.sort_key)
