"""Vietnamese alphabetical order: letters of their own, tones only breaking ties, then case;
people by given name, then family and middle names."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fourgood import collation
from fourgood.collation import name_key, sort_key, text_key


def vietnamese(words: list[str]) -> list[str]:
    return sorted(words, key=sort_key)


def test_the_alphabet_has_letters_of_its_own() -> None:
    alphabet = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    shuffled = sorted(alphabet)  # code-point order puts ă, â, đ, ê, ô, ơ, ư after z
    assert shuffled != alphabet
    assert vietnamese(shuffled) == alphabet


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("an", "ăn"),  # ă is a letter after a, not an accented a
        ("ăn", "ân"),
        ("ân", "ba"),
        ("dz", "đa"),  # đ after every d
        ("đu", "e"),
        ("ex", "ê"),
        ("oz", "ô"),
        ("ôz", "ơ"),
        ("uy", "ư"),
        ("ưu", "v"),
    ],
)
def test_letter_by_letter(before: str, after: str) -> None:
    assert sort_key(before) < sort_key(after)


def test_tones_only_break_ties_in_their_order() -> None:
    # no mark, grave, hook, tilde, acute, dot below
    assert vietnamese(["ạ", "á", "ã", "ả", "à", "a"]) == ["a", "à", "ả", "ã", "á", "ạ"]
    # a tone never outweighs a letter: "Hạ Long" before "Ha Nam" whatever the tones
    assert vietnamese(["Hà Nam", "Hạ Long"]) == ["Hạ Long", "Hà Nam"]
    assert vietnamese(["bá", "ạc"]) == ["ạc", "bá"]


def test_a_letter_with_a_tone_stays_that_letter() -> None:
    # ệ is ê with a dot below: after ê and ế, before g (not an e)
    assert vietnamese(["g", "ệ", "ế", "ê", "ex"]) == ["ex", "ê", "ế", "ệ", "g"]
    assert vietnamese(["ậ", "b", "ắ", "az"]) == ["az", "ắ", "ậ", "b"]


def test_case_breaks_ties_last() -> None:
    assert vietnamese(["BÌNH", "Bình", "bình"]) == ["bình", "Bình", "BÌNH"]
    assert vietnamese(["Bình", "bính"]) == ["Bình", "bính"]  # the tone decides before the case


def test_foreign_letters_sort_where_latin_puts_them() -> None:
    assert vietnamese(["g", "f", "ê"]) == ["ê", "f", "g"]
    assert vietnamese(["k", "j", "i"]) == ["i", "j", "k"]
    assert vietnamese(["x", "w", "v"]) == ["v", "w", "x"]
    assert vietnamese(["z", "y"]) == ["y", "z"]


def test_other_characters_come_after_every_letter() -> None:
    assert vietnamese(["2", "1", "y", "a"]) == ["a", "y", "1", "2"]


def test_nfd_text_sorts_as_its_nfc_spelling() -> None:
    for word in ("Hải Phòng", "Nguyễn", "Đặng", "ậ", "Ước"):
        nfd = unicodedata.normalize("NFD", word)
        assert nfd != word
        assert sort_key(nfd) == sort_key(word)
    # a stray combining mark before any letter is ignored
    assert sort_key("\u0301an") == sort_key("an")


def test_a_shorter_word_comes_before_a_longer_one() -> None:
    provinces = ["Hải Phòng", "Hậu Giang", "Hà Nội", "Hà Giang", "Hải Dương"]
    assert vietnamese(provinces) == ["Hà Giang", "Hà Nội", "Hải Dương", "Hải Phòng", "Hậu Giang"]


def test_text_key_breaks_ties_by_the_raw_text() -> None:
    nfc = "Chi bộ Văn phòng"
    nfd = unicodedata.normalize("NFD", nfc)
    assert text_key(nfc)[0] == text_key(nfd)[0]
    assert text_key(nfc) != text_key(nfd)
    assert sorted([nfc, nfd], key=text_key) == sorted([nfd, nfc], key=text_key)


def test_people_by_given_name_then_family_then_middle() -> None:
    people = [
        "Trần Thị Bình",
        "Nguyễn Văn An",
        "Lê An",
        "Đặng Minh Khoa",
        "Lê Đức Cường",
        "Nguyễn An",
        "Nguyễn Ánh An",
    ]
    assert sorted(people, key=name_key) == [
        "Lê An",  # given An; family Lê before Nguyễn
        "Nguyễn An",  # no middle name first
        "Nguyễn Ánh An",  # middle Ánh before Văn
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Lê Đức Cường",
        "Đặng Minh Khoa",
    ]


def test_a_single_name_is_a_given_name() -> None:
    assert sorted(["Trần An", "An", "Bình"], key=name_key) == ["An", "Trần An", "Bình"]
    empty = name_key("")
    assert empty[:3] == (sort_key(""), sort_key(""), sort_key(""))
    assert sorted(["An", ""], key=name_key) == ["", "An"]


_TEXT = st.text(
    st.sampled_from(
        "aăâdđeêoôơuưy AĂÂĐÊÔƠƯ àảãáạằẳẵắặầẩẫấậềểễếệồổỗốộờởỡớợừửữứựỳỷỹýỵ"
        "\u0300\u0301\u0303\u0306\u0302\u031b\u0309\u0323fjwz-1.\u0f73\u0344\u212b"
    )
    | st.characters()
    | st.characters(categories=["Cs"]),  # a stray surrogate half, as YAML can give
    max_size=12,
)


def _tuples(text: str) -> tuple[tuple[float, ...], tuple[int, ...], tuple[int, ...]]:
    """The key as the rules state it: a tuple of letter ranks, of tones and of cases."""
    ranks = {letter: float(i) for i, letter in enumerate("aăâbcdđeêghiklmnoôơpqrstuưvxy")}
    ranks.update(f=ranks["ê"] + 0.5, j=ranks["i"] + 0.5, w=ranks["v"] + 0.5, z=ranks["y"] + 0.5)
    letters = collation._letters(text)
    primary = tuple(
        ranks[letter] if letter in ranks else -1.0 if letter.isspace() else 100.0 + ord(letter[0])
        for letter, _, _ in letters
    )
    return primary, tuple(t for _, t, _ in letters), tuple(u for _, _, u in letters)


@given(_TEXT, _TEXT)
def test_the_coded_key_orders_text_as_the_rules_do(a: str, b: str) -> None:
    assert (sort_key(a) < sort_key(b)) == (_tuples(a) < _tuples(b))
    assert (sort_key(a) == sort_key(b)) == (_tuples(a) == _tuples(b))


@given(_TEXT)
def test_keying_one_character_at_a_time_is_keying_the_whole_text(text: str) -> None:
    assert collation.sort_key.__wrapped__(text) == collation._slow_key(text)


def test_a_character_that_needs_its_neighbours_is_keyed_with_the_whole_text() -> None:
    # U+0F73 decomposes to two marks; a lone mark joins the letter before it.
    collation._learn({"\u0f73", "\u0301", "a"})
    assert "\u0f73" not in collation._ALONE
    assert "\u0301" not in collation._ALONE
    assert sort_key("a\u0301") == sort_key("á")
    assert vietnamese(["aa", "a b", "a"]) == ["a", "a b", "aa"]
    assert vietnamese(["\U0010ffff", "\U00010000", "\uffff", "z", " "]) == [
        " ", "z", "\uffff", "\U00010000", "\U0010ffff"
    ]  # fmt: skip
