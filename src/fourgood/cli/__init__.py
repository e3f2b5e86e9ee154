"""The command line: the Typer application (``app``, the whole program) and the console entry
point (``main``).

``app`` is built on first use: a run of ``fourgood`` builds only what its command line needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fourgood.cli.app import main

if TYPE_CHECKING:
    import typer

    app: typer.Typer

# Importing the submodule ``fourgood.cli.app`` bound its name here; ``app`` is the program, as
# it always was, built by ``__getattr__`` when first asked for.
del globals()["app"]


def __getattr__(name: str) -> typer.Typer:
    if name != "app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from fourgood.cli.app import whole

    program = globals()["app"] = whole()
    return program


__all__ = ["app", "main"]
