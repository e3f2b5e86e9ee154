"""Opening a workbook: what is not an .xlsx form is refused, saying what it is."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from fourgood.forms.book import Refused, open_book
from tests.forms.kit import write_form


def refusal(path: Path) -> str:
    with pytest.raises(Refused) as refused:
        open_book(path, path.name)
    return refused.value.problem.message.key


def test_files_that_are_no_form(tmp_path: Path) -> None:
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    (tmp_path / "list.csv").write_text("a,b\n")
    (tmp_path / "text.xlsx").write_text("not a zip")
    with zipfile.ZipFile(tmp_path / "zip.xlsx", "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert refusal(tmp_path / "old.xls") == "import.xls"
    assert refusal(tmp_path / "list.csv") == "import.csv"
    assert refusal(tmp_path / "text.xlsx") == "import.not_workbook"
    assert refusal(tmp_path / "zip.xlsx") == "import.not_workbook"
    assert refusal(tmp_path / "missing.xlsx") == "file.missing"
    assert refusal(tmp_path) == "file.is_dir"


def test_a_workbook_without_the_hidden_sheet(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.save(tmp_path / "plain.xlsx")
    assert refusal(tmp_path / "plain.xlsx") == "import.not_a_form"


def test_a_form_says_what_it_is_for(walkthrough: Path, tmp_path: Path) -> None:
    book = open_book(write_form(walkthrough, tmp_path / "f.xlsx"), "f.xlsx")
    assert (book.identity.kind, book.identity.cell, book.identity.year) == (
        "cell",
        "van-phong",
        2023,
    )
    assert book.lang == "vi"
    assert book.sheet("Sinh hoạt") is not None
    assert book.sheet("Nope") is None
    assert book.other_sheets({"Sinh hoạt"})[0] == "Hướng dẫn"


def test_a_fifo_and_a_zip_bomb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from fourgood.forms import book

    os.mkfifo(tmp_path / "pipe.xlsx")
    assert refusal(tmp_path / "pipe.xlsx") == "edit.not_regular"  # not read: it would hang
    with zipfile.ZipFile(tmp_path / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * 2_000_000)
    monkeypatch.setattr(book, "MAX_UNPACKED", 1_000_000)
    assert refusal(tmp_path / "bomb.xlsx") == "import.too_big"
    monkeypatch.setattr(book, "MAX_BYTES", 100)
    assert refusal(tmp_path / "bomb.xlsx") == "import.too_big"
