"""Vietnamese alphabetical order: letters of their own, tones only breaking ties, then case;
people by given name, then family and middle names."""

from __future__ import annotations

import unicodedata

import pytest

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
