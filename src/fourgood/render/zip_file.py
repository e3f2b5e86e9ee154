"""A zip archive of entries deflated beforehand, in segments: what a workbook is packed in.

A worksheet's rows are deflated while they are made (``render.xlsx_file``), in a thread beside
the one making them, and its head, which holds the column widths, only once its rows are done.
Each part is a raw deflate stream of its own, ended on a byte boundary (a sync flush) and not
marked last, so the parts one after the other, and an empty last block, are the entry's data;
its CRC-32 is theirs combined. Everything about an entry is known before it is written, so its
local header holds its sizes and CRC: no data descriptor, no going back in the file. Every entry
carries the same date (the same entries give the same bytes), and zip64 fields are written only
where a size, an offset or the number of entries needs them.
"""

from __future__ import annotations

import queue
import shutil
import struct
import sys
import threading
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO

LEVEL = 6
"""How hard zlib deflates: its default, as ``zipfile`` deflates."""

_SWITCH = 1e-4
_QUEUED = 4  # pieces of data waiting for the thread, at most: memory stays bounded
_LAST_BLOCK = b"\x03\x00"  # an empty fixed-code block marked last: the end of every entry
_ZIP64_LIMIT = (1 << 31) - 1  # as zipfile: past it, a size or offset goes in a zip64 field
_MAX_ENTRIES = 0xFFFF
_DOS_TIME, _DOS_DATE = 0, (1 << 5) | 1  # 1980-01-01 00:00, the first date a zip can hold
_VERSION, _VERSION_ZIP64 = 20, 45  # the zip version an entry needs: deflate; zip64
_UNIX = 3  # made on: the file attributes are a Unix mode
_MODE = 0o100644 << 16  # a regular file anyone may read
_CRC_POLY = 0xEDB88320  # CRC-32's polynomial, bits reversed, as zlib holds it


@dataclass(frozen=True)
class Segment:
    """Part of an entry's data, deflated on its own: its CRC-32 and size before deflating, and
    its deflated bytes, held or in a file from its start (``length`` of them)."""

    crc: int
    size: int
    deflated: bytes | IO[bytes]
    length: int


def segment(data: bytes) -> Segment:
    """``data`` deflated as a segment."""
    deflater = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    deflated = deflater.compress(data) + deflater.flush(zlib.Z_SYNC_FLUSH)
    return Segment(zlib.crc32(data), len(data), deflated, len(deflated))


class Deflating:
    """A segment deflated as its data comes, into a file (its bytes are not held). After
    ``in_thread`` the data is deflated in a thread of its own, beside the one writing it: zlib
    lets go of Python's lock while it works, so a large worksheet is made and deflated on two
    cores at once. The data is deflated in the order it came, whichever thread does it."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self._deflater = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
        self._crc = self._size = self._length = 0
        self._queue: queue.Queue[bytes | None] | None = None
        self._thread: threading.Thread | None = None
        self._failed: Exception | None = None  # in the thread, raised in the writer's
        self._interval = sys.getswitchinterval()

    def in_thread(self) -> None:
        """Deflate from now on in a thread of its own."""
        if self._thread is None:
            self._queue = queue.Queue(_QUEUED)
            self._thread = threading.Thread(target=self._run, name="deflate", daemon=True)
            self._thread.start()
            self._interval = sys.getswitchinterval()
            sys.setswitchinterval(_SWITCH)

    def write(self, data: bytes) -> None:
        """The next bytes of the segment's data."""
        if self._queue is None:
            self._deflate(data)
            return
        self._raise()
        self._queue.put(data)

    def end(self) -> Segment:
        """The segment, its file at its start."""
        self.stop()
        self._raise()
        self._put(self._deflater.flush(zlib.Z_SYNC_FLUSH))
        self.file.seek(0)
        return Segment(self._crc, self._size, self.file, self._length)

    def stop(self) -> None:
        """Wait for the thread, if there is one, to deflate what it was given, and end it."""
        if self._queue is not None and self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            sys.setswitchinterval(self._interval)
        self._queue = self._thread = None

    def _run(self) -> None:
        waiting = self._queue
        assert waiting is not None
        # after a failure the rest is taken and dropped, so a writer waiting to put is let go
        while (data := waiting.get()) is not None:
            if self._failed is None:
                try:
                    self._deflate(data)
                except Exception as failure:  # a full disk: raised where the rows are written
                    self._failed = failure

    def _raise(self) -> None:
        if self._failed is not None:
            raise self._failed

    def _deflate(self, data: bytes) -> None:
        self._crc = zlib.crc32(data, self._crc)
        self._size += len(data)
        self._put(self._deflater.compress(data))

    def _put(self, deflated: bytes) -> None:
        self.file.write(deflated)
        self._length += len(deflated)


