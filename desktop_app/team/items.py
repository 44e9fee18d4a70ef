"""Which entry holds per path: superseding first, then conflicts (DESIGN.md).

1. Superseding: of one user's entries for a path, the one in that user's latest
   manifest holds (by ``created``, then manifest id). Two spellings of a path within
   one manifest that differ only in case are one path; the safer decision holds.
2. Conflicts: when different users decided one path differently, the path is a
   conflict and the safest decision wins (keep over archive over delete) until the team
   decides. The winner's own user, source and time are shown: of the users who chose
   the winning decision, the one whose manifest is latest.

Paths compare case-insensitively, as Windows does: the root by its normalised key, the
relative path by ``lower()``. Most paths have exactly one entry, so only the groups with
more than one are worked out; every entry that does not hold is written to ``losers``
and the ``current_items`` view leaves those out. Only roots touched by new manifests
are rebuilt.
"""

from __future__ import annotations

import duckdb

# Paths with more than one entry, found by a 64-bit hash of the key (integer grouping is
# much faster than grouping strings). A collision only adds a path that then turns out
# to have one entry; the exact key decides everything after this.
_GROUPS = """
CREATE OR REPLACE TEMP TABLE multi AS
SELECT mr.root_no, hash(lower(e.rel)) AS h
FROM entries e
JOIN manifest_roots mr ON mr.manifest_no = e.manifest_no AND mr.idx = e.root_idx
{where}
GROUP BY ALL HAVING count(*) > 1
"""

_CANDIDATES = """
CREATE OR REPLACE TEMP TABLE contenders AS
SELECT mr.root_no, lower(e.rel) AS rel_key, m.user_key, e.manifest_no, e.root_idx, e.rel,
       e.decision, m.created_ns, m.manifest_id
FROM entries e
JOIN manifest_roots mr ON mr.manifest_no = e.manifest_no AND mr.idx = e.root_idx
JOIN manifests m ON m.no = e.manifest_no
SEMI JOIN multi g ON g.root_no = mr.root_no AND g.h = hash(lower(e.rel))
"""

_PER_USER = """
CREATE OR REPLACE TEMP TABLE per_user AS
SELECT * FROM contenders
QUALIFY row_number() OVER (
    PARTITION BY root_no, rel_key, user_key
    ORDER BY created_ns DESC, manifest_id DESC, decision, rel) = 1
"""

_WINNERS = """
CREATE OR REPLACE TEMP TABLE winners AS
SELECT *, count(DISTINCT decision) OVER (PARTITION BY root_no, rel_key) > 1 AS conflict
FROM per_user
QUALIFY row_number() OVER (
    PARTITION BY root_no, rel_key ORDER BY decision, created_ns DESC, user_key) = 1
"""


def rebuild(conn: duckdb.DuckDBPyConnection, root_nos: list[int] | None = None) -> dict[int, str]:
    """Recompute ``losers`` and ``conflicts`` for ``root_nos`` (all roots when None).

    Returns the manifests that list one exact path twice (manifest number -> path): a
    manifest names each file once, and two lines for one path make it ambiguous which
    one the employee meant, so the caller refuses those. Runs inside the caller's
    transaction.
    """
    if root_nos is not None and not root_nos:
        return {}
    params: dict[str, object] = {}
    where = ""
    if root_nos is None:
        conn.execute("DELETE FROM losers")
        conn.execute("DELETE FROM conflicts")
    else:
        params = {"roots": sorted(set(root_nos))}
        conn.execute(
            "DELETE FROM losers l USING manifest_roots mr WHERE mr.manifest_no = l.manifest_no "
            "AND mr.idx = l.root_idx AND list_contains($roots, mr.root_no)",
            params,
        )
        conn.execute("DELETE FROM conflicts WHERE list_contains($roots, root_no)", params)
        where = "WHERE list_contains($roots, mr.root_no)"
    conn.execute(_GROUPS.format(where=where), params)
    conn.execute(_CANDIDATES)
    twice = conn.execute(
        "SELECT manifest_no, min(rel) FROM (SELECT manifest_no, rel FROM contenders "
        "GROUP BY manifest_no, root_idx, rel HAVING count(*) > 1) GROUP BY manifest_no"
    ).fetchall()
    conn.execute(_PER_USER)
    conn.execute(_WINNERS)
    conn.execute(
        "INSERT INTO losers SELECT manifest_no, root_idx, rel FROM contenders c "
        "ANTI JOIN winners w ON w.manifest_no = c.manifest_no AND w.root_idx = c.root_idx "
        "AND w.rel = c.rel"
    )
    conn.execute(
        "INSERT INTO conflicts "
        "SELECT p.root_no, p.rel_key, p.user_key, p.manifest_no, p.root_idx, p.rel, p.decision, "
        "w.manifest_no = p.manifest_no AND w.root_idx = p.root_idx AND w.rel = p.rel "
        "FROM per_user p JOIN winners w ON w.root_no = p.root_no AND w.rel_key = p.rel_key "
        "WHERE w.conflict"
    )
    for table in ("multi", "contenders", "per_user", "winners"):
        conn.execute(f"DROP TABLE {table}")
    return dict(twice)
