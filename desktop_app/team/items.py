"""Which entry holds per path: superseding first, then conflicts (DESIGN.md).

1. Superseding: of one user's entries for a path, the one in that user's latest
   manifest holds (by ``created``, then manifest id). Two spellings of a path within
   one manifest that differ only in case are one path; the safer decision holds.
2. Conflicts: when different users decided one path differently, the path is a
   conflict and the safest decision wins (keep over archive over delete) until the team
   decides. The winner's own user, source and time are shown: of the users who chose
   the winning decision, the one whose manifest is latest.

Paths compare case-insensitively, as Windows does: the root by its normalised key, the
relative path by ``lower()``. Every entry carries ``path_key``, a 32-bit hash of
the lower-case path, so the search for paths with more than one entry groups integers.

Most paths have exactly one entry, and that entry holds. Only the others are stored:
``contested`` lists every (root, path key) with more than one entry, and ``holders``
the one entry that holds for each distinct path among them, with whether it is a
conflict. A hash collision only puts two paths under one key; each keeps its own
holder, since everything after the grouping compares the exact lower-case path. Both
tables stay small (one row per shared path, not one per entry that lost), and a
collect only works out the keys its new entries join.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

_NEW_GROUPS = """
SELECT mr.root_no, e.path_key, count(*) AS n
FROM entries e
JOIN manifest_roots mr ON mr.manifest_no = e.manifest_no AND mr.idx = e.root_idx
WHERE e.manifest_no >= $first
GROUP BY ALL
"""

# Keys that entries of manifest ``$first`` or later join and that hold more than one
# entry: among the new entries alone, or a new entry meeting one collected before.
_TOUCHED = f"""
CREATE OR REPLACE TEMP TABLE touched AS
WITH fresh AS ({_NEW_GROUPS})
SELECT root_no, path_key FROM fresh WHERE n > 1
"""
_TOUCHED_WITH_OLD = f"""
CREATE OR REPLACE TEMP TABLE touched AS
WITH fresh AS MATERIALIZED ({_NEW_GROUPS})
SELECT root_no, path_key FROM fresh WHERE n > 1
UNION
SELECT f.root_no, f.path_key FROM fresh f
SEMI JOIN (
    SELECT mr.root_no, e.path_key FROM entries e
    JOIN manifest_roots mr ON mr.manifest_no = e.manifest_no AND mr.idx = e.root_idx
    WHERE e.manifest_no < $first
) o ON o.root_no = f.root_no AND o.path_key = f.path_key
"""

_CONTENDERS = """
CREATE OR REPLACE TEMP TABLE contenders AS
SELECT mr.root_no, lower(e.rel) AS rel_key, e.path_key, m.user_key, e.manifest_no,
       e.root_idx, e.rel, e.decision, m.created_ns, m.manifest_id
FROM entries e
JOIN manifest_roots mr ON mr.manifest_no = e.manifest_no AND mr.idx = e.root_idx
JOIN manifests m ON m.no = e.manifest_no
SEMI JOIN {keys} g ON g.root_no = mr.root_no AND g.path_key = e.path_key
"""

_TWICE = """
SELECT manifest_no, min(rel) FROM (
    SELECT manifest_no, rel FROM contenders WHERE manifest_no >= $first
    GROUP BY manifest_no, root_idx, rel HAVING count(*) > 1
) GROUP BY manifest_no
"""

# Of each user's entries for a path, the one of their latest manifest.
_PER_USER = """
CREATE OR REPLACE TEMP TABLE per_user AS
SELECT * FROM contenders
QUALIFY row_number() OVER (
    PARTITION BY root_no, rel_key, user_key
    ORDER BY created_ns DESC, manifest_id DESC, decision, rel) = 1
"""

_HOLDERS = """
SELECT manifest_no, root_idx, rel, root_no, path_key,
       min(decision) OVER w <> max(decision) OVER w AS conflict
FROM per_user
WINDOW w AS (PARTITION BY root_no, rel_key)
QUALIFY row_number() OVER (
    PARTITION BY root_no, rel_key ORDER BY decision, created_ns DESC, user_key) = 1
"""

_CLEAR = """
DELETE FROM {table} t USING touched g
WHERE g.root_no = t.root_no AND g.path_key = t.path_key
"""


def rebuild(
    conn: duckdb.DuckDBPyConnection,
    first: int = 0,
    refuse: Callable[[dict[int, str]], None] | None = None,
) -> None:
    """Recompute ``contested`` and ``holders`` for the paths that entries of manifest
    number ``first`` or later share with any other entry (``first`` 0: every path).

    A manifest names each file once; two lines for one exact path make it ambiguous
    which one the employee meant. Such manifests (number -> the path) are handed to
    ``refuse``, which must remove them, before anything is written; without ``refuse``
    they count like any other. Runs inside the caller's transaction.
    """
    params = {"first": first}
    older = conn.execute("SELECT count(*) FROM manifests WHERE no < $first", params).fetchone()[0]
    while True:
        conn.execute(_TOUCHED_WITH_OLD if older else _TOUCHED, params)
        conn.execute(_CONTENDERS.format(keys="touched"))
        twice = dict(conn.execute(_TWICE, params).fetchall()) if refuse is not None else {}
        if not twice:
            break
        refuse(twice)
    if older:
        conn.execute(_CLEAR.format(table="contested"))
        conn.execute(_CLEAR.format(table="holders"))
    else:
        conn.execute("DELETE FROM contested")
        conn.execute("DELETE FROM holders")
    conn.execute(_PER_USER)
    conn.execute("INSERT INTO contested SELECT root_no, path_key FROM touched")
    conn.execute(f"INSERT INTO holders {_HOLDERS}")
    for table in ("touched", "contenders", "per_user"):
        conn.execute(f"DROP TABLE {table}")


def votes(conn: duckdb.DuckDBPyConnection) -> None:
    """Fill the temporary table ``votes`` (root_no, rel_key, manifest_no, decision) with
    each user's own decision on every path in conflict. Worked out when asked for: only
    the report lists who decided what."""
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE disputed AS "
        "SELECT DISTINCT root_no, path_key FROM holders WHERE conflict"
    )
    conn.execute(_CONTENDERS.format(keys="disputed"))
    conn.execute(_PER_USER)
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE votes AS "
        "SELECT p.root_no, p.rel_key, p.manifest_no, p.decision FROM per_user p "
        "SEMI JOIN (SELECT root_no, lower(rel) AS rel_key FROM holders WHERE conflict) h "
        "ON h.root_no = p.root_no AND h.rel_key = p.rel_key"
    )
    for table in ("disputed", "contenders", "per_user"):
        conn.execute(f"DROP TABLE {table}")
