"""``fourgood schema``: the data files' JSON Schemas, printed or written one file per kind."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.models.json_schema import KINDS, json_schema, schema_text
from fourgood.read.yamlio import read_document
from fourgood.render.output_schemas import OUTPUTS, output_schema, output_schema_text
from tests.conftest import WALKTHROUGH


def test_every_schema_printed_as_one_object(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert sorted(printed) == sorted([*KINDS, *OUTPUTS])
    for kind in KINDS:
        assert printed[kind] == json_schema(kind)
    for name in OUTPUTS:
        assert printed[name] == output_schema(name)
    assert result.stdout == json.dumps(printed, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_the_printed_schemas_accept_the_walkthrough(runner: CliRunner) -> None:
    schemas = json.loads(runner.invoke(app, ["schema"]).stdout)
    for kind, path in (
        ("organisation", "organisation.yaml"),
        ("programme", "programme/2023.yaml"),
        ("roster", "cells/van-phong/roster.yaml"),
        ("meetings", "cells/van-phong/meetings-2023.yaml"),
        ("record", "cells/van-phong/record-2023.yaml"),
    ):
        data = read_document((WALKTHROUGH / path).read_bytes()).data
        jsonschema.validate(data, schemas[kind])


def test_one_file_per_kind_into_a_new_directory(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "editor" / "schemas"
    result = runner.invoke(app, ["schema", "--output", str(target)])
    assert result.exit_code == 0, result.output
    names = [f"{name}.schema.json" for name in [*KINDS, *OUTPUTS]]
    assert result.stdout.splitlines() == [f"{target}/{name}" for name in names]
    assert sorted(p.name for p in target.iterdir()) == sorted(names)
    for kind in KINDS:
        assert (target / f"{kind}.schema.json").read_text(encoding="utf-8") == schema_text(kind)
    for name in OUTPUTS:
        written = (target / f"{name}.schema.json").read_text(encoding="utf-8")
        assert written == output_schema_text(name)


def test_writing_again_replaces_the_files(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "roster.schema.json").write_text("old\n", encoding="utf-8")
    result = runner.invoke(app, ["schema", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "roster.schema.json").read_text(encoding="utf-8") == schema_text("roster")
    names = sorted(f"{name}.schema.json" for name in [*KINDS, *OUTPUTS])
    assert sorted(p.name for p in tmp_path.iterdir()) == names


def test_an_output_that_is_a_file_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "schemas"
    target.write_text("not a directory\n", encoding="utf-8")
    result = runner.invoke(app, ["schema", "--output", str(target), "--lang", "vi"])
    assert result.exit_code == 1
    assert result.stderr == f"{target}: lỗi: không ghi được: đã có một tệp trùng tên ở đó\n"
    assert target.read_text(encoding="utf-8") == "not a directory\n"
