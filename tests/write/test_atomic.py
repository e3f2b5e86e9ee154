"""Atomic writes: the new file whole or the old one whole, permissions kept, no temporary file
left behind when a write fails."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from fourgood.write.atomic import atomic_write_bytes, atomic_write_chunks, atomic_write_text


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
