"""The disk as the live updater sees it: read directly, or read ahead in a worker thread.

Why read ahead: on a network share every ``stat`` and folder listing is a round trip
(5-50 ms over a VPN, seconds when the connection hangs), and the catalog must be written
from the GUI thread (it owns the connection the decisions go through). So a worker
thread first reads everything a batch will ask about (:func:`read_ahead`), checks that
the root is still the same folder, and the GUI thread then applies the batch against
that :class:`DiskSnapshot` without touching the disk.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterable
from typing import Protocol

from desktop_app.core import fsnames
from desktop_app.core.watcher import Change

_LOG = logging.getLogger(__name__)

Entry = tuple[str, os.stat_result]
"""A name in a folder and its ``lstat`` (links are never followed)."""


class Disk(Protocol):
    """What the updater reads: one path's lstat, one folder's entries."""

    def lstat(self, fs_rel: str) -> os.stat_result | None:
        """The path's lstat, None when it is not there (or cannot be asked)."""

    def listdir(self, fs_rel: str) -> list[Entry] | None:
        """The folder's entries with their lstat; None when it cannot be listed."""


class LocalDisk:
    """Reads the disk when asked (tests, scripts and local roots)."""

    def __init__(self, root: str):
        self.root = root

    def path(self, fs_rel: str) -> str:
        """The full path of a ``/``-separated relative path."""
        return os.path.join(self.root, *fs_rel.split("/")) if fs_rel else self.root

    def lstat(self, fs_rel: str) -> os.stat_result | None:
        try:
            return os.lstat(fsnames.long_path(self.path(fs_rel)))
        except OSError:
            return None

    def listdir(self, fs_rel: str) -> list[Entry] | None:
        try:
            with os.scandir(fsnames.long_path(self.path(fs_rel))) as entries:
                items = list(entries)
        except OSError:
            return None
        out: list[Entry] = []
        for entry in items:
            try:
                out.append((entry.name, entry.stat(follow_symlinks=False)))
            except OSError:
                continue  # gone between listing and stat
        return out


class DiskSnapshot:
    """What :func:`read_ahead` found; a path it did not read is read now (and logged)."""

    def __init__(self, disk: LocalDisk):
        self._disk = disk
        self.stats: dict[str, os.stat_result | None] = {}
        self.listings: dict[str, list[Entry] | None] = {}
        self.misses = 0

    def lstat(self, fs_rel: str) -> os.stat_result | None:
        if fs_rel in self.stats:
            return self.stats[fs_rel]
        self.misses += 1
        _LOG.debug("live view: %s was not read ahead", fs_rel)
        found = self.stats[fs_rel] = self._disk.lstat(fs_rel)
        return found

    def listdir(self, fs_rel: str) -> list[Entry] | None:
        if fs_rel in self.listings:
            return self.listings[fs_rel]
        self.misses += 1
        _LOG.debug("live view: folder %s was not read ahead", fs_rel)
        found = self.listings[fs_rel] = self._disk.listdir(fs_rel)
        return found

    def read(self, fs_rel: str, cancelled: Callable[[], bool]) -> None:
        """Read one path, and everything below it when it is a folder."""
        st = self.stats[fs_rel] = self._disk.lstat(fs_rel)
        if st is None or not stat.S_ISDIR(st.st_mode) or fsnames.is_reparse_dir(st):
            return
        stack = [fs_rel]
        while stack and not cancelled():
            folder = stack.pop()
            if folder in self.listings:
                continue
            entries = self.listings[folder] = self._disk.listdir(folder)
            for name, child_st in entries or ():
                child = f"{folder}/{name}" if folder else name
                self.stats[child] = child_st
                if stat.S_ISDIR(child_st.st_mode) and not fsnames.is_reparse_dir(child_st):
                    stack.append(child)


def root_identity(root: str) -> tuple[int, int] | None:
    """(device, inode) of the root folder when it can be listed; None when it cannot.

    A share that drops can leave an empty mount point behind: a different device, or a
    folder that cannot be listed. Comparing this with the value at the start tells an
    offline share from a share whose files were all deleted.
    """
    try:
        st = os.stat(fsnames.long_path(root))
        with os.scandir(fsnames.long_path(root)) as entries:
            next(entries, None)
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode):
        return None
    return st.st_dev, st.st_ino


def read_ahead(
    root: str, changes: Iterable[Change], cancelled: Callable[[], bool] = lambda: False
) -> DiskSnapshot:
    """Read every path the changes name (folders with everything below them)."""
    snapshot = DiskSnapshot(LocalDisk(root))
    for change in changes:
        if cancelled():
            break
        for rel in (change.rel, change.dest_rel):
            if rel is not None and rel not in snapshot.stats:
                snapshot.read(rel, cancelled)
    return snapshot


def probe_root(path: str) -> tuple[tuple[int, int] | None, bool]:
    """(identity, whether the root holds anything): what a reachability probe needs.

    A share mounted again may get a new identity; it counts as back once it holds
    files, while an empty folder with another identity is a mount point left behind.
    """
    identity = root_identity(path)
    if identity is None:
        return None, False
    try:
        with os.scandir(fsnames.long_path(path)) as entries:
            return identity, next(entries, None) is not None
    except OSError:
        return None, False
