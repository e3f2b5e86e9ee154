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


@pytest.mark.parametrize("name", ["walkthrough", "lang-son", "reorganised"])
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


# The console script ``fourgood`` runs ``fourgood.cli.app:main`` with ``sys.argv[0]`` its own
# path; Click names the program (and the completion variable) after it.
_CONSOLE_SCRIPT = "import sys; sys.argv[0] = 'fourgood'; from fourgood.cli.app import main; main()"
_ENV = {"PATH": "/usr/bin:/bin", "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}


def _fourgood(
    *args: str, env: dict[str, str] | None = None, module: bool = False
) -> subprocess.CompletedProcess[str]:
    launch = ["-m", "fourgood"] if module else ["-c", _CONSOLE_SCRIPT]
    return subprocess.run(
        [sys.executable, *launch, *args],
        capture_output=True,
        text=True,
        check=False,
        env={**_ENV, **(env or {})},
    )


def test_shell_completion_scripts() -> None:
    bash = _fourgood("--show-completion", "bash")
    assert bash.returncode == 0, bash.stderr
    assert "complete -o default -F _fourgood_completion fourgood" in bash.stdout.splitlines()
    assert "_fourgood_completion() {" in bash.stdout
    assert "_FOURGOOD_COMPLETE=complete_bash $1" in bash.stdout
    zsh = _fourgood("--show-completion", "zsh")
    assert zsh.returncode == 0, zsh.stderr
    lines = zsh.stdout.splitlines()
    assert lines[0] == "#compdef fourgood"
    assert "compdef _fourgood_completion fourgood" in lines
    assert "_FOURGOOD_COMPLETE=complete_zsh fourgood)" in zsh.stdout


def test_shell_completion_offers_the_commands() -> None:
    bash = _fourgood(
        env={"_FOURGOOD_COMPLETE": "complete_bash", "COMP_WORDS": "fourgood sc", "COMP_CWORD": "1"}
    )
    assert bash.returncode == 0, bash.stderr
    assert bash.stdout.split() == ["score", "scorecard", "schema"]
    everything = _fourgood(
        env={"_FOURGOOD_COMPLETE": "complete_bash", "COMP_WORDS": "fourgood ", "COMP_CWORD": "1"}
    )
    commands = [
        "init",
        "validate",
        "score",
        "scorecard",
        "report",
        "followup",
        "todo",
        "schema",
        "form",
    ]
    nouns = ["import", "year", "member", "meeting", "record", "cell"]
    assert everything.stdout.split() == commands + nouns
    zsh = _fourgood(
        env={"_FOURGOOD_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "fourgood sc"}
    )
    assert zsh.returncode == 0, zsh.stderr
    assert '"score":"Score every cell' in zsh.stdout
    assert '"schema":"JSON Schemas' in zsh.stdout
    assert "init" not in zsh.stdout


def test_shell_completion_script_of_python_m_fourgood() -> None:
    bash = _fourgood("--show-completion", "bash", module=True)
    assert bash.returncode == 0, bash.stderr
    assert "complete -o default -F _fourgood_completion fourgood" in bash.stdout.splitlines()
    assert "_FOURGOOD_COMPLETE=complete_bash" in bash.stdout


def test_vietnamese_tables_align(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from fourgood.cli import app

    result = CliRunner().invoke(app, ["score", str(WALKTHROUGH), "--lang", "vi"])
    lines = [line for line in result.stdout.splitlines() if line.startswith(("┃", "│", "┏", "└"))]
    assert lines
    widths = {cell_len(line) for line in lines}
    assert len(widths) == 1, widths
