"""Renaming a file or folder on the share in place, to fix a SharePoint problem: safely.

This is the only change the employee app ever makes on a share (DESIGN.md, safety rules),
so every promise is kept by construction rather than by care:

- **Never over an existing name.** The rename itself refuses an existing target
  (:mod:`desktop_app.core.no_replace`), and a name the scan saw is refused before that.
- **Recorded.** A row in the catalog's ``renames`` table is committed *before* the disk
  changes (state ``pending``) and becomes ``done`` in the same transaction that moves
  the catalog's rows; a row a crash left half-way is settled next time by looking at the
  disk (:func:`settle`).
- **The catalog follows.** The file (or the folder and everything below it) gets its new
  name in the root's current scan, its SharePoint problems are checked again, and the
  decisions keyed on the old path move along, so the review and the manifest show the new
  name at once, without a rescan.
- **Undoable.** :func:`undo_rename` renames back the same way (and refuses when the old
  name was taken in the meantime); :func:`redo_rename` does it again.

No Qt here: the GUI wraps these calls in an undo command and reloads its columns (the
column snapshot of the root must be dropped after a rename, see
``desktop_app.gui.column_cache.forget``).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from desktop_app.core import fsnames
from desktop_app.core.no_replace import rename_no_replace
from desktop_app.core.sharepoint import SharePointChecker, propose_name
from desktop_app.core.store import Catalog, Root
from desktop_app.core.store_decisions import rel_or_below

FILE, FOLDER = "file", "folder"
MAX_NAME_CHARS = 255
"""Longest file or folder name Windows and SharePoint accept."""

PENDING, DONE, UNDOING, UNDONE, REDOING, FAILED = (
    "pending",
    "done",
    "undoing",
    "undone",
    "redoing",
    "failed",
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS renames (
    id INTEGER PRIMARY KEY,
    root_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    old_rel TEXT NOT NULL,
    new_rel TEXT NOT NULL,
    state TEXT NOT NULL,
    renamed_at REAL NOT NULL,
    undone_at REAL
);
"""

# A step that was under way when the app stopped: (from rel column, state when the disk
# moved, state when it did not).
_SETTLE = {
    PENDING: ("old_rel", DONE, FAILED),
    REDOING: ("old_rel", DONE, UNDONE),
    UNDOING: ("new_rel", UNDONE, DONE),
}


class RenameError(Exception):
    """A rename that was refused or failed; nothing was changed. ``code`` says why.

    Codes: ``invalid`` (the new name is not allowed), ``same`` (nothing to change),
    ``exists`` (something already has the new name), ``missing`` (the item is no longer
    where the scan saw it), ``not-scanned`` and ``failed`` (the file system refused).
    """

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Renamed:
    """One rename in the catalog's record, as undo and redo need it."""

    record_id: int
    root_id: int
    kind: str
    old_rel: str
    new_rel: str

    @property
    def old_name(self) -> str:
        """The name before the rename."""
        return self.old_rel.rpartition("/")[2]

    @property
    def new_name(self) -> str:
        """The name after the rename."""
        return self.new_rel.rpartition("/")[2]


# -- names ------------------------------------------------------------------------------------


def name_problem(name: str, is_folder: bool = False, *, at_root: bool = False) -> str | None:
    """Why ``name`` cannot be used as the new name (a short code), or None when it can.

    A new name must be one name (no folder separators), not too long, and one that
    SharePoint takes as it is: renaming to a name that still has a problem helps nobody.
    """
    if not name or name in (".", ".."):
        return "empty"
    if "/" in name or "\\" in name or "\x00" in name:
        return "separator"
    if len(name) > MAX_NAME_CHARS:
        return "too-long"
    if not fsnames.is_valid_text(name):
        return "unreadable"
    if propose_name(name, is_folder, at_root=at_root) != name:
        return "sharepoint"
    return None


# -- the catalog ------------------------------------------------------------------------------


