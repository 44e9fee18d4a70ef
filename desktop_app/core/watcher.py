"""Follow one scanned root while the app is open, as a queue of compact changes.

The view must stay current without a rescan, so watchdog events are turned into
``Change`` records relative to the root and coalesced while they wait (a file saved ten
times is one change; a file created and removed again is none). Native inotify events
are used where they work; on network locations (native events rarely come from there)
and when the inotify watch limit is reached (deeper folders are then silently unwatched,
PLATFORM.md) a polling observer is used instead, and ``mode_reason`` says why, for the
status bar. No Qt here: the GUI drains the queue from a timer.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirModifiedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from desktop_app.core.locality import describe_location
from desktop_app.core.locations import catalog_path

ChangeKind = Literal["created", "deleted", "modified", "moved"]
Mode = Literal["native", "polling"]

MAX_USER_WATCHES = "/proc/sys/fs/inotify/max_user_watches"
DEFAULT_POLL_INTERVAL = 5.0

EVENT_FILTER: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    DirCreatedEvent,
    FileDeletedEvent,
    DirDeletedEvent,
    FileModifiedEvent,
    DirModifiedEvent,
    FileMovedEvent,
    DirMovedEvent,
    FileClosedEvent,
]
"""The inotify events we ask for. With watchdog's default mask (opens, reads, closes
without write...) trees of 5,000+ folders overflow the kernel queue and no event is ever
delivered (PLATFORM.md); this narrow mask keeps 50,000 folders live."""

_CATALOG_SUFFIXES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Change:
    """One change below the root; ``rel`` is '/'-separated, ``dest_rel`` only for moves.

    A folder move is followed by a move of every item in it (watchdog reports each), so
    a consumer may handle every change on its own, in order.
    """

    kind: ChangeKind
    rel: str
    dest_rel: str | None
    is_dir: bool


def read_watch_limit() -> int | None:
    """The per-user inotify watch limit, or None where the system does not say."""
    try:
        with open(MAX_USER_WATCHES, encoding="ascii") as handle:
            return int(handle.read().strip())
    except (OSError, ValueError):
        return None


def count_folders(root: str, stop_after: int) -> int:
    """Folders in ``root`` including itself, counted up to just past ``stop_after``.

    Stopping early keeps the check cheap on huge trees: we only need to know whether
    inotify would need more watches than allowed. Links are not followed (the watch
    does not follow them either) and unreadable folders are skipped.
    """
    count = 1
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            count += 1
                            if count > stop_after:
                                return count
                            stack.append(entry.path)
                    except OSError:
                        continue
        except OSError:
            continue
    return count


class _Pending:
    """Changes waiting for ``drain``, coalesced per path under a lock.

    Only changes on the same path are merged, so applying the drained list in order
    still gives the end state on disk.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[Change | None] = []
        self._last: dict[str, int] = {}  # current path -> index of its latest change

    def _append(self, change: Change) -> None:
        self._items.append(change)
        self._last[change.dest_rel if change.kind == "moved" else change.rel] = len(self._items) - 1

    def _take(self, rel: str) -> Change | None:
        index = self._last.pop(rel, None)
        if index is None:
            return None
        previous = self._items[index]
        self._items[index] = None
        return previous

    def add(self, change: Change) -> None:
        with self._lock:
            index = self._last.get(change.rel)
            previous = self._items[index] if index is not None else None
            if previous is None:
                self._append(change)
            elif change.kind == "modified":
                # After created or modified the path is already pending; after a
                # deletion or a move here the new content is news.
                if previous.kind in ("deleted", "moved"):
                    self._append(change)
            elif change.kind == "deleted":
                self._take(change.rel)
                if previous.kind == "moved":
                    # Moved a -> b, then b deleted: a is gone.
                    self._append(Change("deleted", previous.rel, None, previous.is_dir))
                elif previous.kind != "created":
                    self._append(change)
                # created then deleted: nothing happened.
            elif change.kind == "created":
                if previous.kind == "deleted" and not previous.is_dir and not change.is_dir:
                    self._take(change.rel)
                    self._append(Change("modified", change.rel, None, False))
                else:
                    self._append(change)
            else:  # moved
                assert change.dest_rel is not None
                if previous.kind == "created":
                    self._take(change.rel)
                    self._append(Change("created", change.dest_rel, None, change.is_dir))
                elif previous.kind == "moved":
                    self._take(change.rel)
                    if previous.rel != change.dest_rel:
                        self._append(Change("moved", previous.rel, change.dest_rel, change.is_dir))
                else:
                    self._last.pop(change.rel, None)
                    self._append(change)

    def drain(self) -> list[Change]:
        with self._lock:
            items, self._items, self._last = self._items, [], {}
        return _parents_first([item for item in items if item is not None])


def _depth(change: Change) -> int:
    return change.rel.count("/")


