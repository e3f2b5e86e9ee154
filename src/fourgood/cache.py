"""A content-addressed cache of parsed files, so a warm run skips YAML parsing.

An entry is keyed by the file's bytes, the kind of file, the fourgood version, a fingerprint of
the code that reads and validates files, and the Python version (entries are ``marshal`` data).
It holds the plain data the YAML reader produced for a file that validated cleanly; a hit is
validated again by the models, which costs a few percent of parsing.

Entries are never trusted blindly: each carries a checksum of its payload, and an entry that is
truncated, corrupt or fails validation is ignored and rewritten. Writes go to a temporary file
that is renamed into place, so an interrupted run never leaves a half-written entry.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

from fourgood import __version__
from fourgood.output import atomic_write_bytes

_MAGIC = b"FGC1"
_FINGERPRINT_MODULES = (
    "yamlio.py",
    "models/common.py",
    "models/organisation.py",
    "models/programme.py",
    "models/roster.py",
    "models/meetings.py",
    "models/record.py",
    "models/rubric.py",
)


def default_directory() -> Path:
    """The user's cache directory for fourgood (FOURGOOD_CACHE_DIR overrides it)."""
    explicit = os.environ.get("FOURGOOD_CACHE_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "fourgood" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "fourgood"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "fourgood"


def _fingerprint() -> bytes:
    """What the cached data depends on besides the file: the reader and the models' code."""
    digest = hashlib.sha256()
    digest.update(__version__.encode())
    digest.update(sys.version.encode())
    root = Path(__file__).parent
    for name in _FINGERPRINT_MODULES:
        try:
            digest.update((root / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    return digest.digest()


class Cache:
    """Parsed files by content, in a directory of small entries."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_directory()
        self._salt = _fingerprint()
        self.hits = 0
        self.misses = 0

    def _path(self, data: bytes, kind: str) -> Path:
        key = hashlib.sha256(self._salt + kind.encode() + b"\0" + data).hexdigest()
        return self.directory / key[:2] / f"{key}.bin"

    def get(self, data: bytes, kind: str) -> tuple[Any] | None:
        """The cached plain data for a file's bytes, as ``(data,)``, or ``None``."""
        path = self._path(data, kind)
        try:
            blob = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        payload = blob[len(_MAGIC) + 32 :]
        if blob[: len(_MAGIC)] != _MAGIC or hashlib.sha256(payload).digest() != blob[4:36]:
            self.discard(data, kind)
            self.misses += 1
            return None
        try:
            value = marshal.loads(payload)
        except (ValueError, EOFError, TypeError):
            self.discard(data, kind)
            self.misses += 1
            return None
        self.hits += 1
        return (value,)

    def put(self, data: bytes, kind: str, value: Any) -> None:
        """Store the plain data of a file that read and validated cleanly (best effort)."""
        try:
            payload = marshal.dumps(value)
        except ValueError:
            return  # not plain data; nothing to cache
        blob = _MAGIC + hashlib.sha256(payload).digest() + payload
        path = self._path(data, kind)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, blob, durable=False)
        except OSError:
            pass  # a read-only or full cache directory only costs speed

    def discard(self, data: bytes, kind: str) -> None:
        """Remove an entry that could not be used."""
        with contextlib.suppress(OSError):
            self._path(data, kind).unlink()
