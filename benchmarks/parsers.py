"""Faster YAML parsers against libyaml and fourgood's readers: speed, equal data, reading rules.

    python benchmarks/parsers.py DIR [DIR ...]        # speed and equality, probes, fuzz
    python benchmarks/parsers.py benchmarks/data/x10 --runs 3
    python benchmarks/parsers.py examples tests/cases --runs 1 --fuzz 3000

The candidates are not fourgood dependencies; install them into the environment to measure them
(`pip install rapidyaml py-yaml12`). A parser that is not installed is skipped with a line
saying so. Data sets are made with `python benchmarks/generate.py 10 benchmarks/data/x10`.

Three parts, all in one process:

* *speed*: CPU time (``time.process_time``) to turn every file's bytes into plain data, best and
  median of ``--runs``; fourgood's memo caches are emptied before each run;
* *equality*: each reader's data against fourgood's (``read_document``), file by file, with
  types and key order (``1``, ``1.0`` and ``True`` differ);
* *rules*: small documents, one per reading rule, read by each parser, and a seeded fuzz (the
  property tests' alphabet, and mutated corpus files) of each candidate put behind fourgood's
  interface (``read_document(data, fast=...)``) against the located reader.

A candidate "behind the interface" reads what it can and returns ``None`` for the rest, as the
fast reader does (``fourgood.read.fast``); the located reader then decides. It is only sound if
it never returns data the located reader would refuse or read differently.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import math
import os
import platform
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from fourgood.read import fast as fast_module
from fourgood.read.rules import MAX_DEPTH, YamlError
from fourgood.read.scalars import nfc
from fourgood.read.yamlio import decode, read_document


class Refused(Exception):
    """A parser refused the text (its own error, whatever its kind)."""


class Defer(Exception):
    """A candidate behind fourgood's interface cannot judge the text: the located reader must."""


def _optional(name: str) -> ModuleType | None:
    """A candidate's module when it is installed (imported by name: no stubs needed)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


RYML = _optional("ryml")
YAML12 = _optional("yaml12")


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Silence file descriptor 2: ryml's C++ code prints every parse error there."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "wb") as null:
        os.dup2(null.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


# --- the readers ---------------------------------------------------------------------------


def fourgood_reader(data: bytes) -> Any:
    """fourgood as it reads a file: the fast reader, the located one when that cannot judge."""
    try:
        return read_document(data).data
    except YamlError as exc:
        raise Refused(exc.message.key) from None


def csafe_reader(data: bytes) -> Any:
    """PyYAML's CSafeLoader (libyaml, YAML 1.1 scalars), nothing else."""
    try:
        return yaml.load(data, Loader=yaml.CSafeLoader)
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: a date like 2023-02-30
        raise Refused(type(exc).__name__) from None


