"""A content-addressed cache: parsed files, and results computed from files, by their bytes.

Two kinds of entries, both keyed by a digest of exactly what they depend on:

* a parsed file: the plain data the YAML reader produced for a file that validated cleanly,
  keyed by the file's bytes, its kind and fourgood's code (models and reader included); a hit
  is validated again by the models, which costs a few percent of parsing;
* a computed result (a cell's summaries for the years asked for), keyed by the bytes of every
  file it was computed from plus the code; a hit skips reading, validating and scoring the cell.

The entries live in one SQLite database in the user's cache directory. SQLite writes a run's new
entries in one transaction, so an interrupted run leaves the cache as it was; creating hundreds
of small files instead cost up to a second per cold run on these machines. Entries are never
trusted blindly: each carries a checksum of its payload, and an entry that fails it (or fails
to load, or fails validation) is ignored and replaced; a database that SQLite cannot read is
deleted and rebuilt. Entries unused for ``MAX_AGE_DAYS`` are dropped, and past ``max_bytes``
(``FOURGOOD_CACHE_MAX_MB``) the least recently used ones go first.

A forked worker process (``read.parallel``) reads through a cache of its own (``for_worker``):
a SQLite connection must not cross a fork; its new entries go back to the parent process,
which alone writes.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import marshal
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fourgood import __version__
from fourgood.read.codec import Codec, CodecError
from fourgood.read.private import private_directory, private_file

if TYPE_CHECKING:
    import sqlite3

MAX_AGE_DAYS = 60
MAX_MEGABYTES = 2048
"""The default bound of the database's size: a bloc's data needs a few MB, a ×300 test set
about 1.2 GB."""
_TOUCH_AFTER = 86400.0  # seconds: an entry's "used" time is rewritten at most once a day
_LOCK_WAIT = 1.0  # seconds: a write of another fourgood takes less; past it, run without
_BATCH_BYTES = 16 * 1024 * 1024
_KEYS_ASKED = 500  # keys in one query: within SQLite's oldest limit of 999 parameters
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS entries"
    " (key BLOB PRIMARY KEY, value BLOB NOT NULL, used REAL NOT NULL)"
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


@functools.cache
def code_fingerprint() -> bytes:
    """A digest of all of fourgood's code and Python's version: other code never matches."""
    digest = hashlib.sha256(__version__.encode() + sys.version.encode())
    root = Path(__file__).parents[1]  # the whole fourgood package
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.digest()


class Cache:
    """Parsed files and computed results, in one SQLite database.

    Lookups go straight to the database; new entries are kept in memory and written in one
    transaction by ``flush`` (called at exit).
    """

    def __init__(self, directory: Path | None = None, *, worker: bool = False) -> None:
        self.directory = directory or default_directory()
        self.path = self.directory / "cache.sqlite3"
        self.max_bytes = _max_bytes()
        self._salt = code_fingerprint()
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self.refused: str | None = None  # why the cache is not used: it is not private
        self._pending: dict[bytes, bytes] = {}
        self._pending_bytes = 0
        self._used: list[bytes] = []
        self._worker = worker
        if not worker:
            atexit.register(self.flush)

    def for_worker(self) -> Cache:
        """The cache as a forked worker process reads it: its own connection, opened there,
        and new entries kept for ``take`` (the parent writes them)."""
        return Cache(self.directory, worker=True)

    def take(self) -> tuple[dict[bytes, bytes], list[bytes]]:
        """A worker's new entries and the keys it used since the last call (see ``absorb``)."""
        taken = (self._pending, self._used)
        self._pending, self._pending_bytes, self._used = {}, 0, []
        return taken

    def absorb(self, pending: dict[bytes, bytes], used: list[bytes]) -> None:
        """Entries a worker took, to be written with this process's own."""
        self._used.extend(used)
        for key, blob in pending.items():
            self._keep(key, blob)

    # --- the database ----------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        try:
            import sqlite3
        except ImportError:  # a Python built without SQLite: run without a cache
            self._broken = True
            return None
        for attempt in range(2):
            try:
                self.refused = private_directory(self.directory) or private_file(self.path)
            except OSError:
                self.refused = None  # no cache directory to be had: run without a cache
            if self.refused is not None or not self.path.is_file():
                break
            try:
                self._db = _connect(self.path)
                return self._db
            except sqlite3.DatabaseError as exc:
                if attempt or not _corrupt(exc):
                    break  # locked by another fourgood, or busy: run without it, touch nothing
                # Not a database any more (truncated, overwritten): start a new one.
                with contextlib.suppress(OSError):
                    self.path.unlink()
        self._broken = True
        return None

    def _read(self, key: bytes) -> bytes | None:
        db = self._open()
        if db is None:
            return None
        import sqlite3

        try:
            row = db.execute("SELECT value, used FROM entries WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError:
            return None
        if row is None:
            return None
        blob: bytes = row[0]
        payload = blob[32:]
        if hashlib.sha256(payload).digest() != blob[:32]:
            self._pending[key] = b""  # corrupt: drop it (replaced if recomputed this run)
            return None
        if not isinstance(row[1], float) or time.time() - row[1] > _TOUCH_AFTER:
            # Rewriting every entry's time on every run cost a warm run 15%; the age and
            # the size bound need only the day.
            self._used.append(key)
        return payload

    def _write(self, key: bytes, payload: bytes) -> None:
        self._keep(key, hashlib.sha256(payload).digest() + payload)

    def _keep(self, key: bytes, blob: bytes) -> None:
        """An entry (checksum and payload) to write with the next batch."""
        self._pending[key] = blob
        self._pending_bytes += len(blob)
        if self._pending_bytes > _BATCH_BYTES and not self._worker:
            # A large cold run writes as it goes, so memory does not grow with the data set;
            # each batch is its own transaction, complete or absent.
            self.flush()

    def flush(self) -> None:
        """Write this run's new entries, mark the ones used, and drop old ones."""
        if self._worker or (not self._pending and not self._used):
            return
        db = self._open()
        if db is None:
            return
        import sqlite3

        now = time.time()
        try:
            db.execute("BEGIN IMMEDIATE")
            db.executemany(
                "DELETE FROM entries WHERE key = ?",
                [(k,) for k, v in self._pending.items() if not v],
            )
            db.executemany(
                "INSERT OR REPLACE INTO entries (key, value, used) VALUES (?, ?, ?)",
                [(k, v, now) for k, v in sorted(self._pending.items()) if v],
            )
            db.executemany(
                "UPDATE entries SET used = ? WHERE key = ?", [(now, k) for k in self._used]
            )
            db.execute("DELETE FROM entries WHERE used < ?", (now - MAX_AGE_DAYS * 86400,))
            trimmed = _bound(db, self.max_bytes)
            db.execute("COMMIT")
            if trimmed:
                db.execute("PRAGMA incremental_vacuum")  # give the space back (new databases)
        except sqlite3.DatabaseError:
            with contextlib.suppress(sqlite3.DatabaseError):
                db.execute("ROLLBACK")
        self._pending.clear()
        self._pending_bytes = 0
        self._used.clear()

    def close(self) -> None:
        """Flush and close the database."""
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None

    # --- entries ---------------------------------------------------------------------------

    def _key(self, kind: str, data: bytes) -> bytes:
        return hashlib.sha256(self._salt + kind.encode() + b"\0" + data).digest()

    def get(self, data: bytes, kind: str) -> tuple[Any] | None:
        """The cached plain data of a file's bytes, as ``(data,)``, or ``None``."""
        key = self._key(kind, data)
        payload = self._read(key)
        if payload is None:
            return None
        try:
            value = marshal.loads(payload)
        except (ValueError, EOFError, TypeError):
            self._pending[key] = b""
            return None
        return (value,)

    def put(self, data: bytes, kind: str, value: Any) -> None:
        """Keep the plain data of a file that read and validated cleanly."""
        try:
            payload = marshal.dumps(value)
        except ValueError:
            return  # not plain data; nothing to cache
        self._write(self._key(kind, data), payload)

    def discard(self, data: bytes, kind: str) -> None:
        """Drop an entry that could not be used."""
        self._pending[self._key(kind, data)] = b""

    def has_results(self, keys: list[bytes]) -> set[bytes]:
        """Which of ``keys`` have a computed result stored (not whether it is sound: see
        ``get_result``), asked in a few queries rather than one for each."""
        db = self._open()
        if db is None or not keys:
            return set()
        import sqlite3

        full = {self._key("result", key): key for key in keys}
        wanted = list(full)
        found: set[bytes] = set()
        try:
            for start in range(0, len(wanted), _KEYS_ASKED):
                batch = wanted[start : start + _KEYS_ASKED]
                query = f"SELECT key FROM entries WHERE key IN ({','.join('?' * len(batch))})"
                found.update(full[row[0]] for row in db.execute(query, batch))
        except sqlite3.DatabaseError:
            return set()
        return found

    def get_result(self, key: bytes, codec: Codec, hint: object) -> tuple[Any] | None:
        """A cached computed result of type ``hint`` (see ``put_result``), as ``(value,)``, or
        ``None``; an entry of another shape is a miss, and is dropped."""
        full = self._key("result", key)
        payload = self._read(full)
        if payload is None:
            return None
        try:
            return (codec.loads(payload, hint),)
        except CodecError:
            self._pending[full] = b""
            return None

    def put_result(self, key: bytes, value: object, codec: Codec) -> None:
        """Keep a value computed from files, as the plain data ``codec`` makes of it; ``key``
        must digest every input it depends on besides the code (which the cache adds)."""
        self._write(self._key("result", key), codec.dumps(value))


def _max_bytes() -> int:
    """The size bound: ``FOURGOOD_CACHE_MAX_MB`` if it is a whole number of MB, else the
    default."""
    given = os.environ.get("FOURGOOD_CACHE_MAX_MB", "")
    megabytes = int(given) if given.isdigit() and int(given) > 0 else MAX_MEGABYTES
    return megabytes * 1024 * 1024


def _bound(db: sqlite3.Connection, max_bytes: int) -> bool:
    """Past the bound, drop the least recently used entries until three quarters of it is
    used (so that the next runs do not trim again at once); whether any went."""
    pages = (
        db.execute("PRAGMA page_count").fetchone()[0]
        - db.execute("PRAGMA freelist_count").fetchone()[0]
    )
    if pages * db.execute("PRAGMA page_size").fetchone()[0] <= max_bytes:
        return False  # the usual case, known without reading the entries
    keep, total, kept = max_bytes * 3 // 4, 0, 0
    for (size,) in db.execute("SELECT length(value) FROM entries ORDER BY used DESC, key DESC"):
        total += size + 64  # a row's key and bookkeeping
        if total > keep:
            break
        kept += 1
    count: int = db.execute("SELECT count(*) FROM entries").fetchone()[0]
    db.execute(
        "DELETE FROM entries WHERE key IN"
        " (SELECT key FROM entries ORDER BY used ASC, key ASC LIMIT ?)",
        (count - kept,),
    )
    return count > kept


def _connect(path: Path) -> sqlite3.Connection:
    """The database, its table made; waits briefly for another fourgood's write."""
    import sqlite3

    db = sqlite3.connect(path, timeout=_LOCK_WAIT, isolation_level=None)
    try:
        db.execute("PRAGMA synchronous=OFF")  # derived data: a lost write is recomputed
        db.execute("PRAGMA auto_vacuum=INCREMENTAL")  # takes effect only on a new database
        db.execute(_SCHEMA)
        db.execute("SELECT count(*) FROM entries WHERE 0").fetchone()
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db


def _corrupt(exc: BaseException) -> bool:
    """Whether SQLite said the file is not a database or is damaged (not: locked, busy)."""
    import sqlite3

    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)
