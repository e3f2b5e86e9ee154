"""Why the system refused to read or write a file, in the user's language.

The system's own words (``strerror``) are English whatever the locale; the common reasons are
said in the catalogue's words, the rare ones in the system's.
"""

from __future__ import annotations

import errno

from fourgood.i18n.message import Msg, msg

_KNOWN = {
    errno.ENOENT: "os.missing",
    errno.EACCES: "os.denied",
    errno.EPERM: "os.denied",
    errno.ENOSPC: "os.full",
    errno.EDQUOT: "os.full",
    errno.EROFS: "os.read_only",
    errno.EISDIR: "os.is_dir",
    errno.ENOTDIR: "os.not_dir",
    errno.EEXIST: "os.exists",
    errno.ELOOP: "os.loop",
    errno.ENAMETOOLONG: "os.too_long",
    errno.EIO: "os.io",
    errno.EBUSY: "os.busy",
    errno.ETXTBSY: "os.busy",
}


def reason(exc: OSError) -> Msg | str:
    """The reason an operation on a file failed, for a message's ``detail``."""
    key = _KNOWN.get(exc.errno or 0)
    return msg(key) if key else exc.strerror or str(exc)
