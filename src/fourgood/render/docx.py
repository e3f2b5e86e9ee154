"""Office documents as Word files (.docx), in the Party's document format (Hướng dẫn
36-HD/VPTW, 2018): A4, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman
14 pt; the letterhead in two columns, the kind and subject centred, numbered parts, the
recipients bottom left and the signatures bottom right; pages numbered at the top from the
second.

Written with python-docx, the well-kept library for .docx, except the body rows of tables and
the body's paragraphs: python-docx would hold every cell and line as lxml elements until the
document is saved (1.1 GB for a national report), and spends most of a report's time on them,
so each keeps a mark where it goes, and its XML is written as text straight into the
package's ``word/document.xml`` (see ``docx_rows``). The same document gives the same bytes:
the core properties carry a date taken from the document (never the clock), and the package
is rewritten with fixed entry dates in a fixed order.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from fourgood.i18n.lang import Lang
from fourgood.i18n.visible import xml_safe
from fourgood.render import docx_rows as rows
from fourgood.render.document import (
    Block,
    Letterhead,
    OfficeDocument,
    Paragraph,
    Part,
    Table,
)
from fourgood.render.office import TEXT_WIDTH_MM, roman, table_widths
from fourgood.render.wording import cell_level, cell_text, paragraph_text

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.table import Table as DocxTable
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph as DocxParagraph

FONT = "Times New Roman"
_FIXED_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_DOCUMENT = "word/document.xml"
# Where a table's body rows or a paragraph go: a processing instruction, which text from data
# can never become (python-docx escapes every "<" of a text).
_MARK = "fourgood-xml"
_MARKED = re.compile(rb"<\?" + _MARK.encode() + rb" (\d+)\?>")

Later = Callable[[], Iterator[str]]
"""XML text written at a mark (a table's body rows, a paragraph), made when the package is
written."""


def docx_bytes(office: OfficeDocument, day: date, lang: Lang) -> bytes:
    """The .docx file of an office document; ``day`` dates its properties."""
    import docx

    doc = docx.Document()
    later: list[Later] = []
    _page(doc)
    _properties(doc, office, day, lang)
    _letterhead(doc, office.letterhead)
    _title(doc, office)
    for block in office.preamble:
        _block(doc, block, lang, later)
    for n, part in enumerate(office.parts, start=1):
        _part(doc, part, n, lang, later)
    _foot(doc, office, later)
    out = io.BytesIO()
    doc.save(out)
    return _fixed_package(out.getvalue(), later)


def _page(doc: DocxDocument) -> None:
    """A4 with 36-HD's margins; Times New Roman 14 pt; page numbers from the second page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    normal.paragraph_format.space_after = Pt(0)
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(number, "PAGE")


def _field(paragraph: DocxParagraph, instruction: str) -> None:
    """A field Word and LibreOffice compute when they lay the page out (the page number)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _properties(doc: DocxDocument, office: OfficeDocument, day: date, lang: Lang) -> None:
    """Title, author and language; created and modified on the document's day, no clock."""
    props = doc.core_properties
    when = datetime(day.year, day.month, day.day)
    props.created = props.modified = props.last_printed = when
    props.title = xml_safe(office.title)
    props.author = props.last_modified_by = "fourgood"
    props.language = lang
    props.revision = 1


def _fixed_package(data: bytes, later: list[Later]) -> bytes:
    """The package again with fixed entry dates, in a fixed order (the content types first),
    the XML of each mark written in at it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = sorted(source.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            if name == _DOCUMENT:
                with target.open(info, "w") as entry:
                    for piece in _with_marked(source.read(name), later):
                        entry.write(piece)
            else:
                target.writestr(info, source.read(name))
    return out.getvalue()


def _with_marked(document: bytes, later: list[Later]) -> Iterator[bytes]:
    """``word/document.xml`` in pieces, each mark replaced by its XML (a table's rows, a
    batch at a time; a paragraph), never the whole document as text."""
    at = 0
    for mark in _MARKED.finditer(document):
        yield document[at : mark.start()]
        for batch in rows.joined(later[int(mark.group(1))]()):
            yield batch.encode()
        at = mark.end()
    yield document[at:]


# --- blocks at the end of the body -----------------------------------------------------------


def _add_paragraph(doc: DocxDocument) -> DocxParagraph:
    """``doc.add_paragraph()``: an empty paragraph at the end of the body."""
    from docx.oxml import OxmlElement
    from docx.text.paragraph import Paragraph as DocxParagraph

    p = OxmlElement("w:p")
    _before_section(doc, p)
    return DocxParagraph(p, doc._body)


def _add_table(doc: DocxDocument, rows: int, cols: int) -> DocxTable:
    """``doc.add_table(rows, cols)``: a table at the end of the body, as wide as the text."""
    from docx.oxml.table import CT_Tbl
    from docx.table import Table as DocxTable

    tbl = CT_Tbl.new_tbl(rows, cols, doc._block_width)
    _before_section(doc, tbl)
    table = DocxTable(tbl, doc._body)
    table.style = None
    return table


def _before_section(doc: DocxDocument, element: BaseOxmlElement) -> None:
    """A block put last in the body, before its section properties (always the body's last
    child). python-docx finds that place by looking through the body from its start on every
    block, which made a long report quadratic (x100: six minutes); the same XML goes to the
    same place here at once."""
    from docx.oxml.ns import qn

    body = doc.element.body
    # lxml reaches the last child at once (but counts children one by one: no len())
    last = next(body.iterchildren(reversed=True), None)
    if last is not None and last.tag == qn("w:sectPr"):
        last.addprevious(element)
    else:
        body.append(element)


# --- text ------------------------------------------------------------------------------------


def _text(
    paragraph: DocxParagraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    size: float | None = None,
) -> None:
    """A run of text (made XML-safe) with its emphasis."""
    from docx.shared import Pt

    run = paragraph.add_run()
    if safe := xml_safe(text):
        # What add_run(text) writes (xml_safe leaves no tab or line break to split on),
        # without the text setter's XPath query to clear the new run (~40 µs a run).
        run._r.add_t(safe)
    run.bold, run.italic, run.underline = bold or None, italic or None, underline or None
    if size is not None:
        run.font.size = Pt(size)


def _centred(
    container: DocxDocument | _Cell,
    text: str,
    *,
    first: bool = False,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    size: float | None = None,
) -> DocxParagraph:
    """A centred line; ``first`` fills a table cell's own empty paragraph."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = container.paragraphs[0] if first else container.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _text(paragraph, text, bold=bold, italic=italic, underline=underline, size=size)
    return paragraph


def _borderless(doc: DocxDocument, widths: list[float]) -> list[_Cell]:
    """A one-row table without borders, its columns ``widths`` mm wide (letterhead, foot)."""
    table = _add_table(doc, 1, len(widths))
    _set_widths(table, widths)
    return list(table.rows[0].cells)


def _set_widths(table: DocxTable, widths: list[float]) -> None:
    """Fixed column widths in mm, on the grid (which LibreOffice reads) and on every cell
    (which Word reads)."""
    from docx.shared import Mm

    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


# --- the letterhead and the title ------------------------------------------------------------


def _letterhead(doc: DocxDocument, head: Letterhead) -> None:
    """Left: the superior body, the issuer in bold, a star, the number; right: the Party's name
    in bold, underlined, and the place-and-date line in italics."""
    left, right = _borderless(doc, [80, 85])
    _centred(left, head.superior, first=True)
    _centred(left, head.issuer, bold=True)
    _centred(left, "*")
    if head.number:
        _centred(left, head.number)
    _centred(right, head.party, first=True, bold=True, underline=True, size=15)
    _centred(right, "")
    _centred(right, head.place_date, italic=True)


def _title(doc: DocxDocument, office: OfficeDocument) -> None:
    """The kind in bold capitals, the subject line in bold, and a short rule under them."""
    from docx.shared import Pt

    _centred(doc, "").paragraph_format.space_before = Pt(12)
    _centred(doc, office.kind, bold=True, size=15)
    _centred(doc, office.subject, bold=True)
    _centred(doc, "-----").paragraph_format.space_after = Pt(12)


# --- the body --------------------------------------------------------------------------------


def _heading(doc: DocxDocument, text: str) -> None:
    from docx.shared import Mm, Pt

    paragraph = _add_paragraph(doc)
    paragraph.paragraph_format.first_line_indent = Mm(10)
    paragraph.paragraph_format.space_before = Pt(6)
    paragraph.paragraph_format.space_after = Pt(3)
    paragraph.paragraph_format.keep_with_next = True
    _text(paragraph, text, bold=True)


def _part(doc: DocxDocument, part: Part, n: int, lang: Lang, later: list[Later]) -> None:
    """'I. TITLE', its blocks, then its sections as '1. Title' and their blocks."""
    _heading(doc, f"{roman(n)}. {part.title.upper()}")
    for block in part.blocks:
        _block(doc, block, lang, later)
    for i, section in enumerate(part.sections, start=1):
        _heading(doc, f"{i}. {section.title}")
        for block in section.blocks:
            _block(doc, block, lang, later)


def _block(doc: DocxDocument, block: Block, lang: Lang, later: list[Later]) -> None:
    """A paragraph or a table; a chart is left out (its figures are in the tables)."""
    if isinstance(block, Paragraph):
        _paragraph(doc, block, later)
    elif isinstance(block, Table):
        _table(doc, block, lang, later)


def _paragraph(doc: DocxDocument, block: Paragraph, later: list[Later]) -> None:
    """A justified line, its first line indented (or all of it, by its level): marked, and
    written as text with the package (``docx_rows.BodyParagraph``)."""
    from docx.shared import Mm

    paragraph = rows.BodyParagraph(
        paragraph_text(block),
        Mm(10 * (block.level or 1)).twips,
        first_line=not block.level,
        italic=block.tone == "sub",
    )
    _before_section(doc, _mark(later, paragraph))


def _keep_last_paragraph_with_next(doc: DocxDocument, later: list[Later]) -> None:
    """The body's last paragraph (tables after it aside) kept with what follows, whether
    python-docx holds it or a mark stands for it (a mark in the body is a paragraph's)."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph as DocxParagraph

    for child in doc.element.body.iterchildren(reversed=True):
        if child.tag == qn("w:p"):
            DocxParagraph(child, doc._body).paragraph_format.keep_with_next = True
            return
        marked = later[int(child.text)] if _is_mark(child) else None
        if isinstance(marked, rows.BodyParagraph):
            marked.keep_next = True
            return


def _mark(later: list[Later], piece: Later) -> Any:
    """The mark to put where ``piece``'s XML goes (it is written there with the package)."""
    from lxml.etree import ProcessingInstruction

    later.append(piece)
    return ProcessingInstruction(_MARK, str(len(later) - 1))


def _is_mark(element: Any) -> bool:
    from lxml.etree import ProcessingInstruction

    # lxml's own test for a processing instruction: its tag is the factory that makes one
    return element.tag is ProcessingInstruction and element.target == _MARK


def _table(doc: DocxDocument, block: Table, lang: Lang, later: list[Later]) -> None:
    """A ruled table: the header row bold and repeated on each page, figures right-aligned;
    its body rows are marked to be written with the package (``later``)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    size = 12 if len(block.columns) <= 5 else 10.5
    widths = table_widths(block, lang)
    table = _add_table(doc, 1, len(block.columns))
    table.style = doc.styles["Table Grid"]
    _repeat_header(table.rows[0])
    for c, column in enumerate(block.columns):
        cell = table.rows[0].cells[c]
        _text(cell.paragraphs[0], column.title, bold=True, size=size)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_widths(table, widths)  # the grid and the header row; the body rows carry their own
    columns = [
        rows.Column(Mm(width).twips, column.numeric)
        for width, column in zip(widths, block.columns, strict=True)
    ]

    def body() -> Iterator[str]:
        for row in block.rows:
            values = [rows.Value(cell_text(v, lang), Mm(4 * cell_level(v)).twips) for v in row]
            yield rows.row_xml(values, columns, int(size * 2))

    table._tbl.append(_mark(later, body))
    if block.note:
        note = _add_paragraph(doc)
        _text(note, block.note, italic=True, size=12)
    _add_paragraph(doc).paragraph_format.space_after = Pt(3)


def _cant_split(row: object) -> None:
    from docx.oxml import OxmlElement

    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # type: ignore[attr-defined]


def _repeat_header(row: object) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


# --- the foot: recipients and signatures -----------------------------------------------------


def _foot(doc: DocxDocument, office: OfficeDocument, later: list[Later]) -> None:
    """Recipients bottom left (small), signatures to their right, the issuer's last: one row
    that is never split from the text above it nor across pages; the signers' names stand on
    one line (shorter titles are padded to the longest)."""
    from docx.shared import Pt

    columns = len(office.signatures) + (1 if office.recipients else 0)
    if not columns:
        return
    _keep_last_paragraph_with_next(doc, later)  # the foot is not left alone
    spacer = _add_paragraph(doc).paragraph_format
    spacer.space_before, spacer.keep_with_next = Pt(6), True
    width = TEXT_WIDTH_MM / columns
    cells = _borderless(doc, [width] * columns)
    _cant_split(doc.tables[-1].rows[0])
    if office.recipients:
        _recipients(cells.pop(0), office)
    tallest = max(_lines(s.lines, width) for s in office.signatures)
    for cell, signature in zip(cells, office.signatures, strict=True):
        for i, line in enumerate(signature.lines):
            _centred(cell, line, first=i == 0, bold=True)
        for _ in range(4 + tallest - _lines(signature.lines, width)):  # room to sign and stamp
            _centred(cell, "")
        _centred(cell, signature.name, bold=True)


def _lines(lines: tuple[str, ...], width_mm: float) -> int:
    """How many lines a signature's bold capitals take in a column (about 3 mm a letter)."""
    per_line = max(1, int(width_mm / 3.0))
    return sum(max(1, -(-len(line) // per_line)) for line in lines)


def _recipients(cell: _Cell, office: OfficeDocument) -> None:
    _text(cell.paragraphs[0], office.recipients_title, bold=True, italic=True, size=12)
    for line in office.recipients:
        _text(cell.add_paragraph(), line, size=11)
