"""The JSON Schemas for editors: current, and they agree with fourgood on the example files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.models.json_schema import KINDS, file_name, json_schema, schema_text
from fourgood.read.yamlio import read_document
from fourgood.render.output_schemas import OUTPUTS
from tests.conftest import ROOT

SCHEMAS = ROOT / "schemas"


def kind_of(path: Path) -> str:
    """Which kind of data file a path is, by the data-set layout."""
    if path.name == "organisation.yaml":
        return "organisation"
    if path.parent.name == "programme":
        return "programme"
    if path.parent.name == "rubrics":
        return "rubric"
    if path.name == "roster.yaml":
        return "roster"
    return "meetings" if path.name.startswith("meetings-") else "record"


def as_json(value: Any) -> Any:
    """What a YAML language server sees: mapping keys are text."""
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value


def validator(kind: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / file_name(kind)).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


EXAMPLE_FILES = sorted(p for p in (ROOT / "examples").rglob("*.yaml") if p.is_file())
EXAMPLE_FILES += sorted((ROOT / "rubrics").glob("*.yaml"))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_committed_schemas_are_current(kind: str) -> None:
    assert (SCHEMAS / file_name(kind)).read_text(encoding="utf-8") == schema_text(kind), (
        "run: fourgood schema --output schemas"
    )


@pytest.mark.parametrize(
    "path", EXAMPLE_FILES, ids=[str(p.relative_to(ROOT)) for p in EXAMPLE_FILES]
)
def test_every_example_file_validates_against_its_schema(path: Path) -> None:
    data = as_json(read_document(path.read_bytes()).data)
    errors = sorted(validator(kind_of(path)).iter_errors(data), key=str)
    assert not errors, errors[0].message


@pytest.mark.parametrize(
    "path", EXAMPLE_FILES, ids=[str(p.relative_to(ROOT)) for p in EXAMPLE_FILES]
)
def test_example_files_point_editors_at_their_schema(path: Path) -> None:
    if path.parent.name == "rubrics":
        return  # shipped rubrics are not data-set files
    first = path.read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first.startswith(prefix)
    target = (path.parent / first.removeprefix(prefix)).resolve()
    assert target == (SCHEMAS / file_name(kind_of(path))).resolve()


"""The rubric's rule-kind definitions, which do not carry field descriptions (yet)."""


def undescribed(node: Any, where: str) -> list[str]:
    """Every property under ``node`` (a JSON Schema, or part of one) without a description."""
    found: list[str] = []
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, sub in sorted(properties.items()):
                if not (isinstance(sub, dict) and sub.get("description")):
                    found.append(f"{where}.{name}")
        for key, sub in sorted(node.items()):
            if key == "$defs":
                for name, definition in sorted(sub.items()):
                    found += undescribed(definition, name)
            elif key == "properties" and isinstance(sub, dict):
                for name, prop in sorted(sub.items()):
                    found += undescribed(prop, f"{where}.{name}")
            else:
                found += undescribed(sub, where)
    elif isinstance(node, list):
        for sub in node:
            found += undescribed(sub, where)
    return found


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_property_has_a_description(kind: str) -> None:
    schema = json_schema(kind)
    missing = undescribed(schema, kind)
    assert not missing, f"properties without a description: {', '.join(missing)}"


def test_the_description_walk_finds_a_missing_description() -> None:
    schema = {
        "properties": {"a": {"type": "string", "description": "A."}, "b": {"$ref": "#/$defs/B"}},
        "$defs": {"B": {"properties": {"c": {"type": "integer"}}}},
    }
    assert undescribed(schema, "top") == ["top.b", "B.c"]


def test_a_file_with_an_unknown_key_is_rejected() -> None:
    data = {
        "members": [
            {
                "id": "a",
                "name": "A",
                "sex": "male",
                "born": "1980-01-01",
                "admitted": "2000-01-01",
                "atendance": 1,
            }
        ]
    }
    errors = list(validator("roster").iter_errors(data))
    assert errors
    assert "atendance" in errors[0].message


def test_schema_command_writes_every_kind(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["schema", "--output", str(tmp_path)])
    assert result.exit_code == 0
    written = {p.name for p in tmp_path.iterdir()}
    assert written == {file_name(k) for k in KINDS} | {f"{o}.schema.json" for o in OUTPUTS}
    printed = CliRunner().invoke(app, ["schema"])
    assert set(json.loads(printed.stdout)) == set(KINDS) | set(OUTPUTS)  # and the outputs'


def test_an_unknown_score_sheet_item_or_too_many_points_is_rejected() -> None:
    meeting = {"date": "2023-01-10", "kind": "regular"}
    check = validator("meetings")
    assert not list(check.iter_errors({"meetings": [{**meeting, "sheet": {"conduct": 38}}]}))
    assert list(check.iter_errors({"meetings": [{**meeting, "sheet": {"foo": 3}}]}))
    assert list(check.iter_errors({"meetings": [{**meeting, "sheet": {"closing": 99}}]}))


def test_a_rule_naming_an_unknown_fact_is_rejected() -> None:
    rubric = as_json(read_document((ROOT / "rubrics" / "4good-2023.yaml").read_bytes()).data)
    check = validator("rubric")
    assert not list(check.iter_errors(rubric))
    rubric["contents"][0]["criteria"][0]["rule"]["fact"] = "work_programm"
    assert list(check.iter_errors(rubric))
