"""Meetings merged: a new one added in the log's order, a recorded one changed, the same one
twice refused, an absence of a member exempt that day."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.forms.kit import edited, run_import, snapshot, write_form


def test_a_changed_meeting_and_the_same_meeting_twice(walkthrough: Path, tmp_path: Path) -> None:
    form = write_form(walkthrough, tmp_path / "f.xlsx")
    changed = edited(form, tmp_path / "c.xlsx", {(2, "D2"): "95,0"})
    result = run_import(walkthrough, changed)
    assert result.exit_code == 0, result.output
    log = (walkthrough / "cells" / "van-phong" / "meetings-2023.yaml").read_text("utf-8")
    assert "{date: 2023-01-10, kind: regular, duration: 95," in log
    before = snapshot(walkthrough)
    twice = edited(
        form, tmp_path / "t.xlsx", {(2, "A15"): datetime(2023, 1, 10), (2, "B15"): "thường kỳ"}
    )
    refused = run_import(walkthrough, twice)
    assert refused.exit_code == 1
    assert "t.xlsx, Sinh hoạt!A15: error: " in refused.output
    assert snapshot(walkthrough) == before