def ensure_table(catalog: Catalog) -> None:
    """Create the ``renames`` record (once) and settle steps a crash left half-way."""
    catalog.conn.executescript(_SCHEMA)
    settle(catalog)


def disk_path(root_path: str, rel: str) -> str:
    """The path of ``rel`` on the share, spelt the way the scan spelt the root."""
    sep = "\\" if "\\" in root_path and "/" not in root_path else os.sep
    parts = [root_path.rstrip("/\\")] if rel else [root_path]
    if rel:
        parts.extend(rel.split("/"))
    return fsnames.long_path(sep.join(parts))


def _split(rel: str) -> tuple[str, str]:
    folder, _, name = rel.rpartition("/")
    return folder, name


def _exists_in_scan(catalog: Catalog, root: Root, kind: str, rel: str) -> bool:
    conn = catalog.conn
    if kind == FOLDER:
        return (
            conn.execute(
                "SELECT 1 FROM folders WHERE root_id = ? AND scan_id = ? AND rel = ? LIMIT 1",
                (root.id, root.scan_id, rel),
            ).fetchone()
            is not None
        )
    folder, name = _split(rel)
    return (
        conn.execute(
            "SELECT 1 FROM files f JOIN folders d ON d.id = f.folder_id "
            "WHERE f.root_id = ? AND f.scan_id = ? AND d.rel = ? AND f.name = ? "
            "AND f.raw IS NULL LIMIT 1",
            (root.id, root.scan_id, folder, name),
        ).fetchone()
        is not None
    )


def _taken_in_scan(catalog: Catalog, root: Root, rel: str) -> bool:
    """Whether the scan saw a file or a folder at ``rel`` (whatever its kind)."""
    return _exists_in_scan(catalog, root, FILE, rel) or _exists_in_scan(catalog, root, FOLDER, rel)


def _move_rows(catalog: Catalog, root: Root, kind: str, src: str, dst: str) -> None:
    """Give the current scan's rows and the decisions the new path (inside a transaction)."""
    conn = catalog.conn
    checker = SharePointChecker(root.target)
    if kind == FILE:
        folder, name = _split(src)
        new_name = _split(dst)[1]
        rows = conn.execute(
            "SELECT f.id, f.size FROM files f JOIN folders d ON d.id = f.folder_id "
            "WHERE f.root_id = ? AND f.scan_id = ? AND d.rel = ? AND f.name = ? "
            "AND f.raw IS NULL",
            (root.id, root.scan_id, folder, name),
        ).fetchall()
        for file_id, size in rows:
            conn.execute(
                "UPDATE files SET name = ?, sp = ? WHERE id = ?",
                (new_name, checker.mask(folder, new_name, size), file_id),
            )
    else:
        where, args = rel_or_below(src)
        old_prefix = os.fsencode(src)
        folders = conn.execute(
            f"SELECT id, rel, raw FROM folders WHERE root_id = ? AND scan_id = ? AND {where}",
            (root.id, root.scan_id, *args),
        ).fetchall()
        for folder_id, rel, raw in folders:
            new_rel = dst + rel[len(src) :]
            new_raw = None
            if raw is not None and bytes(raw).startswith(old_prefix):
                new_raw = os.fsencode(dst) + bytes(raw)[len(old_prefix) :]
            conn.execute(
                "UPDATE folders SET rel = ?, raw = ? WHERE id = ?", (new_rel, new_raw, folder_id)
            )
            files = conn.execute(
                "SELECT id, name, size FROM files WHERE folder_id = ?", (folder_id,)
            ).fetchall()
            conn.executemany(
                "UPDATE files SET sp = ? WHERE id = ?",
                [(checker.mask(new_rel, name, size), fid) for fid, name, size in files],
            )
    _move_decisions(catalog, root.id, kind, src, dst)


