"""Renaming on disk without ever replacing what is already there.

``os.rename`` silently replaces an existing file on POSIX (and an empty folder), and a
"does it exist?" check before it leaves a moment in which another program can create the
name. So the rename asks the system to refuse an existing target in the same call:
``renameat2(RENAME_NOREPLACE)`` on Linux, ``renamex_np(RENAME_EXCL)`` on macOS, and on
Windows ``os.rename`` (MoveFileEx without REPLACE_EXISTING) never replaces anyway. Where
the file system lacks such a call (some network mounts), a file is hard-linked to the new
name (a link refuses an existing name too) and then unlinked; only a folder there falls
back to a check right before the rename.
"""

from __future__ import annotations

import ctypes
import errno
import os
import sys


def _libc_call(name: str):
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = getattr(libc, name)
    except (OSError, AttributeError):
        return None
    return function


_AT_FDCWD = -100
_RENAME_NOREPLACE = 1
_RENAME_EXCL = 0x4
_NOT_SUPPORTED = {errno.EINVAL, errno.ENOSYS, getattr(errno, "ENOTSUP", -1), errno.EOPNOTSUPP}


def _atomic_no_replace(src: str, dst: str) -> bool:
    """Rename with the system's refuse-existing call; False when it has none here."""
    if sys.platform.startswith("linux"):
        function = _libc_call("renameat2")
        if function is None:
            return False
        function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
        function.argtypes += [ctypes.c_uint]
        result = function(
            _AT_FDCWD, os.fsencode(src), _AT_FDCWD, os.fsencode(dst), _RENAME_NOREPLACE
        )
    elif sys.platform == "darwin":  # pragma: no cover - macOS
        function = _libc_call("renamex_np")
        if function is None:
            return False
        function.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint]
        result = function(os.fsencode(src), os.fsencode(dst), _RENAME_EXCL)
    else:
        return False
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in _NOT_SUPPORTED:
        return False
    raise OSError(code, os.strerror(code), src, None, dst)


def rename_no_replace(src: str, dst: str) -> None:
    """Rename ``src`` to ``dst``; raises FileExistsError rather than replace anything."""
    if os.name == "nt":  # pragma: no cover - Windows: os.rename never replaces there
        os.rename(src, dst)
        return
    if _atomic_no_replace(src, dst):
        return
    if os.path.isdir(src) and not os.path.islink(src):
        # No atomic call and folders cannot be hard-linked: check right before renaming
        # (os.rename would replace an empty folder of that name).
        if os.path.lexists(dst):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), dst)
        os.rename(src, dst)
        return
    try:
        os.link(src, dst, follow_symlinks=False)  # refuses an existing dst by itself
    except FileExistsError:
        raise
    except OSError:  # hard links not supported here
        if os.path.lexists(dst):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), dst) from None
        os.rename(src, dst)
        return
    try:
        os.unlink(src)
    except OSError:
        os.unlink(dst)  # back to one name, the old one
        raise
