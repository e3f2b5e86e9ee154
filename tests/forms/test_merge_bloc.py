"""The bloc's form merged: points need their note, a classification and a commendation."""

from __future__ import annotations

from pathlib import Path

from tests.forms.kit import edited, run_import, snapshot, write_form


def test_points_a_classification_and_points_over_the_maximum(
    walkthrough: Path, tmp_path: Path
) -> None:
    form = write_form(walkthrough, tmp_path / "b.xlsx", "--bloc", lang="en")
    assert "nothing to change" in run_import(walkthrough, form).output
    changed = edited(form, tmp_path / "c.xlsx", {(2, "D2"): 18, (2, "C2"): "HTXSNV"})
    result = run_import(walkthrough, changed)
    assert result.exit_code == 0, result.output
    record = (walkthrough / "cells" / "trung-tam-yte" / "record-2023.yaml").read_text("utf-8")
    assert "classification: HTXSNV" in record
    assert "points: 18" in record
    before = snapshot(walkthrough)
    noteless = edited(form, tmp_path / "n.xlsx", {(2, "D2"): 25})
    refused = run_import(walkthrough, noteless)
    assert refused.exit_code == 1
    assert "n.xlsx, Assessment!" in refused.output
    assert snapshot(walkthrough) == before
