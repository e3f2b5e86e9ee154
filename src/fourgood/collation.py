"""Vietnamese alphabetical order, for names and lists.

The Vietnamese alphabet orders its letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư
v x y: ă, â, đ, ê, ô, ơ, ư are letters of their own, not a, d, e, o, u with an accent. Tones
(the marks that change a syllable's pitch) only break ties, in the order no mark, grave (à),
hook (ả), tilde (ã), acute (á), dot below (ạ), as in CLDR's Vietnamese collation.

Why our own table and not a library: PyICU needs the ICU C library at install time (not there
on most Windows machines or slim containers), and the pure-Python UCA packages sort by the
default Unicode table, which files ă/â/ê/ô/ơ/ư as accented a/e/o/u and so breaks the alphabet.
The rules above are short, fixed, and easy to test.
"""

from __future__ import annotations

import functools
import unicodedata

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
# Letter modifiers that make a distinct letter, composed back onto the base letter.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # à ả ã á ạ
_RANK: dict[str, float] = {letter: float(i) for i, letter in enumerate(_ALPHABET)}
# Latin letters outside the Vietnamese alphabet (f, j, w, z in foreign names) sort where the
# Latin alphabet puts them; other characters after all letters, by code point. A space sorts
# before every letter, so names compare word by word: "Hà Giang" before "Hải Phòng".
for _extra, _after in (("f", "ê"), ("j", "i"), ("w", "v"), ("z", "y")):
    _RANK[_extra] = _RANK[_after] + 0.5

Key = tuple[tuple[float, ...], tuple[int, ...], tuple[int, ...]]


def _letters(text: str) -> list[tuple[str, int, int]]:
    """(letter with its letter marks, tone, 1 if upper case) for each base character."""
    result: list[tuple[str, int, int]] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char):
            if not result:
                continue
            letter, tone, upper = result[-1]
            if char in _LETTER_MARKS:
                result[-1] = (unicodedata.normalize("NFC", letter + char), tone, upper)
            elif char in _TONES:
                result[-1] = (letter, _TONES[char], upper)
            continue
        lower = char.lower()
        result.append((lower, 0, 1 if char != lower else 0))
    return result


@functools.lru_cache(maxsize=1 << 14)
def sort_key(text: str) -> Key:
    """A key that sorts text in Vietnamese alphabetical order (letters, then tones, then case)."""
    letters = _letters(text)
    primary = tuple(
        _RANK[letter] if letter in _RANK else -1.0 if letter.isspace() else 100.0 + ord(letter[0])
        for letter, _, _ in letters
    )
    return primary, tuple(t for _, t, _ in letters), tuple(u for _, _, u in letters)


@functools.lru_cache(maxsize=1 << 14)
def name_key(full_name: str) -> tuple[Key, Key, Key, str]:
    """Sort people as Vietnamese lists do: given name, then family name, then middle names.

    Names are written family, middle, given ("Nguyễn Văn An").
    """
    parts = full_name.split()
    if not parts:
        return sort_key(""), sort_key(""), sort_key(""), full_name
    given = parts[-1]
    family = parts[0] if len(parts) > 1 else ""
    middle = " ".join(parts[1:-1])
    return sort_key(given), sort_key(family), sort_key(middle), full_name


def text_key(text: str) -> tuple[Key, str]:
    """Sort arbitrary text (unit names) in Vietnamese order, ties broken by the raw text."""
    return sort_key(text), text
