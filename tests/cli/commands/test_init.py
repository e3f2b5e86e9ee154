"""``fourgood init`` as a user meets it: a new data set that validates at once under the edition in
force for its year, a copy of the edition only when asked, and refusals."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fourgood.cli import app


def test_init_then_validate(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "my-bloc"
    result = runner.invoke(app, ["init", str(target), "--year", "2025"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"created a data set in {target} (12 files); next: fourgood validate {target}\n"
    )
    assert not (target / "rubrics").exists()  # the shipped 2025 edition is in force
    assert (target / "programme" / "2025.yaml").is_file()
    checked = runner.invoke(app, ["validate", str(target)])
    assert checked.exit_code == 0, checked.output
    assert checked.stdout == "no problems in 7 files\n"
    scored = runner.invoke(app, ["score", str(target), "--format", "csv"])
    assert scored.exit_code == 0, scored.output
    assert scored.stdout.splitlines()[1].startswith(
        "2025,chi-bo-mau,Chi bộ Văn phòng (mẫu),agency,"
    )


def test_init_in_vietnamese_for_a_year_with_a_shipped_rubric(
    runner: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "khoi"
    result = runner.invoke(app, ["init", str(target), "-y", "2024", "--lang", "vi"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"đã tạo bộ dữ liệu trong {target} (12 tệp); tiếp theo: fourgood validate {target}\n"
    )
    assert not (target / "rubrics").exists()


def test_the_year_defaults_to_this_year(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "b")])
    assert result.exit_code == 0, result.output
    this_year = date.today().year
    assert sorted(p.name for p in (tmp_path / "b" / "programme").iterdir()) == [f"{this_year}.yaml"]


def test_an_implausible_year_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    for year, ok in (("1929", False), ("1930", True), ("2100", True), ("2101", False)):
        args = ["init", str(tmp_path / year), "--year", year, "--lang", "vi", "--copy-rubric"]
        result = runner.invoke(app, args)
        assert (result.exit_code == 0) is ok, result.output
        if not ok:
            assert result.exit_code == 2
            assert (
                f"Lỗi: Giá trị của --year không hợp lệ: {year} không phải năm hợp lệ"
                in result.stderr
            )
            assert not (tmp_path / year).exists()


def test_init_for_2026_validates_and_scores_under_the_2025_edition(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOURGOOD_TODAY", "2026-12-01")
    target = tmp_path / "x"
    assert runner.invoke(app, ["init", "--year", "2026", str(target)]).exit_code == 0
    checked = runner.invoke(app, ["validate", str(target)])
    assert checked.exit_code == 0, checked.output
    scored = runner.invoke(app, ["score", str(target), "--year", "2026", "-f", "json"])
    assert scored.exit_code == 0, scored.output
    (card,) = json.loads(scored.stdout)
    assert card["rubric"] == {"id": "4good", "version": "2025.1"}
    assert card["as_of"] == "2026-12-01"
    record = (target / "cells/chi-bo-mau/record-2026.yaml").read_text(encoding="utf-8")
    assert "# classification_points: 92" in record  # 366-QĐ/TW: the year is classified on points


def test_a_year_no_edition_covers_is_refused_unless_a_copy_is_asked_for(
    runner: CliRunner, tmp_path: Path
) -> None:
    refused = runner.invoke(app, ["init", str(tmp_path / "old"), "--year", "2022"])
    assert refused.exit_code == 1
    assert refused.stderr == (
        "error: fourgood ships no edition of the rules for 2022 (its editions start in 2023): "
        "choose 2023 or a later year, or add --copy-rubric to start from a copy of the nearest "
        "edition put in force for 2022, and adapt it\n"
    )
    assert not (tmp_path / "old").exists()
    copied = runner.invoke(app, ["init", str(tmp_path / "old"), "-y", "2022", "--copy-rubric"])
    assert copied.exit_code == 0, copied.output
    rubric = (tmp_path / "old" / "rubrics" / "4good.yaml").read_text(encoding="utf-8")
    assert "\nin_force: {from: 2022, to: 2022}\n" in rubric
    assert runner.invoke(app, ["validate", str(tmp_path / "old")]).exit_code == 0


def test_a_used_directory_is_refused_and_left_alone(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    result = runner.invoke(app, ["init", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"{tmp_path}: error: exists and is not empty; fourgood init never overwrites anything: "
        "choose a new directory\n"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_a_file_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "bloc.yaml"
    target.write_text("x: 1\n", encoding="utf-8")
    result = runner.invoke(app, ["init", str(target), "--lang", "vi"])
    assert result.exit_code == 1
    assert result.stderr == f"{target}: lỗi: đã tồn tại và không phải thư mục\n"
    assert target.read_text(encoding="utf-8") == "x: 1\n"


def test_the_directory_is_required(runner: CliRunner) -> None:
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 2
    assert "Missing argument 'directory'." in result.stderr
