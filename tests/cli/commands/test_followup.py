"""``fourgood followup`` as a user meets it: the month's cells without a regular meeting."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from fourgood.cli import app
from tests.conftest import WALKTHROUGH


def test_followup_lists_cells_without_a_regular_meeting(runner: CliRunner) -> None:
    result = runner.invoke(app, ["followup", str(WALKTHROUGH), "--month", "2023-08", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["without_regular_meeting"] == [
        {"cell": "trung-tam-yte", "name": "Chi bộ Trung tâm Y tế dự phòng"}
    ]
    assert data["thematic_meetings"] == []
    september = json.loads(
        runner.invoke(app, ["followup", str(WALKTHROUGH), "-m", "2023-09", "-f", "json"]).stdout
    )
    assert september["without_regular_meeting"] == []
    assert [t["date"] for t in september["thematic_meetings"]] == ["2023-09-26", "2023-09-28"]


def test_followup_bad_month_is_a_usage_error(runner: CliRunner) -> None:
    assert runner.invoke(app, ["followup", str(WALKTHROUGH), "--month", "2023-13"]).exit_code == 2


def test_the_2024_follow_up_of_the_example_bloc(runner: CliRunner) -> None:
    from tests.conftest import LANG_SON

    args = ["report", str(LANG_SON), "--year", "2024", "--as-of", "2024-02-20", "-f", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["as_of"] == "2024-02-20"
    assert data["programme"]["by_basis"] == {"continuing": 47, "registered": 5, "selected": 42}
    assert data["previous"]["programme"]["met"] == 47
    february = runner.invoke(app, ["followup", str(LANG_SON), "--month", "2024-02", "-f", "json"])
    listed = json.loads(february.stdout)
    assert 0 < len(listed["without_regular_meeting"]) < listed["cells"]
