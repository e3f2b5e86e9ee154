"""JSON text: the outer levels indented for people, the inner ones compact, always valid JSON."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.render import jsontext
from fourgood.render.jsontext import dumps, json_chunks, json_text


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


_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=4)
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner, max_size=4)
    ),
    max_leaves=20,
)


def _lazy(value: Any, levels: int, draw: Any) -> Any:
    """The value with some of its lists in the outer ``levels`` given as iterators."""
    if levels <= 0:
        return value
    if isinstance(value, dict):
        return {k: _lazy(v, levels - 1, draw) for k, v in value.items()}
    if isinstance(value, list):
        items = [_lazy(v, levels - 1, draw) for v in value]
        return iter(items) if draw(st.booleans()) else items
    return value


@settings(max_examples=300, deadline=None)
@given(value=_VALUES, expand=st.integers(0, 4), chunk=st.integers(1, 40), data=st.data())
def test_the_text_in_pieces_is_the_whole_text(
    value: Any, expand: int, chunk: int, data: st.DataObject
) -> None:
    # lists of the outer levels may come as iterators, read as they are written; pieces cut
    # anywhere escape as the whole text does
    whole = json_text(value, expand)
    default, jsontext._CHUNK = jsontext._CHUNK, chunk
    try:
        pieces = list(json_chunks(_lazy(value, expand, data.draw), expand))
    finally:
        jsontext._CHUNK = default
    assert "".join(pieces) == whole
    assert all(pieces)


def test_hidden_characters_are_escaped_in_every_piece() -> None:
    value = {"cells": iter([{"name": f"Chi bộ {n}\u202e"} for n in range(3000)])}
    pieces = list(json_chunks(value, expand=2))
    assert len(pieces) > 1
    assert all("\u202e" not in p for p in pieces)
    assert json.loads("".join(pieces))["cells"][2999] == {"name": "Chi bộ 2999\u202e"}
