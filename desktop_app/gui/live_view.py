"""Following the shown share while the app is open: new files appear, removed ones vanish.

How it is split up, and why:

- A :class:`~desktop_app.core.watcher.RootWatcher` collects changes in its own thread
  (native events, or a polling observer on network shares and past the inotify limit).
  Starting it lists every folder, which takes seconds on a big share, so that happens
  in a worker thread too.
- Every half second the GUI thread takes what was collected. A worker thread reads what
  the changed paths look like now (``read_ahead``: on a network share each look is a
  round trip, which must never freeze the window) and checks that the share is still
  the same folder. The GUI thread then writes the batch into the catalog (it owns the
  connection the decisions go through, so a decision and a rename can never cross) and
  splices the review's columns (no million-row reload).
- A batch that took long makes the next one wait a little (twice as long, at most
  ten seconds): on a share of a million files a stream of changes costs a short
  pause now and then, not a frozen window.
- A share that disappears (VPN gone, folder renamed) is *offline*: the watcher stops,
  nothing is taken as deleted, deciding goes on against the catalog. A probe every few
  seconds notices when it is back; then the watcher starts again and one listing
  catches up on what changed meanwhile (the same catch-up runs once after every start,
  for what changed during the scan or since the last session).
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desktop_app.core.live_batch import ScanRunning
from desktop_app.core.live_disk import DiskSnapshot, probe_root, read_ahead, root_identity
from desktop_app.core.live_resync import disk_changes
from desktop_app.core.live_update import LiveUpdater
from desktop_app.core.locality import describe_location
from desktop_app.core.store import Root
from desktop_app.core.watcher import Change, RootWatcher
from desktop_app.gui import column_cache
from desktop_app.gui.column_index import ColumnsIndex, known_folders
from desktop_app.gui.i18n import Retranslatable
from desktop_app.gui.jobs import BackgroundJob
from desktop_app.gui.session import Session

_LOG = logging.getLogger(__name__)

DRAIN_MS = 500
"""How often collected changes are taken (and the longest they wait when all is quiet)."""
PROBE_S = {False: 3.0, True: 10.0}
"""Seconds between two reachability probes, on a local disk / on a network share."""
PROBE_TIMEOUT_S = 20.0
"""A probe without an answer for this long means the share hangs: offline."""
POLL_MIN_S, POLL_MAX_S = 5, 300
POLL_PER_FILE_S = 250e-6
"""A polling pass costs ~8-10 µs of CPU per file (measured: 7.9 s for 1M files on its
own, more beside the app); waiting 250 µs per file between passes keeps the polling
observer at about 4% of one core at every size (1M files: a pass every 250 s)."""
SAVE_AFTER_MS = 30_000
"""Quiet time after which the review's columns are saved for a quick next start."""
OFF, STARTING, WATCHING, OFFLINE = "off", "starting", "watching", "offline"


def poll_interval_for(files: int) -> int:
    """Seconds between polling passes for a share of ``files`` files (5 s to 5 min)."""
    return int(min(POLL_MAX_S, max(POLL_MIN_S, round(files * POLL_PER_FILE_S))))


@dataclass(frozen=True)
class _Read:
    """What a worker thread read for a batch: the changes, the disk, the root's identity."""

    changes: list[Change]
    disk: DiskSnapshot | None
    identity: tuple[int, int] | None


