"""Writing files safely: to a temporary file in the same directory, then renamed into place.

A rename within one file system is atomic, so a reader (or an interrupted run) sees either the
old file whole or the new file whole, never a half-written one. Only a regular file (or a path
that does not exist yet) is ever replaced: a character device or a pipe already there
(``/dev/null``, ``/dev/stdout``, a FIFO) is written into, as a shell's ``>`` would; a directory,
a socket or a disk device is refused. A symbolic link to a regular file keeps being a link: the
file it leads to is replaced.

``create_text`` is for the files a command starts (a new year's): it never replaces anything.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Protocol, runtime_checkable

from fourgood.errors import UserError
from fourgood.i18n.message import Msg, msg
from fourgood.i18n.oserror import reason


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, keeping an existing file's permissions.

    The data reaches the disk before the rename, so a power cut cannot leave an empty file in
    place of a report.
    """
    atomic_write_chunks(path, [data])


@runtime_checkable
class WritesItself(Protocol):
    """Output that writes itself into a file it can seek in (a zip goes back to each entry's
    header), and gives its bytes in chunks where it cannot (a pipe, a device)."""

    def write_into(self, handle: IO[bytes]) -> None:
        """Write the output into ``handle``."""

    def __iter__(self) -> Iterator[bytes]: ...


def atomic_write_chunks(path: Path | str, chunks: Iterable[bytes]) -> None:
    """Write ``chunks`` to ``path`` as they come (large outputs never sit whole in memory):
    atomically to a regular file, so that an interrupted run leaves the old file whole, or
    straight into a device or a pipe that is there. Output that ``WritesItself`` is written
    into the regular file's temporary file."""
    target, existing = _destination(Path(path))
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        _write_into(target, chunks)
        return
    directory = target.parent if str(target.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(chunks, WritesItself):
                chunks.write_into(handle)
            else:
                for chunk in chunks:
                    handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        mode = stat.S_IMODE(existing.st_mode) if existing is not None else _new_file_mode()
        with contextlib.suppress(OSError):
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:  # an error, Ctrl-C or SIGTERM (see cli.boundary): nothing left behind
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _destination(path: Path) -> tuple[Path, os.stat_result | None]:
    """Where to write for ``path`` and what is there now (None: nothing, or a dangling link,
    which the new file replaces); what must not be written over is a user error."""
    try:
        existing = os.stat(path)  # through links: what a write would reach
    except FileNotFoundError:
        return path, None
    except NotADirectoryError:
        raise UserError(msg("file.write_error", detail=msg("os.not_dir")), str(path)) from None
    mode = existing.st_mode
    if stat.S_ISREG(mode):
        # Renaming onto a link would replace the link; replace the file it leads to instead.
        return (Path(os.path.realpath(path)) if path.is_symlink() else path), existing
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return path, existing
    if stat.S_ISDIR(mode):
        raise UserError(msg("file.write_error", detail=msg("os.is_dir")), str(path))
    raise UserError(msg("file.output_not_regular"), str(path))  # a socket, a disk


def _write_into(path: Path, chunks: Iterable[bytes]) -> None:
    """Write into a device or a pipe that is there, never creating or replacing it."""
    fd = os.open(path, os.O_WRONLY | os.O_NOCTTY)
    with os.fdopen(fd, "wb") as handle:
        for chunk in chunks:
            handle.write(chunk)


def _new_file_mode() -> int:
    """The mode a new file gets (0o666 less the umask), as if ``open`` had created it: the
    temporary file's 0o600 is not what the user asked for."""
    return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask (which can only be read by setting it, so it is set back)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def atomic_write_text(path: Path | str, text: str) -> None:
    """Write text as UTF-8 atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))


_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.ENOSYS}


def create_text(path: Path | str, text: str) -> bool:
    """Write ``text`` as a new file at ``path``, never over anything already there (a file, a
    link, even a dangling one, a device): False, and nothing written, if something is. The file
    appears whole: written beside it, then linked into place, which fails rather than replace;
    on a file system without hard links it is created exclusively and written."""
    target = Path(path)
    if os.path.lexists(target):
        return False
    directory = target.parent if str(target.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temporary, _new_file_mode())
        try:
            os.link(temporary, target, follow_symlinks=False)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno not in _NO_HARD_LINKS:
                raise
            return _create_exclusively(target, text)
        return True
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _create_exclusively(target: Path, text: str) -> bool:
    """Create ``target`` only if nothing is there (no link followed) and write ``text``."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags, 0o666)
    except FileExistsError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(target)
        raise
    return True


class WriteError(Exception):
    """A file of several that could not be written (none of them was), and why."""

    def __init__(self, path: Path, message: Msg) -> None:
        super().__init__(str(path))
        self.path = path
        self.message = message


def atomic_write_many(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write several files, all or (as far as the file system allows) none: each goes to a
    temporary file beside it, and only when every one is on disk are they renamed into place,
    so a full disk leaves two rosters of a transfer both as they were. ``WriteError`` names
    the file that failed."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            try:
                target, existing = _destination(path)
                if existing is not None and not stat.S_ISREG(existing.st_mode):
                    raise UserError(msg("file.output_not_regular"), str(path))  # a data file
                staged.append((_stage(target, data, existing), target))
            except UserError as refused:
                raise WriteError(path, refused.message) from None
            except OSError as exc:
                raise WriteError(path, msg("file.write_error", detail=reason(exc))) from exc
        for temporary, target in staged:
            os.replace(temporary, target)
        staged.clear()
    finally:  # an error, Ctrl-C or SIGTERM: no temporary file left behind
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _stage(target: Path, data: bytes, existing: os.stat_result | None) -> str:
    """The bytes in a temporary file beside ``target`` (with the permissions of the file
    there, or a new file's), on disk."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, stat.S_IMODE(existing.st_mode) if existing else _new_file_mode())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return temporary
