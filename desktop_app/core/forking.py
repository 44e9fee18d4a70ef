"""Forked helper processes that see the scan's memory without copying it.

A scan on the command line runs in one thread, and most of its work is Python that one
process does one step after the other. A child made with ``fork`` sees every row the
parent has built so far, so it can do part of the work (read files, work out
suggestions, format an export) on the other core and hand back only small results
through memory shared with the parent. ``fork`` is only safe in a process with one
thread, so the desktop app, Windows and macOS do the same work in-process instead.

Children never run clean-up code of the parent (they leave with ``os._exit``) and die
with the parent, so a killed scan leaves no helper behind.
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable


def fork_is_safe() -> bool:
    """Whether this process may fork a child that runs Python code."""
    return sys.platform == "linux" and threading.active_count() == 1


def start_child(work: Callable[[], None]) -> int:
    """Fork a child that runs ``work`` and exits with 0 (or 1 after an exception)."""
    parent = os.getpid()
    prctl = _prctl()  # looked up here once, not in every child
    pid = os.fork()
    if pid == 0:  # the child: work and leave without running any clean-up
        code = 1
        try:
            _die_with_parent(parent, prctl)
            work()
            code = 0
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(code)
    return pid


def wait_child(pid: int) -> bool:
    """Wait for a child; True when it finished its work."""
    _, status = os.waitpid(pid, 0)
    return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0


def stop_child(pid: int) -> None:
    """End a child at once (a cancel, a failure) and collect it."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


@functools.cache
def _prctl() -> Callable[..., int] | None:
    """Linux's ``prctl``, or None where it cannot be had."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


def _die_with_parent(parent: int, prctl: Callable[..., int] | None) -> None:
    """Ask Linux to end this child when its parent dies (a killed scan leaves no helper)."""
    if prctl is not None:
        prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # it died before the request was made
        os._exit(1)
