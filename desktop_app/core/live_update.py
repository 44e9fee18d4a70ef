"""Bring the catalog up to date with what a RootWatcher saw, one batch at a time.

Why "end state" and not "replay": events arrive late, coalesced and sometimes out of
order (a polling pass reports a new folder after its files; a save in Word is a create,
two renames and a delete). So a change only names a path to look at again: every handler
reads what is on the disk *now* and makes the catalog agree. Applying a batch twice, or
in another order, gives the same catalog. Only a rename or move is more than "look
again": the file keeps its row (its id) and its decision goes along to the new name.

Safety, in the spirit of DESIGN.md: nothing here touches the share; decisions are never
deleted (a file that vanishes keeps its decision row, so a file that comes back still
shows what was decided, marked as changed when it differs); a file whose content changed
leaves its duplicate group, and a group that loses its kept copy dissolves, so no copy
stays suggested for deletion on the strength of a comparison that no longer holds.
Digests are dropped with the content they describe, so the next scan's hash cache never
vouches for new content. New files get a suggestion from the policy like the scanner
gives one (without the duplicate check, which needs a scan). One batch is one
transaction.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Sequence

from desktop_app.core import fsnames
from desktop_app.core.classify import category_index
from desktop_app.core.live_batch import (
    Batch,
    CatalogIndex,
    FileIndex,
    FileRow,
    LiveResult,
    ScanReplaced,
    ScanRunning,
    prefixed,
    read_file_row,
    scan_running,
)
from desktop_app.core.live_disk import Disk, LocalDisk
from desktop_app.core.live_ids import make_room, next_ids
from desktop_app.core.policy import FileFacts, Policy
from desktop_app.core.sharepoint import SharePointChecker
from desktop_app.core.store import (
    FLAG_BAD_NAME,
    FLAG_DUP_KEEPER,
    FLAG_PLACEHOLDER,
    FLAG_UNREADABLE,
    Catalog,
)
from desktop_app.core.watcher import Change


def _split(rel: str) -> tuple[str, str]:
    folder, _sep, name = rel.rpartition("/")
    return folder, name


class LiveUpdater:
    """Applies batches of watcher changes for one root to the catalog (GUI thread only).

    ``clock`` gives the time that ages are counted from (the policy's "older than").
    """

    def __init__(
        self,
        catalog: Catalog,
        root_id: int,
        policy: Policy,
        *,
        clock: Callable[[], float] = time.time,
    ):
        self.catalog = catalog
        self.root_id = root_id
        self.policy = policy
        self.clock = clock
        root = catalog.root(root_id)
        self.root_path = root.path
        self._checker = SharePointChecker(root.target)
        self._scan_id: int | None = None
        self._folders: dict[str, tuple[int, bytes | None]] = {}

    # -- the batch ---------------------------------------------------------------------
    def apply(
        self,
        changes: Sequence[Change],
        index: FileIndex | None = None,
        disk: Disk | None = None,
    ) -> LiveResult:
        """Make the catalog agree with the disk for every path in ``changes``.

        Raises :class:`ScanRunning` (and changes nothing) while a scan writes the
        catalog, and :class:`ScanReplaced` when ``index`` is of a scan that another has
        replaced since (it was stored between the caller's look and this batch).
        ``index`` describes the rows before the batch (default: read them); ``disk`` is
        what is on the disk (default: ask it; the GUI passes what a worker thread read
        ahead, see live_disk).
        """
        result = LiveResult()
        if not changes:
            return result
        catalog = self.catalog
        if catalog.root(self.root_id).scan_id is None:
            return result
        self._disk = disk or LocalDisk(self.root_path)
        with catalog.transaction() as conn:
            # Asked inside the write lock: a scan that starts later numbers its rows
            # after ours; one that started earlier owns the next ids, so we wait.
            if scan_running(catalog):
                raise ScanRunning("a scan is running")
            scan_id = catalog.root(self.root_id).scan_id
            if scan_id is None:
                return result
            if index is None:
                index = CatalogIndex(catalog, self.root_id)
            elif index.scan_id != scan_id:  # a scan was stored since the caller looked
                raise ScanReplaced(f"scan {index.scan_id} was replaced by scan {scan_id}")
            self._batch = Batch(index, result)
            moved = make_room(conn, self.root_id, scan_id)
            if moved is not None:
                result.moved_rows = moved
                self._batch.shift = moved.file_shift
                scan_id = moved.scan_id
            if scan_id != self._scan_id:
                self._load_folders(scan_id)
            self._next_folder, self._next_file = next_ids(conn)
            self._now = self.clock()
            for change in changes:
                self._apply_one(change)
            self._finish(scan_id)
        return result

    def _apply_one(self, change: Change) -> None:
        if change.kind == "moved" and change.dest_rel is not None:
            if change.is_dir:
                self._move_dir(change.rel, change.dest_rel)
            else:
                self._move_file(change.rel, change.dest_rel)
        elif change.is_dir:
            self._sync_dir(change.rel)
        else:
            self._sync_file(change.rel)

    def _finish(self, scan_id: int) -> None:
        batch = self._batch
        conn = self.catalog.conn
        result = batch.result
        for fid in batch.touched:
            row = self._row(fid)
            if row is not None:
                result.upserted[fid] = row
            elif fid not in batch.created:
                result.removed.add(fid)
        if result.changed or batch.files_delta or batch.bytes_delta:
            conn.execute(
                "UPDATE roots SET files = files + ?, bytes = bytes + ? WHERE id = ?",
                (batch.files_delta, batch.bytes_delta, self.root_id),
            )
            # The rows are no longer exactly what the scan found: a rescan must write.
            conn.execute(
                "UPDATE scans SET signature = NULL, listing_signature = NULL WHERE id = ?",
                (scan_id,),
            )

    # -- reading -----------------------------------------------------------------------
    def _load_folders(self, scan_id: int) -> None:
        rows = self.catalog.conn.execute(
            "SELECT id, rel, raw FROM folders WHERE scan_id = ? AND root_id = ?",
            (scan_id, self.root_id),
        )
        self._folders = {rel: (fid, raw) for fid, rel, raw in rows}
        self._scan_id = scan_id

    def _row(self, fid: int) -> FileRow | None:
        return read_file_row(self.catalog.conn, fid)

    def _lstat(self, fs_rel: str) -> os.stat_result | None:
        return self._disk.lstat(fs_rel)

    # -- folders -----------------------------------------------------------------------
    def _ensure_folder(self, fs_rel: str) -> int:
        """The folder row for ``fs_rel``, made (with its parents) when new."""
        shown = fsnames.readable(fs_rel)
        found = self._folders.get(shown)
        if found is not None:
            return found[0]
        parent = None
        if fs_rel:
            parent = self._ensure_folder(fs_rel.rpartition("/")[0])
        raw = None if shown == fs_rel else os.fsencode(fs_rel)
        fid = self._next_folder
        self._next_folder += 1
        self.catalog.conn.execute(
            "INSERT INTO folders (id, scan_id, root_id, parent_id, rel, raw) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (fid, self._scan_id, self.root_id, parent, shown, raw),
        )
        self._folders[shown] = (fid, raw)
        self._batch.result.folders_added.append(shown)
        if raw is not None:
            self._batch.result.folder_raws[shown] = raw
        return fid

    def _sync_dir(self, fs_rel: str) -> None:
        """Make the folder and everything below it agree with the disk."""
        shown = fsnames.readable(fs_rel)
        batch = self._batch
        if any(prefixed(shown, done) for done in batch.synced_dirs):
            return
        st = self._lstat(fs_rel)
        if st is None or not stat.S_ISDIR(st.st_mode) or fsnames.is_reparse_dir(st):
            self._remove_dir(shown)
            if st is not None and stat.S_ISREG(st.st_mode):
                self._sync_file(fs_rel)
            return
        batch.synced_dirs.append(shown)
        on_disk: set[str] = set()
        seen_folders: set[str] = set()
        stack = [fs_rel]
        while stack:
            folder = stack.pop()
            folder_shown = fsnames.readable(folder)
            entries = self._disk.listdir(folder)
            if entries is None:
                # Unreadable now: leave what the catalog knows of it as it is.
                seen_folders.update(r for r in self._folders if prefixed(r, folder_shown))
                on_disk.update(rel for _fid, rel in batch.below(folder_shown))
                continue
            self._ensure_folder(folder)
            seen_folders.add(folder_shown)
            for name, st_child in entries:
                child = f"{folder}/{name}" if folder else name
                if stat.S_ISDIR(st_child.st_mode):
                    if not fsnames.is_reparse_dir(st_child):  # a junction is never followed
                        stack.append(child)
                    continue
                if not stat.S_ISREG(st_child.st_mode):
                    continue  # links, FIFOs, sockets and devices are not files
                on_disk.add(fsnames.readable(child))
                self._upsert(child, st_child)
        for fid, rel in list(batch.below(shown)):
            if rel not in on_disk:
                self._remove_file(fid, rel)
        for rel in [r for r in self._folders if prefixed(r, shown) and r not in seen_folders]:
            self._drop_folder_row(rel)

    def _remove_dir(self, shown: str) -> None:
        """The folder is gone: its files and folders leave the catalog (decisions stay)."""
        if not shown:
            return  # the root itself: that is "offline", never "everything deleted"
        for fid, rel in list(self._batch.below(shown)):
            self._remove_file(fid, rel)
        for rel in sorted((r for r in self._folders if prefixed(r, shown)), reverse=True):
            self._drop_folder_row(rel)

    def _drop_folder_row(self, rel: str) -> None:
        if not rel:
            return
        found = self._folders.pop(rel, None)
        if found is None:
            return
        self.catalog.conn.execute("DELETE FROM folders WHERE id = ?", (found[0],))
        self._batch.result.folders_removed.append(rel)

    def _move_dir(self, src: str, dest: str) -> None:
        src_shown, dest_shown = fsnames.readable(src), fsnames.readable(dest)
        st = self._lstat(dest)
        moved_whole = (
            src_shown in self._folders
            and st is not None
            and stat.S_ISDIR(st.st_mode)
            and self._lstat(src) is None
            and not prefixed(dest_shown, src_shown)
        )
        if not moved_whole:
            self._sync_dir(src)
            self._sync_dir(dest)
            return
        if dest_shown in self._folders:
            self._remove_dir(dest_shown)
        conn = self.catalog.conn
        batch = self._batch
        parent = self._ensure_folder(dest.rpartition("/")[0])
        files = list(batch.below(src_shown))
        for rel in sorted(r for r in self._folders if prefixed(r, src_shown)):
            fid, raw = self._folders.pop(rel)
            fs_new = dest + (os.fsdecode(raw) if raw is not None else rel)[len(src) :]
            new_rel = fsnames.readable(fs_new)
            new_raw = None if new_rel == fs_new else os.fsencode(fs_new)
            conn.execute(
                "UPDATE folders SET rel = ?, raw = ? WHERE id = ?", (new_rel, new_raw, fid)
            )
            if rel == src_shown:
                conn.execute("UPDATE folders SET parent_id = ? WHERE id = ?", (parent, fid))
            self._folders[new_rel] = (fid, new_raw)
            if new_raw is not None:
                batch.result.folder_raws[new_rel] = new_raw
        batch.result.folders_moved.append((src_shown, dest_shown))
        batch.result.decisions_moved += self.catalog.move_decisions_below(
            self.root_id, src_shown, dest_shown
        )
        for fid, rel in files:
            new_rel = dest_shown + rel[len(src_shown) :]
            batch.now[rel] = None
            batch.now[new_rel] = fid
            self._reevaluate(fid)

    # -- files -------------------------------------------------------------------------
    def _sync_file(self, fs_rel: str) -> None:
        """Make one path agree with the disk: a file row, or none."""
        shown = fsnames.readable(fs_rel)
        st = self._lstat(fs_rel)
        if st is not None and stat.S_ISDIR(st.st_mode):
            fid = self._batch.find(shown)
            if fid is not None:
                self._remove_file(fid, shown)
            self._sync_dir(fs_rel)
            return
        if st is None or not stat.S_ISREG(st.st_mode):
            fid = self._batch.find(shown)
            if fid is not None:
                self._remove_file(fid, shown)
            return
        self._upsert(fs_rel, st)

    def _upsert(self, fs_rel: str, st: os.stat_result) -> None:
        shown = fsnames.readable(fs_rel)
        batch = self._batch
        fid = batch.find(shown)
        placeholder = FLAG_PLACEHOLDER if fsnames.is_placeholder(st) else 0
        if fid is None:
            self._insert(fs_rel, st, placeholder)
            return
        old = self._row(fid)
        if old is None:  # the index knew a row the catalog no longer has
            batch.now[shown] = None
            self._insert(fs_rel, st, placeholder)
            return
        if (
            old.size == st.st_size
            and old.mtime_ns == st.st_mtime_ns
            and old.flags & FLAG_PLACEHOLDER == placeholder
        ):
            return  # an event without a change (a close after reading, a touch undone)
        flags = (old.flags & ~(FLAG_PLACEHOLDER | FLAG_UNREADABLE | FLAG_DUP_KEEPER)) | placeholder
        if old.dup_group is not None:
            self._leave_group(old)
        self.catalog.conn.execute(
            "UPDATE files SET size = ?, mtime_ns = ?, flags = ?, dup_group = NULL, "
            "partial = NULL, full = NULL WHERE id = ?",
            (st.st_size, st.st_mtime_ns, flags, fid),
        )
        batch.bytes_delta += st.st_size - old.size
        self._reevaluate(fid)

    def _insert(self, fs_rel: str, st: os.stat_result, placeholder: int) -> None:
        fs_folder, fs_name = _split(fs_rel)
        folder_id = self._ensure_folder(fs_folder)
        folder = fsnames.readable(fs_folder)
        name, raw, flags = fs_name, None, placeholder
        if not fsnames.is_valid_text(fs_name):
            raw = os.fsencode(fs_name)
            name = fsnames.readable(fs_name)
            flags |= FLAG_BAD_NAME
        category = category_index(name)
        rule, suggestion, protected = self._suggest(folder, name, category, st, None)
        fid = self._next_file
        self._next_file += 1
        self.catalog.conn.execute(
            "INSERT INTO files (id, scan_id, root_id, folder_id, name, raw, size, mtime_ns, "
            "category, flags, sp, dup_group, rule, suggestion, protected) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)",
            (fid, self._scan_id, self.root_id, folder_id, name, raw, st.st_size,
             st.st_mtime_ns, category, flags, self._checker.mask(folder, name, st.st_size), rule,
             suggestion, int(protected)),
        )  # fmt: skip
        batch = self._batch
        batch.now[fsnames.join_rel(folder, name)] = fid
        batch.touched.add(fid)
        batch.created.add(fid)
        batch.files_delta += 1
        batch.bytes_delta += st.st_size

    def _remove_file(self, fid: int, rel: str) -> None:
        old = self._row(fid)
        batch = self._batch
        batch.now[rel] = None
        batch.touched.add(fid)
        if old is None:
            return
        if old.dup_group is not None:
            self._leave_group(old)
        self.catalog.conn.execute("DELETE FROM files WHERE id = ?", (fid,))
        batch.files_delta -= 1
        batch.bytes_delta -= old.size

    def _move_file(self, src: str, dest: str) -> None:
        src_shown, dest_shown = fsnames.readable(src), fsnames.readable(dest)
        batch = self._batch
        fid = batch.find(src_shown)
        st = self._lstat(dest)
        if (
            fid is None
            or st is None
            or not stat.S_ISREG(st.st_mode)
            or self._lstat(src) is not None
        ):
            self._sync_file(src)
            self._sync_file(dest)
            return
        other = batch.find(dest_shown)
        if other is not None and other != fid:
            self._remove_file(other, dest_shown)  # replaced by the moved file
        old = self._row(fid)
        if old is None:
            self._sync_file(dest)
            return
        fs_folder, fs_name = _split(dest)
        folder_id = self._ensure_folder(fs_folder)
        name, raw = fs_name, None
        flags = old.flags & ~FLAG_BAD_NAME
        if not fsnames.is_valid_text(fs_name):
            raw, name, flags = (
                os.fsencode(fs_name),
                fsnames.readable(fs_name),
                flags | FLAG_BAD_NAME,
            )
        self.catalog.conn.execute(
            "UPDATE files SET folder_id = ?, name = ?, raw = ?, flags = ?, category = ? "
            "WHERE id = ?",
            (folder_id, name, raw, flags, category_index(name), fid),
        )
        batch.now[src_shown] = None
        batch.now[dest_shown] = fid
        # The old decision row stays: a move may be half of a save (Word renames the
        # original away and a new copy in), and the file that comes back keeps it.
        batch.result.decisions_moved += self.catalog.copy_file_decision(
            self.root_id, src_shown, dest_shown
        )
        if old.size != st.st_size or old.mtime_ns != st.st_mtime_ns:
            self._upsert(dest, st)  # changed on the way: the same row, new content
        self._reevaluate(fid)

    # -- suggestions and duplicates ----------------------------------------------------
    def _suggest(
        self,
        folder: str,
        name: str,
        category: int,
        st: os.stat_result | tuple[int, int],
        dup: tuple[bool, int, str] | None,
    ) -> tuple[str, int, bool]:
        size, mtime = (st.st_size, st.st_mtime_ns) if isinstance(st, os.stat_result) else st
        if dup is None:
            facts = FileFacts(name, folder, category, size, mtime)
        else:
            facts = FileFacts(name, folder, category, size, mtime, dup[0], dup[1], dup[2])
        outcome = self.policy.suggest(facts, self._now, self.policy.is_record_folder(folder))
        return outcome.rule.id, outcome.suggestion, outcome.protected

    def _reevaluate(self, fid: int) -> None:
        """Suggestion and SharePoint problems again, from the row as it is now."""
        row = self._row(fid)
        if row is None:
            return
        dup = None
        if row.dup_group is not None:
            members = [m for m in self._batch.group(row.dup_group) if m != fid]
            keeper = next((self._row(m) for m in members if self._is_keeper(m)), None)
            if row.flags & FLAG_DUP_KEEPER:
                dup = (False, len(members) + 1, row.rel)
            elif keeper is not None:
                dup = (True, len(members) + 1, keeper.rel)
        rule, suggestion, protected = self._suggest(
            row.folder, row.name, row.category, (row.size, row.mtime_ns), dup
        )
        sp = self._checker.mask(row.folder, row.name, row.size)
        self.catalog.conn.execute(
            "UPDATE files SET rule = ?, suggestion = ?, protected = ?, sp = ? WHERE id = ?",
            (rule, suggestion, int(protected), sp, fid),
        )
        self._batch.touched.add(fid)

    def _is_keeper(self, fid: int) -> bool:
        found = self.catalog.conn.execute("SELECT flags FROM files WHERE id = ?", (fid,)).fetchone()
        return found is not None and bool(found[0] & FLAG_DUP_KEEPER)

    def _leave_group(self, row: FileRow) -> None:
        """``row`` leaves its duplicate group; a group without its kept copy dissolves."""
        batch = self._batch
        assert row.dup_group is not None
        batch.left_group.add(row.file_id)
        members = [m for m in batch.group(row.dup_group) if m != row.file_id]
        if row.flags & FLAG_DUP_KEEPER or len(members) < 2:
            for member in members:
                batch.left_group.add(member)
                self.catalog.conn.execute(
                    "UPDATE files SET dup_group = NULL, flags = flags & ? WHERE id = ?",
                    (~FLAG_DUP_KEEPER, member),
                )
                self._reevaluate(member)
        else:
            for member in members:
                self._reevaluate(member)  # one copy fewer: the reasons count again
