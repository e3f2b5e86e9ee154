"""Values written as YAML text in the style of a data file: plain scalars where both of
fourgood's readers read them back as the same text, double quotes otherwise; flow mappings
(``{date: 2023-01-10, kind: regular}``) for small entries, block lines for large ones.

``depth`` says how many levels are written in block style before the rest goes on one line:
0 is all flow, 1 a block mapping or list of flow values (a roster's ``years:``), 2 a block
member whose ``years`` are a block of flow entries.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from fourgood.read.scalars import resolve_plain

_INDICATOR_START = set("-?:,[]{}#&*!|>'\"%@`")
_FLOW_UNSAFE = re.compile(r"[,\[\]{}]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def plain_ok(text: str, *, flow: bool) -> bool:
    """Whether ``text`` can be written unquoted and read back as the same text."""
    if not text or text != text.strip() or _CONTROL.search(text):
        return False
    if text[0] in _INDICATOR_START or ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and _FLOW_UNSAFE.search(text):
        return False
    return bool(resolve_plain(text) == text)


def scalar(value: Any, *, flow: bool = True) -> str:
    """A scalar as YAML text (a date as YYYY-MM-DD, a boolean as true/false)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        if plain_ok(value, flow=flow):
            return value
        # JSON's escapes (\" \\ \n \uXXXX) are all valid in a YAML double-quoted scalar
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(f"no YAML text for {type(value).__name__}")


def key_text(key: Any) -> str:
    """A mapping key (years are numbers: ``2023:``)."""
    return scalar(key, flow=True)


def flow(value: Any) -> str:
    """A value on one line: ``{a: 1, b: [x, y]}``."""
    if isinstance(value, dict):
        inner = ", ".join(f"{key_text(k)}: {flow(v)}" for k, v in value.items())
        return "{" + inner + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value, flow=True)


def is_collection(value: Any) -> bool:
    """Whether a value is a mapping or a list."""
    return isinstance(value, (dict, list))


def entry(key: Any, value: Any, depth: int) -> list[str]:
    """The lines of ``key: value`` in a block mapping (indented relative to the key)."""
    head = f"{key_text(key)}:"
    if not is_collection(value) or depth <= 0 or not value:
        return [f"{head} {inline(value)}"]
    return [head] + ["  " + line for line in block(value, depth)]


def inline(value: Any) -> str:
    """A value after ``key: `` on the same line: a scalar in block context, else flow."""
    return flow(value) if is_collection(value) else scalar(value, flow=False)


def block(value: Any, depth: int) -> list[str]:
    """A mapping or a list as block lines (``depth`` levels in block style)."""
    lines: list[str] = []
    if isinstance(value, dict):
        for k, v in value.items():
            lines += entry(k, v, depth - 1)
        return lines
    for item in value:
        lines += item_lines(item, depth - 1)
    return lines


def item_lines(item: Any, depth: int) -> list[str]:
    """A list item: ``- value``, a block mapping's first key on the dash line."""
    if isinstance(item, dict) and item and depth > 0:
        inner = block(item, depth)
        return ["- " + inner[0]] + ["  " + line for line in inner[1:]]
    return [f"- {inline(item)}"]
