"""Pay for an option's converter only when the option is given.

typer 0.29 converts every parameter's value through a pydantic ``TypeAdapter`` that it builds
the first time the parameter is processed, and click processes every parameter of a command,
given or not (an option left out arrives as ``None``). So ``fourgood score --help`` imported
pydantic and built adapters for the root group's ``--install-completion`` and
``--show-completion``, and every run of ``score`` built one for each of its options left out.

``defer_converters`` (called by fourgood's command classes, ``classes``) hands such a
parameter a stand-in converter: a value of ``None``
stays ``None`` (or ``()`` for a repeatable option), which is what typer's own converter gives,
and the first real value builds typer's converter and uses it from then on. Older typer
(before 0.29) has no converters of its own; there it changes nothing.
"""

from __future__ import annotations

import importlib
from typing import Any


class _Deferred:
    """A parameter's converter, built on the first value that needs one."""

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        if value is None:
            return () if (param.multiple or param.nargs == -1) else None
        # typer 0.29's own module (absent before it, where nothing is deferred): by name, so
        # type checking does not depend on the version installed
        coercion = importlib.import_module("typer._coercion")
        real = coercion.build_runtime_param(param.type_descriptor)
        param._runtime_param = real
        return real.coerce(value, param=param, ctx=ctx)


_DEFERRED = _Deferred()


def defer_converters(params: list[Any]) -> None:
    """Give each parameter whose converter is not built yet the stand-in."""
    for param in params:
        if getattr(param, "_runtime_param", _DEFERRED) is None and hasattr(
            param, "type_descriptor"
        ):
            param._runtime_param = _DEFERRED
