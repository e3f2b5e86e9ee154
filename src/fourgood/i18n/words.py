"""What a person types or picks for a value, read back as the data's code: the words of the
closed vocabularies in either language (``thường kỳ``, ``regular``), the codes themselves, the
Vietnamese ways of writing them that ``aliases`` knows, and dates written the Vietnamese way
(``01/03/2025`` is the first of March)."""

from __future__ import annotations

import re
from datetime import date

from fourgood import vocabulary as v
from fourgood.i18n.aliases import code_for, normalise
from fourgood.i18n.lang import LANGS, Lang
from fourgood.i18n.message import msg
from fourgood.i18n.render import render

VOCABS: dict[str, tuple[str, ...]] = {
    "sex": v.SEXES,
    "role": v.ROLES,
    "rating": v.RATINGS,
    "dues": v.DUES,
    "feedback": v.RESIDENCE_FEEDBACKS,
    "bool": ("true", "false"),
    "kind": v.MEETING_KINDS,
    "meeting_rating": v.MEETING_RATINGS,
    "attendance": ("present", "excused", "unexcused", "exempt", "away"),
    "discipline": v.DISCIPLINE_FORMS,
    "incident": v.INCIDENT_KINDS,
    "commendation": v.COMMENDATION_KINDS,
    "basis": v.BASES,
    "cell_type": v.CELL_TYPES,
    "direction": ("in", "out"),
    "held": ("false",),
    "incidents": ("none", "listed"),
}
"""Each vocabulary a person picks from, by name, and its codes in their natural order."""


def label(vocab: str, code: str, lang: Lang) -> str:
    """The word for a code in the reader's language."""
    return render(msg(f"choice.{vocab}.{code}"), lang)


def labels(vocab: str, lang: Lang) -> list[str]:
    """The words of a vocabulary, in its order."""
    return [label(vocab, code, lang) for code in VOCABS[vocab]]


def read(vocab: str, text: str) -> str | None:
    """The code a word means (``None`` when it means none of the vocabulary's)."""
    wanted = normalise(text)
    for code in VOCABS[vocab]:
        words = {code.casefold()} | {normalise(label(vocab, code, lang)) for lang in LANGS}
        if wanted in words:
            return code
    found = code_for(text, VOCABS[vocab])
    if found is None and vocab in ("bool", "held"):
        found = {"yes": "true", "no": "false", "y": "true", "n": "false"}.get(wanted)
        found = found if found in VOCABS[vocab] else None
    return found


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


def read_day(text: str) -> date | None:
    """A date typed as YYYY-MM-DD or day first (DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY), as
    Vietnamese documents write them; ``None`` when it is not a real date."""
    text = text.strip()
    iso, local = _ISO.match(text), _DAY_FIRST.match(text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if local:
            return date(int(local[3]), int(local[2]), int(local[1]))
    except ValueError:
        return None
    return None
