"""The local outbox: finished manifests wait here until the drop folder can be reached.

A manifest is always written here first (atomically, on the local disk) and then copied
into the drop folder; only after the copy is renamed into place is the local file
removed. So a manifest is never lost: not when the network is down, not when the app is
closed or killed halfway. The bookkeeping (what waits, what was delivered and when, why
the last attempt failed) lives in SQLite (WAL) next to the catalog.

A later submission of the same user for the same roots supersedes a waiting one: the
newer one is delivered first, and the older file is kept until the newer one has
arrived, so nothing is lost even if the newer file goes missing.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import locations
from desktop_app.core.manifest import PART_SUFFIX, SUFFIX, ManifestInfo, copy_atomically
from desktop_app.core.manifest_schema import check_line
from desktop_app.core.timestamps import parse_iso_utc_ns

WAITING, DELIVERED, REPLACED = "waiting", "delivered", "replaced"
STALE_PART_SECONDS = 3600
RETRY_SECONDS = 300
"""How often the app retries delivery while something waits ("every few minutes")."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    name TEXT PRIMARY KEY,
    manifest_id TEXT NOT NULL,
    created TEXT NOT NULL,
    user_key TEXT NOT NULL,
    roots TEXT NOT NULL,
    entries INTEGER NOT NULL,
    bytes TEXT NOT NULL,
    queued_at REAL NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_attempt REAL,
    last_error TEXT,
    error_code TEXT,
    delivered_at REAL,
    delivered_to TEXT,
    superseded_by TEXT
);
"""


@dataclass(frozen=True)
class PendingManifest:
    """A manifest in the outbox that has not reached the drop folder yet."""

    name: str
    path: Path
    manifest_id: str
    created: str
    roots: list[str]
    entries: int
    bytes: dict[str, int]
    queued_at: float
    attempts: int
    last_attempt: float | None
    last_error: str | None
    error_code: str | None
    superseded_by: str | None
    """A newer waiting manifest that covers all its roots (this one is then not sent)."""


@dataclass(frozen=True)
class Delivery:
    """A manifest that reached the drop folder."""

    name: str
    delivered_at: float
    delivered_to: str
    entries: int


@dataclass(frozen=True)
class DeliveryResult:
    """What one round of delivery did."""

    delivered: list[Delivery]
    waiting: list[PendingManifest]
    error: str | None
    error_code: str | None


def outbox_dir() -> Path:
    """``data_dir()/outbox``: where finished manifests wait (created on demand)."""
    path = locations.data_dir() / "outbox"
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_key(login: str | None, domain: str | None) -> str:
    """One person, compared as Windows compares logins (case-insensitively)."""
    return f"{(domain or '').lower()}\\{(login or '').lower()}"


def root_key(root: str) -> str:
    """A share root compared as Windows compares paths."""
    return root.replace("\\", "/").rstrip("/").lower()


class Outbox:
    """The outbox bookkeeping; one short transaction per change."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or outbox_dir()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(
            self.folder.parent / "outbox.sqlite3", isolation_level=None, timeout=30
        )
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database."""
        self.conn.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- adding ---------------------------------------------------------------------
    def add(self, info: ManifestInfo) -> None:
        """Register a manifest that was written into the outbox folder."""
        _sync_folder(self.folder)  # the rename itself survives a power cut
        key = user_key(info.user.login, info.user.domain)
        self._insert(
            info.name, info.manifest_id, info.created, key, info.roots, info.entries, info.bytes
        )

    def _insert(
        self,
        name: str,
        manifest_id: str,
        created: str,
        key: str,
        roots: list[str],
        entries: int,
        totals: dict[str, int],
    ) -> None:
        covered = {root_key(r) for r in roots}
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute(
                "INSERT OR IGNORE INTO outbox (name, manifest_id, created, user_key, roots, "
                "entries, bytes, queued_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    name,
                    manifest_id,
                    created,
                    key,
                    json.dumps(roots),
                    entries,
                    json.dumps(totals),
                    time.time(),
                    WAITING,
                ),
            )
            rows = self.conn.execute(
                "SELECT name, roots, created FROM outbox WHERE state = ? AND user_key = ? "
                "AND name != ?",
                (WAITING, key, name),
            ).fetchall()
            mine = (parse_iso_utc_ns(created), name)
            for other, other_roots, other_created in rows:
                older = (parse_iso_utc_ns(other_created), other) < mine
                if older and {root_key(r) for r in json.loads(other_roots)} <= covered:
                    self.conn.execute(
                        "UPDATE outbox SET superseded_by = ? WHERE name = ?", (name, other)
                    )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def adopt_orphans(self) -> None:
        """Register finished files the bookkeeping does not know (a crash in between)
        and clear temporary files that a killed write left behind."""
        known = {name for (name,) in self.conn.execute("SELECT name FROM outbox")}
        now = time.time()
        for entry in os.scandir(self.folder):
            if entry.name.endswith(PART_SUFFIX):
                with contextlib.suppress(OSError):
                    if now - entry.stat().st_mtime > STALE_PART_SECONDS:
                        os.unlink(entry.path)
                continue
            if not entry.name.endswith(SUFFIX) or entry.name in known:
                continue
            header = _read_header(Path(entry.path))
            if header is None:
                continue  # not a manifest of ours: leave it alone
            user = header["user"]
            self._insert(
                entry.name,
                header["manifest_id"],
                header["created"],
                user_key(user["login"], user["domain"]),
                header["roots"],
                -1,
                {},
            )

    # -- reading --------------------------------------------------------------------
    def pending(self) -> list[PendingManifest]:
        """Everything that waits, newest first."""
        rows = self.conn.execute(
            "SELECT name, manifest_id, created, roots, entries, bytes, queued_at, attempts, "
            "last_attempt, last_error, error_code, superseded_by FROM outbox WHERE state = ?",
            (WAITING,),
        ).fetchall()
        rows.sort(key=lambda row: (parse_iso_utc_ns(row[2]), row[0]), reverse=True)
        return [
            PendingManifest(
                name,
                self.folder / name,
                manifest_id,
                created,
                json.loads(roots),
                entries,
                json.loads(totals),
                *rest,
            )
            for name, manifest_id, created, roots, entries, totals, *rest in rows
        ]

    def deliveries(self, limit: int = 20) -> list[Delivery]:
        """The most recent deliveries, newest first."""
        rows = self.conn.execute(
            "SELECT name, delivered_at, delivered_to, entries FROM outbox WHERE state = ? "
            "ORDER BY delivered_at DESC LIMIT ?",
            (DELIVERED, limit),
        )
        return [Delivery(*row) for row in rows]

    def state(self, name: str) -> str | None:
        """'waiting', 'delivered' or 'replaced' (None when unknown)."""
        row = self.conn.execute("SELECT state FROM outbox WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    # -- delivering -----------------------------------------------------------------
    def deliver(self, drop: str | os.PathLike[str] | None) -> DeliveryResult:
        """Try to bring everything that waits into ``drop``; newest first."""
        self.adopt_orphans()
        delivered: list[Delivery] = []
        error = code = None
        for item in self.pending():
            if item.superseded_by is not None:
                newer = self.state(item.superseded_by)
                if newer == DELIVERED:
                    self._replaced(item.name)
                    continue
                if newer == WAITING and (self.folder / item.superseded_by).is_file():
                    continue  # the newer one goes first; this one stays until it arrived
                # the newer one is gone: this one is all there is, so it goes after all
            if error is not None:
                self._failed(item.name, error, code or "unreachable")
                continue  # the drop folder failed once: do not wait on it again now
            if drop is None:
                error, code = "no drop folder is set in the organisation's configuration", "none"
                self._failed(item.name, error, code)
                continue
            if not item.path.is_file():
                self._failed(item.name, "the waiting file is missing from the outbox", "lost")
                continue
            try:
                copy_atomically(item.path, Path(drop))
            except OSError as exc:
                error, code = describe_error(exc, str(drop))
                self._failed(item.name, error, code)
                continue
            delivered.append(self._delivered(item, str(drop)))
        # A superseded manifest whose newer one has now arrived is no longer needed.
        for item in self.pending():
            if item.superseded_by is not None and self.state(item.superseded_by) == DELIVERED:
                self._replaced(item.name)
        return DeliveryResult(delivered, self.pending(), error, code)

    def _failed(self, name: str, error: str, code: str) -> None:
        self.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_attempt = ?, last_error = ?, "
            "error_code = ? WHERE name = ?",
            (time.time(), error, code, name),
        )

    def _delivered(self, item: PendingManifest, drop: str) -> Delivery:
        now = time.time()
        self.conn.execute(
            "UPDATE outbox SET state = ?, attempts = attempts + 1, last_attempt = ?, "
            "last_error = NULL, error_code = NULL, delivered_at = ?, delivered_to = ? "
            "WHERE name = ?",
            (DELIVERED, now, now, drop, item.name),
        )
        _unlink(item.path)  # the drop folder holds it now
        return Delivery(item.name, now, drop, item.entries)

    def _replaced(self, name: str) -> None:
        self.conn.execute("UPDATE outbox SET state = ? WHERE name = ?", (REPLACED, name))
        _unlink(self.folder / name)


def describe_error(exc: OSError, drop: str) -> tuple[str, str]:
    """Why a manifest waits, in plain words, and a short code the GUI can translate."""
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return (f"the drop folder {drop} cannot be found; the network may be down", "unreachable")
    if isinstance(exc, PermissionError):
        return (f"you may not create files in the drop folder {drop}", "denied")
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return (f"the drop folder {drop} is full", "full")
    reason = exc.strerror or str(exc)
    return (f"the drop folder {drop} cannot be reached ({reason})", "unreachable")


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open a folder to fsync it
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _read_header(path: Path) -> dict | None:
    try:
        with open(path, "rb") as handle:
            first = handle.readline(1 << 20)
    except OSError:
        return None
    try:
        value, problem = check_line(first.decode("utf-8").rstrip("\r\n"))
    except UnicodeDecodeError:
        return None
    if problem is not None or not isinstance(value, dict) or value.get("type") != "header":
        return None
    try:
        parse_iso_utc_ns(value["created"])
    except ValueError:
        return None
    return value


def deliver_pending(drop: str | os.PathLike[str] | None) -> DeliveryResult:
    """Retry every waiting manifest (the app calls this at start and every few minutes)."""
    with Outbox() as box:
        return box.deliver(drop)


def pending() -> list[PendingManifest]:
    """What waits in the outbox, newest first."""
    with Outbox() as box:
        return box.pending()


def last_delivery() -> Delivery | None:
    """The most recent delivery, to show "delivered on ..." calmly."""
    with Outbox() as box:
        found = box.deliveries(1)
    return found[0] if found else None


def __getattr__(name: str) -> object:
    """``submit`` and ``SubmitOutcome`` live in ``core.submission``, which imports this
    module; they are reachable from here too, for callers that look for them here."""
    if name in ("submit", "SubmitOutcome"):
        from desktop_app.core import submission

        return getattr(submission, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
