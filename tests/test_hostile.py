"""Hostile text in the data never acts on what shows it: terminals, CI logs, pages, sheets.

The names, topics, notes and keys of a data set carry escape sequences, line breaks, workflow
commands, bidi overrides, formula starts and Markdown; every command in every text format must
run without a traceback, show no raw control or format character, start no line with the data's
text and write no live formula into CSV. CI runs a fixed sample; ``HYPOTHESIS_PROFILE=long``
searches much longer.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from fourgood.cli import app
from fourgood.i18n.visible import HIDDEN, visible

from .conftest import WALKTHROUGH

HOSTILE = [
    "\x1b[2J\x1b[H",
    "\x1b]0;pwned\x07",
    "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "\x1b]52;c;cGF5bG9hZA==\x07",
    "x\n::error file=evil,line=1::injected",
    "x\n::add-mask::secret",
    "x\r\n::stop-commands::token",
    "gnp.exe\u202e",
    "zero\u200dwidth",
    '=HYPERLINK("http://x","click")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\tx",
    "# heading\n```",
    "*bold* _em_ [link](http://x) <b>",
    "1. listed",
]
TEXT_FORMATS = {
    "validate": ["text", "github", "json"],
    "score": ["table", "json", "csv", "markdown"],
    "report": ["table", "json", "csv", "markdown", "html"],
    "followup": ["table", "json", "csv", "markdown"],
    "todo": ["table", "json"],
    "scorecard": ["html"],
}


def _q(text: str) -> str:
    """A YAML double-quoted scalar holding ``text`` exactly: JSON escapes, but characters
    beyond the BMP as ``\\U`` escapes (YAML reads a JSON surrogate pair as two halves)."""
    return re.sub(
        r"\\ud[89ab][0-9a-f]{2}\\ud[c-f][0-9a-f]{2}",
        lambda m: f"\\U{ord(json.loads(chr(34) + m[0] + chr(34))):08x}",
        json.dumps(text),
    )


def hostile_data_set(target: Path, words: list[str], *, key: bool = False) -> Path:
    """The walk-through with hostile text in names, a topic, a note and the bloc (and, with
    ``key``, an unknown key, which makes the data invalid)."""
    data = target / "data"
    shutil.copytree(WALKTHROUGH, data)  # target/data, with parents
    name, member, topic, note, bad_key = (words * 5)[:5]
    edits = {
        "organisation.yaml": [
            ("name: Chi bộ Văn phòng Sở Tư pháp", f"name: {_q(name)}"),
            ("  name: Đảng ủy Khối các cơ quan tỉnh (ví dụ)", f"  name: {_q(note)}"),
        ],
        "cells/van-phong/roster.yaml": [("name: Nguyễn Văn An", f"name: {_q(member)}")],
        "cells/van-phong/meetings-2023.yaml": [
            (
                "topic: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                f"topic: {_q(topic)}",
            ),
        ],
        "cells/trung-tam-yte/record-2023.yaml": [("note: Nội bộ đoàn kết}", f"note: {_q(note)}}}")],
    }
    if key:
        edits["cells/trung-tam-yte/roster.yaml"] = [
            ("    role: deputy\n", f"    role: deputy\n    {_q(bad_key)}: 1\n")
        ]
    for relative, pairs in edits.items():
        path = data / relative
        text = path.read_text(encoding="utf-8")
        for old, new in pairs:
            assert old in text, (relative, old)
            text = text.replace(old, new, 1)
        path.write_text(text, encoding="utf-8")
    return data


def _outputs(valid: Path, invalid: Path) -> list[tuple[str, str, str]]:
    """(command, format, everything it printed) for every text format: validate on the data
    with the hostile key, the others on the valid data (they would stop on the error)."""
    runner = CliRunner()
    found = []
    for command, formats in TEXT_FORMATS.items():
        for fmt in formats:
            data = invalid if command == "validate" else valid
            args = [command, str(data), "--format", fmt, "--no-cache"]
            if command == "followup":
                args += ["--month", "2023-03"]
            if command == "todo":
                args += ["--year", "2023"]
            if command == "scorecard":
                args += ["--cell", "van-phong"]
            result = runner.invoke(app, args)
            assert result.exception is None or isinstance(result.exception, SystemExit), (
                command,
                fmt,
                result.exception,
            )
            found.append((command, fmt, result.output))
    return found


def _assert_inert(command: str, fmt: str, text: str) -> None:
    raw = [c for c in HIDDEN.findall(text) if c != "\n"]
    assert not raw, (command, fmt, sorted({f"U+{ord(c):04X}" for c in raw}))
    for line in text.splitlines():
        if line.startswith("::"):
            assert line.startswith(("::error file=", "::warning file=")), (command, fmt, line)
    if fmt == "markdown":
        for line in text.splitlines():
            assert not line.startswith("#") or line.startswith(("# ", "## ", "### ")), line
            assert not line.startswith("```"), line
    if fmt == "csv" and "," in text:
        for row in csv.reader(io.StringIO(text)):
            for value in row:
                assert not value.startswith(("=", "+", "@", "\t", "\r")), (command, value)
                assert not (value.startswith("-") and not value.lstrip("-").isdigit()), value


@pytest.mark.parametrize("word", HOSTILE, ids=[repr(w)[:30] for w in HOSTILE])
def test_each_hostile_text_stays_inert_everywhere(word: str, tmp_path: Path) -> None:
    valid = hostile_data_set(tmp_path / "valid", [word])
    invalid = hostile_data_set(tmp_path / "invalid", [word], key=True)
    outputs = _outputs(valid, invalid)
    for command, fmt, text in outputs:
        _assert_inert(command, fmt, text)
    shown = visible(word).replace("\\", "").strip()[:6]
    seen = {(c, f) for c, f, text in outputs if shown in text.replace("\\", "")}
    assert {("score", "table"), ("report", "html"), ("validate", "text")} <= seen, seen


_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("=+-@#*_`[]<>|:\n\r\t\x1b\x07\u202e\u200d\x85 ")),
        st.characters(codec="utf-8", exclude_categories=["Cs"]),
    ),
    min_size=1,
    max_size=24,
)


@settings(
    # each example runs every command in every format (about a second): a small fixed sample
    # in CI, a long search with HYPOTHESIS_PROFILE=long
    max_examples=8 if os.environ.get("HYPOTHESIS_PROFILE", "ci") == "ci" else 400,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)
@given(words=st.lists(_TEXT, min_size=1, max_size=5))
def test_any_text_in_the_data_stays_inert_everywhere(words: list[str], tmp_path: Path) -> None:
    here = Path(tempfile.mkdtemp(dir=tmp_path))  # hypothesis may try one example twice
    valid = hostile_data_set(here / "valid", words)
    invalid = hostile_data_set(here / "invalid", words, key=True)
    for command, fmt, text in _outputs(valid, invalid):
        _assert_inert(command, fmt, text)
