"""Writing a change's files, all of them or none (``write.atomic.atomic_write_many``): a change
may edit two rosters (a transfer) or a cell's three files, and a full disk must not leave one
roster changed and the other not.
"""

from __future__ import annotations

from pathlib import Path

from fourgood.edit.change import FileEdit
from fourgood.errors import UserError
from fourgood.read.layout import Layout
from fourgood.write.atomic import WriteError, atomic_write_many


def write_all(layout: Layout, edits: list[FileEdit]) -> None:
    """Write every edited file, all or (as far as the file system allows) none."""
    targets = [Path(layout.absolute(edit.relative)) for edit in edits]
    try:
        atomic_write_many([(t, e.after) for t, e in zip(targets, edits, strict=True)])
    except WriteError as failed:
        shown = next(e.shown for t, e in zip(targets, edits, strict=True) if t == failed.path)
        raise UserError(failed.message, shown) from None
