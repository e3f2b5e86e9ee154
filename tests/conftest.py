"""Shared fixtures: the example data sets and a CLI runner with a fixed terminal."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

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
