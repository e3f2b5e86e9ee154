"""Writing a change: every file or none; a file that cannot be written is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from fourgood.edit.commit import write_all
from fourgood.edit.ops import Set
from fourgood.errors import UserError
from tests.edit.kit import change_of


def test_every_file_of_a_change_is_written(walkthrough: Path) -> None:
    change = change_of(walkthrough)
    change.edit("cells/van-phong/record-2023.yaml", "record", [Set(("candidates",), 4)])
    change.edit("cells/new/record-2023.yaml", "record", [Set(("candidates",), 0)])
    write_all(change.layout, change.edits())
    assert "candidates: 4" in (walkthrough / "cells/van-phong/record-2023.yaml").read_text()
    assert (walkthrough / "cells/new/record-2023.yaml").read_text() == "candidates: 0\n"


def test_nothing_is_written_when_one_file_cannot_be(walkthrough: Path) -> None:
    change = change_of(walkthrough)
    record = walkthrough / "cells/van-phong/record-2023.yaml"
    before = record.read_bytes()
    change.edit("cells/van-phong/record-2023.yaml", "record", [Set(("candidates",), 4)])
    change.edit("cells/blocked/record-2023.yaml", "record", [Set(("candidates",), 0)])
    (walkthrough / "cells" / "blocked").write_text("a file where a folder should be")
    with pytest.raises(UserError) as failed:
        write_all(change.layout, change.edits())
    assert failed.value.file is not None
    assert "blocked" in failed.value.file
    assert record.read_bytes() == before
