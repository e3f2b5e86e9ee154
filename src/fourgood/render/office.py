"""The parts every document an office files shares (Hướng dẫn 36-HD/VPTW, 2018): the
letterhead, the place-and-date line, the recipients and the signature, filled from the data
set's ``documents`` settings; what the settings leave out is left blank (dotted), to be filled
in by hand, never guessed.
"""

from __future__ import annotations

from datetime import date

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import msg
from fourgood.i18n.render import render
from fourgood.models.documents import DocumentSettings, Signer
from fourgood.render.document import Letterhead, Signature, Table
from fourgood.render.wording import cell_text

TEXT_WIDTH_MM = 165
"""The width of the text on A4 (210 mm) between 36-HD's margins (30 mm left, 15 mm right)."""

BLANK = "…………"
"""A part left to fill in by hand."""

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def t(key: str, lang: Lang, **args: object) -> str:
    """A catalogue text in the reader's language."""
    return render(msg(key, **args), lang)


def roman(n: int) -> str:
    """A part's number as the Party writes it: I, II, III, IV, ..."""
    if n < 1:
        raise ValueError(f"parts are numbered from 1, not {n}")
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def upper(text: str) -> str:
    """A body's name in capitals, as the letterhead writes it (ĐẢNG ỦY KHỐI ...)."""
    return text.upper()


def day_words(day: date, lang: Lang) -> str:
    """The date as a document writes it: 'ngày 05 tháng 02 năm 2024' (a day below 10 and the
    months 1 and 2 with a leading zero, as 36-HD asks), '5 February 2024' in English."""
    if lang == "vi":
        month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
        return f"ngày {day.day:02d} tháng {month} năm {day.year}"
    month_name = t(f"documents.month.{day.month}", lang)
    return f"{day.day} {month_name} {day.year}"


def place_date(settings: DocumentSettings, day: date, lang: Lang) -> str:
    """'Lạng Sơn, ngày 25 tháng 01 năm 2024'; the place dotted when the settings have none."""
    return f"{settings.place or BLANK}, {day_words(day, lang)}"


def number_line(kind: str, settings: DocumentSettings, lang: Lang) -> str:
    """'Số:      -BC/ĐU': the number is the office's to give when it registers the document;
    the issuer's abbreviation comes from the settings (dotted without it)."""
    return t("documents.number", lang, kind=kind, code=settings.code or BLANK)


def letterhead(
    settings: DocumentSettings,
    issuer: str,
    day: date,
    lang: Lang,
    *,
    number: str = "",
    superior: str | None = None,
) -> Letterhead:
    """The two columns of the header; the superior body is the settings' unless given."""
    above = superior if superior is not None else settings.superior
    return Letterhead(
        upper(above) if above else BLANK,
        upper(issuer),
        number,
        t("documents.party", lang),
        place_date(settings, day, lang),
    )


def signature(signer: Signer, lang: Lang) -> Signature:
    """The issuer's signature block: authority (on behalf of the standing committee unless the
    settings say otherwise), position and name; a position or name not given is dotted."""
    authority = signer.authority or t("documents.on_behalf_standing", lang)
    return Signature((upper(authority), upper(signer.position or BLANK)), signer.name or BLANK)


def recipients(settings: DocumentSettings, lang: Lang) -> tuple[str, ...]:
    """The recipients as the list writes them ('- Ban Thường vụ Tỉnh ủy,'), ending with the
    office's own copy; two dotted lines when the settings name none."""
    named = list(settings.recipients) or [BLANK, BLANK]
    copy = t("documents.file_copy", lang)
    return (*(f"- {r}," for r in named), f"- {copy}.")


def column_widths(
    numeric: list[bool], titles: list[str] | None = None, longest: list[int] | None = None
) -> list[float]:
    """Widths in mm across the text width: figures narrow (in a table of a few columns as wide
    as their title needs, up to 40 mm); text columns share the rest, in a table of three or
    more by the length of their longest text (``longest``, in characters), so a name gets more
    room than a result."""
    figure = 18.0 if len(numeric) <= 5 else 14.0
    figures = [figure] * len(numeric)
    if titles is not None and len(numeric) <= 4:
        figures = [min(40.0, max(figure, 2.4 * len(title))) for title in titles]
    rest = TEXT_WIDTH_MM - sum(w for w, n in zip(figures, numeric, strict=True) if n)
    weighted = longest is not None and numeric.count(False) >= 3  # not in tables of one kind
    weights = [min(40, max(12, n)) for n in longest or []] if weighted else [1] * len(numeric)
    total = sum(w for w, n in zip(weights, numeric, strict=True) if not n) or 1
    return [f if n else rest * w / total for f, w, n in zip(figures, weights, numeric, strict=True)]


def table_widths(table: Table, lang: Lang) -> list[float]:
    """The widths of a table's columns, from their titles and their longest texts."""
    longest = [
        max([len(column.title), *(len(cell_text(row[i], lang)) for row in table.rows)])
        for i, column in enumerate(table.columns)
    ]
    titles = [c.title for c in table.columns]
    return column_widths([c.numeric for c in table.columns], titles, longest)
