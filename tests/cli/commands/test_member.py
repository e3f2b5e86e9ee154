"""``fourgood member add|transfer|exempt|discipline|assess``."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from fourgood.cli import app
from tests.cli.commands.kit import run, text

VP = "cells/van-phong/roster.yaml"


def test_add_a_member_and_refuse_the_same_id_twice(walkthrough: Path) -> None:
    args = [
        "member",
        "add",
        "van-phong",
        "--id",
        "TP-009",
        "--name",
        "Võ Thị Mai",
        "--sex",
        "nữ",
        "--born",
        "12/03/1995",
        "--admitted",
        "01/02/2020",
    ]
    result = run(walkthrough, *args)
    assert result.exit_code == 0, result.output
    assert "member TP-009 added to van-phong" in result.output
    assert "  - id: TP-009\n    name: Võ Thị Mai\n    sex: female\n    born: 1995-03-12\n" in text(
        walkthrough, VP
    )
    again = run(walkthrough, *args)
    assert again.exit_code == 1
    assert "used twice" in again.output


def test_transfer_out_of_the_bloc_exempt_discipline_assess(walkthrough: Path) -> None:
    out = run(walkthrough, "member", "transfer", "TP-003", "--date", "20/12/2023", "--to", "Xã X")
    assert out.exit_code == 0, out.output
    exempt = run(
        walkthrough, "member", "exempt", "TP-004", "--from", "01/11/2023", "--reason", "ốm"
    )
    assert exempt.exit_code == 0, exempt.output
    punished = run(
        walkthrough, "member", "discipline", "TP-002", "--date", "01/12/2023", "--form", "reprimand"
    )
    assert punished.exit_code == 0, punished.output
    assessed = run(walkthrough, "member", "assess", "TP-005", "--year", "2023", "--rating", "HTNV")
    assert assessed.exit_code == 0, assessed.output
    roster = text(walkthrough, VP)
    assert "transferred_out: {date: 2023-12-20, to: Xã X}" in roster
    assert "- {from: 2023-11-01, reason: ốm}" in roster
    assert "- {date: 2023-12-01, form: reprimand}" in roster
    assert "2023: {rating: HTNV, dues: in_full" in roster
    checked = CliRunner().invoke(app, ["validate", str(walkthrough)])
    assert checked.exit_code == 0, checked.output
