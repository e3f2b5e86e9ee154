"""The two YAML readers agree with each other and with ruamel.yaml's YAML 1.2 loader."""

from __future__ import annotations

import math
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from fourgood.read.fast import read_fast
from fourgood.read.located import read_located
from fourgood.read.rules import MAX_FILE_BYTES, YamlError
from fourgood.read.yamlio import decode, read_document

ROOT = Path(__file__).resolve().parents[2]

# Plain scalars whose reading differs between YAML 1.1 and 1.2, or that users write.
SCALARS = [
    "yes",
    "no",
    "Yes",
    "NO",
    "on",
    "off",
    "y",
    "n",
    "true",
    "True",
    "FALSE",
    "~",
    "null",
    "Null",
    "",
    "0",
    "12",
    "-3",
    "+7",
    "0123",
    "0o17",
    "0x1F",
    "0b101",
    "1_000",
    "1:20",
    "190:20:30",
    "3.5",
    "-.5",
    ".inf",
    "-.Inf",
    ".nan",
    "1e3",
    "1.5e-3",
    "6.8523015e+5",
    "2023-01-05",
    "2023-1-5",
    "2023-02-30",
    "20230105",
    "12/05/2001",
    "HTXSNV",
    "Nguyễn Văn An",
    "a: b",
    "=",
    "<<",
    "0.",
    "1.",
    "+.5",
    "-0",
    "00",
    "0o",
    "0x",
    "_1",
    "1__0",
    "0b2",
]


def _ruamel(text: str) -> Any:
    """ruamel.yaml's own YAML 1.2 reading, with dates kept as the text they were written as."""
    return YAML(typ="safe", pure=True).load(text)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and a == b


@pytest.mark.parametrize("scalar", SCALARS)
def test_plain_scalars_read_as_ruamel_reads_them(scalar: str) -> None:
    text = f"v: {scalar}\n" if scalar not in ("a: b",) else f"v: '{scalar}'\n"
    try:
        expected = _ruamel(text)["v"]
    except Exception:
        expected = scalar
    fast = read_fast(text)
    assert fast is not None
    located, _ = read_located(text)
    assert _same(fast[0]["v"], located["v"])
    if isinstance(expected, (date, datetime)):
        assert fast[0]["v"] == scalar  # YAML 1.2 has no timestamps: the models parse dates
    else:
        assert _same(fast[0]["v"], expected), (scalar, fast[0]["v"], expected)


def _yaml_files() -> list[Path]:
    files = sorted((ROOT / "examples").rglob("*.yaml")) + sorted((ROOT / "rubrics").glob("*.yaml"))
    files += sorted((ROOT / "tests" / "cases").rglob("*.yaml"))
    return [f for f in files if f.is_file()]


def _plain(value: Any) -> Any:
    """ruamel's data as fourgood reads it by design: dates as ISO text, text in NFC."""
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


FILES = _yaml_files()


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_every_file_reads_the_same_both_ways(path: Path) -> None:
    data = path.read_bytes()
    try:
        located = read_document(data, located=True)
    except YamlError:
        with pytest.raises(YamlError):  # refused by the fast path too
            read_document(data)
        return
    fast = read_document(data)
    assert fast.positions is None
    assert fast.data == located.data
    try:
        reference = _ruamel(decode(data))
    except ValueError:  # ruamel builds dates itself and fails on a bad one (2023-02-30)
        return
    assert _plain(reference) == fast.data


def test_the_corpus_is_not_empty() -> None:
    assert len(FILES) > 20


@pytest.mark.parametrize(
    ("text", "key", "position"),
    [
        ("a: 1\na: 2\n", "yaml.duplicate_key", (2, 1)),
        ("a: &x 1\nb: *x\n", "yaml.alias", (2, 4)),
        ("a: !!python/name:os.system x\n", "yaml.tag", (1, 4)),
        ("a: !custom x\n", "yaml.tag", (1, 4)),
        ("- <<: {a: 1}\n", "yaml.merge_key", (1, 3)),
        ("a: 1\n---\nb: 2\n", "yaml.multiple_documents", (2, 1)),
        ("a:\n\t- 1\n", "yaml.tab", (2, 1)),
        ("a: [1, 2\n", "yaml.flow_at", None),
        ("a: 'open\n", "yaml.unclosed_quote", (1, 4)),
        ("? [a, b]\n: 1\n", "yaml.complex_key", (1, 3)),
        ("a: " + "[" * 100 + "]" * 100 + "\n", "yaml.too_deep", None),
        ("a: b\x07\n", "yaml.control_char", None),
    ],
)
def test_what_is_refused_and_where(text: str, key: str, position: tuple[int, int] | None) -> None:
    for located in (False, True):
        with pytest.raises(YamlError) as caught:
            read_document(text.encode(), located=located)
        assert caught.value.message.key == key
        if position is not None:
            assert (caught.value.line, caught.value.column) == position


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 10):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    with pytest.raises(YamlError) as caught:
        read_document(("\n".join(lines) + "\n").encode())
    assert caught.value.message.key == "yaml.alias"


def test_nfd_text_and_keys_become_nfc() -> None:
    nfd = "Nguye\u0302\u0303n"  # Nguyễn written with combining marks
    text = f"{nfd}: {nfd}\n"
    for located in (False, True):
        doc = read_document(text.encode(), located=located)
        assert doc.data == {"Nguyễn": "Nguyễn"}


def test_bom_and_crlf_are_read() -> None:
    doc = read_document(b"\xef\xbb\xbfa: 1\r\nb: x\r\n")
    assert doc.data == {"a": 1, "b": "x"}


@pytest.mark.parametrize(
    ("data", "key", "position"),
    [
        (b"a: \xe9t\xe9\n", "yaml.not_utf8", (1, 4)),
        (b"a: 1\nb: \x00\n", "yaml.binary", (2, 4)),
        ("a: 1\n".encode("utf-16"), "yaml.utf16", (1, 1)),
    ],
)
def test_encodings(data: bytes, key: str, position: tuple[int, int]) -> None:
    with pytest.raises(YamlError) as caught:
        read_document(data)
    assert caught.value.message.key == key
    assert (caught.value.line, caught.value.column) == position


def test_size_limit() -> None:
    with pytest.raises(YamlError) as caught:
        read_document(b"a: 1\n" + b"#" * MAX_FILE_BYTES)
    assert caught.value.message.key == "yaml.too_large"
