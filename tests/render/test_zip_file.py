"""The zip of segments deflated beforehand: read back whole by zipfile, zip64 where needed."""

from __future__ import annotations

import io
import sys
import tempfile
import zipfile
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fourgood.render import zip_file
from fourgood.render.zip_file import Archive, Deflating, Segment, combined_crc, segment


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=300), max_size=6))
def test_the_crc_of_segments_is_that_of_their_data_together(parts: list[bytes]) -> None:
    assert combined_crc([segment(p) for p in parts]) == zlib.crc32(b"".join(parts))


def _deflating(chunks: list[bytes], threads: bool) -> Segment:
    deflating = Deflating(tempfile.TemporaryFile("w+b"), threads)  # noqa: SIM115
    for chunk in chunks:
        deflating.write(chunk)
    return deflating.end()


def _archive(entries: dict[str, list[bytes]], threads: bool = True) -> bytes:
    out = io.BytesIO()
    archive = Archive(out)
    for name, pieces in entries.items():
        head, *rest = pieces
        segments = [segment(head), _deflating(rest, threads)] if rest else [segment(head)]
        archive.add(name, segments)
        for part in segments:
            if not isinstance(part.deflated, bytes):
                part.deflated.close()
    archive.close()
    return out.getvalue()


_ENTRIES = {
    "a.xml": [b"<a>", b"x" * 100_000, "ờ".encode() * 5000, b"</a>"],
    "b/c.xml": [b""],
    "d.xml": [b"<d/>", b""],
}


def _read(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        assert archive.testzip() is None  # every entry's CRC checked
        return {info.filename: archive.read(info) for info in archive.infolist()}


def test_an_archive_reads_back_as_its_entries_data() -> None:
    assert _read(_archive(_ENTRIES)) == {n: b"".join(p) for n, p in _ENTRIES.items()}


def test_deflating_in_threads_gives_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _archive(_ENTRIES)
    monkeypatch.setattr(zip_file, "PIECE", 1000)  # many pieces, deflated apart
    in_pieces = _archive(_ENTRIES)
    assert in_pieces != whole
    assert in_pieces == _archive(_ENTRIES, threads=False)
    assert _read(in_pieces) == _read(whole)


def test_zip64_fields_are_written_where_sizes_offsets_or_entries_need_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = _archive(_ENTRIES)
    monkeypatch.setattr(zip_file, "_ZIP64_LIMIT", 50)
    monkeypatch.setattr(zip_file, "_MAX_ENTRIES", 2)
    large = _archive(_ENTRIES)
    assert b"PK\x06\x06" in large  # the zip64 end of the directory
    assert b"PK\x06\x06" not in small
    assert _read(large) == _read(small)


def test_the_archive_never_seeks() -> None:
    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.data = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, b: bytes) -> int:  # type: ignore[override]
            self.data += b
            return len(b)

    pipe = Pipe()
    archive = Archive(pipe)  # type: ignore[arg-type]  # a pipe: no seek, no tell
    archive.add("a.txt", [segment(b"hello")])
    archive.close()
    assert _read(bytes(pipe.data)) == {"a.txt": b"hello"}


def test_a_failure_in_a_thread_is_raised_where_the_data_is_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing(piece: list[bytes]) -> Segment:
        raise MemoryError

    monkeypatch.setattr(zip_file, "PIECE", 10)
    monkeypatch.setattr(zip_file, "_deflated", failing)
    deflating = Deflating(io.BytesIO())
    with pytest.raises(MemoryError):
        _fill(deflating)
    deflating.stop()
    assert deflating._pool is None


def _fill(deflating: Deflating) -> None:
    for _ in range(50):  # more than the threads take at once: the writer waits for them
        deflating.write(b"x" * 100)
    deflating.end()


def test_the_switch_interval_is_set_back_when_no_sheet_is_deflated() -> None:
    before = sys.getswitchinterval()
    first, second = Deflating(io.BytesIO()), Deflating(io.BytesIO())
    first.write(b"x" * (zip_file.PIECE + 1))
    assert sys.getswitchinterval() < before  # threads at work
    second.write(b"x" * (zip_file.PIECE + 1))  # a next sheet, the first not yet written
    first.end()
    assert sys.getswitchinterval() < before
    second.end()
    assert sys.getswitchinterval() == before
    second.stop()  # twice is harmless
    assert sys.getswitchinterval() == before
