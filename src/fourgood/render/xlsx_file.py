"""The .xlsx file itself: worksheets written as XML row by row, zipped into a workbook.

fourgood's workbooks need little of the format: text, numbers and true/false in cells, two
styles (a bold shaded header, wrapped text), column widths and rows kept in view. Writing that
XML here costs one dictionary lookup for a cell whose value its column has held before (each
column keeps its values' XML), where a general library spends microseconds in Python on every
cell; a million-row criteria sheet is the difference between seconds and a minute. Rows are
deflated as they come, a long sheet's in threads beside the one making them, into a temporary
file (a worksheet's column widths, which Excel wants before its rows, are known only at its
end, so its head is deflated apart: ``render.zip_file``); memory does not grow with the rows,
and the zip is written into the output file itself (``Package``), so it does not grow with the
workbook. Files in the zip carry a fixed date: the same sheets give the same bytes.

Cells are written as Excel and XlsxWriter write them in "inline string" form: text is escaped
for XML, control characters become Excel's ``_xHHHH_`` (and a literal ``_xHHHH_`` in a text is
protected as ``_x005F_xHHHH_``), and text is never read as a formula, a link or a number. A
stray surrogate half, which UTF-8 cannot hold, is shown as its ``\\uXXXX`` escape.
"""

from __future__ import annotations

import io
import math
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO
from xml.sax.saxutils import escape

from fourgood.render.zip_file import Archive, Deflating, Segment, segment

Value = str | int | float | bool | None
"""What a spreadsheet cell holds."""

HEADER, TEXT = 1, 2
"""The styles a cell can have: a bold shaded header, or wrapped text (both aligned top)."""

_FLUSH_ROWS = 2048  # rows kept before they go to be deflated
_EXACT = 10**15  # whole numbers below this are written as they are, as %.16G would write them
_VALUES_KEPT = 1 << 15  # values whose XML a worksheet keeps, so memory stays bounded

TEXT_LIMIT = 32_767
"""The most text a cell holds, in UTF-16 code units."""

_XML_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ESCAPED_ESCAPE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")
_PLAIN = re.compile(r"(?!\s)[^&<>\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff_]*(?<!\s)")
"""A text written as it is: no character to escape, no space to keep at either end."""

_NS = (
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def column_name(index: int) -> str:
    """The letters of a column, from 0: A, B, ..., Z, AA, ..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def text_xml(text: str) -> str:
    """A cell's text as the content of its ``<t>`` element (with the element's start)."""
    if _XML_SPECIAL.search(text):
        text = _ESCAPED_ESCAPE.sub(r"_x005F\1", text)
        # A stray surrogate half (YAML reads "\ud800" so) has no UTF-8: shown as its escape,
        # as in the Word document.
        text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
        text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
        text = escape(text)
    if text[0].isspace() or text[-1].isspace():
        return f'<t xml:space="preserve">{text}</t>'
    return f"<t>{text}</t>"


def _attribute(text: str) -> str:
    """Text for an attribute's value between double quotes."""
    return escape(text, {'"': "&quot;", "\n": "&#xA;"})


class TooLong(ValueError):
    """A text longer than a cell holds, which Excel would cut short: in row ``row`` (from 1)
    and column ``column`` (from 0) of its worksheet."""

    def __init__(self, row: int, column: int) -> None:
        super().__init__(f"the text in row {row}, column {column + 1} is too long for a cell")
        self.row, self.column = row, column


