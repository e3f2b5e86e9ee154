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
        # attendance: P is Đặng Minh Khoa (TP-005), after the four items of the 2018 sheet
        (2, "P16"): "vắng có phép",
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
    assert "bad.xlsx, Sinh hoạt!D3: lỗi: ô này chứa công thức (=A1*2)" in result.output
    assert "bad.xlsx, Sinh hoạt!A4: lỗi: " in result.output
    assert snapshot(walkthrough) == before


def test_a_form_of_another_year_or_cell_is_refused(walkthrough: Path, tmp_path: Path) -> None:
    form = write_form(walkthrough, tmp_path / "f.xlsx")
    wrong = edited(form, tmp_path / "other.xlsx", {(10, "B5"): "trung-tam-ytf"})
    result = run_import(walkthrough, wrong)
    assert result.exit_code == 1
    assert "other.xlsx" in result.output
    later = edited(form, tmp_path / "later.xlsx", {(10, "B6"): 2031})
    assert run_import(walkthrough, later).exit_code == 1


def test_text_starting_like_a_formula_is_stored_as_the_text_it_is(
    walkthrough: Path, tmp_path: Path
) -> None:
    import openpyxl

    book = openpyxl.load_workbook(write_form(walkthrough, tmp_path / "f.xlsx"))
    for cell, text in (("C2", "=1+1"), ("C3", "+84 912 345"), ("C4", "@ban"), ("C5", "-")):
        book["Sinh hoạt"][cell].value = text
        book["Sinh hoạt"][cell].data_type = "s"  # typed as text ('=1+1), not a formula
    book.save(tmp_path / "text.xlsx")
    result = run_import(walkthrough, tmp_path / "text.xlsx")
    assert result.exit_code == 0, result.output
    from fourgood.read.yamlio import read_document

    log = walkthrough / "cells" / "van-phong" / "meetings-2023.yaml"
    topics = [m.get("topic") for m in read_document(log.read_bytes()).data["meetings"][:4]]
    assert topics == ["=1+1", "+84 912 345", "@ban", "-"]


def test_hidden_characters_in_the_data_round_trip_and_are_shown_escaped(
    walkthrough: Path, tmp_path: Path
) -> None:
    roster = walkthrough / "cells" / "van-phong" / "roster.yaml"
    text = roster.read_text("utf-8").replace("name: Nguyễn Văn An", 'name: "An\\u202eHà"')
    roster.write_text(text, "utf-8")
    before = snapshot(walkthrough)
    form = write_form(walkthrough, tmp_path / "f.xlsx", lang="en")
    assert "nothing to change" in run_import(walkthrough, form).output
    assert snapshot(walkthrough) == before
    roster.write_text(text.replace("An\\u202eHà", "An\\x1b[2J"), "utf-8")
    control = write_form(walkthrough, tmp_path / "c.xlsx", lang="en")  # a readable workbook
    told = run_import(walkthrough, control)
    assert told.exit_code == 1
    assert "c.xlsx, Members!B2: error: " in told.output
    assert "\x1b" not in told.output
    roster.write_text(text, "utf-8")
    renamed = edited(form, tmp_path / "r.xlsx", {(1, "B2"): "Bình\u202e"})
    result = run_import(walkthrough, renamed, extra=("--diff",))
    assert result.exit_code == 1  # the roster's name is not changed by a workbook
    assert "Members!B2: error: " in result.output
    assert "An\\u202eHà" in result.output  # shown escaped
    assert "\u202e" not in result.output
    assert "\x1b" not in result.output
