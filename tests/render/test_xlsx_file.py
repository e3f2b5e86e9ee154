"""The .xlsx file: well-formed parts, cells escaped as Excel escapes them, nothing else."""

from __future__ import annotations

import io
import sys
import threading
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fourgood.render import xlsx_file, zip_file
from fourgood.render.xlsx_file import (
    HEADER,
    TEXT,
    Package,
    Value,
    Worksheet,
    _rest,
    column_name,
    package,
    text_xml,
)


def _book(rows: list[list[Value]], freeze: int = 0) -> bytes:
    sheet = Worksheet("Tờ & <một>")
    for n, row in enumerate(rows):
        sheet.append(row, HEADER if n == 0 else TEXT)
    sheet.widths, sheet.freeze = [10.0, 10.0, 25.0], freeze
    return bytes(package([sheet, Worksheet("Trống")], author="fourgood"))


@pytest.mark.parametrize(
    ("index", "name"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16383, "XFD")]
)
def test_column_names(index: int, name: str) -> None:
    assert column_name(index) == name


@pytest.mark.parametrize(
    ("text", "xml"),
    [
        ("Chi bộ", "<t>Chi bộ</t>"),
        ("a & b <c>", "<t>a &amp; b &lt;c&gt;</t>"),
        ("\x01bell\x1f", "<t>_x0001_bell_x001F_</t>"),
        ("_x0041_ stays", "<t>_x005F_x0041_ stays</t>"),  # not read back as "A"
        ("snake_case", "<t>snake_case</t>"),
        (" lề", '<t xml:space="preserve"> lề</t>'),
        ("hai\ndòng\n", '<t xml:space="preserve">hai\ndòng\n</t>'),
        ("\x0bx", "<t>_x000B_x</t>"),  # escaped first: nothing left to keep
        ("\ufffe", "<t>_xFFFE_</t>"),
        ("a\ud800b", "<t>a\\ud800b</t>"),  # a stray surrogate half: UTF-8 cannot hold it
    ],
)
def test_text_is_escaped_as_excel_escapes_it(text: str, xml: str) -> None:
    assert text_xml(text) == xml


def test_every_part_is_well_formed_and_reads_back() -> None:
    rows: list[list[Value]] = [
        ["Tên", "Điểm", "Ghi chú"],
        ["Chi bộ <Văn phòng>", 95, ' lề & "ngoặc" '],
        ["=1+1", 2.5, True],
        ["", None, False],
        ["x", 10**15, -(10**16)],
        ["nửa\udfff", 0, 0],
    ]
    blob = _book(rows, freeze=1)
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(archive.read(name))  # raises if not well-formed
        assert archive.testzip() is None
    book = openpyxl.load_workbook(io.BytesIO(blob))
    assert book.sheetnames == ["Tờ & <một>", "Trống"]
    sheet = book["Tờ & <một>"]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["Tên", "Điểm", "Ghi chú"],
        ["Chi bộ <Văn phòng>", 95, ' lề & "ngoặc" '],
        ["=1+1", 2.5, True],
        [None, None, False],
        ["x", 10**15, -(10**16)],
        ["nửa\\udfff", 0, 0],
    ]
    assert sheet["A3"].data_type == "s"  # text, never a formula
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b
    assert not sheet["A2"].font.b
    assert sheet["B2"].alignment.wrap_text
    assert [round(sheet.column_dimensions[c].width, 2) for c in "AC"] == [10.71, 25.71]
    assert book.properties.creator == "fourgood"


def test_a_number_a_cell_cannot_hold_is_refused() -> None:
    sheet = Worksheet("x")
    with pytest.raises(ValueError, match="cannot hold nan"):
        sheet.append([float("nan")], TEXT)
    sheet.close()


def test_the_same_rows_give_the_same_bytes() -> None:
    rows: list[list[Value]] = [["a", 1], ["b", 2.5]]
    assert _book(rows) == _book(rows)