def combined_crc(segments: Sequence[Segment]) -> int:
    """The CRC-32 of the segments' data one after the other, from each one's own CRC."""
    crc = 0
    for part in segments:
        crc = _multiply(_x_power(part.size), crc) ^ part.crc
    return crc


def _multiply(a: int, b: int) -> int:
    """The product of two polynomials modulo CRC-32's (zlib's ``multmodp``)."""
    product, bit = 0, 1 << 31
    while a:
        if a & bit:
            product ^= b
            a ^= bit
        bit >>= 1
        b = (b >> 1) ^ _CRC_POLY if b & 1 else b >> 1
    return product


def _x_power(size: int) -> int:
    """x to the power of eight times ``size`` modulo CRC-32's polynomial: what a CRC is
    multiplied by to go past ``size`` bytes of zeros (zlib's ``x2nmodp``)."""
    power, square = 1 << 31, _X_8  # x**0, and x**(8 * 2**k) for the k-th bit of size
    while size:
        if size & 1:
            power = _multiply(square, power)
        size >>= 1
        square = _multiply(square, square)
    return power


_X_8 = 1 << 23  # x**8: one byte, bits reversed


@dataclass(frozen=True)
class _Entry:
    name: bytes
    crc: int
    size: int
    length: int
    offset: int


class Archive:
    """A zip being written into a binary file, entry by entry; ``close`` writes its directory."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self._entries: list[_Entry] = []
        self._at = 0  # bytes written: the file need not tell where it is

    def add(self, name: str, segments: Sequence[Segment]) -> None:
        """An entry whose data is the segments' one after the other."""
        length = sum(part.length for part in segments) + len(_LAST_BLOCK)
        size = sum(part.size for part in segments)
        entry = _Entry(name.encode("ascii"), combined_crc(segments), size, length, self._at)
        self._write(_local_header(entry))
        for part in segments:
            if isinstance(part.deflated, bytes):
                self._write(part.deflated)
            else:
                shutil.copyfileobj(part.deflated, self._handle, 1 << 20)
                self._at += part.length
        self._write(_LAST_BLOCK)
        self._entries.append(entry)

    def close(self) -> None:
        """The central directory and its end."""
        start = self._at
        for entry in self._entries:
            self._write(_central_header(entry))
        self._write(_directory_end(len(self._entries), start, self._at - start))

    def _write(self, data: bytes) -> None:
        self._handle.write(data)
        self._at += len(data)


def _local_header(entry: _Entry) -> bytes:
    sizes, extra, version = (entry.length, entry.size), b"", _VERSION
    if max(sizes) > _ZIP64_LIMIT:
        extra, version = struct.pack("<HHQQ", 1, 16, entry.size, entry.length), _VERSION_ZIP64
        sizes = (0xFFFFFFFF, 0xFFFFFFFF)
    head = struct.pack(
        "<4s2B4HL2L2H", b"PK\x03\x04", version, 0, 0, zlib.DEFLATED, _DOS_TIME, _DOS_DATE,
        entry.crc, *sizes, len(entry.name), len(extra),
    )  # fmt: skip
    return head + entry.name + extra


def _central_header(entry: _Entry) -> bytes:
    sizes, offset, fields = (entry.length, entry.size), entry.offset, []
    if max(sizes) > _ZIP64_LIMIT:
        fields += [entry.size, entry.length]
        sizes = (0xFFFFFFFF, 0xFFFFFFFF)
    if offset > _ZIP64_LIMIT:
        fields.append(offset)
        offset = 0xFFFFFFFF
    extra = struct.pack(f"<HH{len(fields)}Q", 1, 8 * len(fields), *fields) if fields else b""
    version = _VERSION_ZIP64 if fields else _VERSION
    head = struct.pack(
        "<4s4B4HL2L5H2L", b"PK\x01\x02", version, _UNIX, version, 0, 0, zlib.DEFLATED,
        _DOS_TIME, _DOS_DATE, entry.crc, *sizes, len(entry.name), len(extra), 0, 0, 0,
        _MODE, offset,
    )  # fmt: skip
    return head + entry.name + extra


def _directory_end(count: int, start: int, size: int) -> bytes:
    """The end of the central directory (with its zip64 record first, where it needs one)."""
    if count <= _MAX_ENTRIES and start <= _ZIP64_LIMIT and size <= _ZIP64_LIMIT:
        return struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, size, start, 0)
    record = struct.pack(
        "<4sQ2H2L4Q", b"PK\x06\x06", 44, _VERSION_ZIP64, _VERSION_ZIP64, 0, 0, count, count,
        size, start,
    )  # fmt: skip
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, start + size, 1)
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, min(count, _MAX_ENTRIES), min(count, _MAX_ENTRIES),
        min(size, 0xFFFFFFFF), min(start, 0xFFFFFFFF), 0,
    )  # fmt: skip
    return record + locator + end
