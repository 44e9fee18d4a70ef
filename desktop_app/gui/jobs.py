"""Long work in a plain thread, watched from the GUI thread with a timer.

The work (a scan, counting decisions) reports its progress into a slot that the GUI reads
a few times a second; no Qt object and no SQLite connection ever crosses a thread, and
the window never waits for the work. Cancelling sets a flag that the work checks at its
next progress report.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

Work = Callable[[Callable[[Any], bool]], Any]
"""``work(report)``: ``report(snapshot)`` returns False once the user cancelled."""

POLL_MS = 100


class Milestone:
    """A report that must reach the GUI thread, unlike a progress snapshot, which the
    next one may replace (e.g. "the listing is stored: show it")."""


class BackgroundJob(QObject):
    """Runs ``work`` in a daemon thread; signals arrive in the GUI thread."""

    progressed = Signal(object)
    """The latest progress snapshot (only when it changed since the last poll)."""
    succeeded = Signal(object)
    """The work's return value."""
    failed = Signal(object)
    """The exception the work raised (a cancelled scan raises ScanCancelled)."""

    def __init__(self, work: Work, parent: QObject | None = None, name: str = "sharetidy-job"):
        super().__init__(parent)
        self._work = work
        self._lock = threading.Lock()
        self._snapshot: Any = None
        self._fresh = False
        self._milestones: list[Milestone] = []
        self._cancel = threading.Event()
        self._result: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        """Start the thread and the timer that watches it."""
        self._thread.start()
        self._timer.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._cancel.is_set()

    def is_running(self) -> bool:
        """Whether the thread is still working."""
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the thread ends (for shutdown); True when it ended."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _report(self, snapshot: Any) -> bool:
        with self._lock:
            if isinstance(snapshot, Milestone):
                self._milestones.append(snapshot)
            else:
                self._snapshot = snapshot
                self._fresh = True
        return not self._cancel.is_set()

    def _run(self) -> None:
        try:
            self._result = self._work(self._report)
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self._error = exc

    def _poll(self) -> None:
        with self._lock:
            snapshot, fresh = self._snapshot, self._fresh
            self._fresh = False
            milestones, self._milestones = self._milestones, []
        for milestone in milestones:
            self.progressed.emit(milestone)
        if fresh:
            self.progressed.emit(snapshot)
        if self._thread.is_alive():
            return
        self._timer.stop()
        if self._error is not None:
            self.failed.emit(self._error)
        else:
            self.succeeded.emit(self._result)
