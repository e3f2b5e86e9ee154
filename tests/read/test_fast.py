"""The fast reader: plain data in one pass with libyaml, or ``None`` to let the located reader
judge anything it cannot judge exactly alike."""

from __future__ import annotations

import math
import unicodedata

import pytest

from fourgood.read.fast import read_fast
from fourgood.read.located import read_located


def test_the_fast_reader_defers_to_the_located_one_on_anything_odd() -> None:
    assert read_fast("a: &x 1\nb: *x\n") is None
    assert read_fast("a: !!str 1\n") is None
    assert read_fast("a: 1\na: 1\n") is None
    assert read_fast("- <<: {a: 1}\n") is None
    assert read_fast("a: " + "[" * 100 + "]" * 100) is None
    assert read_fast("") == (None,)


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("a: 1\nb: [x, 2]\nc: {d: true}\n", {"a": 1, "b": ["x", 2], "c": {"d": True}}),
        ("- 1\n- two\n", [1, "two"]),
        ("just text\n", "just text"),
        ("# only a comment\n", None),
        ("--- \na: 1\n...\n", {"a": 1}),
        ("a: '12'\nb: \"true\"\nc: 12\n", {"a": "12", "b": "true", "c": 12}),  # quotes keep text
        ("date: 2023-01-10\n", {"date": "2023-01-10"}),
        ("a: 'x|y'\n", {"a": "x|y"}),  # an indicator inside quotes is plain text
        ("a: b # | c > d\n", {"a": "b"}),  # ... and inside a comment, nothing
        ("x*y: 1\n", {"x*y": 1}),  # a star that is no alias
        ("a: null\nb:\n", {"a": None, "b": None}),
    ],
)
def test_plain_data_in_one_pass(text: str, data: object) -> None:
    assert read_fast(text) == (data,)
    assert read_located(text)[0] == data  # exactly as the located reader reads it


@pytest.mark.parametrize(
    "text",
    [
        "a: x | y\n",  # a block-scalar indicator where one could start
        "a: >\n  folded\n",
        "a: |\n  literal\n",
        "a: !x 1\n",  # any tag
        "a: ! 1\n",
        "a: &x 1\n",  # an anchor, even unused
        "a: *x\n",
        "%YAML 1.2\n---\na: 1\n",  # a directive
        "\ufeffa: 1\n",  # a byte-order mark inside the text
        "a: 1\n\t\n",  # a tab anywhere
        "? [a]\n: 1\n",  # a complex key
        ".nan: 1\n.nan: 2\n",  # a duplicate key, even NaN
        "a: [1, 2\n",  # anything libyaml cannot parse
    ],
)
def test_what_is_left_to_the_located_reader(text: str) -> None:
    assert read_fast(text) is None


def test_text_and_keys_become_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn")
    result = read_fast(f"{nfd}: {nfd}\nquoted: '{nfd}'\n")
    assert result == ({"Nguyễn": "Nguyễn", "quoted": "Nguyễn"},)


def test_numbers_follow_yaml_1_2() -> None:
    result = read_fast("a: 0o17\nb: 0x1F\nc: 1_000\nd: yes\ne: .inf\nf: 1:20\n")
    assert result is not None
    assert result[0] == {"a": 15, "b": 31, "c": 1000, "d": "yes", "e": math.inf, "f": "1:20"}


def test_an_empty_document_is_told_apart_from_a_refusal() -> None:
    assert read_fast("") == (None,)
    assert read_fast("\n\n") == (None,)
    assert read_fast("a: [") is None
