"""JSON text: the outer levels indented for people, the inner ones compact, always valid JSON."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.render.jsontext import dumps, json_text


def test_two_levels_indented_by_default() -> None:
    value = {"a": [1, {"b": 2}], "c": {}, "d": [], "é": "Đảng"}
    assert json_text(value) == (
        '{\n  "a": [\n    1,\n    {"b": 2}\n  ],\n  "c": {},\n  "d": [],\n  "é": "Đảng"\n}\n'
    )


@pytest.mark.parametrize(
    ("expand", "text"),
    [
        (0, '{"a": {"b": {"c": [1]}}}\n'),
        (1, '{\n  "a": {"b": {"c": [1]}}\n}\n'),
        (2, '{\n  "a": {\n    "b": {"c": [1]}\n  }\n}\n'),
        (3, '{\n  "a": {\n    "b": {\n      "c": [1]\n    }\n  }\n}\n'),
    ],
)
def test_how_many_levels_are_indented(expand: int, text: str) -> None:
    assert json_text({"a": {"b": {"c": [1]}}}, expand=expand) == text


def test_scalars_and_empty_containers_are_one_line() -> None:
    assert json_text(5) == "5\n"
    assert json_text("Chi bộ") == '"Chi bộ"\n'
    assert json_text(None) == "null\n"
    assert json_text([]) == "[]\n"
    assert json_text({}) == "{}\n"


def test_keys_are_text() -> None:
    assert json_text({1: "x", 2023: [True]}) == '{\n  "1": "x",\n  "2023": [\n    true\n  ]\n}\n'


@pytest.mark.parametrize(
    "value",
    [
        {"cells": [{"id": "a", "contents": {"P": 95}}], "previous": None, "n": 1.5},
        [[1, [2, [3, [4]]]], {"k": 'quote " and \\ and \n'}],
    ],
)
def test_it_reads_back_as_the_same_value(value: Any) -> None:
    for expand in range(5):
        assert json.loads(json_text(value, expand)) == value


def test_text_stays_readable_unicode() -> None:
    assert "\\u" not in json_text({"name": "Nguyễn Văn An"})


def test_vietnamese_stays_readable_and_controls_are_escaped() -> None:
    text = dumps({"tên": "Chi bộ Đảng\u0007\u202e", "x": "\x1b[31m"})
    assert "Chi bộ Đảng" in text
    assert "\\u1ed9" not in text  # "ộ" as itself
    assert "\\u0007" in text
    assert "\\u202e" in text
    assert "\\u001b" in text
    assert json.loads(text) == {"tên": "Chi bộ Đảng\u0007\u202e", "x": "\x1b[31m"}


_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


@pytest.mark.parametrize(
    "args",
    [
        ["score", "--year", "2023", "-f", "json", "--explain"],
        ["report", "--year", "2023", "-f", "json"],
        ["followup", "--month", "2023-09", "-f", "json"],
        ["validate", "-f", "json"],
    ],
    ids=lambda a: a[0],
)
def test_no_json_output_escapes_a_letter(
    args: list[str], runner: CliRunner, walkthrough: Path
) -> None:
    command, *rest = args
    if command == "validate":  # a problem to report, naming a Vietnamese key
        organisation = walkthrough / "organisation.yaml"
        organisation.write_text(organisation.read_text("utf-8") + "ghi_chú: x\n", "utf-8")
    result = runner.invoke(app, [command, str(walkthrough), *rest, "--lang", "vi"])
    assert result.stdout.lstrip().startswith(("[", "{")), result.output
    json.loads(result.stdout)
    assert any(ord(ch) > 0x7F for ch in result.stdout)  # Vietnamese is there, as itself
    escaped = [chr(int(code, 16)) for code in _ESCAPE.findall(result.stdout)]
    assert all(unicodedata.category(ch)[0] in "CZ" for ch in escaped), escaped
