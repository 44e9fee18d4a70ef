"""``team collect``: load the manifests of a drop folder into the team database.

Every file is checked whole before anything of it counts: the header, every line
against the published schema, the trailer's SHA-256, the entry count and byte totals,
that each entry's root is in the header, and that no path is listed twice. A fault
anywhere refuses the whole file, naming the file and the reason. Collecting is
idempotent: a file already read (same name, size and time) is not read again and its
earlier verdict stands; a manifest met again under another name is the same manifest;
a manifest id seen before with other content is refused.

Speed: the bytes are read once in Python (hash, header, trailer, line count; a few
files at a time, since hashing runs outside the GIL); the entry lines are parsed,
checked and stored by DuckDB in one statement over all files (``fastcheck``). A file
the fast path does not accept gets the exact line-by-line check in Python. Which entry
holds is then worked out only for the paths the new entries share (``items``).
"""

from __future__ import annotations

import datetime as dt
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from desktop_app.core.manifest import SUFFIX
from desktop_app.core.outbox import root_key, user_key
from desktop_app.core.policy import DECISIONS
from desktop_app.team import items
from desktop_app.team.db import insert_rows
from desktop_app.team.load import delete_manifests, load_entries
from desktop_app.team.verify import FileFacts, Rejected, read_facts, stat_file

COLLECTED, DUPLICATE, REJECTED = "collected", "duplicate", "rejected"


@dataclass
class CollectResult:
    """What one collect did."""

    collected: list[str] = field(default_factory=list)
    """Manifests newly loaded."""
    known: int = 0
    """Files read by an earlier collect and unchanged since."""
    duplicates: list[str] = field(default_factory=list)
    """Files holding a manifest already collected under another name."""
    rejected: list[tuple[str, str]] = field(default_factory=list)
    """(file name, reason) of every refused file in the drop folder, sorted."""
    entries: int = 0
    """Entries newly loaded."""


def manifest_names(drop: Path) -> list[str]:
    """Names of finished manifests in ``drop``; temporary names never end in the suffix."""
    with os.scandir(drop) as listing:
        return sorted(entry.name for entry in listing if entry.name.endswith(SUFFIX))


class _Batch:
    """The state of one collect: verdicts per file name and the result so far."""

    def __init__(self, conn: duckdb.DuckDBPyConnection) -> None:
        self.conn = conn
        self.result = CollectResult()
        self.verdicts: dict[str, tuple] = {}

    def refuse(self, name: str, reason: str, size: int | None, mtime: int | None) -> None:
        self.result.rejected.append((name, reason))
        self.verdicts[name] = (REJECTED, None, reason, size, mtime)

    def accept(self, facts: FileFacts, status: str) -> None:
        mid = facts.header["manifest_id"].lower()
        self.verdicts[facts.name] = (status, mid, None, facts.size, facts.mtime_ns)

    def record(self) -> None:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        rows = [
            (name, size, mtime, status, mid, reason, now)
            for name, (status, mid, reason, size, mtime) in self.verdicts.items()
        ]
        insert_rows(self.conn, "drop_files", rows, replace=True)


def collect(
    conn: duckdb.DuckDBPyConnection,
    drop: Path,
    names: list[str] | None = None,
    *,
    workers: int = 2,
) -> CollectResult:
    """Collect ``names`` (default: every manifest in ``drop``) in one transaction."""
    batch = _Batch(conn)
    names = manifest_names(drop) if names is None else names
    known = {
        name: (size, mtime, status, reason)
        for name, size, mtime, status, reason in conn.execute(
            "SELECT name, size, mtime_ns, status, reason FROM drop_files"
        ).fetchall()
    }
    to_read: list[tuple[Path, os.stat_result]] = []
    for name in names:
        path = drop / name
        try:
            st = stat_file(path)
        except Rejected as exc:
            batch.refuse(name, str(exc), None, None)
            continue
        seen = known.get(name)
        if seen is not None and seen[0] == st.st_size and seen[1] == st.st_mtime_ns:
            if seen[2] == REJECTED:
                batch.result.rejected.append((name, seen[3] or "refused"))
            else:
                batch.result.known += 1
            continue
        to_read.append((path, st))
    fresh: list[FileFacts] = []
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        for (path, st), outcome in zip(to_read, pool.map(_read, to_read), strict=True):
            if isinstance(outcome, Rejected):
                batch.refuse(path.name, str(outcome), st.st_size, st.st_mtime_ns)
            else:
                fresh.append(outcome)
    conn.execute("BEGIN")
    try:
        _load(batch, fresh)
        batch.record()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    batch.result.rejected.sort()
    return batch.result


