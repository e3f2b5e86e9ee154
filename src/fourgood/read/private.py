"""A directory and a file only their owner can read or change: where the cache lives.

The cache holds what was computed from personal data (names, discipline), and what it holds is
read back as results: a cache another user could write would let them change a bloc's scores,
one they could read would show them its members. So the directory is made ``0700`` and the
database ``0600``; one that belongs to someone else, or a database that is a link, is refused and
fourgood runs without a cache. Windows keeps the user's cache directory private itself.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

_OTHERS = stat.S_IRWXG | stat.S_IRWXO


def private_directory(path: Path) -> str | None:
    """Create ``path`` (mode 0700) or make an existing one private; the reason it cannot be
    (a catalogue key), or ``None`` when it is ours alone."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return _make_private(path, directory=True)


def private_file(path: Path) -> str | None:
    """Create ``path`` empty (mode 0600) unless it exists, and make it private; the reason it
    cannot be, or ``None``."""
    try:
        # O_EXCL and O_NOFOLLOW: never open through a link someone put in our place.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        os.close(os.open(path, flags, 0o600))
    except FileExistsError:
        pass
    return _make_private(path, directory=False)


def _make_private(path: Path, *, directory: bool) -> str | None:
    if sys.platform == "win32":
        return None
    # The directory may be reached through a link (a home on another disk); the file may not.
    info = os.stat(path) if directory else os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        return "cache.is_link"
    if directory != stat.S_ISDIR(info.st_mode) or not (directory or stat.S_ISREG(info.st_mode)):
        return "cache.wrong_kind"
    if info.st_uid != os.getuid():
        return "cache.not_owner"
    if info.st_mode & _OTHERS:
        # Ours, but made by an older fourgood or under a loose umask: close it.
        os.chmod(path, 0o700 if directory else 0o600)
    return None
