"""Plain scalars under fourgood's YAML 1.2 rules, and text in Unicode NFC."""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

# YAML 1.2 plain-scalar resolution, copied from ruamel.yaml's resolver (the (1, 2) entries) so
# both readers agree with it. Timestamps are left out on purpose (see the module docstring).
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_FLOAT = re.compile(
    r"""^(?:
     [-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)
_INT = re.compile(
    r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0o?[0-7_]+
    |[-+]?[0-9_]+
    |[-+]?0x[0-9a-fA-F_]+)$""",
    re.X,
)
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")


def _int(text: str) -> int:
    # ruamel strips underscores and reads 0b/0o/0x prefixes; a leading zero alone is decimal.
    digits = text.replace("_", "")
    sign = -1 if digits.startswith("-") else 1
    digits = digits.lstrip("+-")
    if digits[:2] in ("0b", "0B"):
        return sign * int(digits[2:], 2)
    if digits[:2] in ("0o", "0O"):
        return sign * int(digits[2:], 8)
    if digits[:2] in ("0x", "0X"):
        return sign * int(digits[2:], 16)
    return sign * int(digits, 10)


def _float(text: str) -> float:
    value = text.replace("_", "").lower()
    if value.endswith(".inf"):
        return -math.inf if value.startswith("-") else math.inf
    if value.endswith(".nan"):
        return math.nan
    return float(value)


def resolve_plain(text: str) -> Any:
    """The value of a plain (unquoted) scalar under fourgood's YAML 1.2 rules."""
    if not text:
        return None
    first = text[0]
    if first in "~nN" and _NULL.match(text):
        return None
    if first in "tTfF" and _BOOL.match(text):
        return text[0] in "tT"
    if first in "-+0123456789.":
        if _INT.match(text):
            try:
                return _int(text)
            except ValueError:
                return text  # e.g. "0b_" or "__": ruamel would fail; text is the kinder reading
        if _FLOAT.match(text):
            try:
                return _float(text)
            except ValueError:
                return text
    return text


def nfc(text: str) -> str:
    """Text in Unicode NFC (the check first: almost all text already is)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)
