"""The employee's decisions in the catalog: what only they can make, so it outlives scans.

A decision is keyed on the root and the relative path (and whether it is a file or a
folder), never on a scan's rows: every rescan numbers its rows anew, and the decisions
still hold. Size and mtime are kept with each, so that a file changed since shows as
changed. :class:`store.Catalog` is the one class that uses this.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager


def rel_or_below(rel: str) -> tuple[str, tuple[str, int, str]]:
    """SQL (and its arguments) for "the ``rel`` column is ``rel`` or a path below it";
    any table with a ``rel`` column (decisions, folders)."""
    return "(rel = ? OR substr(rel, 1, ?) = ?)", (rel, len(rel) + 1, rel + "/")


class Decisions:
    """The decision methods of the catalog (it provides ``conn`` and ``transaction``)."""

    conn: sqlite3.Connection
    transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]

    def set_decisions(
        self, rows: Iterable[tuple[int, str, str, int | None, int | None, int | None]]
    ) -> float:
        """Record decisions ``(root_id, rel, kind, decision, size, mtime_ns)`` durably.

        A decision of ``None`` removes the row (back to the suggestion). Returns the
        timestamp written, so the caller can show exactly what was stored.
        """
        now = time.time()
        self.restore_decisions(
            (root_id, rel, kind, decision, now, size, mtime_ns, None)
            for root_id, rel, kind, decision, size, mtime_ns in rows
        )
        return now

    def restore_decisions(
        self,
        rows: Iterable[tuple[int, str, str, int | None, float, int | None, int | None, str | None]],
    ) -> None:
        """Write decision rows exactly as given, in one transaction (undo and redo).

        Rows are ``(root_id, rel, kind, decision, decided_at, size, mtime_ns, note)``; a
        decision of ``None`` removes the row.
        """
        removed, stored = [], []
        for row in rows:
            if row[3] is None:
                removed.append(row[:3])
            else:
                stored.append(row)
        with self.transaction():
            self.conn.executemany(
                "DELETE FROM decisions WHERE root_id = ? AND rel = ? AND kind = ?", removed
            )
            self.conn.executemany(
                "INSERT OR REPLACE INTO decisions "
                "(root_id, rel, kind, decision, decided_at, size, mtime_ns, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                stored,
            )

    def decision_rows(
        self, root_id: int
    ) -> list[tuple[str, str, int, float, int | None, int | None]]:
        """A root's decisions as plain rows ``(kind, rel, decision, decided_at, size,
        mtime_ns)``: for 100,000 of them much cheaper than :meth:`decisions`' dict."""
        return self.conn.execute(
            "SELECT kind, rel, decision, decided_at, size, mtime_ns FROM decisions "
            "WHERE root_id = ?",
            (root_id,),
        ).fetchall()

    def decisions(
        self, root_id: int
    ) -> dict[tuple[str, str], tuple[int, float, int | None, int | None]]:
        """All decisions of a root: (kind, rel) -> (decision, decided_at, size, mtime_ns)."""
        return {
            (kind, rel): (d, at, size, mtime)
            for kind, rel, d, at, size, mtime in self.decision_rows(root_id)
        }

    def notes(self, root_id: int, kind: str = "file") -> dict[str, str]:
        """The notes stored on a root's decisions of one kind, by rel (few or none)."""
        rows = self.conn.execute(
            "SELECT rel, note FROM decisions WHERE root_id = ? AND kind = ? AND note IS NOT NULL",
            (root_id, kind),
        )
        return dict(rows.fetchall())

    def move_decisions_below(self, root_id: int, src: str, dest: str) -> int:
        """Decisions on folder ``src`` and everything below it now name ``dest`` (a
        folder was moved: the same items). Runs in the caller's transaction; returns
        how many rows moved."""
        where, args = rel_or_below(src)
        cur = self.conn.execute(
            f"UPDATE OR REPLACE decisions SET rel = ? || substr(rel, ?) "
            f"WHERE root_id = ? AND {where}",
            (dest, len(src) + 1, root_id, *args),
        )
        return cur.rowcount

    def copy_file_decision(self, root_id: int, src: str, dest: str) -> int:
        """Give file ``dest`` the decision of file ``src`` (a file was moved), keeping
        ``src``'s row: the app never throws a decision away. Runs in the caller's
        transaction; returns 1 when there was a decision to copy, else 0."""
        cur = self.conn.execute(
            "INSERT OR REPLACE INTO decisions "
            "(root_id, rel, kind, decision, decided_at, size, mtime_ns, note) "
            "SELECT root_id, ?, kind, decision, decided_at, size, mtime_ns, note "
            "FROM decisions WHERE root_id = ? AND rel = ? AND kind = 'file'",
            (dest, root_id, src),
        )
        return cur.rowcount
