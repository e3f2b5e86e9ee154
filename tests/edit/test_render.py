"""Values written as YAML text: plain where both readers read them back the same, quoted
otherwise; flow mappings on one line, block lines where a file writes blocks."""

from __future__ import annotations

from datetime import date

import pytest

from fourgood.edit import render
from fourgood.read.yamlio import read_document


@pytest.mark.parametrize(
    "text",
    [
        "Nguyễn Văn An",
        "12-QĐ/ĐU",
        "Phòng, chống tham nhũng",
        "a: b",
        "yes",
        "12",
        "true",
        "null",
        "",
        " padded",
        "# not a comment",
        "-5",
        "line\nbreak",
        "x #y",
        "ends:",
        "[list]",
        "'q'",
        "\x1b[31m",
    ],
)
def test_any_text_reads_back_as_itself(text: str) -> None:
    for flow in (True, False):
        shown = render.scalar(text, flow=flow)
        assert read_document(f"k: {shown}\n".encode()).data == {"k": text}
    assert read_document(f"k: {render.flow({'a': text, 'b': [text]})}\n".encode()).data == {
        "k": {"a": text, "b": [text]}
    }


def test_plain_only_where_it_is_safe() -> None:
    assert render.scalar("Nguyễn Văn An") == "Nguyễn Văn An"
    assert render.scalar("Phòng, chống", flow=True) == '"Phòng, chống"'
    assert render.scalar("Phòng, chống", flow=False) == "Phòng, chống"
    assert render.scalar("yes") == "yes"  # YAML 1.2: text, as fourgood reads it
    assert render.scalar("12") == '"12"'
    assert render.scalar(date(2023, 1, 10)) == "2023-01-10"
    assert render.scalar(True) == "true"
    assert render.scalar(120) == "120"


def test_a_member_is_a_block_with_its_years_one_line_each() -> None:
    member = {
        "id": "TP-006",
        "name": "Hồ Văn Mới",
        "years": {2023: {"dues": "in_full"}},
        "exempt": [{"from": "2023-09-01", "reason": "ốm"}],
    }
    assert render.item_lines(member, 2) == [
        "- id: TP-006",
        "  name: Hồ Văn Mới",
        "  years:",
        "    2023: {dues: in_full}",
        "  exempt:",
        "    - {from: 2023-09-01, reason: ốm}",
    ]
    assert render.item_lines({"date": "2023-01-10", "kind": "regular"}, 0) == [
        "- {date: 2023-01-10, kind: regular}"
    ]
    assert render.entry("incidents", [], 1) == ["incidents: []"]


def test_only_plain_values_have_text() -> None:
    with pytest.raises(TypeError):
        render.scalar(1.5)
