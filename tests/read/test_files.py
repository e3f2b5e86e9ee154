"""Reading a data file's bytes, or a problem saying in words why it cannot be read."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from fourgood.errors import Problem, Severity
from fourgood.i18n.message import msg
from fourgood.read.files import read_bytes


def test_the_bytes_as_they_are(tmp_path: Path) -> None:
    path = tmp_path / "roster.yaml"
    data = "\ufeffmembers: []\r\n# Nguyễn\n".encode()
    path.write_bytes(data)
    assert read_bytes(str(path), "data/roster.yaml") == data


def test_an_empty_file_is_no_bytes(tmp_path: Path) -> None:
    (tmp_path / "empty.yaml").write_bytes(b"")
    assert read_bytes(str(tmp_path / "empty.yaml"), "empty.yaml") == b""


def test_a_missing_file(tmp_path: Path) -> None:
    problem = read_bytes(str(tmp_path / "nowhere.yaml"), "data/nowhere.yaml")
    assert problem == Problem("data/nowhere.yaml", msg("file.missing"))
    assert isinstance(problem, Problem)
    assert problem.text("en") == "data/nowhere.yaml: error: file not found"
    assert problem.text("vi") == "data/nowhere.yaml: error: không tìm thấy tệp"


def test_a_directory_where_a_file_should_be(tmp_path: Path) -> None:
    (tmp_path / "roster.yaml").mkdir()
    problem = read_bytes(str(tmp_path / "roster.yaml"), "roster.yaml")
    assert problem == Problem("roster.yaml", msg("file.is_dir"))
    assert problem.severity is Severity.ERROR


def test_a_symbolic_link_loop(tmp_path: Path) -> None:
    os.symlink("b.yaml", tmp_path / "a.yaml")
    os.symlink("a.yaml", tmp_path / "b.yaml")
    assert read_bytes(str(tmp_path / "a.yaml"), "a.yaml") == Problem(
        "a.yaml", msg("file.symlink_loop")
    )


def test_a_dangling_link_is_a_missing_file(tmp_path: Path) -> None:
    os.symlink("gone.yaml", tmp_path / "a.yaml")
    assert read_bytes(str(tmp_path / "a.yaml"), "a.yaml") == Problem("a.yaml", msg("file.missing"))


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, who reads anything: make open() refuse instead.
    def refuse(path: Any, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("fourgood.read.files.open", refuse, raising=False)
    assert read_bytes(str(tmp_path / "x.yaml"), "x.yaml") == Problem(
        "x.yaml", msg("file.permission")
    )


def test_any_other_failure_in_the_systems_words(tmp_path: Path) -> None:
    problem = read_bytes(str(tmp_path / ("x" * 300 + ".yaml")), "long.yaml")
    assert problem == Problem("long.yaml", msg("file.os_error", detail="File name too long"))
    assert isinstance(problem, Problem)
    assert problem.text("en") == "long.yaml: error: cannot read: File name too long"
