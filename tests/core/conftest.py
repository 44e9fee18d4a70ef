"""Fixtures of the core tests."""

from __future__ import annotations

import threading
import time

import pytest


@pytest.fixture
def only_this_thread() -> None:
    """Fail at once, naming the thread, where an earlier test left a thread running.

    The command line forks helpers only while one thread runs, so a stray thread turns
    every later fork test into a puzzling failure of its own (a hung cancel in one test
    failed eleven more in CI). A thread that is just ending gets two seconds.
    """
    deadline = time.monotonic() + 2.0
    while threading.active_count() > 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    others = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
    assert not others, f"an earlier test left these threads running: {others}"
