"""Shared fixtures: the example data sets and a CLI runner with a fixed terminal."""

from __future__ import annotations

import calendar
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

# Property tests: a fixed seed and a bounded number of examples in CI (the default), a long
# random search with HYPOTHESIS_PROFILE=long.
settings.register_profile("ci", max_examples=60, derandomize=True, deadline=None, database=None)
settings.register_profile("long", max_examples=3000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
WALKTHROUGH = ROOT / "examples" / "walkthrough"
LANG_SON = ROOT / "examples" / "lang-son"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every test gets its own cache directory, English, and a fixed terminal width."""
    saved = dict(os.environ)
    os.environ["FOURGOOD_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    os.environ["FOURGOOD_LANG"] = "en"
    os.environ["COLUMNS"] = "100"
    os.environ.pop("NO_COLOR", None)
    yield
    os.environ.clear()
    os.environ.update(saved)


@pytest.fixture
def runner() -> CliRunner:
    """A Typer test runner."""
    return CliRunner()


@pytest.fixture
def walkthrough(tmp_path: Path) -> Path:
    """A writable copy of the walk-through data set, as ``<tmp>/data``."""
    target = tmp_path / "data"
    shutil.copytree(WALKTHROUGH, target)
    return target


def walkthrough_moved_to(year: int, target: Path) -> Path:
    """A copy of the walk-through data set with its 2023 moved to ``year`` (dates and file
    names shifted by whole years), as ``target``: the same year, scored under the edition in
    force then."""
    shift = year - 2023
    shutil.copytree(WALKTHROUGH, target)
    for path in sorted(target.rglob("*.yaml"), reverse=True):
        text = path.read_text(encoding="utf-8")
        for old in (2024, 2023):  # the later year first, so that 2023 → 2025 leaves no 2024
            text = text.replace(f"{old}-", f"{old + shift}-").replace(f"{old}:", f"{old + shift}:")
            new = old + shift
            if not calendar.isleap(new):  # an exemption ending on 29 February 2024
                text = text.replace(f"{new}-02-29", f"{new}-02-28")
        path.write_text(text, encoding="utf-8")
        if "2023" in path.name:
            path.rename(path.with_name(path.name.replace("2023", str(year))))
    return target
