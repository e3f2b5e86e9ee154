"""Importing workbooks: a round trip changes nothing, an edit changes exactly it, any problem in
any workbook and nothing is written, a form for another cell or year is refused."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.forms.kit import edited, run_import, snapshot, write_form


def test_a_form_imported_unedited_changes_nothing(walkthrough: Path, tmp_path: Path) -> None:
    before = snapshot(walkthrough)
    result = run_import(walkthrough, write_form(walkthrough, tmp_path / "f.xlsx"))
    assert result.exit_code == 0, result.output
    assert "nothing to change" in result.output
    assert snapshot(walkthrough) == before


def test_a_meeting_and_an_assessment_then_the_same_again(walkthrough: Path, tmp_path: Path) -> None:
    form = write_form(walkthrough, tmp_path / "f.xlsx")
    changes = {
        (1, "D6"): "HTNV",
        (2, "A16"): datetime(2023, 12, 28),
        (2, "B16"): "chuyên đề",
        (2, "D16"): 90,
        (2, "E16"): "tốt",
        (2, "S16"): "vắng có phép",
    }
    filled = edited(form, tmp_path / "filled.xlsx", changes)
    roster = walkthrough / "cells" / "van-phong" / "roster.yaml"
    comments = [line for line in roster.read_text("utf-8").splitlines() if "#" in line]
    result = run_import(walkthrough, filled)
    assert result.exit_code == 0, result.output
    assert "1 meeting added" in result.output
    log = (walkthrough / "cells" / "van-phong" / "meetings-2023.yaml").read_text("utf-8")
    assert (
        "  - {date: 2023-12-28, kind: thematic, duration: 90, absent: {TP-005: excused}, "
        "rating: good}\n" in log
    )
    text = roster.read_text("utf-8")
    assert "2023: {rating: HTNV, dues: in_full, studied: true, residence_feedback: good}" in text
    assert [line for line in text.splitlines() if "#" in line] == comments
    after = snapshot(walkthrough)
    again = run_import(walkthrough, filled)
    assert again.exit_code == 0
    assert snapshot(walkthrough) == after


def test_any_error_and_nothing_is_written(walkthrough: Path, tmp_path: Path) -> None:
    form = write_form(walkthrough, tmp_path / "f.xlsx")
    bloc = write_form(walkthrough, tmp_path / "b.xlsx", "--bloc", lang="en")
    good = edited(bloc, tmp_path / "good.xlsx", {(2, "D2"): 18})
    bad = edited(form, tmp_path / "bad.xlsx", {(2, "D3"): "=A1*2", (2, "A4"): "31/02/2023"})
    before = snapshot(walkthrough)
    result = run_import(walkthrough, good, bad, lang="vi")
    assert result.exit_code == 1
    assert "bad.xlsx, Sinh hoạt!D3: error: ô này chứa công thức (=A1*2)" in result.output
    assert "bad.xlsx, Sinh hoạt!A4: error: " in result.output
    assert snapshot(walkthrough) == before


def test_a_form_of_another_year_or_cell_is_refused(walkthrough: Path, tmp_path: Path) -> None:
    form = write_form(walkthrough, tmp_path / "f.xlsx")
    wrong = edited(form, tmp_path / "other.xlsx", {(10, "B5"): "trung-tam-ytf"})
    result = run_import(walkthrough, wrong)
    assert result.exit_code == 1
    assert "other.xlsx" in result.output
    later = edited(form, tmp_path / "later.xlsx", {(10, "B6"): 2031})
    assert run_import(walkthrough, later).exit_code == 1
