"""Format tables: every format a command offers maps to a renderer that exists, and nothing else."""

from __future__ import annotations

import importlib
import typing
from types import ModuleType

import pytest

from fourgood.cli.commands import followup, report, score, scorecard, validate

COMMANDS = [followup, report, score, scorecard, validate]


@pytest.mark.parametrize("module", COMMANDS, ids=[m.__name__ for m in COMMANDS])
def test_the_table_is_exactly_the_choices_and_every_renderer_exists(module: ModuleType) -> None:
    assert module.FORMATS.names() == typing.get_args(module.FormatName)
    for fmt in module.FORMATS:
        name, function = fmt.renderer.split(":")
        assert callable(getattr(importlib.import_module(name), function)), fmt.renderer


def test_binary_formats_need_an_output_file() -> None:
    binary = {
        (m.__name__.rsplit(".", 1)[1], f.name)
        for m in COMMANDS
        for f in m.FORMATS
        if f.needs_output
    }
    assert binary == {
        ("report", "xlsx"),
        ("report", "docx"),
        ("score", "xlsx"),
        ("scorecard", "docx"),
    }