def yaml12_bare(data: bytes) -> Any:
    """py-yaml12's own reading (YAML 1.2 core schema), nothing else."""
    assert YAML12 is not None
    try:
        return YAML12.parse_yaml(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise Refused(type(exc).__name__) from None


# What ruamel's reader refuses as "special characters" (its NON_PRINTABLE class).
_NON_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def _guard(text: str) -> None:
    """The cheap pre-scan a candidate needs before it may read a file for fourgood.

    fourgood's own (``_defer``: tabs, BOM, tags, anchors, block scalars) plus what libyaml
    refuses and these parsers accept: directives and control characters.
    """
    if fast_module._defer(text) or text.lstrip().startswith("%") or _NON_PRINTABLE.search(text):
        raise Defer


def _yaml12_plain(value: Any, depth: int) -> Any:
    """py-yaml12's data as fourgood's: text in NFC; tagged nodes and merge keys deferred."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        if depth > MAX_DEPTH:
            raise Defer
        return [_yaml12_plain(v, depth + 1) for v in value]
    if isinstance(value, dict):
        if depth > MAX_DEPTH:
            raise Defer
        result: dict[Any, Any] = {}
        for raw, item in value.items():
            if raw == "<<":  # plain or quoted: py-yaml12 does not say; let the located reader
                raise Defer
            key = _yaml12_plain(raw, depth + 1)
            if key in result or (type(key) is float and math.isnan(key)):
                raise Defer
            result[key] = _yaml12_plain(item, depth + 1)
        return result
    if YAML12 is not None and isinstance(value, YAML12.Yaml):
        raise Defer  # a tag or a complex key
    return value


def yaml12_fast(text: str) -> Any:
    """py-yaml12 behind fourgood's interface: ``(data,)``, or ``None`` to defer.

    Aliases are deferred by the pre-scan (any ``*``); duplicate keys cannot be: py-yaml12 keeps
    the last value and says nothing, and neither does its output.
    """
    assert YAML12 is not None
    try:
        _guard(text)
        if "*" in text:
            raise Defer
        documents = YAML12.parse_yaml(text, multi=True)
        if len(documents) > 1:
            raise Defer
        return (_yaml12_plain(documents[0] if documents else None, 1),)
    except (Defer, ValueError, RecursionError):
        return None


def behind(fast: Callable[[str], Any]) -> Callable[[bytes], Any]:
    """A candidate's fast reader behind fourgood's interface (``read_document``), which
    falls back to the located reader where the candidate declines."""

    def reader(data: bytes) -> Any:
        try:
            return read_document(data, fast=fast).data
        except YamlError as exc:
            raise Refused(exc.message.key) from None

    return reader


def _ryml_text(view: Any) -> str:
    try:
        return str(view, "utf-8")
    except UnicodeDecodeError:  # a lone surrogate written as an escape: the located reader
        raise Defer from None


class RymlBuilder:
    """Plain data from a ryml tree, walked in Python; ``strict`` applies fourgood's rules.

    Without ``strict`` it reads what ryml parsed, as a user of ryml would: aliases as their
    ``*name`` text, tags ignored, the last of duplicate keys. One call to ryml for a node's type
    bits, one for its text, two to move on: each call through the binding costs about 0.4 µs.
    """

    def __init__(self, strict: bool) -> None:
        assert RYML is not None
        self.strict = strict
        self.none = RYML.NONE
        self.seq, self.map, self.val = RYML.SEQ, RYML.MAP, RYML.VAL
        self.key_plain, self.val_plain = RYML.KEY_PLAIN, RYML.VAL_PLAIN
        self.key_refused = RYML.KEYREF | RYML.KEYTAG  # an alias or a tag (the guard took tags)
        self.val_refused = RYML.VALREF | RYML.VALTAG

    def scalar(self, view: Any, plain: int) -> Any:
        if view is None:
            return None
        text = _ryml_text(view)
        if plain:
            return fast_module._plain_value(text)
        return fast_module._text_value(text)

    def node(self, tree: Any, n: int, kind: int, depth: int) -> Any:
        strict = self.strict
        if strict and kind & self.val_refused:
            raise Defer
        if kind & self.seq:
            if strict and depth > MAX_DEPTH:
                raise Defer
            items = []
            child, none = tree.first_child(n), self.none
            while child != none:
                items.append(self.node(tree, child, tree.type(child), depth + 1))
                child = tree.next_sibling(child)
            return items
        if kind & self.map:
            if strict and depth > MAX_DEPTH:
                raise Defer
            result: dict[Any, Any] = {}
            child, none = tree.first_child(n), self.none
            while child != none:
                child_kind = tree.type(child)
                if strict and child_kind & self.key_refused:
                    raise Defer
                plain = child_kind & self.key_plain
                key = self.scalar(tree.key(child), plain)
                if strict and (
                    (plain and key == "<<")  # a merge key
                    or key in result  # a duplicate key
                    or (type(key) is float and math.isnan(key))
                ):
                    raise Defer
                result[key] = self.node(tree, child, child_kind, depth + 1)
                child = tree.next_sibling(child)
            return result
        if kind & self.val:
            return self.scalar(tree.val(n), kind & self.val_plain)
        return None  # nothing at all

    def document(self, tree: Any) -> Any:
        root = tree.root_id()
        if tree.is_stream(root):
            documents = [tree.first_child(root)]
            while tree.next_sibling(documents[-1]) != self.none:
                documents.append(tree.next_sibling(documents[-1]))
            if len(documents) > 1 and self.strict:
                raise Defer
            root = documents[0]
        return self.node(tree, root, tree.type(root), 1)


_STRICT = RymlBuilder(strict=True) if RYML is not None else None
_LOOSE = RymlBuilder(strict=False) if RYML is not None else None


def ryml_tree(data: bytes) -> Any:
    """rapidyaml's C++ parse into its tree, no Python data (the floor of any ryml reader)."""
    assert RYML is not None
    try:
        return RYML.parse_in_arena(data.removeprefix(b"\xef\xbb\xbf"))
    except RYML.ExceptionParse:
        raise Refused("ExceptionParse") from None


def ryml_bare(data: bytes) -> Any:
    """rapidyaml's tree walked into plain data, no rules."""
    tree = ryml_tree(data)
    try:
        return _LOOSE.document(tree)  # type: ignore[union-attr]
    except Defer:
        raise Refused("bad UTF-8") from None


def ryml_fast(text: str) -> Any:
    """rapidyaml behind fourgood's interface: ``(data,)``, or ``None`` to defer."""
    assert RYML is not None
    try:
        _guard(text)
        tree = RYML.parse_in_arena(text.encode("utf-8"))
        return (_STRICT.document(tree),)  # type: ignore[union-attr]
    except (Defer, RYML.ExceptionParse, RecursionError):
        return None


@dataclass(frozen=True)
class Reader:
    """A way of reading a file's bytes into data; ``data`` False when it makes no plain data."""

    label: str
    read: Callable[[bytes], Any]
    data: bool = True
    quiet: bool = False  # ryml prints its errors on descriptor 2


def readers() -> list[Reader]:
    """Every reader that can run here, with a line on stdout for each one skipped."""
    found = [
        Reader("CSafeLoader, bare", csafe_reader),
        Reader("fourgood read_document (fast reader)", fourgood_reader),
    ]
    if YAML12 is not None:
        found += [
            Reader("py-yaml12, bare", yaml12_bare),
            Reader("py-yaml12 + guard + NFC walk, behind fourgood", behind(yaml12_fast)),
        ]
    else:
        print("py-yaml12 is not installed: skipped (pip install py-yaml12)")
    if RYML is not None:
        found += [
            Reader("rapidyaml, C++ tree only", ryml_tree, data=False, quiet=True),
            Reader("rapidyaml + Python tree walk, bare", ryml_bare, quiet=True),
            Reader(
                "rapidyaml + guard + rules walk, behind fourgood", behind(ryml_fast), quiet=True
            ),
        ]
    else:
        print("rapidyaml is not installed: skipped (pip install rapidyaml)")
    return found


# --- comparing data --------------------------------------------------------------------------


def canonical(value: Any) -> Any:
    """A value with its types and key order, so equal means the same data byte for byte."""
    if isinstance(value, dict):
        return ("map", tuple((canonical(k), canonical(v)) for k, v in value.items()))
    if isinstance(value, list):
        return ("seq", tuple(canonical(v) for v in value))
    if isinstance(value, float) and math.isnan(value):
        return ("float", "nan")
    if hasattr(value, "isoformat"):  # PyYAML's and ruamel's dates, as the text fourgood keeps
        return ("str", value.isoformat())
    return (type(value).__name__, value)


def outcome(reader: Reader, data: bytes) -> tuple[str, Any]:
    """``("data", canonical)`` or ``("refused", why)``; any other exception is a crash."""
    try:
        with _quiet_stderr() if reader.quiet else contextlib.nullcontext():
            return ("data", canonical(reader.read(data)))
    except Refused as exc:
        return ("refused", str(exc))
    except Exception as exc:
        return ("crash", type(exc).__name__)


# --- speed and equality ------------------------------------------------------------------------


def corpus(directories: list[Path]) -> list[tuple[Path, bytes]]:
    files = sorted(p for d in directories for p in d.rglob("*.yaml") if p.is_file())
    return [(p, p.read_bytes()) for p in files]


def _clear_caches() -> None:
    fast_module._plain_value.cache_clear()
    fast_module._text_value.cache_clear()


def time_reader(reader: Reader, files: list[tuple[Path, bytes]], runs: int) -> list[float]:
    """CPU seconds of each run over every file (errors included: they cost what they cost)."""
    samples = []
    with _quiet_stderr() if reader.quiet else contextlib.nullcontext():
        for _ in range(runs):
            _clear_caches()
            start = time.process_time()
            for _, data in files:
                with contextlib.suppress(Exception):
                    reader.read(data)
            samples.append(time.process_time() - start)
    return samples


def speed_and_equality(found: list[Reader], files: list[tuple[Path, bytes]], runs: int) -> None:
    """The speed table and, per reader, how many files give fourgood's data."""
    reference = next(r for r in found if r.label.startswith("fourgood"))
    csafe = next(r for r in found if r.label.startswith("CSafeLoader"))
    timings = {r.label: time_reader(r, files, runs) for r in found}
    ours, libyaml = min(timings[reference.label]), min(timings[csafe.label])
    size = sum(len(d) for _, d in files) / 1e6
    print(f"## speed: {len(files)} files, {size:.1f} MB, CPU s over {runs} run(s)\n")
    print("| reader | best s | median s | × fourgood | × CSafeLoader |\n|---|--:|--:|--:|--:|")
    for r in found:
        best, median = min(timings[r.label]), statistics.median(timings[r.label])
        ratios = f"{best / ours:.2f} | {best / libyaml:.2f}"
        print(f"| {r.label} | {best:.2f} | {median:.2f} | {ratios} |")
    print()

    expected = [outcome(reference, data) for _, data in files]
    fourgood_refused = sum(1 for e in expected if e[0] != "data")
    print(f"## equality with fourgood ({fourgood_refused} file(s) fourgood refuses)\n")
    print("| reader | same | different | refused by it only | crashed |\n|---|--:|--:|--:|--:|")
    for r in found:
        if not r.data or r is reference:
            continue
        same = different = refused = crashed = 0
        first: Path | None = None
        for (path, data), wanted in zip(files, expected, strict=True):
            got = outcome(r, data)
            if got == wanted:
                same += 1
            elif got[0] == "crash":
                crashed += 1
            elif got[0] == "refused" and wanted[0] == "data":
                refused += 1
            elif got[0] == "refused" and wanted[0] == "refused":
                same += 1  # both refuse (the reason is fourgood's to give)
            else:
                different += 1
                first = first or path
        print(f"| {r.label} | {same} | {different} | {refused} | {crashed} |")
        if first is not None:
            print(f"|   first different: {first} | | | | |")
    print()


# --- rules -------------------------------------------------------------------------------------

PROBES: list[tuple[str, str]] = [
    ("duplicate key", "a: 1\na: 2\n"),
    ("duplicate key, quoted twin", "a: 1\n'a': 2\n"),
    ("duplicate key, 1 and 01", "1: a\n01: b\n"),
    ("duplicate key in flow", "{a: 1, a: 2}\n"),
    ("duplicate key, NFD twin", "Nguyễn: 1\nNguye\u0302\u0303n: 2\n"),
    ("alias", "a: &x 1\nb: *x\n"),
    ("anchor alone", "a: &x 1\n"),
    ("merge key", "- &a {x: 1}\n- <<: *a\n  y: 2\n"),
    ("merge key, no alias", "<<: {a: 1}\n"),
    ("quoted '<<' key", "'<<': 1\n"),
    ("custom tag", "a: !custom x\n"),
    ("!!str tag", "a: !!str 1\n"),
    ("python tag", "a: !!python/name:os.system x\n"),
    ("non-specific tag !", "a: ! 12\n"),
    ("yes / on", "a: yes\nb: on\nc: No\n"),
    ("true / False", "a: true\nb: False\n"),
    ("octal 0o17", "a: 0o17\n"),
    ("leading zero 017", "a: 017\n"),
    ("hex, binary", "a: 0x1F\nb: 0b101\n"),
    ("underscores 1_000", "a: 1_000\n"),
    ("sexagesimal 1:30", "a: 1:30\n"),
    ("date", "a: 2023-01-01\n"),
    ("bad date", "a: 2023-02-30\n"),
    (".inf / .nan", "a: .inf\nb: -.Inf\nc: .nan\n"),
    ("null forms", "a: ~\nb: null\nc:\nd: ''\n"),
    ("floats 1e3, 0., +.5", "a: 1e3\nb: 0.\nc: +.5\n"),
    ("huge int", "a: 123456789012345678901234567890\n"),
    ("quoted number", "a: '12'\nb: \"true\"\n"),
    ("NFD text", "a: Nguye\u0302\u0303n\n"),
    ("BOM at start", "\ufeffa: 1\n"),
    ("BOM inside", "a: 1\n\ufeffb: 2\n"),
    ("tab indent", "a:\n\t- 1\n"),
    ("tab in value", "a: \t1\n"),
    ("control character", "a: b\x07\n"),
    ("surrogate escape", 'a: "\\ud83d\\ude00"\n'),
    ("complex key", "? [a, b]\n: 1\n"),
    ("depth 64", "a: " + "[" * 63 + "]" * 63 + "\n"),
    ("depth 65", "a: " + "[" * 64 + "]" * 64 + "\n"),
    ("two documents", "a: 1\n---\nb: 2\n"),
    ("document end ...", "--- \na: 1\n...\n"),
    ("directive %YAML 1.1", "%YAML 1.1\n---\na: yes\n"),
    ("block scalars", "a: |\n  x\nb: >\n  y\n  z\n"),
    ("unclosed flow", "a: [1, 2\n"),
    ("unclosed quote", "a: 'open\n"),
    ("empty", ""),
    ("comment only", "# nothing\n"),
]


def _short(result: tuple[str, Any]) -> str:
    kind, value = result
    if kind != "data":
        return f"{kind}: {value}"
    text = repr(_plain_of(value))
    return text if len(text) <= 28 else text[:25] + "..."


def _plain_of(value: Any) -> Any:
    """Back from ``canonical`` to Python data, for showing."""
    kind, inner = value
    if kind == "map":
        return {_plain_of(k): _plain_of(v) for k, v in inner}
    if kind == "seq":
        return [_plain_of(v) for v in inner]
    if kind == "float" and inner == "nan":
        return math.nan
    return inner


def probes(found: list[Reader]) -> None:
    """Each rule's document, read by every reader; "≠" marks a reading unlike fourgood's."""
    shown = [r for r in found if r.data]
    reference = next(r for r in shown if r.label.startswith("fourgood"))
    print("## rule probes (≠: not what fourgood reads)\n")
    print("| rule | " + " | ".join(r.label for r in shown) + " |")
    print("|---" * (len(shown) + 1) + "|")
    for name, text in PROBES:
        data = text.encode("utf-8")
        wanted = outcome(reference, data)
        cells = []
        for r in shown:
            got = outcome(r, data)
            same = got == wanted or (got[0] == wanted[0] == "refused")
            cells.append(_short(got) if r is reference else ("" if same else "≠ ") + _short(got))
        print(f"| {name} | " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    print()


# --- fuzz --------------------------------------------------------------------------------------

# tests/test_properties.py's alphabet: YAML's indicators, quotes, tabs, BOM, NUL, control.
ALPHABET = [*"abcxyz019 :-,[]{}#&*!|>'\"%@`?\t\n\r\\", "é", "ễ", "\ufeff", "\x00", "\x07"]


def fuzzed(files: list[tuple[Path, bytes]], count: int, seed: int) -> Iterator[bytes]:
    """Random texts of the property tests' alphabet, then mutated corpus files: a line
    repeated (a duplicate key), a character put in, a character taken out."""
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 200))).encode()
    small = [d for _, d in files if len(d) < 20_000] or [d for _, d in files]
    for _ in range(count if small else 0):
        lines = rng.choice(small).decode("utf-8", errors="replace").split("\n")
        at = rng.randrange(len(lines))
        how = rng.randrange(3)
        if how == 0:
            lines.insert(at, lines[at])
        elif how == 1:
            where = rng.randint(0, len(lines[at]))
            lines[at] = lines[at][:where] + rng.choice(ALPHABET) + lines[at][where:]
        elif lines[at]:
            where = rng.randrange(len(lines[at]))
            lines[at] = lines[at][:where] + lines[at][where + 1 :]
        yield "\n".join(lines).encode()


