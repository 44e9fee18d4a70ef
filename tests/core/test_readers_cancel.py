"""A cancel stops the reader processes whatever they were doing when it came.

``Pool.terminate`` alone waits for good when a worker it kills held one of the pool's
queue locks (it was sending a result, or waiting for a task): the cancel of a scan would
never return. Here a lock is left taken as such a worker leaves it.
"""

from __future__ import annotations

import multiprocessing
import os
import struct
import threading
import time

import pytest

from desktop_app.core import readers as readers_module
from desktop_app.core.readers import Readers

pytestmark = pytest.mark.usefixtures("only_this_thread")


def _cancel_returns(readers: Readers) -> bool:
    done = threading.Thread(target=readers.cancel, daemon=True)
    done.start()
    done.join(20)
    return not done.is_alive()


def _held_by_a_worker(lock, within: float = 20) -> bool:
    """Whether a worker takes ``lock`` within ``within`` seconds. Workers that are still
    starting do not hold it yet (a busy machine), and a lock this process took would
    hang the pool's own clean-up, so it is given back at once."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not lock.acquire(False):
            return True
        lock.release()
        time.sleep(0.01)
    return False


def test_a_cancel_returns_when_a_killed_worker_held_the_result_lock() -> None:
    readers = Readers(2)
    readers.start()
    pool = readers.pool
    assert pool is not None
    workers = list(pool._pool)
    assert pool._outqueue._wlock.acquire(timeout=5)  # as a worker killed mid-result leaves it
    assert _cancel_returns(readers)
    assert readers.pool is None
    assert not any(process.is_alive() for process in workers)


def test_a_cancel_of_idle_workers_returns() -> None:
    """An idle worker waits for a task holding the task queue's read lock: killed, it
    leaves that lock taken for terminate."""
    readers = Readers(2)
    readers.start()
    pool = readers.pool
    assert pool is not None
    assert _held_by_a_worker(pool._inqueue._rlock)  # a waiting worker holds it
    assert _cancel_returns(readers)
    assert not [p for p in multiprocessing.active_children() if p.is_alive()]


def test_a_cancel_returns_when_a_killed_worker_left_half_a_task_in_the_queue(
    monkeypatch,
) -> None:
    """A worker killed while it read a task leaves the rest of that message in the task
    queue; terminate, emptying the queue message by message, then read garbage (an
    EOFError out of the cancel) or waited for bytes that never come.

    The task queue's lock that a dead worker holds is given back at once: only the
    result queue's lock waits a moment for a live holder (here a minute, so that a
    cancel that waited for the task queue's lock would not return in the 20 s given)."""
    monkeypatch.setattr(readers_module, "LOCK_WAIT_S", 60.0)
    readers = Readers(2)
    readers.start()
    pool = readers.pool
    assert pool is not None and _held_by_a_worker(pool._inqueue._rlock)
    for process in pool._pool:
        process.kill()
        process.join()
    # What a worker leaves that read the length of a task and then died: its remainder.
    os.write(pool._inqueue._writer.fileno(), struct.pack("!i", 1000) + b"x" * 10)
    # The pool replaces the killed workers at once, and one of them takes the task
    # queue's lock to wait for the rest of that task: the cancel must not wait for it.
    assert _cancel_returns(readers)
    assert readers.pool is None


def test_a_cancel_while_reading_stops_at_once(tmp_path) -> None:
    paths = []
    for i in range(3000):
        path = tmp_path / f"f{i}"
        path.write_bytes(bytes([i % 251]) * 3000)
        paths.append((str(path), 3000, True))
    readers = Readers(2)
    readers.start()

    def progress(done: int) -> bool:
        return False  # cancel at the first report, while the workers are busy

    with pytest.raises(Exception) as caught:
        readers.read(paths, progress)
    assert type(caught.value).__name__ == "Cancelled"
    assert readers.pool is None
    assert not [p for p in multiprocessing.active_children() if p.is_alive()]
    assert threading.active_count() == 1  # the pool's threads are gone: a fork is safe again