def _move_decisions(catalog: Catalog, root_id: int, kind: str, src: str, dst: str) -> None:
    conn = catalog.conn
    if kind == FILE:
        # A row left at the new path belongs to a file that no longer exists there (the
        # name was free on disk); it must not become the renamed file's decision.
        conn.execute(
            "DELETE FROM decisions WHERE root_id = ? AND kind = 'file' AND rel = ?",
            (root_id, dst),
        )
        conn.execute(
            "UPDATE decisions SET rel = ? WHERE root_id = ? AND kind = 'file' AND rel = ?",
            (dst, root_id, src),
        )
        return
    where, args = rel_or_below(dst)
    conn.execute(f"DELETE FROM decisions WHERE root_id = ? AND {where}", (root_id, *args))
    catalog.move_decisions_below(root_id, src, dst)


def _set_state(catalog: Catalog, record_id: int, state: str, undone: bool = False) -> None:
    if undone:
        catalog.conn.execute(
            "UPDATE renames SET state = ?, undone_at = ? WHERE id = ?",
            (state, time.time(), record_id),
        )
    else:
        catalog.conn.execute("UPDATE renames SET state = ? WHERE id = ?", (state, record_id))


def _current_root(catalog: Catalog, root_id: int) -> Root:
    try:
        root = catalog.root(root_id)
    except KeyError:
        raise RenameError("not-scanned", f"unknown root {root_id}") from None
    if root.scan_id is None:
        raise RenameError("not-scanned", f"{root.path} has not been scanned")
    return root


def _move(
    catalog: Catalog, root: Root, kind: str, src: str, dst: str, record_id: int, states: tuple
) -> None:
    """Rename ``src`` to ``dst`` on disk, then the rows; ``states``: (during, done, back)."""
    during, done, back = states
    with catalog.transaction():
        _set_state(catalog, record_id, during)
    old_path, new_path = disk_path(root.path, src), disk_path(root.path, dst)
    try:
        rename_no_replace(old_path, new_path)
    except FileExistsError:
        with catalog.transaction():
            _set_state(catalog, record_id, back)
        raise RenameError("exists", f"{new_path} already exists") from None
    except OSError as exc:
        with catalog.transaction():
            _set_state(catalog, record_id, back)
        raise RenameError("failed", f"{old_path}: {exc.strerror or exc}") from None
    try:
        with catalog.transaction():
            _move_rows(catalog, root, kind, src, dst)
            _set_state(catalog, record_id, done, undone=done == UNDONE)
    except BaseException:
        # The catalog could not follow: put the disk back so both still agree.
        rename_no_replace(new_path, old_path)
        with catalog.transaction():
            _set_state(catalog, record_id, back)
        raise


def _check_source(root: Root, kind: str, rel: str) -> None:
    path = disk_path(root.path, rel)
    if kind == FOLDER:
        present = os.path.isdir(path) and not os.path.islink(path)
    else:
        present = os.path.lexists(path) and not (os.path.isdir(path) and not os.path.islink(path))
    if not present:
        raise RenameError("missing", f"{path} is no longer there")


def rename_in_place(catalog: Catalog, root_id: int, kind: str, rel: str, new_name: str) -> Renamed:
    """Rename the file or folder ``rel`` of a scanned root to ``new_name`` (same folder).

    Raises :class:`RenameError` (nothing changed) when the name is not allowed, the item is
    gone, or anything (on disk or in the scan) already has the new name.
    """
    if kind not in (FILE, FOLDER):
        raise ValueError(f"kind must be 'file' or 'folder', not {kind!r}")
    ensure_table(catalog)
    root = _current_root(catalog, root_id)
    folder, old_name = _split(rel)
    if not rel:
        raise RenameError("invalid", "the root itself cannot be renamed")
    if new_name == old_name:
        raise RenameError("same", "the new name is the old name")
    problem = name_problem(new_name, kind == FOLDER, at_root=kind == FOLDER and not folder)
    if problem is not None:
        raise RenameError("invalid", f"{new_name!r} cannot be used ({problem})")
    new_rel = fsnames.join_rel(folder, new_name)
    if not _exists_in_scan(catalog, root, kind, rel):
        raise RenameError("missing", f"{rel} is not in the current scan")
    if new_name.casefold() != old_name.casefold() and _taken_in_scan(catalog, root, new_rel):
        raise RenameError("exists", f"{new_rel} already exists")
    _check_source(root, kind, rel)
    with catalog.transaction():
        cursor = catalog.conn.execute(
            "INSERT INTO renames (root_id, kind, old_rel, new_rel, state, renamed_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (root.id, kind, rel, new_rel, PENDING, time.time()),
        )
        record_id = int(cursor.lastrowid or 0)
    _move(catalog, root, kind, rel, new_rel, record_id, (PENDING, DONE, FAILED))
    return Renamed(record_id, root.id, kind, rel, new_rel)


