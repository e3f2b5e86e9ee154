"""Reading a data file's bytes, or a problem saying in words why it cannot be read."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from fourgood.errors import Problem, Severity
from fourgood.i18n.message import msg
from fourgood.read import files
from fourgood.read.files import Within, inside, read_bytes


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
    assert problem.text("vi") == "data/nowhere.yaml: lỗi: không tìm thấy tệp"


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
    # Tests may run as root, who reads anything: make os.open refuse instead.
    def refuse(path: Any, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("fourgood.read.files.os.open", refuse)
    assert read_bytes(str(tmp_path / "x.yaml"), "x.yaml") == Problem(
        "x.yaml", msg("file.permission")
    )


def test_any_other_failure_in_the_users_words(tmp_path: Path) -> None:
    problem = read_bytes(str(tmp_path / ("x" * 300 + ".yaml")), "long.yaml")
    assert problem == Problem("long.yaml", msg("file.os_error", detail=msg("os.too_long")))
    assert isinstance(problem, Problem)
    assert problem.text("en") == "long.yaml: error: cannot read: the name is too long"
    assert problem.text("vi") == "long.yaml: lỗi: không đọc được: tên quá dài"


def test_a_fifo_is_refused_at_once_instead_of_hanging(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "roster.yaml")
    assert read_bytes(str(tmp_path / "roster.yaml"), "r.yaml") == Problem(
        "r.yaml", msg("file.not_regular")
    )


def test_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    os.symlink("/dev/zero", tmp_path / "roster.yaml")
    assert read_bytes(str(tmp_path / "roster.yaml"), "r.yaml") == Problem(
        "r.yaml", msg("file.not_regular")
    )


def test_a_file_above_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:  # a sparse gigabyte: nothing to read, much to refuse
        handle.truncate(1 << 30)
    problem = read_bytes(str(big), "big.yaml")
    assert isinstance(problem, Problem)
    assert problem.message.key == "yaml.too_large"
    assert problem.message.arg("size") == "1024.0"


def test_a_link_out_of_the_data_set_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "token.txt"
    secret.write_text("ghp_secret\n", encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    os.symlink(secret, data / "roster.yaml")
    os.symlink("roster.yaml", data / "again.yaml")
    (data / "own.yaml").write_text("a: 1\n", encoding="utf-8")
    out = read_bytes(str(data / "roster.yaml"), "roster.yaml", within=str(data))
    assert out == Problem("roster.yaml", msg("file.outside"))
    assert read_bytes(str(data / "again.yaml"), "again.yaml", within=str(data)) == Problem(
        "again.yaml", msg("file.outside")
    )
    assert read_bytes(str(data / "own.yaml"), "own.yaml", within=str(data)) == b"a: 1\n"
    assert read_bytes(str(data / "roster.yaml"), "roster.yaml") == b"ghp_secret\n"  # allowed
    assert inside(str(data / "own.yaml"), str(data))
    assert not inside(str(data / "roster.yaml"), str(data))


def test_within_resolves_as_realpath_does(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    (outside / "deep").mkdir(parents=True)
    (outside / "deep" / "f.yaml").write_text("a: 1\n", encoding="utf-8")
    data = tmp_path / "data"
    (data / "cells" / "a").mkdir(parents=True)
    (data / "cells" / "a" / "roster.yaml").write_text("a: 1\n", encoding="utf-8")
    os.symlink(outside, data / "cells" / "out")  # a directory link leading out
    os.symlink("a", data / "cells" / "same")  # a directory link staying inside
    os.symlink("../a/roster.yaml", data / "cells" / "a" / "up.yaml")
    within = Within(str(data))
    paths = [
        data / "cells" / "a" / "roster.yaml",
        data / "cells" / "same" / "roster.yaml",
        data / "cells" / "same" / "up.yaml",
        data / "cells" / "out" / "deep" / "f.yaml",
        data / "cells" / "out" / "deep" / ".." / "deep" / "f.yaml",
        data / "cells" / "a" / "..",
        data / "cells" / "a" / "missing.yaml",
    ]
    for path in paths:
        assert within.holds(str(path)) == inside(str(path), str(data)), path
        real, base = os.path.realpath(path), os.path.realpath(data)
        assert within.holds(str(path)) == real.startswith(base + os.sep), path
    assert not within.holds(str(data / "cells" / "out" / "deep" / "f.yaml"))
    assert within.holds(str(data / "cells" / "same" / "roster.yaml"))


def test_within_sees_a_file_turned_into_a_link_out(tmp_path: Path) -> None:
    secret = tmp_path / "token.txt"
    secret.write_text("ghp_secret\n", encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    roster = data / "roster.yaml"
    roster.write_text("a: 1\n", encoding="utf-8")
    within = Within(str(data))
    assert read_bytes(str(roster), "roster.yaml", within=within) == b"a: 1\n"
    roster.unlink()
    os.symlink(secret, roster)  # the directory is remembered, the file's own name is not
    assert read_bytes(str(roster), "roster.yaml", within=within) == Problem(
        "roster.yaml", msg("file.outside")
    )


def test_within_finds_the_real_path_realpath_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = tmp_path / "elsewhere" / "deep"
    outside.mkdir(parents=True)
    data = tmp_path / "data"
    (data / "cells" / "a" / "b").mkdir(parents=True)
    os.symlink(outside, data / "cells" / "out")  # absolute, leading out
    os.symlink("a/b", data / "cells" / "ab")  # relative, two levels down
    os.symlink("ab", data / "cells" / "chain")  # a link to a link
    os.symlink("../..", data / "cells" / "a" / "b" / "up")  # back up through ..
    os.symlink("loop", data / "cells" / "loop")  # a loop
    monkeypatch.chdir(tmp_path)
    names = ["a", "b", "out", "ab", "chain", "up", "loop", "..", ".", "missing", ""]
    within = Within("data")
    for first in names:
        for second in names:
            for root in ("data/cells", str(data / "cells"), "./data//cells"):
                path = os.path.join(root, first, second, "roster.yaml")
                assert within._real(path) == os.path.realpath(path), path
    deep = "/".join(["d"] * 1200)  # no recursion as deep as the path
    assert within._real(f"{deep}/x.yaml") == os.path.realpath(f"{deep}/x.yaml")


def test_within_keeps_a_bounded_number_of_directories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "DIRS_KEPT", 3)
    data = tmp_path / "data"
    for name in "abcdef":
        (data / "cells" / name).mkdir(parents=True)
    os.symlink(tmp_path, data / "cells" / "out")
    within = Within(str(data))
    for name in [*"abcdef", "out", *"fedcba"]:
        path = str(data / "cells" / name / "roster.yaml")
        assert within._real(path) == os.path.realpath(path), path
        assert len(within._dirs) <= 3 + len(data.parts)  # one walk up from the root's top
    assert not within.holds(str(data / "cells" / "out" / "x.yaml"))
    assert within.holds(str(data / "cells" / "f" / "roster.yaml"))


def test_opening_without_following_a_link_reads_what_looking_first_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fourgood.read import files

    secret = tmp_path / "token.txt"
    secret.write_text("ghp_secret\n", encoding="utf-8")
    data = tmp_path / "data"
    (data / "cells" / "a").mkdir(parents=True)
    (data / "cells" / "a" / "roster.yaml").write_text("a: 1\n", encoding="utf-8")
    os.symlink(tmp_path, data / "cells" / "up")  # a directory out of the data set
    cell = data / "cells" / "a"
    os.symlink("roster.yaml", cell / "same.yaml")  # a link inside
    os.symlink(secret, cell / "out.yaml")  # a link out
    os.symlink("loop.yaml", cell / "loop.yaml")
    os.symlink("missing.yaml", cell / "dangling.yaml")
    os.mkfifo(cell / "fifo.yaml")
    (cell / "dir.yaml").mkdir()
    names = ["roster", "same", "out", "loop", "dangling", "fifo", "dir", "missing"]
    paths = [cell / f"{n}.yaml" for n in names] + [data / "cells" / "up" / "token.txt"]
    paths += [data / "cells" / "up" / "data" / "cells" / "a" / "roster.yaml"]  # out and back
    direct = [read_bytes(str(p), p.name, within=str(data)) for p in paths]
    monkeypatch.setattr(files, "_NOFOLLOW", 0)  # every name looked at first, as on Windows
    looked = [read_bytes(str(p), p.name, within=str(data)) for p in paths]
    assert direct == looked
    assert direct[:3] == [b"a: 1\n", b"a: 1\n", Problem("out.yaml", msg("file.outside"))]
