"""Reading a data file's bytes, or saying why they cannot be read."""

from __future__ import annotations

import errno

from fourgood.errors import Problem
from fourgood.i18n.message import msg


def read_bytes(path: str, shown: str) -> bytes | Problem:
    """The bytes of a file, or a problem saying why it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except IsADirectoryError:
        return Problem(shown, msg("file.is_dir"))
    except FileNotFoundError:
        return Problem(shown, msg("file.missing"))
    except PermissionError:
        return Problem(shown, msg("file.permission"))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Problem(shown, msg("file.symlink_loop"))
        return Problem(shown, msg("file.os_error", detail=exc.strerror or str(exc)))
