"""File names as the file system has them, and as people (and CSV files) can read them.

On Linux a name may be any bytes; Python hands such names over with surrogate escapes.
We keep the real name (to open the file) and show a readable form in which each byte
that is not UTF-8 becomes U+FFFD.
"""

from __future__ import annotations

import os
import stat

# Windows file attributes of cloud files that must never be read: reading them makes
# OneDrive download (hydrate) the file.
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_RECALL_ON_OPEN = 0x40000
FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS = 0x400000
PLACEHOLDER_ATTRIBUTES = (
    FILE_ATTRIBUTE_OFFLINE | FILE_ATTRIBUTE_RECALL_ON_OPEN | FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS
)
FILE_ATTRIBUTE_REPARSE_POINT = 0x400


def readable(name: str) -> str:
    """``name`` with every undecodable byte shown as U+FFFD (unchanged when valid)."""
    if is_valid_text(name):
        return name
    return os.fsencode(name).decode("utf-8", "replace")


def is_valid_text(name: str) -> bool:
    """Whether ``name`` is real text (no surrogate escapes of undecodable bytes)."""
    if name.isascii():
        return True
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_placeholder(st: os.stat_result) -> bool:
    """Whether a stat result is a cloud placeholder that reading would hydrate."""
    attributes = getattr(st, "st_file_attributes", 0)
    return bool(attributes & PLACEHOLDER_ATTRIBUTES)


def is_reparse_dir(st: os.stat_result) -> bool:
    """Whether a directory is a junction or other reparse point (never followed)."""
    attributes = getattr(st, "st_file_attributes", 0)
    return bool(attributes & FILE_ATTRIBUTE_REPARSE_POINT) and stat.S_ISDIR(st.st_mode)


def long_path(path: str) -> str:
    """A path that Windows opens even beyond 260 characters (unchanged elsewhere)."""
    if os.name != "nt" or path.startswith("\\\\?\\"):
        return path
    if path.startswith("\\\\"):
        return "\\\\?\\UNC\\" + path[2:]
    return "\\\\?\\" + path


def join_rel(folder: str, name: str) -> str:
    """The ``/``-separated relative path of ``name`` in ``folder`` ('' is the root)."""
    return f"{folder}/{name}" if folder else name
