"""Ids that hide or disguise a character: what is invisible, which alphabets, what looks alike."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fourgood.lookalikes import _LOOKS_LATIN, invisible, lookalikes, script_names, scripts, skeleton


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("TP-001", ""),
        ("văn-phòng", ""),
        ("TP\u200d-001", "\u200d"),  # zero-width joiner
        ("\u202eTP-001", "\u202e"),  # right-to-left override
        ("TP-001\ufe0f", "\ufe0f"),  # variation selector
        ("T\u034fP", "\u034f"),  # combining grapheme joiner
        ("TP\u3164", "\u3164"),  # Hangul filler
        ("TP\x1b[2J", "\x1b"),
    ],
)
def test_what_draws_nothing(text: str, found: str) -> None:
    assert invisible(text) == found


def test_every_default_ignorable_format_character_is_invisible() -> None:
    missed = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) == "Cf" and not invisible(chr(code))
    ]
    assert missed == []


@pytest.mark.parametrize(
    ("text", "alphabets"),
    [
        ("TP-001", ["LATIN"]),
        ("chi-bộ-đường-sắt", ["LATIN"]),
        ("001-42", []),
        ("ТP-001", ["CYRILLIC", "LATIN"]),  # a Cyrillic Т
        ("ΑΒ-1", ["GREEK"]),
    ],
)
def test_the_alphabets_of_an_id(text: str, alphabets: list[str]) -> None:
    assert scripts(text) == alphabets


def test_alphabets_are_named_in_both_languages() -> None:
    names = script_names("ТP-001")
    assert [(n.en, n.vi) for n in names] == [("Cyrillic", "Kirin"), ("Latin", "Latinh")]


@pytest.mark.parametrize(
    "disguised",
    ["ТP-001", "ТР-001", "ＴＰ-００１", "TΡ-001"],  # Cyrillic, all Cyrillic, full-width, Greek Ρ
)
def test_disguised_ids_have_the_skeleton_of_the_plain_one(disguised: str) -> None:
    assert disguised != "TP-001"
    assert skeleton(disguised) == "TP-001"


def test_vietnamese_letters_keep_their_own_skeleton() -> None:
    assert skeleton("đội-Đông") == "đội-Đông"
    assert skeleton("Ðông") == "Đông"  # an Icelandic eth looks like the Vietnamese Đ
    assert skeleton("tp-001") != skeleton("TP-001")  # case is seen


def test_a_lookalike_points_at_the_id_written_as_it_looks() -> None:
    assert lookalikes(["ТP-001", "TP-001", "TP-002", "TP-001"]) == {"ТP-001": "TP-001"}
    # neither is plain: the later imitates the first
    assert lookalikes(["ТР-001", "ТP-001"]) == {"ТP-001": "ТР-001"}
    assert lookalikes(["a", "b"]) == {}


def test_an_ascii_id_is_its_own_skeleton() -> None:
    # lookalikes groups only the skeletons of ids that are not ASCII: this is why it may
    assert [chr(c) for c in _LOOKS_LATIN if chr(c).isascii()] == []
    printable = "".join(map(chr, range(32, 127)))
    assert skeleton(printable) == printable


def _plain_lookalikes(ids: list[str]) -> dict[str, str]:
    """lookalikes as first written: a group for every skeleton."""
    groups: dict[str, list[str]] = {}
    for one in ids:
        group = groups.setdefault(skeleton(one), [])
        if one not in group:
            group.append(one)
    found: dict[str, str] = {}
    for shape, group in groups.items():
        original = shape if shape in group else group[0]
        found.update({one: original for one in group if one != original})
    return found


@given(st.lists(st.text("TPtp-01ТРΡＴđĐÐðƉо", max_size=4), max_size=12))
@settings(max_examples=500, deadline=None)
def test_lookalikes_finds_what_a_group_for_every_skeleton_finds(ids: list[str]) -> None:
    assert list(lookalikes(ids).items()) == list(_plain_lookalikes(ids).items())


def test_an_eth_imitates_a_vietnamese_d() -> None:
    assert lookalikes(["Đông", "Ðông", "Dông"]) == {"Ðông": "Đông"}
