"""The team database: one DuckDB file holding every collected manifest.

Tables, in short:

- ``manifests``: one row per valid manifest (superseded ones included), its header.
- ``roots`` / ``manifest_roots``: share roots, compared case-insensitively as Windows
  does; each manifest's own spelling is kept, because apply opens a root as the
  manifest spells it.
- ``entries``: one row per entry line, and nothing that is not needed: no index and no
  key (DuckDB would maintain an ART index for a key on every insert; collect finds a
  path listed twice with a grouping query instead). ``rel`` is stored uncompressed: the
  paths are nearly all distinct, so only FSST would shrink them (to a third), and that
  made collect some 0.4 s slower per million entries (of about 3.5 s, measured); the
  file grows by some 33 MB per million entries instead. The modification time is kept
  as nanoseconds plus the number of fraction digits the manifest gave (so its exact
  text and its precision survive), ``decided_at`` only when it differs from the
  manifest's ``created`` (accepted suggestions), and ``path_key``, a 32-bit hash of the
  path in lower case, so that superseding and conflicts group integers instead of
  strings (paths whose keys collide are told apart by their text afterwards; 32 bits
  keep such pairs rare in one root).
- ``contested``: the paths (root, path key) that have more than one entry; ``holders``:
  for each of them the entry that holds (the same user's later manifest supersedes,
  a colleague's safer decision outranks) and whether it is a conflict. Both stay
  small (one row per shared path) and are rebuilt for the paths a collect touches.
- ``current_items`` (a view): the decision that holds per distinct path, i.e. every
  entry of a path that is not contested, and the holder of each contested one, with
  its manifest's user and department.
- ``drop_files``: every file name seen in the drop folder with its verdict, so that a
  second collect skips what it already read and reports the same rejections again.

A database made by an earlier version is brought up to date when it is opened
(:data:`SCHEMA_VERSION`); nothing in it is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import duckdb

from desktop_app.team import items

SCHEMA_VERSION = "2"
DEFAULT_DB = "team.duckdb"

PATH_KEY_SQL = "(hash(lower({rel})) >> 32)::UINTEGER"
"""How ``entries.path_key`` is computed from ``rel`` (SQL; ``{rel}`` is the column)."""
_PROBE = "Map/Één Bestand.TXT"
"""A path whose key is kept in ``meta``: DuckDB does not promise that ``hash`` stays the
same across its versions, so a different key for it means every key is computed anew."""

_TABLES = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE manifests (
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
CREATE TABLE roots (
    no INTEGER PRIMARY KEY,
    key VARCHAR NOT NULL UNIQUE,
    path VARCHAR NOT NULL
);
CREATE TABLE manifest_roots (
    manifest_no INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    root_no INTEGER NOT NULL,
    path VARCHAR NOT NULL
);
CREATE TABLE entries (
    manifest_no INTEGER NOT NULL,
    root_idx UBIGINT,
    rel VARCHAR USING COMPRESSION uncompressed,
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
    path_key UINTEGER
);
CREATE TABLE drop_files (
    name VARCHAR PRIMARY KEY,
    size BIGINT,
    mtime_ns BIGINT,
    status VARCHAR NOT NULL,
    manifest_id VARCHAR,
    reason VARCHAR,
    seen_at TIMESTAMP NOT NULL
);
"""

_OUTCOME_TABLES = """
CREATE TABLE contested (
    root_no INTEGER NOT NULL,
    path_key UINTEGER NOT NULL
);
CREATE TABLE holders (
    manifest_no INTEGER NOT NULL,
    root_idx UBIGINT NOT NULL,
    rel VARCHAR NOT NULL,
    root_no INTEGER NOT NULL,
    path_key UINTEGER NOT NULL,
    conflict BOOLEAN NOT NULL
);
"""

