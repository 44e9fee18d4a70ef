"""``team collect --watch``: keep collecting as manifests arrive, until Ctrl+C or SIGTERM.

A watchdog observer reports names created in or moved into the drop folder; the app
writes a temporary name and renames it, so a finished manifest arrives as a move. A
file copied in by hand arrives as a creation and may still be growing, so each name is
collected only after it has been quiet for a moment. Drop folders are often network
shares where native events do not arrive: a polling observer is used when the native
one cannot start, and the whole folder is collected again every few minutes anyway
(cheap: files already read are skipped by name, size and time).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

from watchdog.events import (
    FileClosedEvent,
    FileCreatedEvent,
    FileMovedEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from desktop_app.core.manifest import SUFFIX

SETTLE_SECONDS = 1.0
RESCAN_SECONDS = 300.0


class _Arrivals(FileSystemEventHandler):
    """Remembers finished manifest names and when they last changed."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pending: dict[str, float] = {}
        self.wake = threading.Event()

    def _note(self, path: str | bytes) -> None:
        name = Path(str(path)).name
        if name.endswith(SUFFIX):
            with self.lock:
                self.pending[name] = time.monotonic()
            self.wake.set()

    def on_created(self, event) -> None:
        if not event.is_directory:
            self._note(event.src_path)

    def on_moved(self, event) -> None:
        if not event.is_directory:
            self._note(event.dest_path)

    def on_closed(self, event) -> None:
        if not event.is_directory:
            self._note(event.src_path)

    def settled(self, now: float) -> list[str]:
        """Names quiet for SETTLE_SECONDS, removed from the pending set."""
        with self.lock:
            ready = [n for n, t in self.pending.items() if now - t >= SETTLE_SECONDS]
            for name in ready:
                del self.pending[name]
        return sorted(ready)


def watch(
    drop: Path,
    collect_names: Callable[[list[str] | None], None],
    *,
    stop: threading.Event | None = None,
    rescan_seconds: float = RESCAN_SECONDS,
) -> None:
    """Collect everything now, then each arriving manifest, until stopped.

    ``collect_names(None)`` collects the whole folder; with a list, just those names.
    Stops on Ctrl+C, SIGTERM or when ``stop`` is set.
    """
    stop = stop or threading.Event()
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    arrivals = _Arrivals()
    observer = _start_observer(drop, arrivals)
    try:
        collect_names(None)
        last_full = time.monotonic()
        while not stop.is_set():
            arrivals.wake.wait(0.25)
            arrivals.wake.clear()
            now = time.monotonic()
            names = arrivals.settled(now)
            if names:
                collect_names(names)
            if now - last_full >= rescan_seconds:
                collect_names(None)
                last_full = now
    except KeyboardInterrupt:
        pass
    finally:
        observer.stop()
        observer.join(timeout=5)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _start_observer(drop: Path, handler: _Arrivals):
    kinds = [FileCreatedEvent, FileMovedEvent, FileClosedEvent]
    for factory in (Observer, PollingObserver):
        observer = factory()
        try:
            observer.schedule(handler, str(drop), recursive=False, event_filter=kinds)
            observer.start()
        except OSError:
            continue
        return observer
    raise OSError(f"cannot watch {drop}")