def _read(job: tuple[Path, os.stat_result]) -> FileFacts | Rejected:
    try:
        return read_facts(*job)
    except Rejected as exc:
        return exc


def _load(batch: _Batch, fresh: list[FileFacts]) -> None:
    conn = batch.conn
    existing = {
        mid: (fingerprint, file_name)
        for mid, fingerprint, file_name in conn.execute(
            "SELECT manifest_id, fingerprint, file_name FROM manifests"
        ).fetchall()
    }
    accepted: list[tuple[int, FileFacts]] = []
    first = conn.execute("SELECT coalesce(max(no), 0) + 1 FROM manifests").fetchone()[0]
    for facts in fresh:
        mid = facts.header["manifest_id"].lower()
        before = existing.get(mid)
        if before is None:
            existing[mid] = (facts.fingerprint, facts.name)
            accepted.append((first + len(accepted), facts))
        elif before[0] != facts.fingerprint:
            batch.refuse(
                facts.name,
                f"manifest_id {mid} was collected before with other content (in {before[1]})",
                facts.size,
                facts.mtime_ns,
            )
        elif before[1] == facts.name:
            batch.result.known += 1
            batch.accept(facts, COLLECTED)
        else:
            batch.result.duplicates.append(facts.name)
            batch.accept(facts, DUPLICATE)
    if not accepted:
        return
    _add_manifests(conn, accepted)

    def refuse(facts: FileFacts, reason: str) -> None:
        batch.refuse(facts.name, reason, facts.size, facts.mtime_ns)

    good = load_entries(conn, accepted, refuse)
    _forget(conn, [no for no, _ in accepted if no not in good])  # before anything counts
    by_no = dict(accepted)

    def listed_twice(twice: dict[int, str]) -> None:
        for no, rel in twice.items():
            refuse(by_no[no], f"the path {rel!r} is listed twice")
            good.discard(no)
        _forget(conn, list(twice))

    items.rebuild(conn, first, listed_twice)
    for no, facts in accepted:
        if no in good:
            batch.result.collected.append(facts.name)
            batch.result.entries += facts.lines - 2
            batch.accept(facts, COLLECTED)


def _forget(conn: duckdb.DuckDBPyConnection, nos: list[int]) -> None:
    """Remove everything of refused manifests (inside the collect's transaction)."""
    for table, column in (
        ("entries", "manifest_no"),
        ("manifest_roots", "manifest_no"),
        ("manifests", "no"),
    ):
        delete_manifests(conn, table, column, nos)


def _add_manifests(conn: duckdb.DuckDBPyConnection, accepted: list[tuple[int, FileFacts]]) -> None:
    """Insert the header rows, the roots not seen before and each manifest's roots."""
    roots = dict(conn.execute("SELECT key, no FROM roots").fetchall())
    next_root = conn.execute("SELECT coalesce(max(no), 0) + 1 FROM roots").fetchone()[0]
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    manifest_rows, root_rows, link_rows = [], [], []
    for no, facts in accepted:
        h, t = facts.header, facts.trailer
        user = h["user"]
        who = user_key(user["login"], user["domain"]) if user["login"] else f"?{no}"
        manifest_rows.append(
            (
                no,
                h["manifest_id"].lower(),
                facts.name,
                facts.fingerprint,
                h["created"],
                facts.created_ns,
                user["login"],
                user["domain"],
                user["display_name"],
                user["department"],
                who,
                h["host"],
                h["app_version"],
                h["policy"]["id"],
                h["policy"]["version"],
                h["policy"]["sha256"],
                h["assisted_by"],
                int(t["entries"]),
                *(int(t["bytes"][d]) for d in DECISIONS),
                now,
            )
        )
        for idx, root in enumerate(h["roots"]):
            key = root_key(root)
            if key not in roots:
                roots[key] = next_root
                root_rows.append((next_root, key, root))
                next_root += 1
            link_rows.append((no, idx, roots[key], root))
    insert_rows(conn, "manifests", manifest_rows)
    insert_rows(conn, "roots", root_rows)
    insert_rows(conn, "manifest_roots", link_rows)
