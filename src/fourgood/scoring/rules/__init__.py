"""The rule kinds a rubric can use, one module each (see ``base``), found here at import.

``Rule`` is the tagged union of every kind (on ``kind:``), as the rubric model reads it;
``KINDS`` maps each kind's name to its class, in the order of the module names.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING, Annotated, Union

from pydantic import Field

from fourgood.scoring.rules.base import Minus, Outcome, RuleBase, RuleCheck, ScoreContext


def _discover() -> dict[str, type[RuleBase]]:
    kinds: dict[str, type[RuleBase]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, RuleBase)
                and value.__module__ == module.__name__
            ):
                kinds[value.kind_name()] = value
    return kinds


KINDS: dict[str, type[RuleBase]] = _discover()
"""Every rule kind, by the name written after ``kind:``."""

if TYPE_CHECKING:
    Rule = RuleBase
else:
    Rule = Annotated[Union[tuple(KINDS.values())], Field(discriminator="kind")]  # noqa: UP007

__all__ = ["KINDS", "Minus", "Outcome", "Rule", "RuleBase", "RuleCheck", "ScoreContext"]
