"""A change shown as a short diff: each edited file's changed lines, without context."""

from __future__ import annotations

import difflib

from fourgood.edit.change import FileEdit
from fourgood.i18n.visible import visible


def diff_lines(edit: FileEdit) -> list[str]:
    """The unified diff of one file (no context lines: the change is what matters)."""
    before = edit.before.decode("utf-8-sig").splitlines() if edit.before is not None else []
    after = edit.after.decode("utf-8-sig").splitlines()
    old = edit.shown if edit.before is not None else "/dev/null"
    return list(difflib.unified_diff(before, after, old, edit.shown, n=0, lineterm=""))


def diff_text(edits: list[FileEdit]) -> str:
    """The diff of every edited file, to show: text from the data (a name typed in a workbook)
    has its hidden characters escaped, so it never acts on the terminal."""
    return "".join(visible(line) + "\n" for edit in edits for line in diff_lines(edit))
