"""Every message the code builds exists in both languages with exactly the arguments given."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from fourgood.i18n.catalog import CATALOG, VOCABULARY

SRC = Path(__file__).resolve().parents[3] / "src" / "fourgood"


def _calls() -> list[tuple[str, str, frozenset[str]]]:
    """(file:line, key, argument names) of every msg("key", ...) call with a literal key."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "msg"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                if any(k.arg is None for k in node.keywords):
                    continue  # **kwargs: checked where it is built
                names = frozenset(k.arg for k in node.keywords if k.arg)
                where = f"{path.relative_to(SRC)}:{node.lineno}"
                found.append((where, node.args[0].value, names))
    return found


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


CALLS = _calls()


def test_the_scan_finds_messages() -> None:
    assert len(CALLS) > 100


@pytest.mark.parametrize(("where", "key", "names"), CALLS, ids=[c[0] for c in CALLS])
def test_message_exists_with_its_arguments(where: str, key: str, names: frozenset[str]) -> None:
    assert key in CATALOG, f"{where}: no catalogue entry {key!r}"
    en, vi = CATALOG[key]
    assert _placeholders(en) == set(names), f"{where}: English {key!r} wants {_placeholders(en)}"
    assert _placeholders(vi) == set(names), f"{where}: Vietnamese {key!r} wants {_placeholders(vi)}"


def test_both_languages_use_the_same_placeholders() -> None:
    for key, (en, vi) in CATALOG.items():
        assert _placeholders(en) == _placeholders(vi), key
        assert bool(en) == bool(vi), key


def test_vocabulary_has_both_languages() -> None:
    for words in VOCABULARY.values():
        for en, vi in words.values():
            assert en
            assert vi


DYNAMIC = ("status.", "state.", "basis.", "check.of_", "check.group_", "xlsx.", "model.", "help.")
"""Key prefixes completed at run time (f"status.{status}", f"model.{error kind}", ...); the
help is found by its English (tests/cli/test_help_lang.py checks each entry is used)."""


def test_every_catalogue_entry_is_used() -> None:
    source = "\n".join(
        p.read_text(encoding="utf-8") for p in SRC.rglob("*.py") if "catalog" not in p.parts
    )
    unused = [
        key
        for key in CATALOG
        if f'"{key}"' not in source and not key.startswith(DYNAMIC) and key != "empty"
    ]
    assert not unused


def test_a_key_defined_in_two_modules_is_refused(tmp_path: Path) -> None:
    import importlib
    import sys

    import fourgood.i18n.catalog as package

    extra = Path(package.__path__[0]) / "zz_duplicate_for_test.py"
    extra.write_text('CATALOG = {"empty": ("", "")}\n', encoding="utf-8")
    try:
        with pytest.raises(ValueError, match="defined twice: empty"):
            package._merge()
    finally:
        extra.unlink()
        sys.modules.pop("fourgood.i18n.catalog.zz_duplicate_for_test", None)
        importlib.invalidate_caches()
