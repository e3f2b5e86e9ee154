"""The README tells the truth where a test can check it: the sections other files point at
exist, and the pre-commit example pins a revision that can exist."""

from __future__ import annotations

import re
import subprocess

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
HEADINGS = {line.lstrip("#").strip() for line in README.splitlines() if line.startswith("#")}
POINTER = re.compile(r'README,\s*(?:#\s*)?"([^"]+)"')


def test_every_pointer_at_a_readme_section_finds_it() -> None:
    pointers = {
        (path.relative_to(ROOT).as_posix(), name)
        for folder in ("rubrics", "src", "examples")
        for path in sorted((ROOT / folder).rglob("*"))
        if path.suffix in {".yaml", ".py"} and path.is_file()
        for name in POINTER.findall(path.read_text(encoding="utf-8"))
    }
    assert {path for path, _ in pointers} >= {"rubrics/4good-2023.yaml"}  # the test finds them
    assert sorted(p for p in pointers if p[1] not in HEADINGS) == []


def _pre_commit_rev() -> str:
    block = README.split("As a [pre-commit](https://pre-commit.com) hook", 1)[1]
    found = re.search(r"^\s+rev:\s*(.+?)\s*(?:#.*)?$", block, re.MULTILINE)
    assert found is not None
    return found.group(1)


def test_the_pre_commit_example_pins_a_revision_that_can_exist() -> None:
    rev = _pre_commit_rev()
    if rev.startswith("<") and rev.endswith(">"):
        return  # a placeholder the reader fills in, with how to in the text after it
    if re.fullmatch(r"[0-9a-f]{40}", rev):
        return
    try:
        tags = subprocess.run(
            ["git", "-C", str(ROOT), "tag", "--list"], capture_output=True, text=True, check=True
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: cannot list the tags")
    assert rev in tags, f"rev {rev!r} is not a tag of this repository"


def test_the_readme_says_how_to_pin_a_commit() -> None:
    assert _pre_commit_rev() == "<commit sha>"
    assert "pre-commit autoupdate --freeze" in README
    assert "git ls-remote" in README