class _Column(dict[tuple[type, Value], bytes]):
    """How one column's cells of one style are written, after each cell's start (its place
    and style): a value's XML in UTF-8, made once, then the start of the next column's cell
    (none in the last column of a row). A column repeats the same few values, so most cells
    cost one lookup; a value seen for the first time is also measured for the column's width
    (as is one the worksheet has since forgotten: it keeps a bounded number). Keys are (type,
    value): True equals 1 and 1.0, but each is written and measured its own way."""

    __slots__ = ("index", "sheet", "suffix")

    def __init__(self, sheet: Worksheet, index: int, suffix: bytes) -> None:
        super().__init__()
        self.sheet, self.index, self.suffix = sheet, index, suffix

    def __missing__(self, key: tuple[type, Value]) -> bytes:
        value = key[1]
        rest = _rest(value).encode("utf-8") + self.suffix
        self.sheet.measure(self.index, value)
        if self.sheet.kept >= _VALUES_KEPT:
            # full: rows bring their values in runs (a cell's name, row after row), so the
            # columns start again and keep the values of the rows to come, not the first ones
            self.sheet.forget()
        # 0.0 equals -0.0, which is written "-0": a float's zero is never kept
        if self.sheet.kept < _VALUES_KEPT and (value or key[0] is not float):
            self.sheet.kept += 1
            self[key] = rest
        return rest


@dataclass
class Worksheet:
    """One worksheet being written: its rows are deflated into a temporary file in order, and
    the longest line in each column is kept as they go (for its width, set when it is
    finished). Rows are made as UTF-8 from their cells' XML, kept in UTF-8: a million rows of
    Vietnamese text are never encoded whole."""

    name: str
    rows: int = 0
    longest: list[int] = field(default_factory=list)  # per column: the longest line so far
    widths: list[float] = field(default_factory=list)  # characters, set when it is finished
    freeze: int = 0
    kept: int = 0  # values whose XML the columns keep, at most _VALUES_KEPT
    _starts: list[bytes] = field(default_factory=list)  # '<c r="A' for each column
    _styles: dict[int, tuple[list[_Column], list[_Column]]] = field(default_factory=dict)
    _pending: list[bytes] = field(default_factory=list)
    _rows: Segment | None = None  # the rows deflated, once finished
    _deflating: Deflating = field(
        default_factory=lambda: Deflating(tempfile.TemporaryFile("w+b"))  # noqa: SIM115
    )

    def append(self, values: list[Value], style: int) -> None:
        """The next row, every cell in ``style``; ``TooLong`` for a text no cell holds."""
        self.rows += 1
        n = len(values)
        if n > len(self._starts):
            self._grow(n)
        if not n:
            self._pending.append(b'<row r="%d"></row>' % self.rows)
        else:
            # A million-row sheet spends its time here. Cell c is starts[c] + at + its rest;
            # the columns give a rest with the next start, so a row is one join of lookups.
            linked, last = self._styles.get(style) or self._style(style)
            at = b'%d" s="%d"' % (self.rows, style)
            keys = zip(map(type, values[:-1]), values, strict=False)  # all values but the last
            cells = [
                *map(_Column.__getitem__, linked, keys),
                last[n - 1][type(values[-1]), values[-1]],
            ]
            row = b'<row r="%d">%b%b%b</row>' % (self.rows, self._starts[0], at, at.join(cells))
            self._pending.append(row)
        if len(self._pending) >= _FLUSH_ROWS:
            self._flush()

    def measure(self, column: int, value: Value) -> None:
        """Take a value of the column into its longest line; ``TooLong`` if no cell holds it."""
        text = "" if value is None else str(value)  # as the value is shown: str(True) is "True"
        length = max(map(len, text.split("\n"))) if "\n" in text else len(text)
        self.longest[column] = max(self.longest[column], length)
        # only a long text is encoded, to count its UTF-16 units (a character is one or two)
        if isinstance(value, str) and len(value) > TEXT_LIMIT // 2 and _units(value) > TEXT_LIMIT:
            raise TooLong(self.rows, column)

    def forget(self) -> None:
        """Drop the XML the columns keep of their values."""
        for linked, last in self._styles.values():
            for column in (*linked, *last):
                column.clear()
        self.kept = 0

    def _grow(self, columns: int) -> None:
        """Columns up to ``columns`` in every style begun, their starts and their lengths."""
        begun = len(self._starts)
        self._starts += [f'<c r="{column_name(c)}'.encode() for c in range(begun, columns)]
        self.longest += [0] * (columns - begun)
        for linked, last in self._styles.values():
            self._extend(linked, last)

    def _style(self, style: int) -> tuple[list[_Column], list[_Column]]:
        """The columns of a style's first row: one set for the last cell of a row, one for
        the cells followed by another."""
        columns: tuple[list[_Column], list[_Column]] = ([], [])
        self._extend(*columns)
        self._styles[style] = columns
        return columns

    def _extend(self, linked: list[_Column], last: list[_Column]) -> None:
        """A style's columns up to the worksheet's."""
        starts = self._starts
        linked += [_Column(self, c, starts[c + 1]) for c in range(len(linked), len(starts) - 1)]
        last += [_Column(self, c, b"") for c in range(len(last), len(starts))]

    def _flush(self) -> None:
        self._deflating.write(b"".join(self._pending))
        self._pending.clear()

    def finish(self) -> None:
        """No more rows: the last are deflated, and the threads deflating them end."""
        if self._rows is None:
            self._flush()
            self._rows = self._deflating.end()

    def write_to(self, archive: Archive, path: str, selected: bool) -> None:
        """The worksheet's XML as ``path`` in the archive; its temporary file is closed. The
        head, which holds the widths, is deflated apart, once the rows are done."""
        self.finish()
        rows = self._rows
        assert rows is not None
        head = segment(self._head(selected).encode("utf-8"))
        archive.add(path, [head, rows, segment(self._tail().encode("utf-8"))])
        self.close()

    def close(self) -> None:
        """Drop the temporary file (a worksheet that will not be written, or was)."""
        self._deflating.stop()
        self._deflating.file.close()
        self._styles.clear()  # the kept XML, at once: its columns refer back to the worksheet

    def _head(self, selected: bool) -> str:
        columns = len(self._starts)  # the widest row's
        last = f"{column_name(columns - 1)}{self.rows}" if self.rows and columns else ""
        dimension = f"A1:{last}" if last and last != "A1" else "A1"
        tab = ' tabSelected="1"' if selected else ""
        pane = ""
        if self.freeze:
            pane = (
                f'<pane ySplit="{self.freeze}" topLeftCell="A{self.freeze + 1}" '
                'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>'
            )
        cols = "".join(
            f'<col min="{first}" max="{last}" width="{_width(w)}" customWidth="1"/>'
            for first, last, w in _runs(self.widths)
        )
        return (
            f'{_HEAD}<worksheet {_NS}><dimension ref="{dimension}"/><sheetViews>'
            f'<sheetView{tab} workbookViewId="0">{pane}</sheetView></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/>{f"<cols>{cols}</cols>" if cols else ""}'
            "<sheetData>"
        )

    @staticmethod
    def _tail() -> str:
        return (
            '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
            'header="0.3" footer="0.3"/></worksheet>'
        )


