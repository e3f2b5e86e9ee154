"""The JSON Schemas of fourgood's JSON outputs, shipped in the package under ``schemas/``.

Each output names the version of its schema in a ``schema_version`` field (in the object, or in
every object of a list); a version only ever adds fields. ``fourgood schema`` writes these
beside the data files' schemas.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

OUTPUTS = ("report", "score", "followup", "validate", "todo")
"""The commands with a JSON output, each described by ``<command>.schema.json``."""


def file_name(output: str) -> str:
    """The schema file of an output, e.g. ``score.schema.json``."""
    return f"{output}.schema.json"


def output_schema_text(output: str) -> str:
    """The shipped schema of a command's JSON output, as its text."""
    if output not in OUTPUTS:
        raise KeyError(output)
    return (files("fourgood") / "schemas" / file_name(output)).read_text(encoding="utf-8")


def output_schema(output: str) -> dict[str, Any]:
    """The shipped schema of a command's JSON output."""
    schema: dict[str, Any] = json.loads(output_schema_text(output))
    return schema
