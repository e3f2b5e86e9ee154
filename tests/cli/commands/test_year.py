"""``fourgood year start YEAR`` as a user meets it: a data set started in 2025 goes on to 2026 in
one step and validates clean; what it prints; the refusals, in the user's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from tests.conftest import walkthrough_moved_to


@pytest.fixture
def in_2025(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The walk-through moved to 2025 (its van-phong meets the standard, trung-tam-yte does
    not), on 15 January 2026."""
    monkeypatch.setenv("FOURGOOD_TODAY", "2026-01-15")
    return walkthrough_moved_to(2025, tmp_path / "data")


def test_a_data_set_started_in_2025_goes_to_2026_and_validates_clean(
    runner: CliRunner, in_2025: Path
) -> None:
    result = runner.invoke(app, ["year", "start", "2026", str(in_2025)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"wrote {in_2025}/cells/van-phong/meetings-2026.yaml\n"
        f"wrote {in_2025}/cells/van-phong/record-2026.yaml\n"
        f"wrote {in_2025}/programme/2026.yaml\n"
        "started 2026: 1 cell carries on, 1 listed for the board to decide; 3 files written; "
        "next: fourgood validate\n"
    )
    checked = runner.invoke(app, ["validate", str(in_2025), "--strict"])
    assert checked.exit_code == 0, checked.output
    assert checked.stdout == "no problems in 13 files\n"
    programme = (in_2025 / "programme" / "2026.yaml").read_text(encoding="utf-8")
    assert "  - {cell: van-phong, basis: continuing}\n" in programme
    assert "#  - {cell: trung-tam-yte, basis: selected}" in programme
    record = (in_2025 / "cells/van-phong/record-2026.yaml").read_text(encoding="utf-8")
    assert "# classification_points: 92" in record  # the 2025 edition classifies on points


def test_a_year_already_started_is_refused(runner: CliRunner, in_2025: Path) -> None:
    assert runner.invoke(app, ["year", "start", "2026", str(in_2025)]).exit_code == 0
    before = sorted(p for p in in_2025.rglob("*") if p.is_file())
    again = runner.invoke(app, ["year", "start", "2026", str(in_2025), "--lang", "vi"])
    assert again.exit_code == 1
    assert again.stderr == (
        f"{in_2025}/programme/2026.yaml: lỗi: đã tồn tại: năm này đã được bắt đầu; không ghi "
        "tệp nào\n"
    )
    assert sorted(p for p in in_2025.rglob("*") if p.is_file()) == before


def test_a_cells_file_already_there_is_kept(runner: CliRunner, in_2025: Path) -> None:
    log = in_2025 / "cells" / "van-phong" / "meetings-2026.yaml"
    log.write_text("meetings: []  # started by hand\n", encoding="utf-8")
    result = runner.invoke(app, ["year", "start", "2026", str(in_2025)])
    assert result.exit_code == 0, result.output
    assert f"kept {log}: it already exists, not overwritten\n" in result.stdout
    assert log.read_text(encoding="utf-8") == "meetings: []  # started by hand\n"


def test_without_the_year_befores_programme(runner: CliRunner, in_2025: Path) -> None:
    result = runner.invoke(app, ["year", "start", "2027", str(in_2025)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"{in_2025}: error: no programme for 2026 to carry on from: write programme/2026.yaml "
        "first, or start with fourgood init\n"
    )


def test_a_year_no_edition_covers_is_refused_before_anything_is_written(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOURGOOD_TODAY", "2022-01-15")
    data = walkthrough_moved_to(2021, tmp_path / "data")
    (data / "rubrics").mkdir()
    # the bloc's own copy of the 2023 edition, put in force for 2021
    source = Path(__file__).resolve().parents[3] / "rubrics" / "4good-2023.yaml"
    text = source.read_text(encoding="utf-8")
    own = text.replace("in_force: {from: 2023-01-01, to: 2024-12-31}", "years: [2021]")
    (data / "rubrics" / "ours.yaml").write_text(own, encoding="utf-8")
    result = runner.invoke(app, ["year", "start", "2022", str(data)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"{data}: error: no edition of the rules covers 2022 for agency, public service unit "
        "cells: add a rubric in force for 2022 to rubrics/ (e.g. in_force: {from: 2022}) first; "
        "nothing was written\n"
    )
    assert not (data / "programme" / "2022.yaml").exists()


def test_the_action_and_the_year_are_checked(runner: CliRunner, in_2025: Path) -> None:
    assert runner.invoke(app, ["year", "stop", "2026", str(in_2025)]).exit_code == 2
    assert runner.invoke(app, ["year", "start", "20266", str(in_2025)]).exit_code == 2
    first = runner.invoke(app, ["year", "start", "1930", str(in_2025)])  # 1929 is not a year
    assert first.exit_code == 2
    assert "1930 is not a plausible year" in first.stderr
    assert not (in_2025 / "programme" / "1930.yaml").exists()


def test_a_cell_directory_linked_out_of_the_data_set_is_never_written_through(
    runner: CliRunner, in_2025: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    cell = in_2025 / "cells" / "van-phong"
    cell.rename(elsewhere)
    cell.symlink_to(elsewhere)
    result = runner.invoke(app, ["year", "start", "2026", str(in_2025), "--follow-links"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{cell}: error: a link leading out of the data set:")
    assert sorted(p.name for p in elsewhere.iterdir()) == [
        "meetings-2025.yaml",
        "record-2025.yaml",
        "roster.yaml",
    ]
    assert not (in_2025 / "programme" / "2026.yaml").exists()


def test_a_broken_programme_shows_its_own_errors(runner: CliRunner, in_2025: Path) -> None:
    (in_2025 / "programme" / "2025.yaml").write_text("cells: {oops\n", encoding="utf-8")
    result = runner.invoke(app, ["year", "start", "2026", str(in_2025)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{in_2025}/programme/2025.yaml:")
    assert not (in_2025 / "programme" / "2026.yaml").exists()
