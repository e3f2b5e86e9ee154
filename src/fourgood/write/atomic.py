"""Writing files safely: to a temporary file in the same directory, then renamed into place.

A rename within one file system is atomic, so a reader (or an interrupted run) sees either the
old file whole or the new file whole, never a half-written one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, keeping an existing file's permissions.

    The data reaches the disk before the rename, so a power cut cannot leave an empty file in
    place of a report.
    """
    atomic_write_chunks(path, [data])


def atomic_write_chunks(path: Path | str, chunks: Iterable[bytes]) -> None:
    """Write ``chunks`` to ``path`` atomically, as they come (large outputs never sit whole
    in memory); an interrupted run leaves the old file whole."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temporary, os.stat(target).st_mode & 0o7777 if target.exists() else 0o644)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def atomic_write_text(path: Path | str, text: str) -> None:
    """Write text as UTF-8 atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))
