"""A zip archive of entries deflated beforehand, in segments: what a workbook is packed in.

A worksheet's rows are deflated while they are made (``render.xlsx_file``), in threads beside
the one making them, and its head, which holds the column widths, only once its rows are done.
Each part is a raw deflate stream of its own, ended on a byte boundary (a sync flush) and not
marked last, so the parts one after the other, and an empty last block, are the entry's data;
its CRC-32 is theirs combined. Everything about an entry is known before it is written, so its
local header holds its sizes and CRC: no data descriptor, no going back in the file. Every entry
carries the same date (the same entries give the same bytes), and zip64 fields are written only
where a size, an offset or the number of entries needs them.
"""

from __future__ import annotations

import shutil
import struct
import sys
import zlib
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import IO

from fourgood.read.parallel import cores

LEVEL = 6
"""How hard zlib deflates: its default, as ``zipfile`` deflates."""

PIECE = 1 << 21
"""The bytes of data deflated apart, at least: the pieces of a long worksheet."""

_WORKERS = min(cores(), 4)  # threads deflating pieces: one for each core this process may use
_SWITCH = 1e-4  # the switch interval while they do, in seconds
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
    return _deflated([data])


class Deflating:
    """A segment deflated as its data comes, into a file (its bytes are not held). The data is
    cut where a write ends past every ``PIECE`` bytes, and each piece is deflated as a segment
    of its own, by threads beside the one writing (zlib lets go of Python's lock while it works,
    so a long worksheet is made and deflated on every core at once); the pieces are written to
    the file in order. Where the pieces are cut depends only on the writes, never on the threads:
    the same writes give the same bytes, with threads or without (``threads=False``)."""

    def __init__(self, file: IO[bytes], threads: bool = True) -> None:
        self.file = file
        self._threads = threads
        self._crc = self._size = self._length = 0
        self._piece: list[bytes] = []
        self._piece_size = 0
        self._pool: ThreadPoolExecutor | None = None
        self._running: deque[Future[Segment]] = deque()

    def write(self, data: bytes) -> None:
        """The next bytes of the segment's data."""
        self._piece.append(data)
        self._piece_size += len(data)
        if self._piece_size >= PIECE:
            piece, self._piece, self._piece_size = self._piece, [], 0
            if not self._threads:
                self._take(_deflated(piece))
                return
            self._running.append(self._started().submit(_deflated, piece))
            while len(self._running) > _WORKERS:  # the pieces waiting are bounded: so is memory
                self._take(self._running.popleft().result())

    def end(self) -> Segment:
        """The segment, its file at its start."""
        last = _deflated(self._piece)  # what is left: here, while the threads finish
        self._piece = []
        while self._running:
            self._take(self._running.popleft().result())
        self._take(last)
        self.stop()
        self.file.seek(0)
        return Segment(self._crc, self._size, self.file, self._length)

    def stop(self) -> None:
        """Let the threads finish what they were given, and end them."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            _Switching.change(-1)
        self._running.clear()

    def _started(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(_WORKERS, thread_name_prefix="deflate")
            _Switching.change(+1)
        return self._pool

    def _take(self, part: Segment) -> None:
        """A deflated piece, the next in order, into the file."""
        assert isinstance(part.deflated, bytes)
        self.file.write(part.deflated)
        self._crc = _crc_after(self._crc, part)
        self._size += part.size
        self._length += part.length


class _Switching:
    """The pools at work, for the interpreter's switch interval. A thread that deflated a piece
    waits for Python's lock to be given up, which a busy writer does every switch interval
    (5 ms): most of its time, at that interval. While any pool is at work (a sheet's lasts
    until the sheet is finished) the interval is short; after, as it was."""

    pools = 0
    before = 0.0

    @classmethod
    def change(cls, pools: int) -> None:
        """One pool more (``+1``) or fewer (``-1``) at work."""
        if pools > 0 and not cls.pools:
            cls.before = sys.getswitchinterval()
            sys.setswitchinterval(_SWITCH)
        cls.pools += pools
        if pools < 0 and not cls.pools:
            sys.setswitchinterval(cls.before)


def _deflated(piece: list[bytes]) -> Segment:
    """A piece of data deflated as a segment."""
    deflater, crc, size = zlib.compressobj(LEVEL, zlib.DEFLATED, -15), 0, 0
    out = []
    for data in piece:
        crc, size = zlib.crc32(data, crc), size + len(data)
        out.append(deflater.compress(data))
    out.append(deflater.flush(zlib.Z_SYNC_FLUSH))
    deflated = b"".join(out)
    return Segment(crc, size, deflated, len(deflated))


def combined_crc(segments: Sequence[Segment]) -> int:
    """The CRC-32 of the segments' data one after the other, from each one's own CRC."""
    crc = 0
    for part in segments:
        crc = _crc_after(crc, part)
    return crc


def _crc_after(crc: int, part: Segment) -> int:
    """The CRC-32 of data whose CRC is ``crc`` followed by the part's data."""
    return _multiply(_x_power(part.size), crc) ^ part.crc


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
