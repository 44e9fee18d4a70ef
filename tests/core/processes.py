"""Checks on the processes a test leaves behind."""

from __future__ import annotations

import os


def no_children() -> bool:
    """Whether this process has no child left, running or unreaped."""
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False
