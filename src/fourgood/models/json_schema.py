"""JSON Schemas of the data files, generated from the models, for editors to complete and check.

An editor with a YAML language server (VS Code's Red Hat YAML extension, for one) reads the
``# yaml-language-server: $schema=...`` line at the top of a file and then completes keys,
shows the allowed values and marks unknown keys as you type.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from fourgood.models.meetings import MeetingLog
from fourgood.models.organisation import Organisation
from fourgood.models.programme import Programme
from fourgood.models.record import AnnualRecord
from fourgood.models.roster import Roster
from fourgood.models.rubric import Rubric

KINDS: dict[str, tuple[type[BaseModel], str]] = {
    "organisation": (Organisation, "organisation.yaml"),
    "programme": (Programme, "programme/<year>.yaml"),
    "roster": (Roster, "cells/<cell>/roster.yaml"),
    "meetings": (MeetingLog, "cells/<cell>/meetings-<year>.yaml"),
    "record": (AnnualRecord, "cells/<cell>/record-<year>.yaml"),
    "rubric": (Rubric, "rubrics/<name>.yaml"),
}
"""Each kind of data file: its model and where it lives in a data set."""


def file_name(kind: str) -> str:
    """The schema file of a kind, e.g. ``roster.schema.json``."""
    return f"{kind}.schema.json"


def _shipped_sheet_items() -> dict[str, dict[str, Any]]:
    """Every item of the shipped rubrics' meeting score sheets: its largest maximum and its
    label (from the first sheet, in file and sheet order, that has it)."""
    from fourgood.read.dataset import shipped_rubrics_dir
    from fourgood.read.loading import load_model

    items: dict[str, dict[str, Any]] = {}
    for path in sorted(shipped_rubrics_dir().glob("*.yaml")):
        rubric = load_model(str(path), str(path), Rubric).model
        for _, sheet in sorted(rubric.meetings.sheets.items()) if rubric else ():
            for item, spec in sheet.items.items():
                found = items.setdefault(
                    item, {"type": "integer", "minimum": 0, "maximum": 0, "description": ""}
                )
                found["maximum"] = max(found["maximum"], spec.max)
                found["description"] = found["description"] or (
                    f"{spec.label.en} ({spec.label.vi}): points on the score sheet."
                )
    return items


def _enumerate_facts(node: Any, facts: list[str]) -> None:
    """Every rule's ``fact`` (and a minus's) offers the facts fourgood computes."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "fact" and isinstance(value, dict) and value.get("type") == "string":
                value["enum"] = facts
            else:
                _enumerate_facts(value, facts)
    elif isinstance(node, list):
        for value in node:
            _enumerate_facts(value, facts)


def _strict(kind: str, schema: dict[str, Any]) -> None:
    """Say in the schema what fourgood checks beyond the models' types, where JSON Schema can:
    the fact names a rubric may read, and the items of the shipped score sheets."""
    if kind == "rubric":
        from fourgood.scoring.facts import FACTS

        _enumerate_facts(schema, sorted(FACTS))
    if kind == "meetings":
        sheet = schema["$defs"]["Meeting"]["properties"]["sheet"]["anyOf"][0]
        items = _shipped_sheet_items()
        sheet.pop("additionalProperties")
        sheet["properties"] = {item: items[item] for item in sorted(items)}
        sheet["additionalProperties"] = False


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one kind of data file."""
    model, where = KINDS[kind]
    schema = model.model_json_schema(by_alias=True)
    _strict(kind, schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": file_name(kind),
        **schema,
        "title": f"fourgood {kind} ({where})",
    }


def schema_text(kind: str) -> str:
    """A schema as stable, readable JSON text."""
    return json.dumps(json_schema(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def modeline(kind: str, schemas: str) -> str:
    """The first line of a data file that points editors at its schema."""
    return f"# yaml-language-server: $schema={schemas.rstrip('/')}/{file_name(kind)}"
