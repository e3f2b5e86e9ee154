"""Text that came from data, made safe to show: it must never act on a terminal, a CI log, a
page or a spreadsheet.

Control characters (Unicode Cc: ESC, newline, carriage return, ...) and format characters
(Cf: bidi overrides such as U+202E, zero-width joiners) and the line and paragraph separators
are written as visible escapes (``\\x1b``, ``\\n``, ``\\u202e``): an ESC sequence cannot clear a
screen or set a window title, a newline cannot start a line of its own (a ``::error`` workflow
command in a CI log, a Markdown heading), and reversed text cannot disguise a name.
"""

from __future__ import annotations

import functools
import re
import unicodedata

HIDDEN = re.compile(
    "[\x00-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd"
    "\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)
"""Every character of Unicode categories Cc, Cf, Zl and Zp (as of Unicode 15.1; a test checks
it against the running Python's tables): one pattern is far faster than asking each character
of a Vietnamese text for its category."""
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_HIDDEN = {"Cc", "Cf", "Zl", "Zp"}


def _escape(char: str) -> str:
    code = ord(char)
    if char in _SHORT:
        return _SHORT[char]
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


@functools.lru_cache(maxsize=1 << 14)
def visible(text: str) -> str:
    """``text`` with every control, format and separator character written as an escape."""
    return HIDDEN.sub(lambda m: _escape(m[0]), text)


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""What XML 1.0 cannot hold at all: the C0 controls but tab and line ends, surrogate halves,
U+FFFE and U+FFFF."""


def xml_safe(text: str) -> str:
    """Visible text (see ``visible``) that XML can also hold: the noncharacters U+FFFE, U+FFFF
    and stray surrogate halves are written as escapes too, so a Word document takes any name."""
    return _NOT_XML.sub(lambda m: _escape(m[0]), visible(text))


def hidden(char: str) -> bool:
    """Whether a character would act on a terminal or hide itself (Cc, Cf, Zl, Zp)."""
    return unicodedata.category(char) in _HIDDEN


def json_escaped(text: str) -> str:
    """JSON text with every hidden character written as a JSON escape (``\\u202e``, a surrogate
    pair beyond the BMP): the same data, shown, never acting."""

    def escape(match: re.Match[str]) -> str:
        code = ord(match[0])
        if code < 0x10000:
            return f"\\u{code:04x}"
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"

    return _BEYOND_JSON.sub(escape, text)


# json.dumps escapes the C0 controls inside strings itself; the newlines outside them are the
# layout. What it leaves raw inside strings is DEL and everything beyond ASCII.
_BEYOND_JSON = re.compile(HIDDEN.pattern.replace("\x00-\x1f", "", 1))
