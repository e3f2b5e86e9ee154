"""Every JSON output validates against its shipped schema, and names the schema's version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.cli.commands import followup, report, score, todo, validate
from fourgood.render.followup import FOLLOWUP_SCHEMA_VERSION
from fourgood.render.output_schemas import OUTPUTS, file_name, output_schema, output_schema_text
from fourgood.render.problems import VALIDATE_SCHEMA_VERSION
from fourgood.render.report import REPORT_SCHEMA_VERSION
from fourgood.render.scores import SCORE_SCHEMA_VERSION
from fourgood.render.todo import TODO_SCHEMA_VERSION
from tests.conftest import LANG_SON, WALKTHROUGH

VERSIONS = {
    "report": REPORT_SCHEMA_VERSION,
    "score": SCORE_SCHEMA_VERSION,
    "followup": FOLLOWUP_SCHEMA_VERSION,
    "validate": VALIDATE_SCHEMA_VERSION,
    "todo": TODO_SCHEMA_VERSION,
}


def _objects(data: Any) -> list[Any]:
    """The objects that carry the version: the output, or each item of a list."""
    return data if isinstance(data, list) else [data]


def _check(name: str, stdout: str) -> list[Any]:
    data = json.loads(stdout)
    schema = output_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
    objects = _objects(data)
    assert all(o["schema_version"] == VERSIONS[name] for o in objects)
    return objects


def test_every_command_with_json_has_its_schema() -> None:
    with_json = {
        m.__name__.rsplit(".", 1)[1]
        for m in (followup, report, score, validate, todo)
        if "json" in m.FORMATS.names()
    }
    assert set(OUTPUTS) == with_json
    for name in OUTPUTS:
        schema = output_schema(name)
        assert schema["$id"].endswith("/" + file_name(name))
        assert json.loads(output_schema_text(name)) == schema
        item = schema["items"]["$ref"] if "$ref" in schema.get("items", {}) else None
        version = (
            schema["$defs"][item.rsplit("/", 1)[1]] if item else schema.get("items", schema)
        )["properties"]["schema_version"]
        assert version == {"const": VERSIONS[name]}


def test_an_unknown_output_has_no_schema() -> None:
    with pytest.raises(KeyError):
        output_schema("nothing")


@pytest.mark.parametrize(
    ("data", "year", "lang"),
    [(WALKTHROUGH, "2023", "en"), (LANG_SON, "2023", "vi"), (LANG_SON, "2024", "en")],
)
def test_score_and_report_json_follow_their_schemas(
    runner: CliRunner, data: Path, year: str, lang: str
) -> None:
    args = [str(data), "--year", year, "--lang", lang, "-f", "json"]
    as_of = ["--as-of", "2024-02-20"] if year == "2024" else []
    cells = _check("score", runner.invoke(app, ["score", *args, *as_of]).stdout)
    assert cells
    assert {c["status"] for c in cells} <= {"met", "not_met", "incomplete"}
    _check("report", runner.invoke(app, ["report", *args, *as_of]).stdout)


@pytest.mark.parametrize(("data", "month"), [(WALKTHROUGH, "2023-09"), (LANG_SON, "2024-02")])
def test_followup_json_follows_its_schema(runner: CliRunner, data: Path, month: str) -> None:
    result = runner.invoke(app, ["followup", str(data), "--month", month, "-f", "json"])
    (review,) = _check("followup", result.stdout)
    assert review["without_regular_meeting"] or review["thematic_meetings"]


def test_validate_json_follows_its_schema(runner: CliRunner, walkthrough: Path) -> None:
    assert (
        _check("validate", runner.invoke(app, ["validate", str(walkthrough), "-f", "json"]).stdout)
        == []
    )
    record = walkthrough / "cells" / "van-phong" / "record-2023.yaml"
    record.write_text(record.read_text("utf-8").replace("inspection:", "inspektion:"), "utf-8")
    (walkthrough / "notes.yml").write_text("x: 1\n", "utf-8")
    result = runner.invoke(app, ["validate", str(walkthrough), "-f", "json"])
    problems = _check("validate", result.stdout)
    assert {p["severity"] for p in problems} == {"error", "warning"}
    assert any(p["line"] is None for p in problems)


@pytest.mark.parametrize(
    ("data", "period"),
    [(WALKTHROUGH, ["--year", "2023"]), (LANG_SON, ["--month", "2024-02"])],
)
def test_todo_json_follows_its_schema(runner: CliRunner, data: Path, period: list[str]) -> None:
    for lang in ("en", "vi"):
        args = ["todo", str(data), *period, "-f", "json", "--lang", lang]
        (checklist,) = _check("todo", runner.invoke(app, args).stdout)
        assert checklist["cells"]
