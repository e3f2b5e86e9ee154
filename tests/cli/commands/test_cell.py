"""``fourgood cell add``."""

from __future__ import annotations

from pathlib import Path

from tests.cli.commands.kit import run, text


def test_a_cell_in_the_organisation_and_the_programme(walkthrough: Path) -> None:
    result = run(
        walkthrough,
        "cell",
        "add",
        "moi",
        "--name",
        "Chi bộ Mới",
        "--type",
        "agency",
        "--parent",
        "dukcq",
        "--year",
        "2023",
        "--basis",
        "registered",
    )
    assert result.exit_code == 0, result.output
    assert "recorded: 3 files written" in result.output
    assert "  - id: moi\n    name: Chi bộ Mới\n" in text(walkthrough, "organisation.yaml")
    assert "  - cell: moi\n    basis: registered\n" in text(walkthrough, "programme/2023.yaml")
    twice = run(
        walkthrough, "cell", "add", "moi", "--name", "X", "--type", "agency", "--parent", "dukcq"
    )
    assert twice.exit_code == 1