def _parents_first(changes: list[Change]) -> list[Change]:
    """Within each run of consecutive creations and moves, folders before their items.

    The polling observer reports a new folder after the files in it and a moved folder
    after its items; a consumer applying changes in order needs the folder first. Only
    runs without a deletion or modification between are reordered, so changes on one
    path keep their order.
    """
    result: list[Change] = []
    run: list[Change] = []
    for change in changes:
        if change.kind in ("created", "moved"):
            run.append(change)
            continue
        result.extend(sorted(run, key=_depth))
        run = []
        result.append(change)
    result.extend(sorted(run, key=_depth))
    return result


class _Handler(FileSystemEventHandler):
    def __init__(self, on_event: Callable[[FileSystemEvent], None]) -> None:
        self._on_event = on_event

    def on_any_event(self, event: FileSystemEvent) -> None:
        self._on_event(event)


class RootWatcher:
    """Watch one root (natively or by polling) and queue its changes for ``drain``.

    ``mode`` and ``mode_reason`` are set by ``start`` (None before). ``force_polling``
    is for tests and for users whose share drops native events; ``poll_interval`` is
    how often the polling observer compares the tree (each pass lists it all, so the
    default is slow enough for a million files).
    """

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        force_polling: bool = False,
        ignore_paths: list[str | os.PathLike[str]] | None = None,
    ) -> None:
        self.root = os.path.abspath(os.fspath(root))
        self.poll_interval = poll_interval
        self.force_polling = force_polling
        self.mode: Mode | None = None
        self.mode_reason: str | None = None
        self._prefix = self.root.rstrip(os.sep) + os.sep
        self._pending = _Pending()
        self._observer: BaseObserver | None = None
        if ignore_paths is None:
            base = os.fspath(catalog_path())
            ignore_paths = [base + suffix for suffix in _CATALOG_SUFFIXES]
        self._ignored = frozenset(os.path.abspath(os.fspath(p)) for p in ignore_paths)

    # -- mode -------------------------------------------------------------------------

    def _choose_mode(self) -> tuple[Mode, str]:
        if self.force_polling:
            return "polling", "polling was asked for"
        location = describe_location(self.root)
        if location.is_network:
            return "polling", f"network location ({location.reason})"
        limit = read_watch_limit()
        if limit is not None and count_folders(self.root, limit) > limit:
            return "polling", "the inotify watch limit is reached"
        return "native", f"native change events ({location.reason})"

    def _polling_observer(self) -> BaseObserver:
        observer = PollingObserver(timeout=self.poll_interval)
        observer.schedule(_Handler(self._on_event), self.root, recursive=True)
        return observer

    def start(self) -> None:
        """Choose the mode and start watching; a second call does nothing."""
        if self._observer is not None:
            return
        mode, reason = self._choose_mode()
        if mode == "native":
            observer: BaseObserver = Observer()
            observer.schedule(
                _Handler(self._on_event), self.root, recursive=True, event_filter=EVENT_FILTER
            )
            try:
                observer.start()
            except OSError as error:
                if error.errno == errno.ENOSPC:
                    reason = "the inotify watch limit is reached"
                elif error.errno == errno.EMFILE:
                    reason = "the inotify instance limit is reached"
                else:
                    raise
                mode = "polling"
        if mode == "polling":
            observer = self._polling_observer()
            observer.start()
        self._observer = observer
        self.mode, self.mode_reason = mode, reason

    def stop(self) -> None:
        """Stop watching and wait for the observer thread; pending changes stay."""
        observer, self._observer = self._observer, None
        if observer is not None:
            observer.stop()
            observer.join(timeout=5)

    def drain(self) -> list[Change]:
        """The changes since the last call, coalesced, oldest first."""
        return self._pending.drain()

    # -- events -----------------------------------------------------------------------

    def _rel(self, path: str | bytes) -> str | None:
        text = os.fsdecode(path)
        if not text.startswith(self._prefix) or text in self._ignored:
            return None
        rel = text[len(self._prefix) :]
        name = rel.rpartition(os.sep)[2]
        if name.startswith(".") and name.endswith(".part"):
            return None  # a temporary file of our own atomic writes (atomic.py)
        return rel.replace(os.sep, "/") if os.sep != "/" else rel

    def _on_event(self, event: FileSystemEvent) -> None:
        kind = event.event_type
        is_dir = event.is_directory
        if is_dir and kind == "modified":
            return  # a folder's mtime echoes changes to its items, reported on their own
        rel = self._rel(event.src_path)
        if kind == "moved":
            dest = self._rel(event.dest_path)
            if rel is None and dest is None:
                return
            if rel is None:
                change = Change("created", dest, None, is_dir)  # type: ignore[arg-type]
            elif dest is None:
                change = Change("deleted", rel, None, is_dir)
            else:
                change = Change("moved", rel, dest, is_dir)
        elif rel is None:
            return
        elif kind in ("created", "deleted", "modified"):
            change = Change(kind, rel, None, is_dir)  # type: ignore[arg-type]
        elif kind == "closed":
            change = Change("modified", rel, None, is_dir)
        else:
            return
        self._pending.add(change)
