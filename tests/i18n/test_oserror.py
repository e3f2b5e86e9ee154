"""Why the system refused, in the user's language."""

from __future__ import annotations

import errno

from fourgood.i18n.oserror import reason
from fourgood.i18n.render import render


def test_common_reasons_are_said_in_both_languages() -> None:
    full = reason(OSError(errno.ENOSPC, "No space left on device"))
    assert render(full, "en") == "no space left on the disk"
    assert render(full, "vi") == "ổ đĩa đã hết chỗ trống"
    denied = reason(PermissionError(errno.EACCES, "Permission denied"))
    assert render(denied, "vi") == "không có quyền truy cập"


def test_a_rare_reason_is_the_systems_own() -> None:
    assert reason(OSError(errno.EXDEV, "Invalid cross-device link")) == "Invalid cross-device link"
    assert reason(OSError("no errno")) == "no errno"
