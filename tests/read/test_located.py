"""The located reader: plain data with the line and column of every key and value, and syntax
errors in plain words at the place to look."""

from __future__ import annotations

import pytest

from fourgood.i18n.message import msg
from fourgood.i18n.render import render
from fourgood.read.located import Positions, read_located
from fourgood.read.rules import YamlError


def refusal(text: str) -> YamlError:
    with pytest.raises(YamlError) as caught:
        read_located(text)
    return caught.value


def test_positions_of_keys_and_values() -> None:
    data, positions = read_located("a:\n  b: 1\n  c:\n    - x\n    - {d: 2}\n")
    assert data == {"a": {"b": 1, "c": ["x", {"d": 2}]}}
    assert positions.key(("a", "b")) == (2, 3)
    assert positions.value(("a", "b")) == (2, 6)
    assert positions.value(("a", "c", 1)) == (5, 7)
    assert positions.key(("a", "c", 1, "d")) == (5, 8)
    assert positions.value(("a", "missing")) == (2, 3)  # nearest located ancestor


def test_every_key_and_value_is_placed() -> None:
    _, positions = read_located("bloc:\n  id: b\ncells:\n  - id: c\n    name: C\n")
    assert positions.values == {
        (): (1, 1),
        ("bloc",): (2, 3),
        ("bloc", "id"): (2, 7),
        ("cells",): (4, 3),
        ("cells", 0): (4, 5),
        ("cells", 0, "id"): (4, 9),
        ("cells", 0, "name"): (5, 11),
    }
    assert positions.keys == {
        ("bloc",): (1, 1),
        ("bloc", "id"): (2, 3),
        ("cells",): (3, 1),
        ("cells", 0, "id"): (4, 5),
        ("cells", 0, "name"): (5, 5),
    }
    assert positions.key(("cells", 0)) == (4, 5)  # a list item has no key: its value


def test_positions_with_nothing_located_point_at_the_start() -> None:
    assert Positions().value(("a", 1)) == (1, 1)
    assert Positions().key(("a",)) == (1, 1)


def test_an_empty_document() -> None:
    data, positions = read_located("# nothing here\n")
    assert data is None
    assert positions.values == {}


def test_the_non_specific_tag_is_no_tag() -> None:
    assert read_located("a: ! 12\nb: ! x\n")[0] == {"a": 12, "b": "x"}


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ("a: b: c\n", msg("yaml.colon"), (1, 5)),
        ("a: 1\n  b: 2\n", msg("yaml.colon"), (2, 4)),
        ("a: 1\nb\nc: 2\n", msg("yaml.no_colon"), (3, 1)),
        ("a: 'open\n", msg("yaml.unclosed_quote"), (1, 4)),  # where the quote opens
        ('a: "open\n', msg("yaml.unclosed_quote"), (1, 4)),
        ("a: \t1\n", msg("yaml.tab"), (1, 4)),
        ("a: b\x07\n", msg("yaml.control_char"), (1, 5)),
        ("a: 1\na: 2\n", msg("yaml.duplicate_key", key="a"), (2, 1)),
        ("a: &x 1\nb: *x\n", msg("yaml.alias"), (2, 4)),
        ("a: !!int 1\n", msg("yaml.tag", tag="!!int"), (1, 4)),
        ("a: !custom x\n", msg("yaml.tag", tag="!custom"), (1, 4)),
        ("<<: {a: 1}\n", msg("yaml.merge_key"), (1, 1)),
        ("? [a, b]\n: 1\n", msg("yaml.complex_key"), (1, 3)),
        ("a: 1\n---\nb: 2\n", msg("yaml.multiple_documents"), (2, 1)),
    ],
)
def test_refusals_in_plain_words(text: str, message: object, position: tuple[int, int]) -> None:
    error = refusal(text)
    assert error.message == message
    assert (error.line, error.column) == position


def test_a_syntax_error_says_where_the_unclosed_part_starts() -> None:
    error = refusal("cells:\n  - a\n  - [b, c\n")
    assert (error.line, error.column) == (4, 1)
    assert error.message.key == "yaml.flow_at"
    assert (error.message.arg("line"), error.message.arg("column")) == (3, 5)
    assert render(error.message, "en") == (
        "the { } or [ ] that opens at line 3, column 5 is not closed as YAML expects: entries are "
        "separated by commas and closed by } or ]; put text that holds ':' or ',' in quotes"
    )
    assert "<" not in render(error.message, "vi")


def test_a_merge_key_is_only_a_key() -> None:
    assert read_located("a: <<\n")[0] == {"a": "<<"}
    assert read_located("'<<': 1\n")[0] == {"<<": 1}