def undo_rename(catalog: Catalog, renamed: Renamed) -> None:
    """Give the item its old name back (on disk and in the catalog), never over another."""
    _rename_again(
        catalog,
        renamed,
        DONE,
        "this rename is not in force",
        renamed.new_rel,
        renamed.old_rel,
        (UNDOING, UNDONE, DONE),
    )


def redo_rename(catalog: Catalog, renamed: Renamed) -> None:
    """Rename again after an undo, with the same checks."""
    _rename_again(
        catalog,
        renamed,
        UNDONE,
        "this rename was not undone",
        renamed.old_rel,
        renamed.new_rel,
        (REDOING, DONE, UNDONE),
    )


def _rename_again(
    catalog: Catalog,
    renamed: Renamed,
    state: str,
    not_in_state: str,
    src: str,
    dst: str,
    states: tuple[str, str, str],
) -> None:
    """Undo and redo: the same checks and move, from ``src`` to ``dst``, when the
    rename's record is in ``state``."""
    ensure_table(catalog)
    root = _current_root(catalog, renamed.root_id)
    if _state(catalog, renamed.record_id) != state:
        raise RenameError("same", not_in_state)
    _check_source(root, renamed.kind, src)
    _move(catalog, root, renamed.kind, src, dst, renamed.record_id, states)


def _state(catalog: Catalog, record_id: int) -> str | None:
    row = catalog.conn.execute("SELECT state FROM renames WHERE id = ?", (record_id,)).fetchone()
    return None if row is None else str(row[0])


def renames(catalog: Catalog, root_id: int) -> list[tuple[Renamed, str, float]]:
    """The record of a root's renames, oldest first: (rename, state, when)."""
    catalog.conn.executescript(_SCHEMA)
    rows = catalog.conn.execute(
        "SELECT id, root_id, kind, old_rel, new_rel, state, renamed_at FROM renames "
        "WHERE root_id = ? ORDER BY id",
        (root_id,),
    ).fetchall()
    return [(Renamed(*row[:5]), row[5], row[6]) for row in rows]


def settle(catalog: Catalog) -> None:
    """Finish or roll back the record of a step that a crash interrupted, by the disk.

    If the item is at the step's target on disk and no longer at its source, the disk
    moved: the catalog's rows move too. Otherwise nothing happened on disk and the record
    goes back to its state before the step.
    """
    rows = catalog.conn.execute(
        "SELECT id, root_id, kind, old_rel, new_rel, state FROM renames WHERE state IN (?, ?, ?)",
        tuple(_SETTLE),
    ).fetchall()
    for record_id, root_id, kind, old_rel, new_rel, state in rows:
        from_column, moved_state, stayed_state = _SETTLE[state]
        src, dst = (old_rel, new_rel) if from_column == "old_rel" else (new_rel, old_rel)
        try:
            root = catalog.root(root_id)
        except KeyError:
            with catalog.transaction():
                _set_state(catalog, record_id, FAILED)
            continue
        moved = os.path.lexists(disk_path(root.path, dst)) and not os.path.lexists(
            disk_path(root.path, src)
        )
        with catalog.transaction():
            if moved and root.scan_id is not None:
                _move_rows(catalog, root, kind, src, dst)
            _set_state(
                catalog,
                record_id,
                moved_state if moved else stayed_state,
                undone=moved and moved_state == UNDONE,
            )
