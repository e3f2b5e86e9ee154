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


def _help_modules(*args: str) -> set[str]:
    return _modules_after(
        f"import sys\nsys.argv = ['fourgood', *{list(args)!r}]\nfrom fourgood.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )


# What help does not need: the catalogue beyond its help module, the rendering of messages and
# the escaping of text from data (its one large pattern).
_NOT_FOR_HELP = ("fourgood.i18n.render", "fourgood.i18n.message", "fourgood.i18n.visible")
_CATALOGUE = "fourgood.i18n.catalog."


def test_help_imports_only_what_it_needs() -> None:
    modules = _help_modules("--help")
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


def test_help_imports_no_command_and_no_whole_catalogue() -> None:
    modules = _help_modules("--lang", "vi", "--help")
    assert not [m for m in modules if m.startswith("fourgood.cli.commands.")]
    assert not [m for m in modules if m.startswith(_NOT_FOR_HELP)]
    assert sorted(m for m in modules if m.startswith(_CATALOGUE)) == [
        "fourgood.i18n.catalog.help",
        "fourgood.i18n.catalog.vocabulary",
    ]


def test_command_help_imports_its_command_alone() -> None:
    for args in (["report", "--help", "--lang", "vi"], ["member", "add", "--help"]):
        modules = _help_modules(*args)
        loaded = sorted(m for m in modules if m.startswith("fourgood.cli.commands."))
        assert loaded == [f"fourgood.cli.commands.{args[0]}"]
        assert not [m for m in modules if m.startswith(_NOT_FOR_HELP)]
        assert f"{_CATALOGUE}core" not in modules
        assert "fourgood.cli.session" not in modules  # what a run opens: not for its help
