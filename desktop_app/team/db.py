"""The team database: one DuckDB file holding every collected manifest.

Tables, in short:

- ``manifests``: one row per valid manifest (superseded ones included), its header.
- ``roots`` / ``manifest_roots``: share roots, compared case-insensitively as Windows
  does; each manifest's own spelling is kept, because apply opens a root as the
  manifest spells it.
- ``entries``: one row per entry line (no index: DuckDB scans columns fast). The
  modification time is kept as nanoseconds plus the number of fraction digits the
  manifest gave (so its exact text and its precision survive), and ``decided_at`` only
  when it differs from the manifest's ``created`` (accepted suggestions), to keep the
  file small and the load quick.
- ``losers``: entries that no longer hold (superseded by the same user's later manifest,
  or outranked by a safer decision of a colleague); ``conflicts`` lists who decided
  what on paths that different users decided differently. Both are rebuilt per
  affected root on every collect and stay small: most paths have one entry.
- ``current_items`` (a view): the decision that holds per distinct path, i.e. every
  entry that is not a loser, with its manifest's user and department.
- ``drop_files``: every file name seen in the drop folder with its verdict, so that a
  second collect skips what it already read and reports the same rejections again.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import duckdb

SCHEMA_VERSION = "1"
DEFAULT_DB = "team.duckdb"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS manifests (
    no INTEGER PRIMARY KEY,
    manifest_id VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    fingerprint VARCHAR NOT NULL,
    created VARCHAR NOT NULL,
    created_ns BIGINT NOT NULL,
    login VARCHAR,
    domain VARCHAR,
    display_name VARCHAR,
    department VARCHAR,
    user_key VARCHAR NOT NULL,
    host VARCHAR,
    app_version VARCHAR,
    policy_id VARCHAR,
    policy_version VARCHAR,
    policy_sha256 VARCHAR,
    assisted_by VARCHAR,
    entries BIGINT NOT NULL,
    bytes_keep BIGINT NOT NULL,
    bytes_archive BIGINT NOT NULL,
    bytes_delete BIGINT NOT NULL,
    collected_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS roots (
    no INTEGER PRIMARY KEY,
    key VARCHAR NOT NULL UNIQUE,
    path VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS manifest_roots (
    manifest_no INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    root_no INTEGER NOT NULL,
    path VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS entries (
    manifest_no INTEGER NOT NULL,
    root_idx UBIGINT,
    rel VARCHAR,
    decision UTINYINT,
    suggested UTINYINT,
    rule VARCHAR,
    employee BOOLEAN,
    size UBIGINT,
    modified_ns BIGINT,
    modified_digits UTINYINT,
    modified_text VARCHAR,
    decided_at VARCHAR,
    note VARCHAR,
    ok UINTEGER
);
CREATE TABLE IF NOT EXISTS losers (
    manifest_no INTEGER NOT NULL,
    root_idx UBIGINT NOT NULL,
    rel VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS conflicts (
    root_no INTEGER NOT NULL,
    rel_key VARCHAR NOT NULL,
    user_key VARCHAR NOT NULL,
    manifest_no INTEGER NOT NULL,
    root_idx UBIGINT NOT NULL,
    rel VARCHAR NOT NULL,
    decision UTINYINT NOT NULL,
    wins BOOLEAN NOT NULL
);
CREATE TABLE IF NOT EXISTS drop_files (
    name VARCHAR PRIMARY KEY,
    size BIGINT,
    mtime_ns BIGINT,
    status VARCHAR NOT NULL,
    manifest_id VARCHAR,
    reason VARCHAR,
    seen_at TIMESTAMP NOT NULL
);
CREATE OR REPLACE VIEW current_items AS
SELECT mr.root_no, mr.path AS root, e.rel,
       CASE WHEN starts_with(mr.path, '\\')
                 OR (contains(mr.path, '\\') AND NOT contains(mr.path, '/'))
            THEN rtrim(mr.path, '\\/') || '\\' || replace(e.rel, '/', '\\')
            ELSE rtrim(mr.path, '/') || '/' || e.rel END AS path,
       e.manifest_no, e.root_idx, e.decision, e.employee, e.rule, e.size, e.modified_ns,
       e.modified_digits,
       coalesce(e.modified_text, strftime(make_timestamp_ns(e.modified_ns), '%Y-%m-%dT%H:%M:%S')
           || CASE WHEN e.modified_digits > 0 THEN '.' || substr(lpad(CAST(
                  ((e.modified_ns % 1000000000) + 1000000000) % 1000000000 AS VARCHAR), 9, '0'),
                  1, e.modified_digits) ELSE '' END || 'Z') AS modified,
       coalesce(e.decided_at, m.created) AS decided_at, e.note, m.user_key, m.login, m.domain,
       m.department, c.manifest_no IS NOT NULL AS conflict
FROM entries e
JOIN manifests m ON m.no = e.manifest_no
JOIN manifest_roots mr ON mr.manifest_no = e.manifest_no AND mr.idx = e.root_idx
ANTI JOIN losers l ON l.manifest_no = e.manifest_no AND l.root_idx = e.root_idx AND l.rel = e.rel
LEFT JOIN (SELECT DISTINCT manifest_no, root_idx, rel FROM conflicts WHERE wins) c
    ON c.manifest_no = e.manifest_no AND c.root_idx = e.root_idx AND c.rel = e.rel;
"""


class TeamDbError(Exception):
    """The team database cannot be used (one line for the user)."""


def connect(path: Path | str, *, create: bool = True) -> duckdb.DuckDBPyConnection:
    """Open (and when ``create``, set up) the team database."""
    path = Path(path)
    if not create and not path.is_file():
        raise TeamDbError(f"no team database at {path}; run 'sharetidy team collect' first")
    try:
        conn = duckdb.connect(str(path), read_only=False)
    except duckdb.Error as exc:
        raise TeamDbError(f"cannot open the team database {path}: {_first_line(exc)}") from None
    try:
        conn.execute("BEGIN")
        conn.execute(_SCHEMA)
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None:
            conn.execute("INSERT INTO meta VALUES ('schema', ?)", [SCHEMA_VERSION])
        elif row[0] != SCHEMA_VERSION:
            raise TeamDbError(f"{path} was made by another ShareTidy version (schema {row[0]})")
        conn.execute("COMMIT")
    except duckdb.Error as exc:
        conn.close()
        raise TeamDbError(f"{path} is not a ShareTidy team database: {_first_line(exc)}") from None
    except TeamDbError:
        conn.close()
        raise
    return conn


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def insert_rows(
    conn: duckdb.DuckDBPyConnection, table: str, rows: Sequence[tuple], *, replace: bool = False
) -> None:
    """Insert Python rows with few statements (``executemany`` costs ~1 ms per row)."""
    if not rows:
        return
    width = len(rows[0])
    step = max(1, 2000 // width)
    for start in range(0, len(rows), step):
        chunk = rows[start : start + step]
        marks = ", ".join(["(" + ", ".join("?" * width) + ")"] * len(chunk))
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        conn.execute(f"{verb} INTO {table} VALUES {marks}", [v for r in chunk for v in r])
