"""``fourgood import``: what changed is printed, a dry run writes nothing."""

from __future__ import annotations

from pathlib import Path

from tests.cli.commands.kit import run
from tests.forms.kit import edited, snapshot, write_form


def test_a_dry_run_and_the_diff(walkthrough: Path, tmp_path: Path) -> None:
    form = edited(
        write_form(walkthrough, tmp_path / "f.xlsx"), tmp_path / "e.xlsx", {(1, "D6"): "HTNV"}
    )
    before = snapshot(walkthrough)
    dry = run(walkthrough, "import", str(form), "--dry-run", "--diff")
    assert dry.exit_code == 0, dry.output
    assert "+      2023: {rating: HTNV," in dry.output
    assert snapshot(walkthrough) == before
    done = run(walkthrough, "import", str(form))
    assert "1 file written" in done.output
    assert snapshot(walkthrough) != before


def test_not_a_workbook(walkthrough: Path, tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a;b\n")
    result = run(walkthrough, "import", str(tmp_path / "x.csv"))
    assert result.exit_code == 1
    assert "x.csv" in result.output
