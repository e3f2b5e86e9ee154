"""The commands, one module each (``@command`` in ``fourgood.cli.registry``), found here.

A command's module is named after it (``import_`` for ``import``, a Python keyword) and fills the
registry when imported: ``load`` imports one, for a run of that command, or every one, for the
whole program. ``PROGRAM`` names them in the order of the program's own help, so that help needs
no command module (tests/cli/test_registry.py checks it against the registry). A command module
imports only Typer and the light option types at the top; what its work needs is imported inside
the command, so ``fourgood CMD --help`` stays fast.
"""

from __future__ import annotations

import importlib
import keyword

PROGRAM = (
    *("init", "validate", "score", "scorecard", "report", "followup", "todo", "schema"),
    *("form", "import"),
    *("year", "member", "meeting", "record", "cell"),
)
"""The commands, then the nouns (Typer lists a program's commands first), each in its order;
the help of each is ``help.<name>``."""


def module_name(name: str) -> str:
    """The module of the command or noun ``name``."""
    return f"{__name__}.{name}_" if keyword.iskeyword(name) else f"{__name__}.{name}"


def load(name: str | None = None) -> None:
    """Import the module of the command or noun ``name`` (default: of every one), which
    registers it."""
    for each in PROGRAM if name is None else (name,):
        importlib.import_module(module_name(each))
