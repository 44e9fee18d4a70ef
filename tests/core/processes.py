"""Checks on the processes a test leaves behind, and on what it hands to them."""

from __future__ import annotations

import os
import threading
import time

from desktop_app.core.readers import Readers


def no_children() -> bool:
    """Whether this process has no child left, running or unreaped."""
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def threads_left(prefix: str = "", wait_s: float = 0.0) -> list[str]:
    """Names of the threads besides the main one (whose names start with ``prefix``)
    still running after up to ``wait_s`` seconds for them to end."""
    deadline = time.monotonic() + wait_s
    while True:
        names = [
            t.name
            for t in threading.enumerate()
            if t is not threading.main_thread() and t.name.startswith(prefix)
        ]
        if not names or time.monotonic() >= deadline:
            return names
        time.sleep(0.01)


def record_handed_over(monkeypatch) -> list[tuple[int, bool]]:
    """Record what is handed to forked readers that find the paths themselves: one
    ``(number of files, whole)`` per :meth:`Readers.map_indexes` call."""
    sent: list[tuple[int, bool]] = []
    real = Readers.map_indexes

    def spy(self, indexes, whole):
        sent.append((len(indexes), whole))
        return real(self, indexes, whole)

    monkeypatch.setattr(Readers, "map_indexes", spy)
    return sent
