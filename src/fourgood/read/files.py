"""Reading a data file's bytes, or saying why they cannot be read.

Only regular files inside the data set are read, and never more than the size limit: a FIFO
in place of a data file would hang the read, a link to ``/dev/zero`` would never end, a 1 GB
file would be read whole before being refused, and a link out of the data set (to
``/etc/passwd``, to someone's token file) would have its content quoted in a message. The file
is opened without blocking, its kind and size are checked on the open descriptor (so it cannot
be swapped between the check and the read), and at most the limit plus one byte is read.
"""

from __future__ import annotations

import errno
import os
import stat

from fourgood.errors import Problem
from fourgood.i18n.message import Msg, msg
from fourgood.i18n.oserror import reason
from fourgood.read.rules import MAX_FILE_BYTES

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_FLAGS |= getattr(os, "O_BINARY", 0)
_NOFOLLOW: int = getattr(os, "O_NOFOLLOW", 0)


DIRS_KEPT = 4096
"""How many directories' real paths a ``Within`` keeps before it starts again."""


class Within:
    """The directory a data set's files must lie inside, links followed.

    The real path of each directory met is kept (up to ``DIRS_KEPT`` of them, then it starts
    again): resolving every component of every file's path again, and the root's each time,
    was a tenth of a warm report. Cells are read one directory after another, so a bound
    costs a few looks at the root's components each time it is reached, and keeps a
    national bloc's 90,000 cell directories (about 18 MB) from being held to the end. A
    file's own name is still looked at each time (by opening it without following a link,
    see ``direct``), so a file replaced by a link out of the data set is seen.
    """

    def __init__(self, root: str) -> None:
        self._root = root
        self._base: str | None = None
        self._dirs: dict[str, str] = {}

    def holds(self, path: str) -> bool:
        """Whether ``path``, links followed, lies inside the root."""
        return self._inside(self._real(path))

    def _inside(self, real: str) -> bool:
        if self._base is None:
            self._base = os.path.realpath(self._root)
        base = self._base
        return real == base or real.startswith(base.rstrip(os.sep) + os.sep)

    def _real(self, path: str) -> str:
        """``os.path.realpath(path)``, with the real path of its directory remembered."""
        head, tail = os.path.split(path)
        if tail in ("", os.curdir, os.pardir):
            return os.path.realpath(path)
        real = os.path.join(self._directory(head), tail)
        return os.path.realpath(real) if os.path.islink(real) else real

    def direct(self, path: str) -> str | None:
        """Where to open ``path`` without following a link in its own name: in its directory's
        real path, when that is inside (``None``: not so, or no way to refuse a link here)."""
        head, tail = os.path.split(path)
        if not _NOFOLLOW or os.name == "nt" or tail in ("", os.curdir, os.pardir):
            return None
        real_head = self._directory(head)
        return os.path.join(real_head, tail) if self._inside(real_head) else None

    def _directory(self, path: str) -> str:
        """The real path of a directory: its parent's real path and its name, the link it is
        followed if it is one. Each cell's directory then costs one look at its name instead
        of one at every component of its path (240,000 at ×100)."""
        if len(self._dirs) >= DIRS_KEPT:
            self._dirs.clear()
        below: list[tuple[str, str]] = []  # the directories to resolve, deepest first
        while path not in self._dirs:
            # Windows: a junction is not a link to islink; only realpath sees through it.
            if os.name == "nt" or not _composable(path):
                self._dirs[path] = os.path.realpath(path)
                break
            head, tail = os.path.split(path)
            below.append((path, tail))
            path = head
        real = self._dirs[path]
        for directory, name in reversed(below):
            joined = os.path.join(real, name)
            real = self._dirs[directory] = (
                os.path.realpath(joined) if os.path.islink(joined) else joined
            )
        return real


def _composable(path: str) -> bool:
    """Whether a path's real path is its parent's and its last name resolved: it has both, and
    the name is not ``.`` or ``..`` (``a/..`` needs ``a`` resolved first)."""
    head, tail = os.path.split(path)
    return bool(head) and head != path and tail not in ("", os.curdir, os.pardir)


def inside(path: str, root: str) -> bool:
    """Whether ``path``, links followed, lies inside the directory ``root``."""
    return Within(root).holds(path)


def read_bytes(path: str, shown: str, *, within: Within | str | None = None) -> bytes | Problem:
    """The bytes of a regular file (inside ``within`` when given), or a problem saying why
    they cannot be read."""
    if isinstance(within, str):
        within = Within(within)
    try:
        fd = _open(path, within)
    except OSError as exc:
        return Problem(shown, _refusal(exc))
    if fd is None:
        return Problem(shown, msg("file.outside"))
    try:
        return _read_regular(fd, shown)
    except OSError as exc:
        return Problem(shown, _refusal(exc))
    finally:
        os.close(fd)


def _open(path: str, within: Within | None) -> int | None:
    """The file opened for reading, or ``None`` when it lies outside ``within``.

    A file in a directory known to be inside is opened there without following a link in its
    own name; only a name that is a link is looked at further, to see where it leads. Looking
    at every name first was a tenth of a warm report's reading at ×100.
    """
    if within is None:
        return os.open(path, _FLAGS)
    direct = within.direct(path)
    if direct is not None:
        try:
            return os.open(direct, _FLAGS | _NOFOLLOW)
        except OSError as exc:
            if exc.errno not in (errno.ELOOP, errno.EMLINK):  # EMLINK: the BSDs' "a link"
                raise
    if not within.holds(path):
        return None
    return os.open(path, _FLAGS)


def _read_regular(fd: int, shown: str) -> bytes | Problem:
    info = os.fstat(fd)
    if stat.S_ISDIR(info.st_mode):
        return Problem(shown, msg("file.is_dir"))
    if not stat.S_ISREG(info.st_mode):
        return Problem(shown, msg("file.not_regular"))
    if info.st_size > MAX_FILE_BYTES:
        return Problem(shown, too_large(info.st_size))
    chunks: list[bytes] = []
    left = MAX_FILE_BYTES + 1  # one byte more tells a file that grew past the limit
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    data = b"".join(chunks)
    if len(data) > MAX_FILE_BYTES:
        return Problem(shown, too_large(len(data)))
    return data


def too_large(size: int) -> Msg:
    """The message for a file above the size limit."""
    return msg(
        "yaml.too_large", size=f"{size / 1024 / 1024:.1f}", limit=MAX_FILE_BYTES // 1024 // 1024
    )


def _refusal(exc: OSError) -> Msg:
    if isinstance(exc, IsADirectoryError):
        return msg("file.is_dir")
    if isinstance(exc, FileNotFoundError):
        return msg("file.missing")
    if isinstance(exc, PermissionError):
        return msg("file.permission")
    if exc.errno == errno.ELOOP:
        return msg("file.symlink_loop")
    return msg("file.os_error", detail=reason(exc))
