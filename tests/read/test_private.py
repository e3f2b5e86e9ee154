"""Private directories and files: made 0700/0600, closed when loose, refused when not ours."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from fourgood.read.private import private_directory, private_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and owners")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_ones_are_private(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        assert private_directory(tmp_path / "a" / "b") is None
        assert private_file(tmp_path / "a" / "b" / "db") is None
    finally:
        os.umask(old)
    assert mode(tmp_path / "a" / "b") == 0o700
    assert mode(tmp_path / "a" / "b" / "db") == 0o600


def test_loose_ones_of_ours_are_closed(tmp_path: Path) -> None:
    (tmp_path / "db").write_bytes(b"kept")
    (tmp_path / "db").chmod(0o666)
    tmp_path.chmod(0o777)
    assert private_directory(tmp_path) is None
    assert private_file(tmp_path / "db") is None
    assert (mode(tmp_path), mode(tmp_path / "db")) == (0o700, 0o600)
    assert (tmp_path / "db").read_bytes() == b"kept"


def test_a_file_that_is_a_link_is_refused(tmp_path: Path) -> None:
    (tmp_path / "target").write_bytes(b"")
    (tmp_path / "db").symlink_to(tmp_path / "target")
    assert private_file(tmp_path / "db") == "cache.is_link"


def test_a_directory_reached_through_a_link_is_fine(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert private_directory(tmp_path / "link") is None


def test_a_directory_in_place_of_the_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "db").mkdir()
    assert private_file(tmp_path / "db") == "cache.wrong_kind"


@pytest.mark.skipif(os.name != "posix" or os.getuid() != 0, reason="needs root to chown")
def test_one_of_another_user_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o777)
    theirs.chmod(0o777)
    os.chown(theirs, 12345, 12345)
    assert private_directory(theirs) == "cache.not_owner"
    assert mode(theirs) == 0o777
