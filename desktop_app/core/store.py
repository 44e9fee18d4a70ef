"""The local catalog: scans, suggestions, decisions and the hash cache, in SQLite (WAL).

Everything that must survive a crash lives here. A scan streams its rows in, in batches,
under a new scan id, and becomes the root's current scan only in the final transaction,
so a scan that is cancelled or killed leaves the previous scan in place and its own rows
are cleared the next time the catalog opens. A scan numbers its rows from the first free
id, so its rows are one id range: dropping them needs no index. Decisions are keyed on
the root and the relative path, not on scan rows, so they survive every rescan. The
digests of the duplicate check ride along on the file rows and serve as the hash cache
of the next scan (keyed on path, size and mtime_ns).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from desktop_app.core.store_decisions import Decisions
from desktop_app.core.store_schema import SCHEMA, SCHEMA_VERSION, migrate

# File flags (bit field in files.flags).
FLAG_PLACEHOLDER = 1
"""A cloud placeholder (OneDrive offline/recall): listed, never read."""
FLAG_UNREADABLE = 2
"""Could not be read for the duplicate check."""
FLAG_BAD_NAME = 4
"""The name is not valid UTF-8; ``raw`` holds the real bytes."""
FLAG_DUP_KEEPER = 8
"""The copy of a duplicate group that is kept."""


def _as_null(_value: None) -> None:
    return None


# Why: the sqlite3 module binds int, float, str and bytearray at once, but looks up an
# adapter for every other value, None and bytes included (a key tuple, a registry miss
# and two attribute lookups, each time). A scan's file row holds two to four of them (no
# raw name, no duplicate group, the digests), so that search was a sixth of the store's
# time. With these two adapters registered the lookup finds them at once; the value
# bound is the same (NULL, the same blob).
sqlite3.register_adapter(type(None), _as_null)
sqlite3.register_adapter(bytes, bytes)


class ScanBusy(RuntimeError):
    """Another process is scanning into this catalog (scans are one at a time)."""


@dataclass(frozen=True, slots=True)
class Root:
    """A scanned share root and the summary of its current scan."""

    id: int
    path: str
    target: str | None
    scan_id: int | None
    scanned_at: float | None
    files: int
    bytes: int


class CurrentScan(NamedTuple):
    """The scan that is current for a set of roots: what a rescan compares against."""

    id: int
    signature: str | None
    """Digest of what the scan listed and read (see ``scanner._signature``)."""
    policy_time: float | None
    """The clock time its suggestions were worked out for (ages depend on it)."""
    listing_signature: str | None = None
    """Digest of what the scan listed, before anything was read (``scanner._listing``)."""


class Catalog(Decisions):
    """One SQLite catalog file; one writer per user (the app enforces a single instance)."""

    def __init__(self, path: Path | str, *, readonly: bool = False):
        self.path = Path(path)
        if not readonly:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so that what is
        # committed is exactly what we decide, never an implicit half-transaction.
        uri = f"file:{self.path}?mode=ro" if readonly else str(self.path)
        self.conn = sqlite3.connect(uri, uri=readonly, isolation_level=None, timeout=30)
        self.conn.execute("PRAGMA busy_timeout = 30000")
        if not readonly:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.executescript(SCHEMA)
            self._check_version()
            self.clear_abandoned_scans()

    def close(self) -> None:
        """Close the connection (a WAL checkpoint happens on the last close)."""
        self.conn.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -----------------------------------------------------------------
    def _check_version(self) -> None:
        found = self.meta("schema")
        if found is not None and int(found) > SCHEMA_VERSION:
            raise RuntimeError(f"{self.path}: made by a newer ShareTidy (catalog version {found})")
        if found is not None and int(found) < SCHEMA_VERSION:
            with self.transaction():
                migrate(self.conn, int(found))
        self.set_meta("schema", str(SCHEMA_VERSION))

    def transaction(self) -> _Transaction:
        """``with catalog.transaction():`` commits on success, rolls back on error."""
        return _Transaction(self.conn)

    # -- roots and scans --------------------------------------------------------
    def root_id(self, path: str, target: str | None = None) -> int:
        """The id of a root, added when new; its target is updated when given."""
        with self.transaction():
            row = self.conn.execute("SELECT id FROM roots WHERE path = ?", (path,)).fetchone()
            if row is not None:
                if target is not None:
                    self.conn.execute("UPDATE roots SET target = ? WHERE id = ?", (target, row[0]))
                return int(row[0])
            cur = self.conn.execute(
                "INSERT INTO roots (path, target) VALUES (?, ?)", (path, target)
            )
            return int(cur.lastrowid or 0)

    def roots(self) -> list[Root]:
        """All known roots in the order they were added."""
        rows = self.conn.execute(
            "SELECT id, path, target, scan_id, scanned_at, files, bytes FROM roots ORDER BY id"
        )
        return [Root(*row) for row in rows]

    def root(self, root_id: int) -> Root:
        """One root by id."""
        row = self.conn.execute(
            "SELECT id, path, target, scan_id, scanned_at, files, bytes FROM roots WHERE id = ?",
            (root_id,),
        ).fetchone()
        if row is None:
            raise KeyError(root_id)
        return Root(*row)

    def begin_scan(self) -> tuple[int, int, int]:
        """Start a scan: (scan id, first folder id, first file id) for its rows.

        Its rows stay invisible until :meth:`finish_scan`.
        """
        with self.transaction():
            for (pid,) in self.conn.execute("SELECT pid FROM scans WHERE status = 'running'"):
                if _pid_alive(pid):
                    raise ScanBusy("another scan is running; wait until it is done")
            folder = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM folders").fetchone()[0]
            file = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM files").fetchone()[0]
            cur = self.conn.execute(
                "INSERT INTO scans (started_at, status, pid, first_folder, first_file) "
                "VALUES (?, 'running', ?, ?, ?)",
                (time.time(), os.getpid(), folder, file),
            )
        return int(cur.lastrowid or 0), int(folder), int(file)

    def add_rows(self, folders: Sequence[tuple], files: Sequence[tuple]) -> None:
        """Write one batch of folder and file rows of a running scan (one transaction).

        Folder rows: ``(id, scan_id, root_id, parent_id, rel, raw)``. File rows:
        ``(id, scan_id, root_id, folder_id, name, raw, size, mtime_ns, category, flags,
        sp, dup_group, rule, suggestion, protected, partial, full)``.

        These batches need no flush to disk of their own: until :meth:`finish_scan` they
        are invisible, and a crash only makes the next open clear them.
        """
        self.conn.execute("PRAGMA synchronous = NORMAL")
        try:
            with self.transaction():
                if folders:
                    self.conn.executemany(
                        "INSERT INTO folders (id, scan_id, root_id, parent_id, rel, raw) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        folders,
                    )
                if files:
                    self.conn.executemany(
                        "INSERT INTO files (id, scan_id, root_id, folder_id, name, raw, size, "
                        "mtime_ns, category, flags, sp, dup_group, rule, suggestion, protected, "
                        "partial, full) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        files,
                    )
        finally:
            self.conn.execute("PRAGMA synchronous = FULL")

    def finish_scan(
        self,
        scan_id: int,
        root_ids: Iterable[int],
        errors: Iterable[tuple[str, str]] = (),
        signature: str | None = None,
        policy_time: float | None = None,
        status: str = "complete",
        listing_signature: str | None = None,
    ) -> None:
        """Make this scan current for its roots and drop what it replaces, atomically.

        ``status`` 'hashing' says that the scan still looks for duplicates (see
        :meth:`mark_hashing`); it is set in the same transaction, so that no live update
        ever sees the new rows as finished before that.
        """
        now = time.time()
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO scan_errors (scan_id, path, message) VALUES (?, ?, ?)",
                ((scan_id, path, message) for path, message in errors),
            )
            for root_id in root_ids:
                old = self.conn.execute(
                    "SELECT scan_id FROM roots WHERE id = ?", (root_id,)
                ).fetchone()
                files, size = self.conn.execute(
                    "SELECT count(*), coalesce(sum(size), 0) FROM files "
                    "WHERE id >= ? AND root_id = ? AND scan_id = ?",
                    (self._first_ids(scan_id)[1], root_id, scan_id),
                ).fetchone()
                self.conn.execute(
                    "UPDATE roots SET scan_id = ?, scanned_at = ?, files = ?, bytes = ? "
                    "WHERE id = ?",
                    (scan_id, now, files, size, root_id),
                )
                if old is not None and old[0] is not None and old[0] != scan_id:
                    self._drop_scan_rows(old[0], root_id)
            self.conn.execute(
                "UPDATE scans SET status = ?, finished_at = ?, signature = ?, "
                "policy_time = ?, listing_signature = ? WHERE id = ?",
                (status, now, signature, policy_time, listing_signature, scan_id),
            )

    def current_scan(self, root_ids: Sequence[int]) -> CurrentScan | None:
        """The scan that is current for exactly these roots, if there is one."""
        scans = {
            row[0]
            for root_id in root_ids
            for row in self.conn.execute("SELECT scan_id FROM roots WHERE id = ?", (root_id,))
        }
        if len(scans) != 1 or None in scans:
            return None
        (scan_id,) = scans
        covered = {
            row[0]
            for row in self.conn.execute("SELECT id FROM roots WHERE scan_id = ?", (scan_id,))
        }
        if covered != set(root_ids):
            return None
        row = self.conn.execute(
            "SELECT signature, policy_time, listing_signature FROM scans WHERE id = ?", (scan_id,)
        ).fetchone()
        return CurrentScan(scan_id, *row) if row else None

    def outcomes(self, scan_id: int) -> Iterator[tuple]:
        """``(category, flags, sp, dup_group, rule, suggestion, protected)`` of every file
        of a scan, in file order: what a rescan that listed the same files carries over.
        The order is that of a scan's file row, so the values go in with one slice."""
        first_file = self._first_ids(scan_id)[1]
        return self.conn.execute(
            "SELECT category, flags, sp, dup_group, rule, suggestion, protected FROM files "
            "WHERE id >= ? AND scan_id = ? ORDER BY id",
            (first_file, scan_id),
        )

    def file_summary(self, scan_id: int) -> tuple[int, int]:
        """(files, files that could not be read for the duplicate check) of a scan."""
        first_file = self._first_ids(scan_id)[1]
        count, unreadable = self.conn.execute(
            "SELECT count(*), count(*) FILTER (WHERE flags & ?) FROM files "
            "WHERE id >= ? AND scan_id = ?",
            (FLAG_UNREADABLE, first_file, scan_id),
        ).fetchone()
        return count, unreadable

    def keep_scan(
        self,
        scan_id: int,
        root_ids: Iterable[int],
        kept: int | None = None,
        listing_signature: str | None = None,
    ) -> None:
        """Close a scan that found exactly what the current one holds: keep those rows.

        ``listing_signature`` is noted on the ``kept`` scan where it had none (a catalog
        from before version 4), so that the next rescan can tell at once.
        """
        now = time.time()
        with self.transaction():
            for root_id in root_ids:
                self.conn.execute("UPDATE roots SET scanned_at = ? WHERE id = ?", (now, root_id))
            self.conn.execute(
                "UPDATE scans SET status = 'unchanged', finished_at = ? WHERE id = ?",
                (now, scan_id),
            )
            if kept is not None and listing_signature is not None:
                self.conn.execute(
                    "UPDATE scans SET listing_signature = ? WHERE id = ?",
                    (listing_signature, kept),
                )

    def refresh_suggestions(self, scan_id: int, rows: Iterable[tuple], policy_time: float) -> None:
        """Store new ``(file index, rule, suggestion, protected)`` for some files of a
        scan, whose other suggestions hold as of ``policy_time`` (one transaction)."""
        first_file = self._first_ids(scan_id)[1]
        with self.transaction():
            self.conn.executemany(
                "UPDATE files SET rule = ?, suggestion = ?, protected = ? WHERE id = ?",
                [
                    (rule, suggestion, protected, first_file + i)
                    for i, rule, suggestion, protected in rows
                ],
            )
            self.conn.execute(
                "UPDATE scans SET policy_time = ? WHERE id = ?", (policy_time, scan_id)
            )

    def abandon_scan(self, scan_id: int) -> None:
        """Throw away the rows of a cancelled scan; the previous scan stays current."""
        with self.transaction():
            self._drop_scan_rows(scan_id, None)
            self.conn.execute("UPDATE scans SET status = 'cancelled' WHERE id = ?", (scan_id,))

    def clear_abandoned_scans(self) -> None:
        """Remove rows of scans whose process died (a kill leaves them 'running').

        A scan killed while it looked for copies after its rows were stored ('hashing')
        keeps them: they are complete, only without duplicate groups.
        """
        rows = self.conn.execute("SELECT id, pid FROM scans WHERE status = 'running'").fetchall()
        for scan_id, pid in rows:
            if pid != os.getpid() and _pid_alive(pid):
                continue
            self.abandon_scan(scan_id)
        for scan_id, pid in self.conn.execute(
            "SELECT id, pid FROM scans WHERE status = 'hashing'"
        ).fetchall():
            if pid == os.getpid() or not _pid_alive(pid):
                with self.transaction():
                    self.conn.execute(
                        "UPDATE scans SET status = 'complete' WHERE id = ?", (scan_id,)
                    )

    def mark_hashing(self, scan_id: int, hashing: bool) -> None:
        """Note that a stored scan is (no longer) looking for duplicates in the background."""
        with self.transaction():
            self.conn.execute(
                "UPDATE scans SET status = ? WHERE id = ?",
                ("hashing" if hashing else "complete", scan_id),
            )

    def _first_ids(self, scan_id: int) -> tuple[int, int]:
        row = self.conn.execute(
            "SELECT first_folder, first_file FROM scans WHERE id = ?", (scan_id,)
        ).fetchone()
        return (row[0] or 0, row[1] or 0) if row else (0, 0)

    def _drop_scan_rows(self, scan_id: int, root_id: int | None) -> None:
        # A scan's rows start at its first ids and end before the next scan's.
        first_folder, first_file = self._first_ids(scan_id)
        nxt = self.conn.execute(
            "SELECT min(first_folder), min(first_file) FROM scans WHERE id > ?", (scan_id,)
        ).fetchone()
        end_folder = nxt[0] if nxt[0] is not None else 1 << 62
        end_file = nxt[1] if nxt[1] is not None else 1 << 62
        where = "id >= ? AND id < ? AND scan_id = ?" + (" AND root_id = ?" if root_id else "")
        extra = (root_id,) if root_id else ()
        self.conn.execute(
            f"DELETE FROM files WHERE {where}", (first_file, end_file, scan_id, *extra)
        )
        self.conn.execute(
            f"DELETE FROM folders WHERE {where}", (first_folder, end_folder, scan_id, *extra)
        )

    def scan_errors(self, scan_id: int) -> list[tuple[str, str]]:
        """What a scan could not read: (path, message) pairs."""
        rows = self.conn.execute(
            "SELECT path, message FROM scan_errors WHERE scan_id = ?", (scan_id,)
        )
        return [(p, m) for p, m in rows]

    # -- hash cache -------------------------------------------------------------
    def cached_folders(self, root_id: int) -> dict[int, str | bytes]:
        """Folder id -> folder key of the root's current scan, for :meth:`cached_rows`: the
        raw bytes of a path that is not UTF-8, else the text."""
        return dict(
            self.conn.execute(
                "SELECT d.id, coalesce(d.raw, d.rel) FROM folders d "
                "JOIN roots r ON r.id = d.root_id AND r.scan_id = d.scan_id WHERE d.root_id = ?",
                (root_id,),
            ).fetchall()
        )

    def cached_rows(self, root_id: int) -> Iterator[tuple]:
        """The hash cache of the next scan: the rows of the root's current scan that hold
        a digest, in id order (which is walk order, folder by folder), streamed.

        Each row is ``(folder id, name key, size, mtime_ns, partial, full)``; the name key
        is the raw bytes of a name that is not UTF-8, else the text. A digest is valid
        only while size and mtime_ns still match.
        """
        return self.conn.execute(
            "SELECT f.folder_id, coalesce(f.raw, f.name), f.size, f.mtime_ns, f.partial, f.full "
            "FROM files f JOIN roots r ON r.id = f.root_id AND r.scan_id = f.scan_id "
            "WHERE f.root_id = ? AND (f.partial IS NOT NULL OR f.full IS NOT NULL) "
            "ORDER BY f.id",
            (root_id,),
        )

    # -- settings ---------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        """A setting kept in the catalog (the chosen department, added folders, ...)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str | None) -> None:
        """Store a setting durably; ``None`` removes it."""
        with self.transaction():
            if value is None:
                self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                self.conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value)
                )

    def iter_files(self, root_id: int) -> Iterator[tuple]:
        """Rows of the root's current scan, folders joined, in folder order.

        Each row: ``(file_id, folder_rel, name, raw, size, mtime_ns, category, flags, sp,
        dup_group, rule, suggestion, protected, folder_raw)``.
        """
        return self.conn.execute(
            "SELECT f.id, d.rel, f.name, f.raw, f.size, f.mtime_ns, f.category, f.flags, f.sp, "
            "f.dup_group, f.rule, f.suggestion, f.protected, d.raw "
            "FROM files f JOIN folders d ON d.id = f.folder_id "
            "JOIN roots r ON r.id = f.root_id AND r.scan_id = f.scan_id "
            "WHERE f.root_id = ? ORDER BY f.id",
            (root_id,),
        )


class _Transaction:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.outer = False

    def __enter__(self) -> sqlite3.Connection:
        self.outer = not self.conn.in_transaction
        if self.outer:
            self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if not self.outer:
            return
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
