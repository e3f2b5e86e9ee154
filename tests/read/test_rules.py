"""The reading rules both readers share: the size and depth limits, and the located refusal."""

from __future__ import annotations

import pytest

from fourgood.i18n.message import msg
from fourgood.i18n.render import render
from fourgood.read.fast import read_fast
from fourgood.read.located import read_located
from fourgood.read.rules import MAX_DEPTH, MAX_FILE_BYTES, YamlError
from fourgood.read.yamlio import read_document


def nested(containers: int) -> str:
    """A document of ``containers`` nested containers: the root mapping, then lists."""
    return "a: " + "[" * (containers - 1) + "]" * (containers - 1) + "\n"


def test_the_limits() -> None:
    assert MAX_FILE_BYTES == 10 * 1024 * 1024
    assert MAX_DEPTH == 64


def test_a_file_of_exactly_the_size_limit_is_read() -> None:
    data = b"a: 1\n" + b"#" * (MAX_FILE_BYTES - 5)
    assert len(data) == MAX_FILE_BYTES
    assert read_document(data).data == {"a": 1}
    with pytest.raises(YamlError) as caught:
        read_document(data + b"#")
    assert caught.value.message == msg("yaml.too_large", size="10.0", limit=10)
    assert render(caught.value.message, "en") == (
        "the file is 10.0 MB, above the 10 MB limit for a data file; split it"
    )
    assert (caught.value.line, caught.value.column) == (None, None)


def test_nesting_up_to_the_depth_limit_is_read_by_both_readers() -> None:
    text = nested(MAX_DEPTH)
    fast = read_fast(text)
    assert fast is not None
    assert fast[0] == read_located(text)[0]
    for located in (False, True):
        with pytest.raises(YamlError) as caught:
            read_document(nested(MAX_DEPTH + 1).encode(), located=located)
        assert caught.value.message == msg("yaml.too_deep", limit=64)
        assert (caught.value.line, caught.value.column) == (1, 67)


def test_a_yaml_error_carries_its_message_and_position() -> None:
    error = YamlError(msg("yaml.tab"), 2, 1)
    assert error.message == msg("yaml.tab")
    assert (error.line, error.column) == (2, 1)
    assert str(error) == "yaml.tab"
    unplaced = YamlError(msg("yaml.alias"))
    assert (unplaced.line, unplaced.column) == (None, None)
