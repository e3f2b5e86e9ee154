"""The pre-commit hook, shell completion, and Vietnamese alignment in tables."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len
from ruamel.yaml import YAML

from .conftest import ROOT, WALKTHROUGH


def _hook() -> dict[str, object]:
    hooks = YAML(typ="safe", pure=True).load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    (hook,) = hooks
    assert hook["id"] == "fourgood-validate"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    return dict(hook)


def _run_hook(data: Path) -> subprocess.CompletedProcess[str]:
    """Run the hook as pre-commit does: its entry and args, in the repository's directory."""
    hook = _hook()
    entry = shlex.split(str(hook["entry"]))
    assert entry[0] == "fourgood"
    command = [sys.executable, "-m", "fourgood", *entry[1:], *list(hook.get("args", []))]  # type: ignore[call-overload]
    return subprocess.run(command, cwd=data, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("name", ["walkthrough", "lang-son"])
def test_pre_commit_hook_passes_on_the_examples(name: str) -> None:
    data = ROOT / "examples" / name
    if not data.exists():
        pytest.skip(f"{name} not generated")
    result = _run_hook(data)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pre_commit_hook_fails_on_broken_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(WALKTHROUGH, data)
    (data / "programme" / "2023.yaml").write_text("cells:\n  - {cell: nope, basis: selected}\n")
    result = _run_hook(data)
    assert result.returncode == 1
    assert "programme/2023.yaml:2:12: error: no cell 'nope' in organisation.yaml" in result.stdout


def test_shell_completion_scripts() -> None:
    for shell in ("bash", "zsh"):
        result = subprocess.run(
            [sys.executable, "-m", "fourgood", "--show-completion", shell],
            capture_output=True,
            text=True,
            check=False,
            env={"PATH": "/usr/bin:/bin", "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"},
        )
        assert result.returncode == 0, result.stderr
        assert "complete" in result.stdout.lower()


def test_vietnamese_tables_align(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from fourgood.cli import app

    result = CliRunner().invoke(app, ["score", str(WALKTHROUGH), "--lang", "vi"])
    lines = [line for line in result.stdout.splitlines() if line.startswith(("┃", "│", "┏", "└"))]
    assert lines
    widths = {cell_len(line) for line in lines}
    assert len(widths) == 1, widths
