"""Atomic writes: the new file whole or the old one whole, permissions kept, no temporary file
left behind when a write fails, and nothing but a regular file ever replaced."""

from __future__ import annotations

import errno
import os
import socket
import stat
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import pytest

from fourgood.errors import UserError
from fourgood.i18n.message import msg
from fourgood.write.atomic import (
    atomic_write_bytes,
    atomic_write_chunks,
    atomic_write_text,
    create_text,
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_text_is_written_as_utf8(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    atomic_write_text(target, "Chi bộ Văn phòng\n")
    assert target.read_bytes() == "Chi bộ Văn phòng\n".encode()
    assert os.listdir(tmp_path) == ["report.md"]


def test_a_new_file_is_readable_by_everyone(tmp_path: Path) -> None:
    target = tmp_path / "new.json"
    atomic_write_bytes(target, b"{}\n")
    assert mode(target) == 0o644  # not the 0o600 of a temporary file


@pytest.mark.parametrize("permissions", [0o600, 0o640, 0o755])
def test_an_existing_files_permissions_are_kept(tmp_path: Path, permissions: int) -> None:
    target = tmp_path / "report.html"
    target.write_text("old\n")
    target.chmod(permissions)
    atomic_write_text(target, "new\n")
    assert target.read_text() == "new\n"
    assert mode(target) == permissions


def test_chunks_are_written_in_order_as_they_come(tmp_path: Path) -> None:
    target = tmp_path / "scores.csv"
    written: list[int] = []

    def chunks() -> Iterator[bytes]:
        for i in range(3):
            written.append(i)
            yield f"row {i}\n".encode()

    atomic_write_chunks(str(target), chunks())
    assert target.read_text() == "row 0\nrow 1\nrow 2\n"
    assert written == [0, 1, 2]


def test_a_failure_midway_leaves_the_old_file_whole_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("the old report\n")

    def failing() -> Iterator[bytes]:
        yield b"half of the new "
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError, match="renderer failed"):
        atomic_write_chunks(target, failing())
    assert target.read_text() == "the old report\n"
    assert os.listdir(tmp_path) == ["report.html"]


def test_an_interruption_leaves_no_temporary_file(tmp_path: Path) -> None:
    def interrupted() -> Iterator[bytes]:
        yield b"x"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write_chunks(tmp_path / "out.txt", interrupted())
    assert os.listdir(tmp_path) == []


def test_a_failed_rename_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old\n")

    def refuse(source: object, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space left"):
        atomic_write_text(target, "new\n")
    monkeypatch.undo()
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_the_temporary_file_is_hidden_beside_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real = os.replace

    def spy(source: str, destination: str) -> None:
        seen.append(source)
        real(source, destination)

    monkeypatch.setattr(os, "replace", spy)
    atomic_write_text(tmp_path / "out.txt", "x")
    (temporary,) = seen
    assert Path(temporary).parent == tmp_path  # same file system: the rename is atomic
    assert Path(temporary).name.startswith(".out.txt.")
    assert temporary.endswith(".tmp")


def test_a_file_in_the_current_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    atomic_write_text("here.txt", "x\n")
    assert (tmp_path / "here.txt").read_text() == "x\n"


def test_a_missing_directory_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_text(tmp_path / "missing" / "out.txt", "x")
    assert os.listdir(tmp_path) == []


def test_several_files_are_written_all_or_none(tmp_path: Path) -> None:
    from fourgood.write.atomic import WriteError, atomic_write_many

    first, second = tmp_path / "a.yaml", tmp_path / "cells" / "b.yaml"
    first.write_bytes(b"old\n")
    first.chmod(0o600)
    atomic_write_many([(first, b"new a\n"), (second, b"new b\n")])
    assert (first.read_bytes(), second.read_bytes()) == (b"new a\n", b"new b\n")
    assert mode(first) == 0o600
    blocked = tmp_path / "file-not-dir"
    blocked.write_bytes(b"")
    with pytest.raises(WriteError) as failed:
        atomic_write_many([(first, b"newer a\n"), (blocked / "c.yaml", b"c\n")])
    assert failed.value.path == blocked / "c.yaml"
    assert first.read_bytes() == b"new a\n"  # the first one was not renamed into place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "cells", "file-not-dir"]


def test_a_device_is_written_into_never_replaced(tmp_path: Path) -> None:
    before = os.stat("/dev/null")
    atomic_write_text("/dev/null", "the report\n")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)


def test_a_link_to_a_device_is_written_through(tmp_path: Path) -> None:
    link = tmp_path / "out"
    link.symlink_to("/dev/null")
    atomic_write_text(link, "x\n")
    assert link.is_symlink()
    assert os.readlink(link) == "/dev/null"


def _through_a_fifo(fifo: Path, chunks: Iterable[bytes]) -> list[bytes]:
    """What a reader of a new FIFO at ``fifo`` reads while ``chunks`` are written into it."""
    os.mkfifo(fifo)
    read: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as handle:
            read.append(handle.read())

    thread = threading.Thread(target=reader)
    thread.start()
    atomic_write_chunks(fifo, chunks)
    thread.join(timeout=10)
    return read


def test_a_fifo_is_written_into(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    assert _through_a_fifo(fifo, [b"row 1\n", b"row 2\n"]) == [b"row 1\nrow 2\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert os.listdir(tmp_path) == ["pipe"]


def test_a_socket_or_a_directory_is_refused_and_left_alone(tmp_path: Path) -> None:
    place = tmp_path / "s"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(place))
    try:
        with pytest.raises(UserError) as caught:
            atomic_write_text(place, "x")
        assert caught.value.message == msg("file.output_not_regular")
        assert stat.S_ISSOCK(os.stat(place).st_mode)
    finally:
        server.close()
    with pytest.raises(UserError) as refused:
        atomic_write_text(tmp_path, "x")
    assert refused.value.message == msg("file.write_error", detail=msg("os.is_dir"))
    assert sorted(os.listdir(tmp_path)) == ["s"]


def test_a_link_to_a_file_stays_a_link_and_its_file_is_replaced(tmp_path: Path) -> None:
    real = tmp_path / "reports" / "scores.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    real.chmod(0o640)
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    atomic_write_text(link, "new\n")
    assert link.is_symlink()
    assert real.read_text() == "new\n"
    assert mode(real) == 0o640
    assert sorted(os.listdir(tmp_path)) == ["latest.csv", "reports"]


def test_a_new_file_gets_the_umasks_mode(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        atomic_write_text(tmp_path / "private.json", "{}\n")
    finally:
        os.umask(old)
    assert mode(tmp_path / "private.json") == 0o600


def test_a_new_file_is_created_whole_with_the_umasks_mode(tmp_path: Path) -> None:
    target = tmp_path / "record-2027.yaml"
    assert create_text(target, "commendations: []\n") is True
    assert target.read_text(encoding="utf-8") == "commendations: []\n"
    assert mode(target) == 0o644
    assert os.listdir(tmp_path) == ["record-2027.yaml"]


def test_creating_never_replaces_what_is_there(tmp_path: Path) -> None:
    kept = tmp_path / "kept.yaml"
    kept.write_text("mine\n")
    dangling = tmp_path / "dangling.yaml"
    dangling.symlink_to(tmp_path / "nowhere")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert [create_text(p, "new\n") for p in (kept, dangling, fifo)] == [False] * 3
    assert kept.read_text() == "mine\n"
    assert dangling.is_symlink()
    assert not (tmp_path / "nowhere").exists()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(os.listdir(tmp_path)) == ["dangling.yaml", "fifo", "kept.yaml"]


def test_a_file_appearing_meanwhile_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "new.yaml"
    real_link = os.link

    def someone_else_first(src: str, dst: Path, **kwargs: bool) -> None:
        Path(dst).write_text("theirs\n")
        real_link(src, dst, **kwargs)

    monkeypatch.setattr(os, "link", someone_else_first)
    assert create_text(target, "ours\n") is False
    assert target.read_text() == "theirs\n"
    assert os.listdir(tmp_path) == ["new.yaml"]


def test_without_hard_links_the_file_is_created_exclusively(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: str, dst: Path, **kwargs: bool) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "new.yaml"
    assert create_text(target, "ours\n") is True
    assert target.read_text() == "ours\n"
    assert os.listdir(tmp_path) == ["new.yaml"]


class _Patched:
    """Output that goes back to patch its start, as a zip does each entry's header."""

    def write_into(self, handle: IO[bytes]) -> None:
        handle.write(b"????body")
        handle.seek(0)
        handle.write(b"head")
        handle.seek(0, os.SEEK_END)

    def __iter__(self) -> Iterator[bytes]:
        yield b"headbody"


def test_output_that_writes_itself_is_written_into_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "book.xlsx"
    target.write_bytes(b"old")
    atomic_write_chunks(target, _Patched())
    assert target.read_bytes() == b"headbody"
    assert os.listdir(tmp_path) == ["book.xlsx"]


def test_output_that_writes_itself_goes_into_a_fifo_in_chunks(tmp_path: Path) -> None:
    # a pipe cannot seek: the output's chunks go in instead
    assert _through_a_fifo(tmp_path / "pipe", _Patched()) == [b"headbody"]
