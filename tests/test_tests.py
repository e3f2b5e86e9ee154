"""The test suite mirrors src/: every module has its test module, every test module tests
something, and every other file of tests/ is a helper the tests import."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "fourgood"
TESTS = ROOT / "tests"
NOT_MIRRORED = {"__init__.py", "__main__.py"}
HELPERS = {"conftest.py", "kit.py", "docs.py", "sample.py"}
"""Modules of tests/ that hold shared fixtures and builders, not tests."""


def _python_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def mirror(module: Path) -> Path:
    """Where the tests of a source module live: tests/<path>/test_<name>.py."""
    relative = module.relative_to(SRC)
    return TESTS / relative.parent / f"test_{relative.name}"


def test_every_source_module_has_its_test_module() -> None:
    modules = [p for p in _python_files(SRC) if p.name not in NOT_MIRRORED]
    assert len(modules) > 90  # the scan finds the package
    missing = [
        f"{module.relative_to(ROOT)} -> {mirror(module).relative_to(ROOT)}"
        for module in modules
        if not mirror(module).is_file()
    ]
    assert missing == [], "source modules without their test module:\n" + "\n".join(missing)


def test_the_mirror_of_a_module() -> None:
    assert mirror(SRC / "collation.py") == TESTS / "test_collation.py"
    assert mirror(SRC / "cli" / "commands" / "init.py") == TESTS / "cli/commands/test_init.py"


def test_every_test_package_is_a_package() -> None:
    folders = {p.parent for p in _python_files(TESTS)}
    without = [
        str(f.relative_to(ROOT)) for f in sorted(folders) if not (f / "__init__.py").is_file()
    ]
    assert without == []


def _imported_modules(path: Path) -> set[str]:
    """The modules a test file imports, as dotted names under tests (relative ones resolved)."""
    package = ".".join(path.parent.relative_to(ROOT).parts)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                found.add(f"{base}.{node.module}" if node.module else base)
            elif node.module:
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_every_other_file_is_a_helper_the_tests_import() -> None:
    files = [p for p in _python_files(TESTS) if p.name != "__init__.py"]
    odd = [
        str(p.relative_to(ROOT))
        for p in files
        if not p.name.startswith("test_") and p.name not in HELPERS
    ]
    assert odd == [], "neither test modules nor helpers (name them test_*.py):\n" + "\n".join(odd)
    imported = set().union(*(_imported_modules(p) for p in files))
    helpers = [p for p in files if p.name in HELPERS]
    assert helpers
    unused = [
        str(p.relative_to(ROOT))
        for p in helpers
        if ".".join(p.with_suffix("").relative_to(ROOT).parts) not in imported
    ]
    assert unused == [], "helpers no test imports:\n" + "\n".join(unused)


def test_every_test_module_has_tests() -> None:
    empty = []
    for path in _python_files(TESTS):
        if path.name.startswith("test_"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names = [
                node.name
                for node in tree.body
                if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
            ]
            if not names:
                empty.append(str(path.relative_to(ROOT)))
    assert empty == []
