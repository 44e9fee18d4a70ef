"""The catalog's tables, and how an older catalog is brought up to date.

Each version is a step that keeps what only the employee can make (decisions); scan rows
are kept where the new columns can start empty, else the next scan rebuilds them.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 4

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS roots (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    target TEXT,
    scan_id INTEGER,
    scanned_at REAL,
    files INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS scans (
    id INTEGER PRIMARY KEY,
    started_at REAL NOT NULL,
    finished_at REAL,
    status TEXT NOT NULL,
    pid INTEGER NOT NULL,
    first_folder INTEGER,
    first_file INTEGER,
    signature TEXT,
    policy_time REAL,
    listing_signature TEXT
);
CREATE TABLE IF NOT EXISTS folders (
    id INTEGER PRIMARY KEY,
    scan_id INTEGER NOT NULL,
    root_id INTEGER NOT NULL,
    parent_id INTEGER,
    rel TEXT NOT NULL,
    raw BLOB
);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY,
    scan_id INTEGER NOT NULL,
    root_id INTEGER NOT NULL,
    folder_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    raw BLOB,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    category INTEGER NOT NULL,
    flags INTEGER NOT NULL DEFAULT 0,
    sp INTEGER NOT NULL DEFAULT 0,
    dup_group INTEGER,
    rule TEXT,
    suggestion INTEGER,
    protected INTEGER NOT NULL DEFAULT 0,
    partial BLOB,
    full BLOB
);
CREATE TABLE IF NOT EXISTS decisions (
    root_id INTEGER NOT NULL,
    rel TEXT NOT NULL,
    kind TEXT NOT NULL,
    decision INTEGER NOT NULL,
    decided_at REAL NOT NULL,
    size INTEGER,
    mtime_ns INTEGER,
    note TEXT,
    PRIMARY KEY (root_id, rel, kind)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS scan_errors (
    scan_id INTEGER NOT NULL,
    path TEXT NOT NULL,
    message TEXT NOT NULL
);
"""


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring an older catalog up to date; decisions are kept, scans are redone.

    Version 1 kept digests in a separate hash_cache table and had no id ranges per
    scan. Its scan rows are dropped (the next scan rebuilds them); its decisions,
    which only the employee can make, are kept as they are. Version 2 lacked the
    time of a scan's suggestions; its rows stay (the next rescan works them out again).
    Version 3 lacked the listing signature; its rows stay (the next rescan reads the
    hash cache once more).
    """
    if version < 2:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(scans)")}
        for name in ("first_folder", "first_file", "signature"):
            if name not in columns:
                kind = "TEXT" if name == "signature" else "INTEGER"
                conn.execute(f"ALTER TABLE scans ADD COLUMN {name} {kind}")
        columns = {row[1] for row in conn.execute("PRAGMA table_info(files)")}
        for name in ("partial", "full"):
            if name not in columns:
                conn.execute(f"ALTER TABLE files ADD COLUMN {name} BLOB")
        conn.execute("DROP TABLE IF EXISTS hash_cache")
        conn.execute("DROP INDEX IF EXISTS files_scan")
        conn.execute("DROP INDEX IF EXISTS folders_scan")
        conn.execute("DELETE FROM files")
        conn.execute("DELETE FROM folders")
        conn.execute("UPDATE roots SET scan_id = NULL, files = 0, bytes = 0")
        conn.execute("UPDATE scans SET status = 'replaced' WHERE status != 'running'")
    if version < 3:
        # Version 3 remembers when a scan's suggestions were worked out, so that
        # an unchanged rescan can keep them (see scan_reuse.crossing_files).
        columns = {row[1] for row in conn.execute("PRAGMA table_info(scans)")}
        if "policy_time" not in columns:
            conn.execute("ALTER TABLE scans ADD COLUMN policy_time REAL")
    if version < 4:
        # Version 4 remembers what a scan listed, so that a rescan that lists the
        # same knows at once that nothing needs reading (scan_reuse.carry_over).
        columns = {row[1] for row in conn.execute("PRAGMA table_info(scans)")}
        if "listing_signature" not in columns:
            conn.execute("ALTER TABLE scans ADD COLUMN listing_signature TEXT")
