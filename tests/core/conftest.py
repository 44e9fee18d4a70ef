"""Fixtures of the core tests."""

from __future__ import annotations

import pytest

from tests.core.processes import threads_left


@pytest.fixture
def only_this_thread() -> None:
    """Fail at once, naming the thread, where an earlier test left a thread running.

    The command line forks helpers only while one thread runs, so a stray thread turns
    every later fork test into a puzzling failure of its own (a hung cancel in one test
    failed eleven more in CI). A thread that is just ending gets two seconds.
    """
    others = threads_left(wait_s=2.0)
    assert not others, f"an earlier test left these threads running: {others}"
