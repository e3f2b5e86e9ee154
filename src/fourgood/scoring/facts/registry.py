"""The registry of facts: each fact is a function registered, where it is computed, with its name
and the kind of value it gives.

    @fact("attendance", "share")
    def attendance(cell: CellFacts) -> FactValue: ...

A rubric names facts; ``fourgood validate`` checks every name against this registry and every
rule against the fact's kind, so adding a fact is one decorated function (and its test).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fourgood.scoring.values import FactType, FactValue

if TYPE_CHECKING:
    from fourgood.scoring.facts.cell import CellFacts

Compute = Callable[["CellFacts"], FactValue]


@dataclass(frozen=True)
class FactSpec:
    """A fact: its name, the kind of value it is, its levels when it is graded, how it is
    computed from a cell-year, and whether it needs the cell's 4 Good result (such a fact is
    read only by the classification, after scoring)."""

    name: str
    type: FactType
    compute: Compute
    levels: tuple[str, ...] = ()
    needs_result: bool = False


FACTS: dict[str, FactSpec] = {}
"""Every fact a rubric may name, by name (filled as the fact modules are imported)."""


def fact(
    name: str, type: FactType, *, levels: tuple[str, ...] = (), needs_result: bool = False
) -> Callable[[Compute], Compute]:
    """Register the decorated function as the computation of fact ``name``."""

    def register(compute: Compute) -> Compute:
        if name in FACTS:
            raise ValueError(f"fact {name!r} is registered twice")
        FACTS[name] = FactSpec(name, type, compute, levels, needs_result)
        return compute

    return register
