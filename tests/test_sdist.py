"""The sdist is complete: built with the build backend (offline), unpacked, it holds every file
of the repository the tests and examples need, and its own tests pass from it."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.packaging

NOT_SHIPPED = {".ci/run", ".gitignore"}
"""Tracked files the sdist leaves out: the repository's own CI and git settings."""

QUICK = [
    "tests/test_integrations.py",
    "tests/models/test_json_schema.py",
    "tests/write/test_scaffold.py",
    "tests/test_tests.py",
]
"""A quick subset reading what the sdist used to miss (schemas/, .pre-commit-hooks.yaml)."""


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist, built from this checkout and unpacked."""
    sdist = pytest.importorskip(
        "hatchling.builders.sdist", reason="hatchling (the build backend) is not installed"
    )
    if not (ROOT / "pyproject.toml").is_file():
        pytest.skip("not in a source tree")
    out = tmp_path_factory.mktemp("sdist")
    built = Path(next(sdist.SdistBuilder(str(ROOT)).build(directory=str(out))))
    with tarfile.open(built) as archive:
        archive.extractall(out, filter="data")
    (top,) = [p for p in out.iterdir() if p.is_dir()]
    return top


def _tracked() -> set[str] | None:
    try:
        listed = subprocess.run(
            ["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return {os.fsdecode(name) for name in listed.split(b"\0") if name}


def test_the_sdist_ships_every_tracked_file(unpacked: Path) -> None:
    tracked = _tracked()
    if tracked is None:
        pytest.skip("not a git checkout: nothing to compare with")
    shipped = {p.relative_to(unpacked).as_posix() for p in unpacked.rglob("*") if p.is_file()}
    present = {name for name in tracked if (ROOT / name).is_file()}
    assert sorted(present - shipped - NOT_SHIPPED) == []
    assert (unpacked / "schemas" / "roster.schema.json").is_file()
    assert (unpacked / ".pre-commit-hooks.yaml").is_file()


def test_tests_pass_from_the_unpacked_sdist(unpacked: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(unpacked / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    env["FOURGOOD_CACHE_DIR"] = str(unpacked.parent / "cache")
    where = subprocess.run(
        [sys.executable, "-c", "import fourgood; print(fourgood.__file__)"],
        cwd=unpacked,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert Path(where.strip()).is_relative_to(unpacked)  # the sdist's code, not this checkout's
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *QUICK],
        cwd=unpacked,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
