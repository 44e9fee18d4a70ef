"""What a batch of live changes works with: rows, the result, and the index of files.

Kept apart from :mod:`desktop_app.core.live_update` (the handlers) so that a view can use
the result types without the machinery, and so that each module stays readable.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from desktop_app.core import fsnames
from desktop_app.core.live_ids import Moved
from desktop_app.core.store import Catalog, _pid_alive


class ScanRunning(RuntimeError):
    """A scan is writing the catalog: its ids must not be taken; try again after it."""


class ScanReplaced(ScanRunning):
    """The rows the caller holds are of a scan that another one has just replaced: try
    again with the new scan's rows (applied to the old ones, a change would add a file
    the new scan listed already a second time)."""


def prefixed(rel: str, prefix: str) -> bool:
    """Whether ``rel`` is ``prefix`` or lies below it ('' holds everything)."""
    return not prefix or rel == prefix or rel.startswith(prefix + "/")


@dataclass(frozen=True, slots=True)
class FileRow:
    """One file as the catalog holds it after the batch (the review shows this)."""

    file_id: int
    folder: str
    name: str
    raw: bytes | None
    size: int
    mtime_ns: int
    category: int
    flags: int
    sp: int
    dup_group: int | None
    rule: str
    suggestion: int
    protected: bool
    folder_raw: bytes | None

    @property
    def rel(self) -> str:
        """The readable ``/``-separated path below the root."""
        return fsnames.join_rel(self.folder, self.name)


_ROW_SQL = (
    "SELECT d.rel, f.name, f.raw, f.size, f.mtime_ns, f.category, f.flags, f.sp, "
    "f.dup_group, f.rule, f.suggestion, f.protected, d.raw "
    "FROM files f JOIN folders d ON d.id = f.folder_id WHERE f.id = ?"
)


def read_file_row(conn: sqlite3.Connection, fid: int) -> FileRow | None:
    """File ``fid`` as the catalog holds it now (inside the batch's transaction), or
    None when it has no row."""
    found = conn.execute(_ROW_SQL, (fid,)).fetchone()
    if found is None:
        return None
    (folder, name, raw, size, mtime, cat, flags, sp, group, rule, sugg, prot,
     folder_raw) = found  # fmt: skip
    return FileRow(
        fid, folder, name, raw, size, mtime, cat, flags, sp, group, rule or "",
        sugg or 0, bool(prot), folder_raw,
    )  # fmt: skip


@dataclass
class LiveResult:
    """What one batch changed in the catalog, for a view that holds the same rows."""

    removed: set[int] = field(default_factory=set)
    """Ids of files that were in the view and are gone."""
    upserted: dict[int, FileRow] = field(default_factory=dict)
    """New files and files whose row changed, as they are now."""
    folders_added: list[str] = field(default_factory=list)
    folders_removed: list[str] = field(default_factory=list)
    folders_moved: list[tuple[str, str]] = field(default_factory=list)
    """(old rel, new rel) of moved folders; everything below moved along."""
    folder_raws: dict[str, bytes] = field(default_factory=dict)
    """Real bytes of added or moved folders whose names are not UTF-8, by readable rel."""
    decisions_moved: int = 0
    moved_rows: Moved | None = None
    """Set when the root's rows went to a new scan id first (see live_ids)."""

    @property
    def changed(self) -> bool:
        """Whether the view has anything to show differently."""
        return bool(
            self.removed
            or self.upserted
            or self.folders_added
            or self.folders_removed
            or self.folders_moved
            or self.moved_rows
        )


class FileIndex(Protocol):
    """Finds the catalog's files of the root's current scan as they were before the batch.

    The catalog has no index on folder and name (a scan writes faster without), so the
    caller, which holds the rows in memory anyway, answers these questions.
    """

    scan_id: int | None
    """The scan these rows are of."""

    def find(self, rel: str) -> int | None:
        """The file id at a readable rel."""

    def below(self, folder: str) -> Iterable[tuple[int, str]]:
        """(file id, rel) of every file in ``folder`` and below it."""

    def group(self, dup_group: int) -> Iterable[int]:
        """File ids of a duplicate group."""


class CatalogIndex:
    """A FileIndex read from the catalog at once: for small roots, tests and scripts."""

    def __init__(self, catalog: Catalog, root_id: int):
        self.scan_id = catalog.root(root_id).scan_id
        self.by_rel: dict[str, int] = {}
        self.groups: dict[int, list[int]] = {}
        for row in catalog.iter_files(root_id):
            self.by_rel[fsnames.join_rel(row[1], row[2])] = row[0]
            if row[9] is not None:
                self.groups.setdefault(row[9], []).append(row[0])

    def find(self, rel: str) -> int | None:
        return self.by_rel.get(rel)

    def below(self, folder: str) -> list[tuple[int, str]]:
        if not folder:
            return [(fid, rel) for rel, fid in self.by_rel.items()]
        prefix = folder + "/"
        return [(fid, rel) for rel, fid in self.by_rel.items() if rel.startswith(prefix)]

    def group(self, dup_group: int) -> list[int]:
        return list(self.groups.get(dup_group, ()))


def scan_running(catalog: Catalog) -> bool:
    """Whether some live process is scanning into this catalog right now (or still looking
    for duplicates in a scan it stored: its row updates must not meet ours)."""
    rows = catalog.conn.execute(
        "SELECT pid FROM scans WHERE status IN ('running', 'hashing')"
    ).fetchall()
    return any(pid == os.getpid() or _pid_alive(pid) for (pid,) in rows)


class Batch:
    """What one batch knows beyond the index: paths it changed and ids it touched."""

    def __init__(self, index: FileIndex, result: LiveResult):
        self.index = index
        self.result = result
        self.shift = 0
        self.now: dict[str, int | None] = {}
        self.touched: set[int] = set()
        self.created: set[int] = set()
        self.left_group: set[int] = set()
        self.synced_dirs: list[str] = []
        self.files_delta = 0
        self.bytes_delta = 0

    def find(self, rel: str) -> int | None:
        if rel in self.now:
            return self.now[rel]
        found = self.index.find(rel)
        return None if found is None else found + self.shift

    def below(self, folder: str) -> list[tuple[int, str]]:
        out: dict[str, int] = {}
        for fid, rel in self.index.below(folder):
            if rel not in self.now:
                out[rel] = fid + self.shift
        for rel, fid in self.now.items():
            if fid is not None and (not folder or prefixed(rel, folder)):
                out[rel] = fid
        return [(fid, rel) for rel, fid in out.items()]

    def group(self, dup_group: int) -> list[int]:
        return [
            m + self.shift
            for m in self.index.group(dup_group)
            if m + self.shift not in self.left_group
        ]
