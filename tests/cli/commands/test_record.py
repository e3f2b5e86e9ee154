"""``fourgood record set|assess``."""

from __future__ import annotations

from pathlib import Path

from tests.cli.commands.kit import run, text

RECORD = "cells/van-phong/record-2023.yaml"


def test_set_a_fact_and_refuse_an_unknown_one(walkthrough: Path) -> None:
    result = run(walkthrough, "record", "set", "van-phong", "candidates", "3", "--year", "2023")
    assert result.exit_code == 0, result.output
    assert "candidates: 3" in text(walkthrough, RECORD)
    unknown = run(walkthrough, "record", "set", "van-phong", "candidate", "3", "--year", "2023")
    assert unknown.exit_code != 0
    assert "candidates" in unknown.output


def test_the_committees_assessed_points(walkthrough: Path) -> None:
    result = run(
        walkthrough, "record", "assess", "van-phong", "P4", "18", "--note", "Tốt", "--year", "2023"
    )
    assert result.exit_code == 0, result.output
    assert "18" in text(walkthrough, RECORD)
