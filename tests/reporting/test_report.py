"""fourgood report and fourgood followup on the walk-through data set."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from tests.conftest import WALKTHROUGH

SCHEMA = json.loads((files("fourgood") / "schemas" / "report.schema.json").read_text("utf-8"))


def report(runner: CliRunner, *args: str, data: Path = WALKTHROUGH) -> Any:
    result = runner.invoke(app, ["report", str(data), *args])
    assert result.exit_code == 0, result.output
    return result


def test_json_report_figures_and_schema(runner: CliRunner) -> None:
    data = json.loads(report(runner, "--year", "2023", "--format", "json").stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["programme"] == {
        "selected": 2,
        "by_basis": {"registered": 1, "selected": 1},
        "transferred_out": 0,
        "transfers": [],
        "evaluated": 2,
        "met": 1,
        "not_met": 1,
        "incomplete": 0,
        "ended": 0,
        "endings": [],
    }
    assert data["organisation"]["grassroots_cells"] == 2
    assert data["organisation"]["members"] == 11
    assert data["classification"] == {"HTXSNV": 1, "HTTNV": 1, "HTNV": 0, "KHTNV": 0}
    assert data["commended"] == 1
    assert data["meetings"]["months_required"] == 24
    assert data["meetings"]["months_with_regular"] == 23
    assert [c["cell"] for c in data["not_met"]] == ["trung-tam-yte"]
    cells = {c["id"]: c for c in data["cells"]}
    assert cells["trung-tam-yte"]["contents"] == {"P": 62, "S": 92, "Q": 87, "M": 68}
    assert data["previous"] is None


def test_schema_rejects_a_broken_report(runner: CliRunner) -> None:
    data = json.loads(report(runner, "--format", "json").stdout)
    del data["programme"]["met"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_classification_checks_flag_the_quota(runner: CliRunner) -> None:
    data = json.loads(report(runner, "--format", "json").stdout)
    checks = {c["rule"]: c for c in data["classification_checks"]}
    quota = checks["HTXSNV cells at most 20% of those rated HTTNV, across the bloc"]
    assert quota["ok"] is False
    assert quota["details"] == ["the bloc: 1 HTXSNV, limit 0.2 (1 counted)"]
    commended = checks["A cell commended as an exemplary 4 Good cell met the standard"]
    assert commended["ok"] is True


@pytest.mark.parametrize("fmt", ["table", "markdown", "html", "csv"])
def test_every_format_shows_the_same_results(runner: CliRunner, fmt: str) -> None:
    text = report(runner, "--format", fmt).stdout
    assert "Chi bộ Trung tâm Y tế dự phòng" in text
    if fmt != "csv":
        assert "no regular meeting in August 2023" in text


def test_html_is_self_contained(runner: CliRunner) -> None:
    page = report(runner, "--format", "html").stdout
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page
    assert "@page { size: A4" in page
    for fetched in ("http://", "https://", "<script", "<link", "src="):
        assert fetched not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_report_in_vietnamese_has_no_english_headings(runner: CliRunner) -> None:
    text = report(runner, "--lang", "vi").stdout
    assert "Báo cáo kết quả xây dựng mô hình Chi bộ 4 tốt năm 2023" in text
    for english in (
        "The programme",
        "Meetings",
        "Members",
        "Classification",
        "Results by",
        "met the 4 Good",
        "Cell",
        "Figure",
        "not met",
    ):
        assert english not in text


def test_report_output_file_is_written(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = report(runner, "--format", "html", "--output", str(target))
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_as_of_must_be_in_the_year(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["report", str(WALKTHROUGH), "--year", "2023", "--as-of", "2024-01-05"]
    )
    assert result.exit_code == 2


def test_the_article_figures_from_the_example_bloc(runner: CliRunner) -> None:
    """The figures of the article, computed by fourgood from the example bloc's files."""
    from tests.conftest import LANG_SON

    data = json.loads(report(runner, "--year", "2023", "--format", "json", data=LANG_SON).stdout)
    jsonschema.validate(data, SCHEMA)
    org = data["organisation"]
    assert (org["grassroots_organisations"], org["grassroots_committees"]) == (64, 33)
    assert (org["grassroots_cells"], org["sectional_committees"]) == (31, 10)
    assert org["cells_under_committees"] == 247
    assert org["members"] > 4300
    programme = data["programme"]
    assert programme["selected"] == 51
    assert programme["transferred_out"] == 2
    assert {t["to"] for t in programme["transfers"]} == {"Đảng ủy Khối Doanh nghiệp Trung ương"}
    assert programme["evaluated"] == 49
    assert (programme["met"], programme["not_met"], programme["incomplete"]) == (47, 2, 0)
    assert data["classification"]["HTXSNV"] == 26
    assert data["commended"] == 9
    assert all(check["ok"] for check in data["classification_checks"])
    attp = next(c for c in data["cells"] if c["id"] == "attp")
    assert attp["name"] == "Chi bộ Chi cục An toàn vệ sinh thực phẩm"
    assert attp["status"] == "met"
    assert attp["classification"] == "HTXSNV"
    assert attp["commended"] is True


def test_the_cells_rows_share_their_equal_points() -> None:
    """A national bloc's list holds a row for each of 90,000 cells: a content's id and points
    are one pair for every cell that scored them."""
    from fourgood.read.dataset import DataSet
    from fourgood.reporting.report import report_of_year
    from tests.conftest import LANG_SON

    rows = report_of_year(DataSet(str(LANG_SON)), 2023, None, "en", details=False).cells
    pairs = [pair for row in rows for pair in row.points]
    assert len(rows) == 49
    assert len({id(pair) for pair in pairs}) == len(set(pairs)) < len(pairs)
