"""What every recording command shares: a dry run writes nothing, an unknown cell or member
gets a 'did you mean', a change that adds an error is refused and printed."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from fourgood.cli import app


def test_a_dry_run_shows_the_change_and_writes_nothing(
    runner: CliRunner, walkthrough: Path
) -> None:
    roster = walkthrough / "cells" / "van-phong" / "roster.yaml"
    before = roster.read_bytes()
    args = ["member", "exempt", "TP-004", "--from", "01/11/2023", "-d", str(walkthrough), "-n"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "+      - {from: 2023-11-01}" in result.output
    assert roster.read_bytes() == before


def test_an_unknown_member_or_cell_gets_a_did_you_mean(
    runner: CliRunner, walkthrough: Path
) -> None:
    member = runner.invoke(
        app, ["member", "exempt", "TP-0004", "--from", "01/11/2023", "-d", str(walkthrough)]
    )
    assert member.exit_code == 1
    assert "TP-004" in member.output
    cell = runner.invoke(
        app,
        [
            "meeting",
            "add",
            "van-phon",
            "--date",
            "01/12/2023",
            "--kind",
            "regular",
            "-d",
            str(walkthrough),
        ],
    )
    assert cell.exit_code == 1
    assert "did you mean 'van-phong'" in cell.output


def test_a_change_that_adds_an_error_is_refused(runner: CliRunner, walkthrough: Path) -> None:
    roster = walkthrough / "cells" / "van-phong" / "roster.yaml"
    before = roster.read_bytes()
    args = [
        "member",
        "exempt",
        "TP-004",
        "--from",
        "01/11/2023",
        "--to",
        "01/10/2023",
        "-d",
        str(walkthrough),
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "roster.yaml:" in result.output
    assert roster.read_bytes() == before
