"""Opening a workbook to read it back: what kind of file it is (an old .xls, a .csv, an .ods, or
not a workbook at all is refused with what to do), which form it is (its hidden sheet), and
its sheets by name (a renamed or deleted sheet is told as such).

openpyxl reads the workbook: the one maintained pure-Python reader of .xlsx that keeps cell
types, formulas and merged cells apart, which is what telling people what they did needs.
"""

from __future__ import annotations

import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fourgood.errors import Problem
from fourgood.forms.identity import MARK, Identity
from fourgood.forms.layout import FORM_VERSION, META
from fourgood.i18n.lang import LANGS, Lang
from fourgood.i18n.message import msg

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary Office format (.xls)
MAX_BYTES = 20 * 2**20
"""The largest workbook read: a bloc's whole year is well under 1 MB."""
MAX_UNPACKED = 200 * 2**20
"""The most its parts may take unpacked."""


class Refused(Exception):
    """A file that cannot be read as a form, and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message.key)
        self.problem = problem


@dataclass
class Book:
    """An open form: its file as shown, its workbook and what it is for."""

    shown: str
    workbook: Any
    identity: Identity

    @property
    def lang(self) -> Lang:
        """The language the form was written in."""
        return self.identity.lang

    def sheet(self, name: str) -> Any:
        """A sheet by its name (``None`` if there is none)."""
        return self.workbook[name] if name in self.workbook.sheetnames else None

    def other_sheets(self, known: set[str]) -> list[str]:
        """The names of sheets fourgood did not write."""
        return [n for n in self.workbook.sheetnames if n not in known and n != META]


def _kind_of_file(path: Path, shown: str) -> None:
    """Refuse what is not an .xlsx workbook, saying what it is."""

    def refuse(key: str) -> Refused:
        return Refused(Problem(shown, msg(key)))

    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise refuse("file.missing") from None
    except OSError as exc:
        raise Refused(
            Problem(shown, msg("file.os_error", detail=exc.strerror or str(exc)))
        ) from None
    if stat.S_ISDIR(mode):
        raise refuse("file.is_dir")
    if not stat.S_ISREG(mode):  # a FIFO or a device would hang the read, or never end
        raise refuse("edit.not_regular")
    if path.stat().st_size > MAX_BYTES:
        raise Refused(Problem(shown, msg("import.too_big", limit=MAX_BYTES // 2**20)))
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise Refused(Problem(shown, msg("file.os_error", detail=detail))) from None
    suffix = path.suffix.lower()
    if head.startswith(_OLE) or suffix == ".xls":
        raise refuse("import.xls")
    if suffix in (".csv", ".txt", ".tsv"):
        raise refuse("import.csv")
    if suffix == ".ods" or (head.startswith(b"PK") and _is_opendocument(path)):
        raise refuse("import.ods")
    if not head.startswith(b"PK"):
        raise refuse("import.not_workbook")
    if _unpacked_size(path) > MAX_UNPACKED:  # a zip bomb: small on disk, huge once read
        raise Refused(Problem(shown, msg("import.too_big", limit=MAX_UNPACKED // 2**20)))


def _unpacked_size(path: Path) -> int:
    """What the workbook's parts take once unpacked (0 when it is no zip: openpyxl says so)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        return 0


def _is_opendocument(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument")
    except (KeyError, zipfile.BadZipFile, OSError):
        return False


def open_book(path: Path, shown: str) -> Book:
    """Open a form; ``Refused`` when the file is not one fourgood can read."""
    _kind_of_file(path, shown)
    from xml.etree.ElementTree import ParseError

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, ParseError, KeyError, ValueError, TypeError,
            OSError, AttributeError, IndexError):  # fmt: skip
        # openpyxl says a damaged or foreign file is wrong in many ways; all mean the same
        raise Refused(Problem(shown, msg("import.not_workbook"))) from None
    return Book(shown, workbook, _identity(workbook, shown))


def _identity(workbook: Any, shown: str) -> Identity:
    """What the hidden sheet says the form is for."""
    if META not in workbook.sheetnames:
        raise Refused(Problem(shown, msg("import.not_a_form", sheet=META)))
    sheet = workbook[META]
    found = {
        str(row[0]): row[1]
        for row in sheet.iter_rows(min_col=1, max_col=2, values_only=True)
        if row[0] is not None
    }
    if found.get("form") != MARK:
        raise Refused(Problem(shown, msg("import.not_a_form", sheet=META)))
    version = found.get("version")
    if version != FORM_VERSION:
        problem = Problem(shown, msg("import.version", found=version, expected=FORM_VERSION))
        raise Refused(problem)
    lang = found.get("lang")
    year = found.get("year")
    if lang not in LANGS or not isinstance(year, int) or found.get("kind") not in ("cell", "bloc"):
        raise Refused(Problem(shown, msg("import.not_a_form", sheet=META)))
    members = tuple(str(found.get("members") or "").split())
    return Identity(
        str(found["kind"]),
        str(found.get("bloc") or ""),
        year,
        lang,
        str(found.get("cell") or ""),
        members,
    )