class LiveView(QObject):
    """Watches the share the review shows and keeps catalog and review current."""

    changed = Signal()
    """The state (starting, watching, offline) or its mode changed: texts change."""
    applied = Signal(object)
    """A batch was applied (a LiveResult; it may have changed nothing)."""

    FORCE_POLLING = False
    """Poll even where native events work (for tests and for shares that drop events)."""
    POLL_INTERVAL: float | None = None
    """Seconds between polling passes; None: chosen from the share's size."""

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.state = OFF
        self.mode: str | None = None
        self.reason: str | None = None
        self.poll_interval: float = 0
        self.network = False
        self.last_apply_s = 0.0
        self._root: Root | None = None
        self._watcher: RootWatcher | None = None
        self._updater: LiveUpdater | None = None
        self._identity: tuple[int, int] | None = None
        self._pending: list[Change] = []
        self._busy = False
        self._generation = 0
        self._next_apply = 0.0
        self._failures = 0
        self._probe: BackgroundJob | None = None
        self._probe_started = 0.0
        self._jobs: set[BackgroundJob] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_MS)
        self._timer.timeout.connect(self._tick)
        self._probe_timer = QTimer(self)
        self._probe_timer.timeout.connect(self._start_probe)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self._save_columns)
        session.rootLoaded.connect(self._root_loaded)

    # -- what the window shows ----------------------------------------------------------
    def root_id(self) -> int | None:
        """The watched root (None when nothing is watched)."""
        return self._root.id if self._root is not None else None

    def is_offline(self) -> bool:
        """Whether the watched share cannot be reached right now."""
        return self.state == OFFLINE

    def is_local(self) -> bool:
        """Whether the watched share lies on a local disk (clean-up is allowed there)."""
        return self._root is not None and not self.network

    def status_text(self) -> str:
        """One short line for the status bar: how changes are followed."""
        if self.state == OFF:
            return ""
        if self.state == STARTING:
            return self.tr("Getting ready to follow changes…")
        if self.state == OFFLINE:
            return self.tr("Not reachable right now: your decisions are kept")
        if self.mode == "native":
            return self.tr("Changes are followed directly")
        every = self._every()
        if self.reason == "network":
            return self.tr("Network drive: checked %1").replace("%1", every)
        if self.reason == "limit":
            return self.tr("Too many folders to follow directly: checked %1").replace("%1", every)
        return self.tr("Checked for changes %1").replace("%1", every)

    def status_tooltip(self) -> str:
        """Why this mode, in a sentence."""
        if self.state == OFFLINE:
            return self.tr(
                "ShareTidy cannot reach this folder. It checks again every few seconds "
                "and carries on by itself when the folder is back."
            )
        if self.mode == "native":
            return self.tr(
                "New, changed and removed files show up in the list within a few seconds."
            )
        if self.reason == "network":
            return self.tr(
                "A network drive does not report changes by itself, so ShareTidy looks "
                "at all folders now and then. On a big drive that takes a while, so it "
                "does not look more often."
            )
        if self.reason == "limit":
            return self.tr(
                "This computer cannot follow this many folders directly, so ShareTidy "
                "looks at all folders now and then."
            )
        return ""

    def _every(self) -> str:
        seconds = round(self.poll_interval)
        if seconds >= 120:
            return self.tr("every %n minute(s)", "", round(seconds / 60))
        return self.tr("every %n second(s)", "", seconds)

    def look_again(self, rels: list[str]) -> None:
        """Look at these paths at the next tick (after the app itself changed them)."""
        if self._root is None:
            return
        self._pending.extend(Change("modified", rel, None, False) for rel in rels)
        self._next_apply = 0.0

    def stop(self) -> None:
        """Stop watching (the window closes); jobs still running are ignored."""
        self._generation += 1
        self._timer.stop()
        self._probe_timer.stop()
        self._save_timer.stop()
        self._stop_watcher()
        self._root = None
        self.state = OFF
        self._pending = []
        self.changed.emit()

    # -- starting and stopping ----------------------------------------------------------
    def _root_loaded(self, root_id: int) -> None:
        root = self.session.catalog.root(root_id)
        if (
            self._root is not None
            and root.path == self._root.path
            and self.state in (STARTING, WATCHING)
        ):
            self._root = root  # a new scan of the watched share: keep the watcher
            self._updater = LiveUpdater(self.session.catalog, root.id, self.session.config.policy)
            return
        self._start(root)

    def _start(self, root: Root) -> None:
        self._stop_watcher()
        self._generation += 1
        generation = self._generation
        self._root = root
        self._updater = LiveUpdater(self.session.catalog, root.id, self.session.config.policy)
        self.network = describe_location(root.path).is_network
        self.poll_interval = self.POLL_INTERVAL or poll_interval_for(root.files)
        self.state = STARTING
        self.mode = self.reason = None
        self._pending = []
        self._busy = False
        self._failures = 0
        self._timer.start()
        self._probe_timer.start(int(PROBE_S[self.network] * 1000))
        self.changed.emit()
        path, force, interval = root.path, self.FORCE_POLLING, self.poll_interval

        def work(_report) -> tuple[RootWatcher | None, tuple[int, int] | None]:
            identity = root_identity(path)
            if identity is None:
                return None, None
            watcher = RootWatcher(path, force_polling=force, poll_interval=interval)
            watcher.start()
            return watcher, identity

        self._run(work, lambda found: self._started(generation, found))

    def _started(self, generation: int, found: tuple) -> None:
        watcher, identity = found
        if generation != self._generation:
            if watcher is not None:
                _stop_in_background(watcher)
            return
        if watcher is None:
            self._go_offline()
            return
        self._watcher, self._identity = watcher, identity
        self.mode = watcher.mode
        reason = watcher.mode_reason or ""
        self.reason = "network" if "network" in reason else "limit" if "limit" in reason else None
        if self.mode == "polling" and self.reason is None:
            self.reason = "asked"
        self.state = WATCHING
        _LOG.info("live view: %s (%s)", self.mode, reason)
        self.changed.emit()
        self._catch_up()

    def _stop_watcher(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            _stop_in_background(watcher)

    def _go_offline(self) -> None:
        if self.state == OFFLINE:
            return
        self._stop_watcher()
        self._pending = []
        self.state = OFFLINE
        _LOG.info("live view: %s is offline", self._root.path if self._root else "")
        self.changed.emit()

    # -- the share's reachability -------------------------------------------------------
    def _start_probe(self) -> None:
        if self._root is None or self.state == STARTING:
            return
        if self._probe is not None:
            if time.monotonic() - self._probe_started > PROBE_TIMEOUT_S:
                self._go_offline()  # the share hangs: no answer at all
            return
        generation, path = self._generation, self._root.path
        self._probe_started = time.monotonic()
        self._probe = self._run(
            lambda _report: probe_root(path), lambda found: self._probed(generation, found)
        )

    def _probed(self, generation: int, found: tuple) -> None:
        self._probe = None
        if generation != self._generation or self._root is None:
            return
        identity, has_entries = found
        same = identity is not None and identity == self._identity
        if self.state == WATCHING and not same:
            # Gone, or another folder in its place (an empty mount point, or the share
            # mounted again): offline first; it comes back when it holds files again.
            self._go_offline()
        elif self.state == OFFLINE and identity is not None and (same or has_entries):
            _LOG.info("live view: %s is back", self._root.path)
            self._start(self._root)

    # -- batches ------------------------------------------------------------------------
    def _tick(self) -> None:
        if self._watcher is not None and self.state == WATCHING:
            self._pending.extend(self._watcher.drain())
        if self._busy or not self._pending or self.state != WATCHING:
            return
        if time.monotonic() < self._next_apply:
            return
        batch, self._pending = self._pending, []
        self._read(lambda _cancelled: batch)

    def _catch_up(self) -> None:
        """Compare the share with the review once (what changed while nobody watched)."""
        cols = self.session.files.columns
        if cols is None or self._root is None or cols.root_id != self._root.id:
            return
        known_folder, folders = known_folders(cols)
        path = self._root.path

        def listing(cancelled: Callable[[], bool]) -> list[Change]:
            return disk_changes(path, known_folder, folders, cancelled=cancelled) or []

        self._read(listing)

    def _read(self, changes_of: Callable[[Callable[[], bool]], list[Change]]) -> None:
        """In a worker: the changes, the disk as they left it, and the root's identity."""
        assert self._root is not None
        self._busy = True
        generation, path = self._generation, self._root.path

        def work(report) -> _Read:
            cancelled = lambda: report(None) is False  # noqa: E731
            changes = changes_of(cancelled)
            identity = root_identity(path)
            if identity is None or not changes:
                return _Read(changes, None, identity)
            return _Read(changes, read_ahead(path, changes, cancelled), identity)

        self._run(work, lambda read: self._read_done(generation, read), self._read_failed)

    def _read_failed(self, error: BaseException) -> None:
        self._busy = False
        _LOG.warning("live view: reading the changes failed: %s", error)

    def _read_done(self, generation: int, read: _Read) -> None:
        self._busy = False
        if generation != self._generation:
            return
        if read.identity is None or read.identity != self._identity:
            self._go_offline()
            return
        if read.changes:
            self._apply(read.changes, read.disk)

    def _apply(self, changes: list[Change], disk: DiskSnapshot | None) -> None:
        model = self.session.files
        root = self._root
        if root is None or self._updater is None or model.root_id() != root.id:
            return  # another share is shown: it is read fresh when it is shown again
        cols = model.columns
        if cols is None:
            return
        if cols.scan_id != self.session.catalog.root(root.id).scan_id:
            # A scan has just been stored and its rows are on their way to the view:
            # these changes are applied to them, not to the rows shown until then.
            self._pending[:0] = changes
            self._next_apply = time.monotonic() + 1.0
            return
        started = time.perf_counter()
        try:
            result = self._updater.apply(changes, ColumnsIndex(cols), disk)
        except ScanRunning:
            self._pending[:0] = changes  # after the scan (its rows come first)
            self._next_apply = time.monotonic() + 2.0
            return
        except (sqlite3.Error, OSError) as error:
            self._failures += 1
            _LOG.warning("live view: could not apply %d changes: %s", len(changes), error)
            if self._failures < 3:
                self._pending[:0] = changes
            self._next_apply = time.monotonic() + 2.0
            return
        self._failures = 0
        if result.changed:
            column_cache.forget(self.session.catalog.path, root.id)
            model.apply_live(result)
            self.session.forget_undo_indexes(root.id)
            self._save_timer.start()
        self.last_apply_s = time.perf_counter() - started
        self._next_apply = time.monotonic() + min(10.0, 2 * self.last_apply_s)
        self.applied.emit(result)

    def _save_columns(self) -> None:
        """Keep the columns beside the catalog, so the next start needs no cold read."""
        model, root = self.session.files, self._root
        cols = model.columns
        if cols is None or root is None or cols.root_id != root.id:
            return
        catalog = self.session.catalog
        key = column_cache.snapshot_key(catalog, catalog.root(root.id))
        if key is None:
            return
        copy = dataclasses.replace(cols, orders=dict(cols.orders), tree=dict(cols.tree))
        target = column_cache.snapshot_path(catalog.path, root.id)
        self._run(lambda _report: column_cache.write_snapshot(target, key, copy), lambda _ok: None)

    # -- helpers ------------------------------------------------------------------------
    def _run(
        self,
        work: Callable[[Any], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> BackgroundJob:
        job = BackgroundJob(work, self, name="sharetidy-live")
        self._jobs.add(job)

        def finished(value: Any) -> None:
            self._jobs.discard(job)
            done(value)

        def broke(error: BaseException) -> None:
            self._jobs.discard(job)
            if job is self._probe:
                self._probe = None
            if failed is not None:
                failed(error)
            else:
                _LOG.warning("live view: a background step failed: %s", error)

        job.succeeded.connect(finished)
        job.failed.connect(broke)
        job.start()
        return job


def _stop_in_background(watcher: RootWatcher) -> None:
    """Stop a watcher without waiting for it (a polling pass over a slow share may take
    a while to end)."""
    threading.Thread(target=watcher.stop, name="sharetidy-watch-stop", daemon=True).start()


class LiveStatus(Retranslatable, QLabel):
    """The status bar's note on how the shown share is followed."""

    def __init__(self, live: LiveView):
        super().__init__()
        self.live = live
        self.setObjectName("liveStatus")
        live.changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        """The current state's words in the current language."""
        self.setText(self.live.status_text())
        self.setToolTip(self.live.status_tooltip())
        self.setAccessibleName(self.live.status_text())
        self.setVisible(bool(self.text()))