def _units(text: str) -> int:
    """The UTF-16 code units of a text, which Excel counts (a stray surrogate half is one)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _runs(widths: list[float]) -> list[tuple[int, int, float]]:
    """Neighbouring columns of the same width as one range (first, last, width), from 1."""
    runs: list[tuple[int, int, float]] = []
    for c, width in enumerate(widths, 1):
        if runs and runs[-1][2] == width and runs[-1][1] == c - 1:
            runs[-1] = (runs[-1][0], c, width)
        else:
            runs.append((c, c, width))
    return runs


def _rest(value: Value) -> str:
    """A ``<c>`` element after its start (its place and style): its type and its value."""
    if isinstance(value, str):
        if not value:
            return "/>"
        if _PLAIN.fullmatch(value):
            return f' t="inlineStr"><is><t>{value}</t></is></c>'
        return f' t="inlineStr"><is>{text_xml(value)}</is></c>'
    if value is None:
        return "/>"
    if isinstance(value, bool):
        return f' t="b"><v>{int(value)}</v></c>'
    return f"><v>{_number(value)}</v></c>"


def _number(value: int | float) -> str:
    """A number as a cell's value holds it: as Excel writes it, to 16 digits."""
    if type(value) is int and -_EXACT < value < _EXACT:
        return str(value)  # the same, sooner
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"a spreadsheet cell cannot hold {value}")
    return f"{value:.16G}"


