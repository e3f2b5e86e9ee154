"""The record's facts merged: a fact set, a list entry added, an impossible fact refused."""

from __future__ import annotations

from pathlib import Path

from tests.forms.kit import edited, run_import, snapshot, write_form


def test_a_fact_and_a_target(walkthrough: Path, tmp_path: Path) -> None:
    form = write_form(walkthrough, tmp_path / "f.xlsx")
    changes = {(6, "B4"): 3, (7, "A5"): "Số hóa hồ sơ", (7, "B5"): "không"}
    result = run_import(walkthrough, edited(form, tmp_path / "r.xlsx", changes))
    assert result.exit_code == 0, result.output
    record = (walkthrough / "cells" / "van-phong" / "record-2023.yaml").read_text("utf-8")
    assert "candidates: 3" in record
    assert "Số hóa hồ sơ" in record


def test_a_word_for_a_number_is_refused(walkthrough: Path, tmp_path: Path) -> None:
    form = write_form(walkthrough, tmp_path / "f.xlsx")
    before = snapshot(walkthrough)
    result = run_import(
        walkthrough, edited(form, tmp_path / "r.xlsx", {(6, "B6"): "nhiều"}), lang="vi"
    )
    assert result.exit_code == 1
    assert "r.xlsx, Hồ sơ năm!B6" in result.output
    assert snapshot(walkthrough) == before
