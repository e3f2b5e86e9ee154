"""A workbook cell's value read as what its column holds, the way people fill cells in: a date
cell or a date typed as text (day first: ``01/03/2025`` is the first of March), a whole number
typed with a decimal comma (``90,0``), a word of a drop-down list in either language.

A formula is refused (its result is not in the file unless a spreadsheet computed it, and
fourgood does not compute), and so are error values (``#REF!``) and control characters. Text
that starts with ``=``, ``+``, ``-`` or ``@`` in a text cell is text: stored as it is, never
evaluated.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from fourgood.i18n.lang import Lang
from fourgood.i18n.message import Msg, msg
from fourgood.i18n.words import labels, read, read_day

_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
"""How .xlsx files write a character XML cannot hold (``_x001B_``); openpyxl leaves it so."""
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_WHOLE = re.compile(r"^\d+(?:[.,]0+)?$")
_DECIMAL = re.compile(r"^\d+[.,]\d+$")
_LABELLED = re.compile(r"\(([^()\s]+)\)\s*$")


class CellError(ValueError):
    """A cell that does not hold what its column wants, and why."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.key)
        self.message = message


def raw_text(value: Any) -> str:
    """A cell's value as text, for messages."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value)


def read_cell(kind: str, value: Any, data_type: str, lang: Lang) -> Any:
    """The value of a cell for a column of this kind (``None`` for an empty cell); a drop-down
    word that is not on its list is told with the list in the form's language."""
    if data_type == "f":  # text typed as '=1+1 (a string cell) is text, kept as it is
        raise CellError(msg("import.formula", formula=raw_text(value)[:60]))
    if data_type == "e":
        raise CellError(msg("import.error_value", value=raw_text(value)))
    if isinstance(value, str):
        value = _ESCAPED.sub(lambda m: chr(int(m[1], 16)), value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str) and _CONTROL.search(value):
        raise CellError(msg("import.control"))
    reader = _READERS.get(kind)
    if reader is not None:
        return reader(value)
    return _choice(kind.removeprefix("choice:"), value, lang)


def _text(value: Any) -> str:
    if isinstance(value, (datetime, date)):
        return raw_text(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise CellError(msg("import.number_not_date", value=raw_text(value)))
    found = read_day(str(value))
    if found is None:
        raise CellError(msg("import.not_a_date", value=raw_text(value)))
    return found


def _whole(value: Any) -> int:
    if isinstance(value, bool):
        raise CellError(msg("import.not_whole", value=raw_text(value)))
    if isinstance(value, int) and value >= 0:
        return value
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return int(value)
    text = str(value).strip().replace(" ", "")
    if _WHOLE.match(text):
        return int(re.split(r"[.,]", text)[0])
    if _DECIMAL.match(text) or isinstance(value, float):
        raise CellError(msg("import.decimal", value=raw_text(value)))
    raise CellError(msg("import.not_whole", value=raw_text(value)))


def _held(value: Any) -> date | bool:
    if isinstance(value, str) and read("held", value) == "false":
        return False
    try:
        return _day(value)
    except CellError:
        raise CellError(msg("import.not_held", value=raw_text(value))) from None


def _choice(vocab: str, value: Any, lang: Lang) -> str:
    if isinstance(value, bool) and vocab == "bool":
        return "true" if value else "false"
    found = read(vocab, _text(value))
    if found is None:
        options = ", ".join(labels(vocab, lang))
        raise CellError(msg("import.not_in_list", value=raw_text(value), options=options))
    return found


def member_id(value: Any) -> str:
    """A member as a form names them: ``Name (ID)`` from the drop-down, or the id alone."""
    text = _text(value)
    found = _LABELLED.search(text)
    return found[1] if found else text


_READERS = {
    "raw": lambda value: value,  # read again as what its row holds (the record's values)
    "text": _text,
    "member": member_id,
    "cell": _text,
    "date": _day,
    "whole": _whole,
    "held": _held,
}
