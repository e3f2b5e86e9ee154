"""Every message a check can emit is produced by at least one data-driven case, so that each
check's words are seen, exactly, in a test (``tests/cases/``)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fourgood.cli import app

from .test_validate_cases import CASE_DIRS, TODAY, build

CHECKS = Path(__file__).resolve().parents[1] / "src" / "fourgood" / "checks"


def check_messages() -> set[str]:
    """The message keys the check modules build (the classification rules excepted: they
    speak in the report, not in validate)."""
    keys: set[str] = set()
    for path in sorted(CHECKS.glob("*.py")):
        if path.name == "classification.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "msg"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                keys.add(node.args[0].value)
    # words inside other messages
    return keys - {
        "rubric.descending",
        "rubric.ascending",
        "period.from",
        "period.to",
        "period.between",
    }


def test_every_check_message_is_produced_by_a_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOURGOOD_TODAY", TODAY)
    produced: set[str] = set()
    for case in CASE_DIRS:
        here = tmp_path / case.name
        here.mkdir()
        build(case, here)
        monkeypatch.chdir(here)
        result = CliRunner().invoke(app, ["validate", "data", "--no-cache", "-f", "json"])
        produced |= {p["code"] for p in json.loads(result.stdout)}
    missing = sorted(check_messages() - produced)
    assert not missing, f"no case produces: {', '.join(missing)}"
