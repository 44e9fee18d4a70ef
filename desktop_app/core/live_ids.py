"""Row ids for files and folders that appear while the app watches a root.

Why this needs care: the catalog numbers a scan's rows as one id range, from the scan's
first ids up to the first ids of the next scan (store.py), and both the column reader and
the clean-up of a replaced scan read a scan by that range. A row that the live view adds
must therefore get an id inside its scan's range, or it would be invisible to the next
load and never be cleaned up. While the root's scan is the newest one its range is open
at the top and the next free id will do. Later scans that own no rows (a cancelled scan,
a rescan that found nothing new) only close the range by their first ids, so those ids
are cleared. When a later scan does own rows (another share scanned after this one), the
root's rows are moved to a fresh range at the top, once, in one transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

OPEN_END = 1 << 62


@dataclass(frozen=True)
class Moved:
    """A root's rows moved to a new scan id; every file id grew by ``file_shift``."""

    scan_id: int
    file_shift: int


def range_end(conn: sqlite3.Connection, scan_id: int) -> tuple[int, int]:
    """(end of the scan's folder ids, end of its file ids); OPEN_END when open."""
    row = conn.execute(
        "SELECT min(first_folder), min(first_file) FROM scans WHERE id > ?", (scan_id,)
    ).fetchone()
    folder_end = row[0] if row and row[0] is not None else OPEN_END
    file_end = row[1] if row and row[1] is not None else OPEN_END
    return folder_end, file_end


def next_ids(conn: sqlite3.Connection) -> tuple[int, int]:
    """The first free folder id and file id (SQLite answers max(rowid) at once)."""
    folder = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM folders").fetchone()[0]
    file = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM files").fetchone()[0]
    return int(folder), int(file)


def release_empty_scans(conn: sqlite3.Connection, scan_id: int) -> int:
    """Clear the first ids of later scans that own no rows; returns how many.

    A scan owns rows only while it is running or current for some root: a replaced scan's
    rows were dropped when its successor finished, a cancelled one's when it was
    abandoned, and an unchanged rescan never wrote any. Their first ids only close the
    range of the scans before them.
    """
    cur = conn.execute(
        "UPDATE scans SET first_folder = NULL, first_file = NULL "
        "WHERE id > ? AND status != 'running' AND (first_folder IS NOT NULL "
        "OR first_file IS NOT NULL) AND id NOT IN "
        "(SELECT scan_id FROM roots WHERE scan_id IS NOT NULL)",
        (scan_id,),
    )
    return cur.rowcount


def has_room(conn: sqlite3.Connection, scan_id: int) -> bool:
    """Whether new rows with the next free ids fall inside the scan's range."""
    folder_end, file_end = range_end(conn, scan_id)
    if folder_end == OPEN_END and file_end == OPEN_END:
        return True
    next_folder, next_file = next_ids(conn)
    return next_folder < folder_end and next_file < file_end


def make_room(conn: sqlite3.Connection, root_id: int, scan_id: int) -> Moved | None:
    """Make sure the root's scan can take new rows; inside the caller's transaction.

    Returns None when nothing moved, else where the root's rows went.
    """
    if has_room(conn, scan_id):
        return None
    release_empty_scans(conn, scan_id)
    if has_room(conn, scan_id):
        return None
    return move_to_top(conn, root_id, scan_id)


def move_to_top(conn: sqlite3.Connection, root_id: int, scan_id: int) -> Moved:
    """Copy the root's rows of ``scan_id`` to a new scan at the top of the id space.

    The new scan row copies every column of the old one (times, status, policy facts)
    except its first ids and its signatures (the rows no longer are what the scan found,
    so an unchanged rescan must not keep them). Ids keep their order and distances, so a
    single shift per table maps old ids to new ones.
    """
    next_folder, next_file = next_ids(conn)
    low_folder = conn.execute(
        "SELECT min(id) FROM folders WHERE scan_id = ? AND root_id = ?", (scan_id, root_id)
    ).fetchone()[0]
    low_file = conn.execute(
        "SELECT min(id) FROM files WHERE scan_id = ? AND root_id = ?", (scan_id, root_id)
    ).fetchone()[0]
    folder_shift = next_folder - (low_folder if low_folder is not None else next_folder)
    file_shift = next_file - (low_file if low_file is not None else next_file)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(scans)")]
    left_out = ("id", "first_folder", "first_file", "signature", "listing_signature")
    copied = [c for c in columns if c not in left_out]
    names = ", ".join(copied)
    cur = conn.execute(
        f"INSERT INTO scans ({names}, first_folder, first_file) "
        f"SELECT {names}, ?, ? FROM scans WHERE id = ?",
        (next_folder, next_file, scan_id),
    )
    new_scan = int(cur.lastrowid or 0)
    conn.execute(
        "INSERT INTO folders (id, scan_id, root_id, parent_id, rel, raw) "
        "SELECT id + ?, ?, root_id, parent_id + ?, rel, raw FROM folders "
        "WHERE scan_id = ? AND root_id = ? ORDER BY id",
        (folder_shift, new_scan, folder_shift, scan_id, root_id),
    )
    file_columns = [row[1] for row in conn.execute("PRAGMA table_info(files)")]
    rest = [c for c in file_columns if c not in ("id", "scan_id", "folder_id")]
    rest_names = ", ".join(rest)
    conn.execute(
        f"INSERT INTO files (id, scan_id, folder_id, {rest_names}) "
        f"SELECT id + ?, ?, folder_id + ?, {rest_names} FROM files "
        "WHERE scan_id = ? AND root_id = ? ORDER BY id",
        (file_shift, new_scan, folder_shift, scan_id, root_id),
    )
    conn.execute(
        "INSERT INTO scan_errors (scan_id, path, message) "
        "SELECT ?, path, message FROM scan_errors WHERE scan_id = ?",
        (new_scan, scan_id),
    )
    conn.execute("UPDATE roots SET scan_id = ? WHERE id = ?", (new_scan, root_id))
    conn.execute("DELETE FROM files WHERE scan_id = ? AND root_id = ?", (scan_id, root_id))
    conn.execute("DELETE FROM folders WHERE scan_id = ? AND root_id = ?", (scan_id, root_id))
    still_used = conn.execute(
        "SELECT 1 FROM roots WHERE scan_id = ? LIMIT 1", (scan_id,)
    ).fetchone()
    if still_used is None:
        conn.execute("UPDATE scans SET status = 'replaced' WHERE id = ?", (scan_id,))
    return Moved(new_scan, file_shift)
