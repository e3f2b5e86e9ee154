"""The facts a rubric can read, each computed from one cell's data for one year.

Each fact is computed from the cell's roster, meeting log and annual record, limited to the
period the cell spends in the programme that year (its *window*). A fact is a function
registered with ``@fact(name, type)`` in the module of its source (``record``, ``meetings``,
``members``); every module of this package is imported here, so ``FACTS`` is complete whenever
this package is.
"""

from __future__ import annotations

import importlib
import pkgutil

from fourgood.scoring.facts.cell import CellFacts, CellYear, Facts, compute_facts, year_end_members
from fourgood.scoring.facts.registry import FACTS, FactSpec, fact

_INFRASTRUCTURE = {"cell", "registry"}
for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    if _module not in _INFRASTRUCTURE:
        importlib.import_module(f"{__name__}.{_module}")

__all__ = [
    "FACTS",
    "CellFacts",
    "CellYear",
    "FactSpec",
    "Facts",
    "compute_facts",
    "fact",
    "year_end_members",
]
