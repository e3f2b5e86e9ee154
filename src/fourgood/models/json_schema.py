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


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one kind of data file."""
    model, where = KINDS[kind]
    schema = model.model_json_schema(by_alias=True)
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