def _reference(rows: list[tuple[list[Value], int]]) -> tuple[str, list[int]]:
    """The sheet's rows and longest lines as plainly as they can be made, cell by cell."""
    xml: list[str] = []
    longest: list[int] = []
    for r, (row, style) in enumerate(rows, 1):
        cells = "".join(
            f'<c r="{column_name(c)}{r}" s="{style}"{_rest(v)}' for c, v in enumerate(row)
        )
        xml.append(f'<row r="{r}">{cells}</row>')
        for c, v in enumerate(row):
            if c == len(longest):
                longest.append(0)
            shown = "" if v is None else str(v)
            longest[c] = max(longest[c], *map(len, shown.split("\n")))
    return "".join(xml), longest


def _written(sheet: Worksheet) -> str:
    sheet._flush()
    rows = sheet._deflating.end()
    assert not isinstance(rows.deflated, bytes)
    return zlib.decompressobj(-15).decompress(rows.deflated.read()).decode("utf-8")


_VALUES = st.one_of(
    st.sampled_from([0, 1, True, False, 0.0, 1.0, -0.0, 2, 2.0, None, "", "1", "True", "a\nbcd"]),
    st.integers(-3, 3),
    st.floats(-3, 3).map(lambda f: round(f, 1)),
    st.text(alphabet="ab_x0<& \n", max_size=6),
)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.tuples(st.lists(_VALUES, max_size=5), st.sampled_from([HEADER, TEXT]))),
    kept=st.integers(0, 4),
)
def test_rows_are_written_as_each_cell_alone_would_be(
    rows: list[tuple[list[Value], int]], kept: int
) -> None:
    # equal values that are written apart (True and 1, False and 0.0) never share a cell's XML,
    # and once the kept values are full the rest are still written and measured
    default, xlsx_file._VALUES_KEPT = xlsx_file._VALUES_KEPT, kept
    sheet = Worksheet("x")
    try:
        for row, style in rows:
            sheet.append(row, style)
    finally:
        xlsx_file._VALUES_KEPT = default
    xml, longest = _reference(rows)
    assert (_written(sheet), sheet.longest, sheet.rows) == (xml, longest, len(rows))
    assert sheet.kept <= kept
    sheet.close()


def test_a_text_too_long_for_a_cell_is_refused_in_its_row_and_column() -> None:
    sheet = Worksheet("x")
    sheet.append(["a", "b"], TEXT)
    fits = "ở" * xlsx_file.TEXT_LIMIT
    sheet.append([fits, "\U0001f600" * (xlsx_file.TEXT_LIMIT // 2)], TEXT)  # two units each
    with pytest.raises(xlsx_file.TooLong) as refused:
        sheet.append(["a", "\U0001f600" * (xlsx_file.TEXT_LIMIT // 2 + 1)], TEXT)
    assert (refused.value.row, refused.value.column) == (3, 1)
    sheet.close()


def test_a_package_written_into_a_file_is_its_bytes(tmp_path: Path) -> None:
    def book() -> Package:
        sheet = Worksheet("Tờ")
        for n in range(3000):  # more than one batch of rows
            sheet.append([f"hàng {n}", n, n % 2 == 0], TEXT)
        sheet.widths = [10.0, 10.0, 10.0]
        return package([sheet, Worksheet("Trống")], author="fourgood")

    target = tmp_path / "book.xlsx"
    written = book()
    with target.open("wb") as handle:
        written.write_into(handle)
    assert target.read_bytes() == bytes(book())
    with pytest.raises(RuntimeError, match="once"):
        bytes(written)  # its worksheets' temporary files went with it


def test_a_long_sheet_deflated_in_threads_leaves_none_and_the_interval_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(zip_file, "PIECE", 1000)  # pieces from a few rows on
    before = sys.getswitchinterval()
    sheets = []
    for name in ("Một", "Hai"):
        sheet = Worksheet(name)
        for n in range(5000):
            sheet.append([f"hàng {n}", n], TEXT)
        sheet.widths = [10.0, 10.0]
        sheets.append(sheet)
    sheets[0].finish()
    blob = bytes(package(sheets, author="fourgood"))
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        assert archive.testzip() is None
        assert b"<t>h\xc3\xa0ng 4999</t>" in archive.read("xl/worksheets/sheet2.xml")
    assert sys.getswitchinterval() == before
    assert not [t for t in threading.enumerate() if t.name.startswith("deflate")]
