"""Checks on the processes a test leaves behind, and on what it hands to them."""

from __future__ import annotations

import os

from desktop_app.core.readers import Readers


def no_children() -> bool:
    """Whether this process has no child left, running or unreaped."""
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


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
