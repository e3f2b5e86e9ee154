"""Text from data, shown and never acting: control and format characters become escapes."""

from __future__ import annotations

import json
import sys
import unicodedata

import pytest

from fourgood.i18n.visible import HIDDEN, hidden, json_escaped, visible


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[2Jclear", "\\x1b[2Jclear"),
        ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),
        (
            "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
            "\\x1b]8;;http://x\\x1b\\link\\x1b]8;;\\x1b\\",
        ),
        ("\x1b]52;c;cGF5bG9hZA==\x07", "\\x1b]52;c;cGF5bG9hZA==\\x07"),
        ("name\n::error file=x::pwned", "name\\n::error file=x::pwned"),
        ("a\rb\tc", "a\\rb\\tc"),
        ("gpj.exe\u202e", "gpj.exe\\u202e"),
        ("TP\u200d-001", "TP\\u200d-001"),
        ("tag\U000e0041", "tag\\U000e0041"),
        ("Nguyễn Thị Ánh Đào", "Nguyễn Thị Ánh Đào"),
        ("Chi bộ\u00a0Văn phòng", "Chi bộ\u00a0Văn phòng"),  # a no-break space is a space
    ],
)
def test_what_would_act_is_shown(text: str, shown: str) -> None:
    assert visible(text) == shown


def test_the_pattern_holds_every_hidden_character_of_this_pythons_unicode() -> None:
    every = [chr(c) for c in range(sys.maxunicode + 1)]
    hidden_here = {c for c in every if hidden(c)}
    matched = {c for c in every if HIDDEN.fullmatch(c)}
    assert hidden_here <= matched
    # what the pattern adds beyond this Python's tables is newer Unicode's format characters
    assert all(0x13430 <= ord(c) <= 0x1343F for c in matched - hidden_here), (
        unicodedata.unidata_version
    )


def test_json_keeps_the_data_and_its_layout_but_shows_the_hidden() -> None:
    value = {"name": "a\u202eb", "note": "x\U000e0041\x85y", "line": "1\n2"}
    text = json_escaped(json.dumps(value, ensure_ascii=False, indent=2))
    assert "\u202e" not in text
    assert "\x85" not in text
    assert "\\u202e" in text
    assert text.count("\n") == 4  # the layout's newlines stay
    assert json.loads(text) == value


def test_xml_takes_any_text_once_it_is_safe() -> None:
    from xml.etree import ElementTree

    from fourgood.i18n.visible import xml_safe

    text = "Chi bộ \x00\x1b\ufffe\uffff\ud800 Đ 😀"
    safe = xml_safe(text)
    assert safe == "Chi bộ \\x00\\x1b\\ufffe\\uffff\\ud800 Đ 😀"
    element = ElementTree.fromstring(f"<a>{safe}</a>")
    assert element.text == safe
