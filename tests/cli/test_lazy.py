"""Options are converted only when given: ``CMD --help`` and options left out cost nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.cli.lazy import defer_converters
from fourgood.cli.registry import COMMANDS

WALKTHROUGH = Path(__file__).resolve().parents[2] / "examples" / "walkthrough"


@pytest.mark.parametrize("name", sorted(c.name for c in COMMANDS))
def test_command_help_imports_no_pydantic(name: str) -> None:
    script = (
        f"import sys\nsys.argv = ['fourgood', {name!r}, '--help']\n"
        "from fourgood.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('pydantic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "False"


def test_a_bad_value_is_still_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["score", str(WALKTHROUGH), "--year", "abc"])
    assert result.exit_code == 2
    assert "--year" in result.output


def test_options_left_out_and_given_convert_as_before(runner: CliRunner) -> None:
    args = ["score", str(WALKTHROUGH), "--year", "2023", "--cell", "van-phong", "-f", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert '"id": "van-phong"' in result.stdout


def test_a_parameter_without_typer_converters_is_left_alone() -> None:
    plain = SimpleNamespace(name="plain")  # older typer: no converter to defer
    built = SimpleNamespace(_runtime_param="built", type_descriptor=object())
    defer_converters([plain, built])
    assert not hasattr(plain, "_runtime_param")
    assert built._runtime_param == "built"
