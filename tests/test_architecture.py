"""The shape of the code: a pure scoring core, and a command line that starts fast."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    script = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def _imports(modules: set[str], *packages: str) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in packages)


def test_the_scoring_core_imports_no_io_or_terminal_libraries() -> None:
    modules = _modules_after(
        "import fourgood.scoring.engine, fourgood.scoring.facts, fourgood.scoring.rubrics"
    )
    assert _imports(modules, "ruamel", "rich", "typer", "yaml", "click") == []


def test_help_imports_only_what_it_needs() -> None:
    modules = _modules_after(
        "import sys\nsys.argv = ['fourgood', '--help']\nfrom fourgood.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    heavy = _imports(modules, "pydantic", "ruamel", "yaml", "xlsxwriter", "sqlite3")
    assert heavy == []
    assert not [m for m in modules if m.startswith(("fourgood.scoring", "fourgood.models"))]


def test_command_help_imports_no_data_libraries() -> None:
    modules = _modules_after(
        "import sys\nsys.argv = ['fourgood', 'report', '--help']\nfrom fourgood.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert _imports(modules, "ruamel", "yaml", "xlsxwriter") == []
    assert not [m for m in modules if m.startswith(("fourgood.scoring", "fourgood.models"))]
