"""Ids that hide or disguise a character: invisible ones, a mix of alphabets, look-alikes.

An id names a person or a cell and is compared exactly, so ``TP-001`` with a zero-width joiner,
or with a Cyrillic ``Т``, is another person to fourgood while it looks the same to every reader:
one member could sit on two rosters and be counted twice. Invisible characters in an id are an
error (``models.common.parse_id``); an id mixing alphabets, or looking like another id, is a
warning (the checks of the organisation and of the rosters). This module imports only the
standard library and ``i18n``'s plain modules.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from fourgood.i18n.message import Text
from fourgood.i18n.visible import HIDDEN

_IGNORABLE = re.compile(
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0"
    "\U0001d159\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
"""Default-ignorable characters that are not format characters (Cf): a combining grapheme
joiner, Hangul fillers, variation selectors. They draw nothing, as a zero-width joiner."""

_LOOKS_LATIN = str.maketrans(
    # Cyrillic letters drawn as Latin ones
    "АВЕКМНОРСТХУІЈЅԌԚԜаеорсухіјѕԁԛԝһӏ"
    # Greek letters drawn as Latin ones
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιρνκ"
    # Latin letters drawn as Vietnamese ones (Icelandic eth for đ)
    "ÐðƉ",
    "ABEKMHOPCTXYIJSGQWaeopcyxijsdqwhlABEZHIKMNOPTYXoipvkĐđĐ",
)


def invisible(text: str) -> str:
    """The characters of ``text`` that draw nothing or act on the text, in order (none:
    ``""``)."""
    if not HIDDEN.search(text) and not _IGNORABLE.search(text):
        return ""  # the common case, without a look at each character
    return "".join(c for c in text if HIDDEN.match(c) or _IGNORABLE.match(c))


def _script(char: str) -> str | None:
    """The alphabet a letter belongs to (by its Unicode name), or None for a digit, a mark or
    punctuation, which every alphabet shares."""
    if not unicodedata.category(char).startswith("L"):
        return None
    name = unicodedata.name(char, "")
    for script in ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC"):
        if script in name:
            return script
    return name.split(" ", 1)[0] or None


def scripts(text: str) -> list[str]:
    """The alphabets of the letters of ``text``, sorted (a Vietnamese id is all LATIN)."""
    return sorted({s for s in map(_script, text) if s is not None})


_SCRIPT_NAMES = {
    "LATIN": Text("Latin", "Latinh"),
    "CYRILLIC": Text("Cyrillic", "Kirin"),
    "GREEK": Text("Greek", "Hy Lạp"),
    "ARMENIAN": Text("Armenian", "Armenia"),
    "CJK": Text("Chinese", "chữ Hán"),
    "HANGUL": Text("Korean", "Hàn"),
    "ARABIC": Text("Arabic", "Ả Rập"),
    "HEBREW": Text("Hebrew", "Do Thái"),
    "THAI": Text("Thai", "Thái"),
    "LAO": Text("Lao", "Lào"),
    "KHMER": Text("Khmer", "Khmer"),
}


def script_names(text: str) -> tuple[Text, ...]:
    """The alphabets of ``text``'s letters, named for a reader."""
    return tuple(_SCRIPT_NAMES.get(s) or Text(s.title(), s.title()) for s in scripts(text))


@functools.lru_cache(maxsize=1 << 12)
def skeleton(text: str) -> str:
    """What ``text`` looks like: compatibility forms folded (a full-width ``Ｔ`` is ``T``) and
    letters of other alphabets drawn as Latin ones made Latin. Two ids with one skeleton look
    the same to a reader."""
    return unicodedata.normalize("NFKC", text).translate(_LOOKS_LATIN)


def lookalikes(ids: Sequence[str]) -> dict[str, str]:
    """Each id that looks like another of ``ids`` but is not it, to the one it imitates: the
    id written as it looks (``TP-001`` beside ``ТP-001``), else the first of them."""
    # Two ids look alike only if one of them is not its own skeleton, and an ASCII id always
    # is one: only the skeletons of the other ids can gather a group (a bloc's ids are
    # nearly all ASCII, and a group for each of them would cost an object per member).
    shapes = {shape for one in ids if not one.isascii() and (shape := skeleton(one)) != one}
    groups: dict[str, list[str]] = {}
    for one in ids if shapes else []:
        shape = one if one.isascii() else skeleton(one)
        if shape in shapes:
            group = groups.setdefault(shape, [])
            if one not in group:
                group.append(one)
    found: dict[str, str] = {}
    for shape, group in groups.items():
        original = shape if shape in group else group[0]
        found.update({one: original for one in group if one != original})
    return found