_VIEW = """
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
       m.department, coalesce(h.conflict, false) AS conflict
FROM entries e
JOIN manifests m ON m.no = e.manifest_no
JOIN manifest_roots mr ON mr.manifest_no = e.manifest_no AND mr.idx = e.root_idx
LEFT JOIN contested k ON k.root_no = mr.root_no AND k.path_key = e.path_key
LEFT JOIN holders h ON h.path_key = e.path_key AND h.manifest_no = e.manifest_no
    AND h.root_idx = e.root_idx AND h.rel = e.rel
WHERE k.root_no IS NULL OR h.manifest_no IS NOT NULL;
"""


class TeamDbError(Exception):
    """The team database cannot be used (one line for the user)."""


def connect(path: Path | str, *, create: bool = True) -> duckdb.DuckDBPyConnection:
    """Open (and when ``create``, set up) the team database; an older one is migrated."""
    path = Path(path)
    if not create and not path.is_file():
        raise TeamDbError(f"no team database at {path}; run 'sharetidy team collect' first")
    try:
        conn = duckdb.connect(str(path), read_only=False)
    except duckdb.Error as exc:
        raise TeamDbError(f"cannot open the team database {path}: {_first_line(exc)}") from None
    try:
        _set_up(conn, path)
    except duckdb.Error as exc:
        conn.close()
        raise TeamDbError(f"{path} is not a ShareTidy team database: {_first_line(exc)}") from None
    except TeamDbError:
        conn.close()
        raise
    return conn


def _set_up(conn: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Create the tables in a new file, or bring an older file up to date, in one
    transaction; an up-to-date file is only read (no write, so no checkpoint on close)."""
    tables = {
        row[0]
        for row in conn.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
        ).fetchall()
    }
    version = None
    if "meta" in tables:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        version = row[0] if row else None
    probe = _probe_key(conn)
    if version == SCHEMA_VERSION:
        if _meta(conn, "path_key") != probe:
            _in_transaction(conn, lambda: _rekey(conn, probe))
        return
    if version is None and tables:
        raise TeamDbError(f"{path} is not a ShareTidy team database")
    if version not in (None, "1"):
        raise TeamDbError(f"{path} was made by another ShareTidy version (schema {version})")

    def work() -> None:
        if version is None:
            conn.execute(_TABLES)
            conn.execute(_OUTCOME_TABLES)
            conn.execute(_VIEW)
            conn.execute(
                "INSERT INTO meta VALUES ('schema', ?), ('path_key', ?)", [SCHEMA_VERSION, probe]
            )
        else:
            _migrate_from_1(conn, probe)

    _in_transaction(conn, work)


def _migrate_from_1(conn: duckdb.DuckDBPyConnection, probe: str) -> None:
    """Schema 1 kept a check column on every entry, no path keys, and a row for every
    entry that lost and every vote in a conflict: drop the column, add the keys, and
    work out which entry holds again (the entries themselves are kept as they are)."""
    conn.execute("DROP VIEW current_items")
    conn.execute("ALTER TABLE entries DROP COLUMN ok")
    conn.execute("ALTER TABLE entries ADD COLUMN path_key UINTEGER")
    conn.execute(f"UPDATE entries SET path_key = {PATH_KEY_SQL.format(rel='rel')}")
    conn.execute("DROP TABLE losers")
    conn.execute("DROP TABLE conflicts")
    conn.execute(_OUTCOME_TABLES)
    conn.execute(_VIEW)
    items.rebuild(conn)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema'", [SCHEMA_VERSION])
    conn.execute("INSERT INTO meta VALUES ('path_key', ?)", [probe])


def _rekey(conn: duckdb.DuckDBPyConnection, probe: str) -> None:
    conn.execute(f"UPDATE entries SET path_key = {PATH_KEY_SQL.format(rel='rel')}")
    items.rebuild(conn)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('path_key', ?)", [probe])


def _probe_key(conn: duckdb.DuckDBPyConnection) -> str:
    sql = "SELECT " + PATH_KEY_SQL.format(rel="$p") + "::VARCHAR"
    return conn.execute(sql, {"p": _PROBE}).fetchone()[0]


def _meta(conn: duckdb.DuckDBPyConnection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _in_transaction(conn: duckdb.DuckDBPyConnection, work: Callable[[], None]) -> None:
    conn.execute("BEGIN")
    try:
        work()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


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
