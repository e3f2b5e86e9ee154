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

Key = tuple[str, str, str]
"""Three strings compared in turn: the letters' places in the alphabet, their tones, their
cases. Each letter is coded by characters whose order is the letters' order, so comparing the
strings compares the letters one by one, as a tuple of them would, at the speed of ``str``."""


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


def _code(letter: str) -> str:
    """A letter's place, coded: a space first (1), the alphabet's letters and the Latin ones
    between them (2–59), then any other character by code point, in two characters (the first
    from 64) so that every code point fits."""
    if letter in _RANK:
        return chr(2 + int(_RANK[letter] * 2))
    if letter.isspace():
        return "\x01"
    point = ord(letter[0])
    return chr(64 + (point >> 16)) + chr(point & 0xFFFF)


def _slow_key(text: str) -> Key:
    """The key, from the whole text decomposed."""
    letters = _letters(text)
    return (
        "".join(_code(letter) for letter, _, _ in letters),
        "".join(chr(48 + tone) for _, tone, _ in letters),
        "".join(chr(48 + upper) for _, _, upper in letters),
    )


_PLACES: dict[int, str] = {}
_TONES_OF: dict[int, str] = {}
_CASES: dict[int, str] = {}
_ALONE: set[str] = set()
"""Characters keyed on their own: each makes one letter that no neighbour changes, coded in the
three tables above, so most text is keyed by ``str.translate``. Bounded by ``_MAX_CHARS``."""
_NOT_ALONE: set[str] = set()
_MAX_CHARS = 4096


def _learn(chars: set[str]) -> None:
    """Put characters not met before in the tables, those that can be keyed alone."""
    for char in chars - _ALONE - _NOT_ALONE:
        if len(_ALONE) + len(_NOT_ALONE) >= _MAX_CHARS:
            return
        # A character that makes one letter decomposes to its base character and marks, and
        # no neighbour changes it (canonical reordering and joining happen only among marks);
        # one that makes none is a mark, which joins the letter before it.
        letters = _letters(char)
        if len(letters) != 1:
            _NOT_ALONE.add(char)
            continue
        letter, tone, upper = letters[0]
        _PLACES[ord(char)] = _code(letter)
        _TONES_OF[ord(char)] = chr(48 + tone)
        _CASES[ord(char)] = chr(48 + upper)
        _ALONE.add(char)


@functools.lru_cache(maxsize=1 << 14)
def sort_key(text: str) -> Key:
    """A key that sorts text in Vietnamese alphabetical order (letters, then tones, then case)."""
    chars = set(text)
    if not chars <= _ALONE:
        _learn(chars)
        if not chars <= _ALONE:
            return _slow_key(text)
    return text.translate(_PLACES), text.translate(_TONES_OF), text.translate(_CASES)


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