def _width(characters: float) -> str:
    """A column's width as Excel stores it, for a width in characters of the default font
    (7 pixels a digit, 5 of padding), as Excel's own dialog rounds it."""
    pixels = int(characters * 7 + 0.5) + 5
    return f"{int(pixels / 7 * 256) / 256:.16G}"


def package(sheets: list[Worksheet], author: str) -> Package:
    """The workbook holding the finished worksheets, the first one selected."""
    return Package(sheets, author)


class Package:
    """A workbook's zip, made when it is written: straight into a file, so the workbook is
    never held in memory, or as bytes. It is written once: the worksheets' temporary files go
    with it."""

    def __init__(self, sheets: list[Worksheet], author: str) -> None:
        self._sheets, self._author = sheets, author
        self._written = False

    def write_into(self, handle: IO[bytes]) -> None:
        """Write the zip into ``handle``, a binary file (it need not seek)."""
        if self._written:
            raise RuntimeError("a workbook's package is written once")
        self._written = True
        try:
            archive = Archive(handle)
            for path, text in _parts(self._sheets, self._author):
                archive.add(path, [segment(text.encode("utf-8"))])
            for n, sheet in enumerate(self._sheets, 1):
                sheet.write_to(archive, f"xl/worksheets/sheet{n}.xml", n == 1)
            archive.close()
        finally:
            for sheet in self._sheets:
                sheet.close()

    def __bytes__(self) -> bytes:
        out = io.BytesIO()
        self.write_into(out)
        return out.getvalue()

    def __iter__(self) -> Iterator[bytes]:
        """The bytes in one piece."""
        yield bytes(self)


def _parts(sheets: list[Worksheet], author: str) -> list[tuple[str, str]]:
    """Every file of the workbook but its worksheets."""
    numbers = range(1, len(sheets) + 1)
    kinds = "application/vnd.openxmlformats-officedocument"
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
        f'ContentType="{kinds}.spreadsheetml.worksheet+xml"/>'
        for n in numbers
    )
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package_rels = "http://schemas.openxmlformats.org/package/2006/relationships"
    entries = "".join(
        f'<sheet name="{_attribute(s.name)}" sheetId="{n}" r:id="rId{n}"/>'
        for n, s in enumerate(sheets, 1)
    )
    links = "".join(
        f'<Relationship Id="rId{n}" Type="{relations}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in numbers
    )
    styles_id = len(sheets) + 1
    return [
        (
            "[Content_Types].xml",
            f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{kinds}.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            f'ContentType="{kinds}.spreadsheetml.sheet.main+xml"/>{overrides}</Types>',
        ),
        (
            "_rels/.rels",
            f'{_HEAD}<Relationships xmlns="{package_rels}">'
            f'<Relationship Id="rId1" Type="{relations}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" '
            f'Type="{package_rels}/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>",
        ),
        ("docProps/core.xml", _core(author)),
        (
            "xl/workbook.xml",
            f'{_HEAD}<workbook {_NS}><bookViews><workbookView xWindow="240" yWindow="15" '
            'windowWidth="16095" windowHeight="9660"/></bookViews>'
            f"<sheets>{entries}</sheets></workbook>",
        ),
        (
            "xl/_rels/workbook.xml.rels",
            f'{_HEAD}<Relationships xmlns="{package_rels}">{links}'
            f'<Relationship Id="rId{styles_id}" Type="{relations}/styles" Target="styles.xml"/>'
            "</Relationships>",
        ),
        ("xl/styles.xml", _STYLES),
    ]


def _core(author: str) -> str:
    when = "2000-01-01T00:00:00Z"  # a fixed creation date: same data, same bytes
    return (
        f"{_HEAD}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:creator>{_attribute(author)}</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
        "</cp:coreProperties>"
    )


# Style 0 is Excel's Normal; 1 (HEADER) bold on a light grey, 2 (TEXT) wrapped; both top.
_STYLES = (
    f'{_HEAD}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFEEF1F5"/><bgColor indexed="64"/>'
    "</patternFill></fill></fills>"
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" '
    'applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
