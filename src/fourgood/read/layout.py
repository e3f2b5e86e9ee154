"""Where each kind of file lives in a data set, and finding them on disk.

    organisation.yaml                  the bloc and its tree of units
    programme/<year>.yaml              the cells taking part in the model that year
    cells/<cell>/roster.yaml           the cell's members
    cells/<cell>/meetings-<year>.yaml  the cell's meetings in a year
    cells/<cell>/record-<year>.yaml    the cell's annual record
    rubrics/<name>.yaml                rubrics of this bloc (add to or replace the shipped ones)

The cell is named by its directory and the year by the file name, so no file repeats them.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
from dataclasses import dataclass, field

from fourgood.errors import Problem, Severity, UserError
from fourgood.i18n.message import msg
from fourgood.i18n.oserror import reason
from fourgood.read.scalars import nfc
from fourgood.vocabulary import FIRST_YEAR, LAST_YEAR

ORGANISATION = "organisation.yaml"
_YEAR_FILE = re.compile(r"^(meetings|record)-(\d{4})\.yaml$")
_PROGRAMME = re.compile(r"^(\d{4})\.yaml$")
_KNOWN_CELL_FILES = ("roster.yaml", "meetings-YYYY.yaml", "record-YYYY.yaml")


@dataclass(slots=True)  # one for every cell, for the whole run: no __dict__
class CellFiles:
    """The files of one cell directory (relative paths)."""

    roster: str | None = None
    meetings: dict[int, str] = field(default_factory=dict)
    records: dict[int, str] = field(default_factory=dict)


@dataclass
class Layout:
    """The files found in a data set, by kind, with problems about the layout itself."""

    root: str
    organisation: str | None = None
    programmes: dict[int, str] = field(default_factory=dict)
    cells: dict[str, CellFiles] = field(default_factory=dict)
    rubrics: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def shown(self, relative: str) -> str:
        """A path as the user sees it: under the data-set directory they gave."""
        if self.root in ("", "."):
            return relative
        return os.path.join(self.root, relative)

    def absolute(self, relative: str) -> str:
        """The path to open."""
        return os.path.join(self.root, relative)

    def place(self, relative: str) -> tuple[str, str]:
        """A file's path as shown and the path to open, as one string where they are the
        same: a data set keeps both for every file it reads (for locating problems)."""
        path = self.absolute(relative)
        return (relative if self.root in ("", ".") else path), path


def _entries(path: str) -> list[os.DirEntry[str]]:
    with os.scandir(path) as it:
        # Hidden entries (.git, editor swap files) are not data.
        return sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _yaml_like(name: str) -> bool:
    return name.endswith((".yaml", ".yml"))


def discover(root: str) -> Layout:
    """Find the files of the data set at ``root``; raise ``UserError`` when it is not one."""
    shown_root = os.path.normpath(root) if root not in ("", ".") else "."
    try:
        mode = os.stat(root or ".").st_mode
    except FileNotFoundError:
        raise UserError(msg("data.no_such_dir"), shown_root) from None
    except OSError as exc:
        raise UserError(msg("file.os_error", detail=reason(exc)), shown_root) from None
    if not stat.S_ISDIR(mode):
        raise UserError(msg("data.not_a_dir"), shown_root)
    layout = Layout(shown_root)
    try:
        top = _entries(root or ".")
    except OSError as exc:
        raise UserError(msg("file.os_error", detail=reason(exc)), shown_root) from None
    names = [e.name for e in top]
    if ORGANISATION not in names:
        close = difflib.get_close_matches(ORGANISATION, names, n=1, cutoff=0.75)
        hint = msg("data.did_you_mean", name=close[0]) if close else msg("empty")
        raise UserError(msg("data.no_organisation", hint=hint), shown_root)
    layout.organisation = ORGANISATION
    for entry in top:
        name = entry.name
        if name == ORGANISATION:
            continue
        if name == "programme" and _is_dir(entry):
            _programmes(layout, entry.path)
        elif name == "cells" and _is_dir(entry):
            _cells(layout, entry.path)
        elif name == "rubrics" and _is_dir(entry):
            _rubrics(layout, entry.path)
        elif _yaml_like(name):
            _unread(layout, name, ORGANISATION)
    return layout


def _unread(layout: Layout, relative: str, expected: str) -> None:
    layout.problems.append(
        Problem(
            layout.shown(relative),
            msg("data.unknown_file", expected=expected),
            Severity.WARNING,
        )
    )


def _listing(layout: Layout, path: str, relative: str) -> list[os.DirEntry[str]] | None:
    """A directory's entries, or None for one that cannot be read: that is a problem of its own
    (its files are then not checked), never a traceback."""
    try:
        return _entries(path)
    except OSError as exc:
        message = msg("file.dir_unreadable", detail=reason(exc))
        layout.problems.append(Problem(layout.shown(relative), message))
        return None


def _plausible(year: int) -> bool:
    """A year fourgood can work with (a file named 0000.yaml is not a year's)."""
    return FIRST_YEAR <= year <= LAST_YEAR


def _rubrics(layout: Layout, path: str) -> None:
    for sub in _listing(layout, path, "rubrics") or []:
        if _yaml_like(sub.name):
            if sub.name.endswith(".yml"):
                _unread(layout, f"rubrics/{sub.name}", "rubrics/<name>.yaml")
            else:
                layout.rubrics.append(f"rubrics/{sub.name}")


def _programmes(layout: Layout, path: str) -> None:
    for entry in _listing(layout, path, "programme") or []:
        match = _PROGRAMME.match(entry.name)
        relative = f"programme/{entry.name}"
        if match and _plausible(int(match[1])):
            layout.programmes[int(match[1])] = relative
        elif _yaml_like(entry.name) or _is_dir(entry):
            _unread(layout, relative, "programme/YYYY.yaml")


def _cells(layout: Layout, path: str) -> None:
    for entry in _listing(layout, path, "cells") or []:
        relative_dir = f"cells/{entry.name}"
        if not _is_dir(entry):
            if _yaml_like(entry.name):
                _unread(layout, relative_dir, "cells/<cell>/roster.yaml")
            continue
        inside = _listing(layout, entry.path, relative_dir)
        if inside is None:
            # Not listed as a cell: "no roster" would be a second, false problem.
            continue
        files = CellFiles()
        for sub in inside:
            relative = f"{relative_dir}/{sub.name}"
            if sub.name == "roster.yaml":
                files.roster = relative
                continue
            match = _YEAR_FILE.match(sub.name)
            if match and _plausible(int(match[2])):
                target = files.meetings if match[1] == "meetings" else files.records
                target[int(match[2])] = relative
            elif _yaml_like(sub.name):
                close = difflib.get_close_matches(sub.name, _KNOWN_CELL_FILES, n=1, cutoff=0.6)
                _unread(layout, relative, close[0] if close else ", ".join(_KNOWN_CELL_FILES))
        # A directory name is a cell id: compared in NFC, as the YAML text is (macOS keeps file
        # names in NFD, so "văn-phòng" on disk may not be the same code points as in the YAML).
        layout.cells[nfc(entry.name)] = files


def add_file(layout: Layout, relative: str) -> None:
    """Count a file that is not on disk yet (a change about to write it) as part of the layout,
    where ``discover`` would have put it."""
    parts = relative.split("/")
    if relative == ORGANISATION:
        layout.organisation = relative
    elif len(parts) == 2 and parts[0] == "programme" and (match := _PROGRAMME.match(parts[1])):
        layout.programmes[int(match[1])] = relative
    elif len(parts) == 3 and parts[0] == "cells":
        files = layout.cells.setdefault(nfc(parts[1]), CellFiles())
        if parts[2] == "roster.yaml":
            files.roster = relative
        elif match := _YEAR_FILE.match(parts[2]):
            target = files.meetings if match[1] == "meetings" else files.records
            target[int(match[2])] = relative
    elif len(parts) == 2 and parts[0] == "rubrics" and relative not in layout.rubrics:
        layout.rubrics.append(relative)
