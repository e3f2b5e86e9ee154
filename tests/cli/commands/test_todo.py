"""``fourgood todo``: what is still to record, as a table and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner, Result

from fourgood.cli import app
from tests.cli.commands.kit import run


def todo(data: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["todo", str(data), "--year", "2023", *args])


def test_the_checklist_and_it_shrinks(walkthrough: Path) -> None:
    table = todo(walkthrough)
    assert table.exit_code == 0, table.output
    assert "August 2023" in table.output or "8/2023" in table.output
    found = json.loads(todo(walkthrough, "--format", "json").output)
    assert found["year"] == 2023
    added = run(
        walkthrough,
        "meeting",
        "add",
        "trung-tam-yte",
        "--date",
        "10/08/2023",
        "--kind",
        "regular",
        "--rating",
        "good",
        "--duration",
        "90",
    )
    assert added.exit_code == 0, added.output
    after = json.loads(todo(walkthrough, "--format", "json").output)
    assert after != found
