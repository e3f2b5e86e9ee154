"""Writing files safely: to a temporary file in the same directory, then renamed into place.

A rename within one file system is atomic, so a reader (or an interrupted run) sees either the
old file whole or the new file whole, never a half-written one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path | str, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` atomically, keeping an existing file's permissions.

    ``durable`` also flushes the data to disk before the rename, so a power cut cannot leave an
    empty file in place of a report; the cache, whose entries carry checksums, skips it.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
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
