"""The commands, one module each (``@command`` in ``fourgood.cli.registry``), found here.

Every module of this package is imported here, so the registry is complete whenever this package
is. A command module imports only Typer and the light option types at the top; what its work
needs is imported inside the command, so ``fourgood --help`` stays fast.
"""

from __future__ import annotations

import importlib
import pkgutil

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    importlib.import_module(f"{__name__}.{_module}")
