"""Helpers of the edit tests: a change on a copy of the walk-through."""

from __future__ import annotations

from pathlib import Path

from fourgood.edit.change import Change


def change_of(data: Path) -> Change:
    """A new change of the data set at ``data``."""
    from fourgood.read.dataset import DataSet

    return Change(DataSet(str(data)).layout)


def edited_text(change: Change, relative: str) -> str:
    """A file's text as the change leaves it."""
    (edit,) = [e for e in change.edits() if e.relative == relative]
    return edit.after.decode("utf-8")
