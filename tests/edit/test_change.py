"""A change: files read when first edited, only changed files listed, the cells it touches."""

from __future__ import annotations

from pathlib import Path

import pytest

from fourgood.edit.change import naming
from fourgood.edit.ops import Set
from fourgood.errors import UserError
from tests.edit.kit import change_of


def test_only_files_whose_bytes_change_are_edits(walkthrough: Path) -> None:
    change = change_of(walkthrough)
    change.edit("cells/van-phong/record-2023.yaml", "record", [Set(("candidates",), 1)])
    assert change.edits() == []  # it was 1 already
    change.edit("cells/van-phong/record-2023.yaml", "record", [Set(("candidates",), 2)])
    (edit,) = change.edits()
    assert edit.before is not None
    assert b"candidates: 2" in edit.after
    assert change.cells() == {"van-phong"}


def test_a_new_file_and_a_path_that_is_not_a_file(walkthrough: Path) -> None:
    change = change_of(walkthrough)
    change.edit("cells/van-phong/record-2024.yaml", "record", [Set(("candidates",), 0)], "# new\n")
    (edit,) = change.edits()
    assert edit.before is None
    assert edit.after == b"# new\ncandidates: 0\n"
    (walkthrough / "cells" / "van-phong" / "meetings-2024.yaml").mkdir()
    with pytest.raises(UserError):
        change.file("cells/van-phong/meetings-2024.yaml", "meetings")


def test_the_rosters_naming_a_member(walkthrough: Path) -> None:
    layout = change_of(walkthrough).layout
    assert naming(layout, {"TP-001"}) == {"van-phong"}
    assert naming(layout, {"nobody"}) == set()
