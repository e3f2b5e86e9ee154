"""A table's body rows and the body's paragraphs written as text are the XML python-docx writes
for the same cells and lines."""

from __future__ import annotations

from typing import Any

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Mm, Pt
from docx.table import _Cell

from fourgood.i18n.visible import xml_safe
from fourgood.render import docx_rows as rows

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEXTS = [
    "Chi bộ Văn phòng",
    "",
    " lề trái",
    "lề phải ",
    'a & b <c> "d"',
    "hai\ndòng\r\nba\tcột",
    "\tđầu",
    "\x01\x1b[31mđỏ\ufffe\ud800",
    "  ",
]


def _by_python_docx(texts: list[str], levels: list[int], numeric: list[bool], size: float) -> str:
    """The rows as fourgood wrote them cell by cell with python-docx before."""
    doc = docx.Document()
    table = doc.add_table(rows=len(texts), cols=len(numeric))
    for tr, text, level in zip(table._tbl.tr_lst, texts, levels, strict=True):
        for tc, right in zip(tr.tc_lst, numeric, strict=True):
            paragraph = _Cell(tc, table).paragraphs[0]
            run = paragraph.add_run(xml_safe(text))
            run.bold = run.italic = run.underline = None
            run.font.size = Pt(size)
            if right:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif level:
                paragraph.paragraph_format.left_indent = Mm(4 * level)
            _Cell(tc, table).width = Mm(40)
    return str(table._tbl.xml)


def _parsed(text: str) -> list[Any]:
    """Rows of XML text as elements (the document declares the namespace where they go)."""
    return list(parse_xml(f'<w:tbl xmlns:w="{W}">{text}</w:tbl>'))


def _by_rows(written: list[str], columns: int) -> str:
    """The rows written as text, in a table where ``render.docx`` writes them."""
    table = docx.Document().add_table(rows=0, cols=columns)
    for batch in rows.joined(written):
        table._tbl.extend(_parsed(batch))
    return str(table._tbl.xml)


@pytest.mark.parametrize("size", [12, 10.5])
def test_rows_are_the_xml_python_docx_writes(size: float) -> None:
    numeric = [False, True]
    levels = [n % 3 for n in range(len(TEXTS))]
    columns = [rows.Column(Mm(40).twips, right) for right in numeric]
    written = [
        rows.row_xml([rows.Value(text, Mm(4 * level).twips)] * 2, columns, int(size * 2))
        for text, level in zip(TEXTS, levels, strict=True)
    ]
    assert _by_rows(written, 2) == _by_python_docx(TEXTS, levels, numeric, size)


def test_rows_are_joined_in_batches_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rows, "BATCH", 2)
    columns = [rows.Column(100, False)]
    written = [rows.row_xml([rows.Value(str(n))], columns, 24) for n in range(5)]
    found = [_parsed(batch) for batch in rows.joined(written)]
    assert [len(batch) for batch in found] == [2, 2, 1]
    texts = [tr.xpath("string(.//w:t)") for batch in found for tr in batch]
    assert texts == ["0", "1", "2", "3", "4"]


def _paragraph_by_python_docx(text: str, level: int, italic: bool, keep: bool) -> str:
    """A body paragraph as fourgood wrote it with python-docx before."""
    doc = docx.Document()
    paragraph = doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.space_after = Pt(3)
    if level:
        paragraph.paragraph_format.left_indent = Mm(10 * level)
    else:
        paragraph.paragraph_format.first_line_indent = Mm(10)
    run = paragraph.add_run()
    if safe := xml_safe(text):
        run._r.add_t(safe)
    run.bold, run.italic, run.underline = None, italic or None, None
    if keep:
        paragraph.paragraph_format.keep_with_next = True
    return str(doc.element.body.xml)


def _paragraph_by_text(paragraph: rows.BodyParagraph) -> str:
    doc = docx.Document()
    doc.element.body.insert(0, _parsed(paragraph.xml())[0])
    return str(doc.element.body.xml)


@pytest.mark.parametrize("level", [0, 1, 3])
@pytest.mark.parametrize(("italic", "keep"), [(False, False), (True, False), (False, True)])
def test_a_paragraph_is_the_xml_python_docx_writes(level: int, italic: bool, keep: bool) -> None:
    for text in TEXTS:
        indent = Mm(10 * (level or 1)).twips
        paragraph = rows.BodyParagraph(text, indent, first_line=not level, italic=italic)
        paragraph.keep_next = keep
        assert _paragraph_by_text(paragraph) == _paragraph_by_python_docx(text, level, italic, keep)
        assert list(paragraph()) == [paragraph.xml()]
