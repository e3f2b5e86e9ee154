"""CSV for spreadsheets: every field from data written so that it stays data.

A spreadsheet opens a field that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return) as a formula: a cell named ``=HYPERLINK("http://x","click")`` would become a live link.
Such text fields get a leading ``'``, as OWASP recommends; numbers are written as numbers, so a
real negative number is untouched. Text is also shown, never acting (see ``visible``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from fourgood.i18n.visible import visible

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def field(value: object) -> object:
    """A value as a CSV field: booleans as true/false, text made inert, numbers as they are."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        text = visible(value)
        return "'" + text if value.startswith(_FORMULA_START) else text
    return value


def rows_text(rows: Iterable[Iterable[object]], batch: int = 1000) -> Iterator[str]:
    """CSV text of the rows (``\\n`` line ends), in chunks of ``batch`` rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for i, row in enumerate(rows):
        writer.writerow([field(v) for v in row])
        if i % batch == batch - 1:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()
