"""Write a file so that no reader ever sees half of it.

Exports, reports and scan results are written under a temporary name in the same
folder, flushed to disk, and renamed into place in one step; a kill at any moment leaves
either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def write_text_atomic(output: Path, write: Callable[[IO[str]], int], *, bom: bool) -> int:
    """Call ``write(file)`` on a temporary UTF-8 file, then rename it to ``output``.

    ``bom`` puts a byte-order mark first (Excel then reads accents right). Returns what
    ``write`` returned (the number of rows, usually).
    """
    folder = output.parent if str(output.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as out:
            count = write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, output)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count