def _located(data: bytes) -> tuple[object, ...]:
    try:
        return ("data", canonical(read_document(data, located=True).data))
    except YamlError as exc:
        return ("refused", exc.message.key, exc.line, exc.column)


def _behind(fast: Callable[[str], Any], data: bytes) -> tuple[object, ...]:
    try:
        with _quiet_stderr():
            return ("data", canonical(read_document(data, fast=fast).data))
    except YamlError as exc:
        return ("refused", exc.message.key, exc.line, exc.column)


def _fast_reads(fast: Callable[[str], Any], data: bytes) -> bool:
    """Whether a fast reader reads a file itself (not deferring to the located reader)."""
    try:
        return fast(decode(data)) is not None
    except YamlError:
        return False


def fuzz(files: list[tuple[Path, bytes]], count: int, seed: int) -> None:
    """The property test (fast == located, message and place included) for each reader."""
    candidates: list[tuple[str, Callable[[str], Any]]] = [("fourgood fast", fast_module.read_fast)]
    if YAML12 is not None:
        candidates.append(("py-yaml12 behind fourgood", yaml12_fast))
    if RYML is not None:
        candidates.append(("rapidyaml behind fourgood", ryml_fast))
    inputs = [d for _, d in files] + list(fuzzed(files, count, seed))
    expected = [_located(d) for d in inputs]
    print(
        f"## fast == located on {len(files)} corpus files and {len(inputs) - len(files)} fuzzed "
        f"inputs (seed {seed})\n"
    )
    print(
        "| reader | corpus files it reads itself | agree | disagree | first disagreement |\n"
        "|---|--:|--:|--:|---|"
    )
    for label, fast in candidates:
        wrong = [d for d, e in zip(inputs, expected, strict=True) if _behind(fast, d) != e]
        first = repr(wrong[0][:60].decode("utf-8", errors="replace")) if wrong else ""
        with _quiet_stderr():
            itself = sum(1 for _, d in files if _fast_reads(fast, d))
        print(
            f"| {label} | {itself} of {len(files)} | {len(inputs) - len(wrong)} | {len(wrong)} "
            f"| `{first}` |"
        )
    print()


# --- main --------------------------------------------------------------------------------------


def _version(name: str) -> str:
    try:
        return package_version(name)
    except PackageNotFoundError:
        return "not installed"


def main(argv: list[str]) -> int:
    """Measure, compare and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", type=Path, nargs="+", help="where the YAML files are")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per reader")
    parser.add_argument("--fuzz", type=int, default=2000, help="fuzzed inputs of each kind")
    parser.add_argument("--seed", type=int, default=20261202, help="the fuzz's seed")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing")
    args = parser.parse_args(argv)

    print(
        f"# YAML parsers\n\nmachine: {platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.python_implementation()} {platform.python_version()}; PyYAML "
        f"{_version('PyYAML')} (libyaml {yaml.__with_libyaml__}), ruamel.yaml "
        f"{_version('ruamel.yaml')}, rapidyaml {_version('rapidyaml')}, py-yaml12 "
        f"{_version('py-yaml12')}\n"
    )
    found = readers()
    files = corpus(args.directories)
    if not args.no_speed:
        speed_and_equality(found, files, args.runs)
    probes(found)
    fuzz(files, args.fuzz, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
