"""Writing files safely: to a temporary file in the same directory, then renamed into place.

A rename within one file system is atomic, so a reader (or an interrupted run) sees either the
old file whole or the new file whole, never a half-written one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Sequence
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


class WriteError(Exception):
    """A file of several that could not be written (none of them was)."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(str(path))
        self.path = path
        self.error = error


def atomic_write_many(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write several files, all or (as far as the file system allows) none: each goes to a
    temporary file beside it, and only when every one is on disk are they renamed into place,
    so a full disk leaves two rosters of a transfer both as they were. ``WriteError`` names
    the file that failed."""
    staged: list[tuple[str, Path]] = []
    try:
        for target, data in files:
            try:
                staged.append((_stage(target, data), target))
            except OSError as exc:
                raise WriteError(target, exc) from exc
        for temporary, target in staged:
            os.replace(temporary, target)
        staged.clear()
    finally:  # an error, Ctrl-C or SIGTERM: no temporary file left behind
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _stage(target: Path, data: bytes) -> str:
    """The bytes in a temporary file beside ``target`` (with its permissions), on disk."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        mode = os.stat(target).st_mode & 0o7777 if target.exists() else 0o644
        os.chmod(temporary, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return temporary
