"""Checks that need more than one field or file, one module per kind of file.

A check is a function registered with ``@check(Subject)`` (``registry``) in the module of the
kind of file it looks at; ``run(subject)`` runs every check of a subject's kind. Every module of
this package is imported here, so the registry is complete whenever this package is.
"""

from __future__ import annotations

import importlib
import pkgutil

from fourgood.checks.registry import CHECKS, check, run

_INFRASTRUCTURE = {"registry", "subjects"}
for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    if _module not in _INFRASTRUCTURE:
        importlib.import_module(f"{__name__}.{_module}")

__all__ = ["CHECKS", "check", "run"]
