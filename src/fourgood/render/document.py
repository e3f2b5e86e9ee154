"""The report as a typed document: sections of paragraphs, tables and charts.

Builders (``render.report_sections``) say what the report shows, in the reader's language;
renderers (terminal, Markdown, HTML, xlsx) decide how it is written. Nothing here is laid out
yet: a number is a number, nesting is a level and a tone is a word, so every format shows the
same figures and none has to guess them back from text.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from fourgood.i18n.visible import visible

Tone = Literal["plain", "ok", "fail", "sub"]
"""How a paragraph reads: plain text, a rule that holds, one that is broken, or a sub-line
under the document's title."""

StatusValue = Literal["met", "not_met", "incomplete"]
"""A cell's result for the year."""

BarTone = Literal["met", "not_met", "incomplete", "band"]
"""The colour of a bar: a result, or a band of the points distribution."""

STATUSES: tuple[StatusValue, ...] = ("met", "not_met", "incomplete")


@dataclass(frozen=True)
class Paragraph:
    """A line of text; ``level`` is its nesting depth (0 at the margin)."""

    text: str
    level: int = 0
    tone: Tone = "plain"

    def __post_init__(self) -> None:
        if self.level < 0:
            raise ValueError(f"a paragraph's level is 0 or more, not {self.level}")
        # Text from data is shown, never acting: every text of the document is visible.
        object.__setattr__(self, "text", visible(self.text))


@dataclass(frozen=True)
class Number:
    """A figure in a table, written by the renderer (one decimal for fractions).

    ``grouped`` separates thousands ('4,327'), as the tables of totals always have; counts in
    the breakdowns are written without separators. ``mean`` marks a mean of points, written
    with one decimal even when whole ('100.0'), so every table rounds its means the same way.
    """

    value: int | Fraction
    grouped: bool = False
    mean: bool = False


@dataclass(frozen=True)
class Ratio:
    """``part`` out of ``whole`` shown as 'part/whole', e.g. cells that reached a content."""

    part: int
    whole: int


@dataclass(frozen=True)
class TextCell:
    """Text in a table; ``level`` indents a sub-item under the row above it."""

    text: str
    level: int = 0

    def __post_init__(self) -> None:
        if self.level < 0:
            raise ValueError(f"a cell's level is 0 or more, not {self.level}")
        # Text from data is shown, never acting: every text of the document is visible.
        object.__setattr__(self, "text", visible(self.text))


@dataclass(frozen=True)
class Status:
    """A cell's result, shown by its label in the reader's language."""

    value: StatusValue


Cell = Number | Ratio | TextCell | Status | None
"""A table cell; ``None`` is an empty cell (a content the cell has no points for)."""


@dataclass(frozen=True)
class Column:
    """A table column: its title, and whether it holds numbers (right-aligned)."""

    title: str
    numeric: bool = False

    def __post_init__(self) -> None:
        # Text from data is shown, never acting: every text of the document is visible.
        object.__setattr__(self, "title", visible(self.title))


@dataclass(frozen=True)
class Table:
    """A table: columns, rows of typed cells, and a note shown under it."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(f"a row has {len(row)} cells for {len(self.columns)} columns")
        # Text from data is shown, never acting: every text of the document is visible.
        object.__setattr__(self, "note", visible(self.note))


@dataclass(frozen=True)
class Bar:
    """One bar of a chart."""

    label: str
    value: int
    tone: BarTone

    def __post_init__(self) -> None:
        # Text from data is shown, never acting: every text of the document is visible.
        object.__setattr__(self, "label", visible(self.label))


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart; only the formats that draw show it (the figures are in tables)."""

    title: str
    bars: tuple[Bar, ...]

    def __post_init__(self) -> None:
        # Text from data is shown, never acting: every text of the document is visible.
        object.__setattr__(self, "title", visible(self.title))


Block = Paragraph | Table | Chart


@dataclass(frozen=True)
class Section:
    """A section: a key naming it (a sheet, an anchor), its title and its blocks in order."""

    key: str
    title: str
    blocks: tuple[Block, ...] = ()

    def __post_init__(self) -> None:
        # Text from data is shown, never acting: every text of the document is visible.
        object.__setattr__(self, "title", visible(self.title))


@dataclass(frozen=True)
class Document:
    """A whole document: the title of the page and its sections; the first one heads it."""

    title: str
    sections: tuple[Section, ...]

    def __post_init__(self) -> None:
        # Text from data is shown, never acting: every text of the document is visible.
        object.__setattr__(self, "title", visible(self.title))


def status(value: str) -> Status:
    """The status cell for a result read from the report (ValueError for anything else)."""
    for known in STATUSES:
        if value == known:
            return Status(known)
    raise ValueError(f"not a status: {value!r}")


# --- the documents an office files (Hướng dẫn 36-HD/VPTW) ------------------------------------


def _shown(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(visible(t) for t in texts)


@dataclass(frozen=True)
class Letterhead:
    """The header's two columns: on the left the superior and the issuing body with the
    document's number (``number`` empty: a document without one), on the right the Party's name
    and the place-and-date line."""

    superior: str
    issuer: str
    number: str
    party: str
    place_date: str

    def __post_init__(self) -> None:
        # Text from data is shown, never acting: every text of the document is visible.
        for name in ("superior", "issuer", "number", "party", "place_date"):
            object.__setattr__(self, name, visible(getattr(self, name)))


@dataclass(frozen=True)
class Signature:
    """A signature block: its lines in capitals (authority, position), room for the
    signature, then the signer's name."""

    lines: tuple[str, ...]
    name: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", _shown(self.lines))
        object.__setattr__(self, "name", visible(self.name))


@dataclass(frozen=True)
class Part:
    """A numbered part of an office document (I., II., ...); its sections are numbered 1., 2.
    within it, and a part's own blocks come before them."""

    title: str
    blocks: tuple[Block, ...] = ()
    sections: tuple[Section, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", visible(self.title))


@dataclass(frozen=True)
class OfficeDocument:
    """A document as a Party office files it: the letterhead, the kind (BÁO CÁO) and the
    subject line, numbered parts, the recipients (bottom left) and the signatures (left to
    right; the issuer's is the last, bottom right)."""

    title: str
    letterhead: Letterhead
    kind: str
    subject: str
    parts: tuple[Part, ...]
    preamble: tuple[Block, ...] = ()
    """Blocks between the title and the first part (the day counted to, the rubric)."""
    recipients_title: str = ""
    recipients: tuple[str, ...] = ()
    signatures: tuple[Signature, ...] = ()

    def __post_init__(self) -> None:
        for name in ("title", "kind", "subject", "recipients_title"):
            object.__setattr__(self, name, visible(getattr(self, name)))
        object.__setattr__(self, "recipients", _shown(self.recipients))
