"""``fourgood form``: a cell's or the bloc's workbook, never over a filled-in one."""

from __future__ import annotations

from pathlib import Path

from tests.cli.commands.kit import run


def test_a_form_is_written_once(walkthrough: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.xlsx"
    result = run(walkthrough, "form", "van-phong", "--year", "2023", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"PK")
    again = run(walkthrough, "form", "van-phong", "--year", "2023", "-o", str(out))
    assert again.exit_code == 1
    assert "--force" in again.output
    unknown = run(walkthrough, "form", "van-phon", "--year", "2023", "-o", str(tmp_path / "u"))
    assert unknown.exit_code == 1
    assert "van-phong" in unknown.output
    bloc = run(walkthrough, "form", "--bloc", "--year", "2023", "-o", str(tmp_path / "b.xlsx"))
    assert bloc.exit_code == 0, bloc.output
