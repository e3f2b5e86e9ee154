"""The .xlsx file: well-formed parts, cells escaped as Excel escapes them, nothing else."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

import openpyxl
import pytest

from fourgood.render.xlsx_file import HEADER, TEXT, Value, Worksheet, column_name, package, text_xml


def _book(rows: list[list[Value]], freeze: int = 0) -> bytes:
    sheet = Worksheet("Tờ & <một>")
    for n, row in enumerate(rows):
        sheet.append(row, HEADER if n == 0 else TEXT)
    sheet.widths, sheet.freeze = [10.0, 10.0, 25.0], freeze
    return package([sheet, Worksheet("Trống")], author="fourgood")


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
