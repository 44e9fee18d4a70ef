"""Walk share roots, suggest for every file, and stream the result into the catalog.

On a local disk the walk uses ``os.scandir`` in one thread (threads only add contention
there); on a network root, where every listing is a round trip, threads keep many
listings in flight (:mod:`parallel_walk`). When the listing is done, files that share a
size are hashed by reader processes (threads on a slow root). It never follows links
or junctions, never opens anything for writing, and never reads FIFOs, devices or cloud
placeholders. What it cannot read is reported, not fatal. The scan becomes visible in
the catalog only when it is complete, so a cancelled or killed scan leaves the catalog
as it was.
"""

from __future__ import annotations

import bisect
import marshal
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field

import xxhash

from desktop_app.core import fsnames, parallel_walk
from desktop_app.core.classify import category_index
from desktop_app.core.config import OrgConfig
from desktop_app.core.duplicates import READ_THREADS, Cancelled, DuplicateFinder, DuplicateResult
from desktop_app.core.gcpause import gc_paused
from desktop_app.core.policy import SECONDS_PER_YEAR, FileFacts
from desktop_app.core.sharepoint import CODES, SharePointChecker
from desktop_app.core.store import (
    FLAG_BAD_NAME,
    FLAG_DUP_KEEPER,
    FLAG_PLACEHOLDER,
    FLAG_UNREADABLE,
    Catalog,
    unpack_digests,
)

BATCH = 10_000
"""Rows per transaction when the result is written."""

SP_BITS = {code: 1 << i for i, code in enumerate(CODES)}
_WINDOWS = os.name == "nt"
"""Junctions and cloud placeholders exist only there; elsewhere their tests are skipped."""
_EMPTY: dict = {}

__all__ = [
    "ScanCancelled",
    "ScanProgress",
    "ScanResult",
    "find_duplicates_later",
    "group_label",
    "scan",
    "sp_codes",
]

# Positions in a file row (the tuple written to the catalog's files table).
_ID, _FOLDER, _NAME, _RAW, _SIZE, _MTIME, _CATEGORY, _FLAGS = 0, 3, 4, 5, 6, 7, 8, 9
_GROUP, _RULE, _SUGGESTION, _PROTECTED, _PARTIAL, _FULL = 11, 12, 13, 14, 15, 16


class ScanCancelled(Exception):
    """The scan was cancelled through its progress callback; nothing became current."""


@dataclass(frozen=True, slots=True)
class ScanProgress:
    """A snapshot of a running scan for a progress bar."""

    phase: str
    """'list', 'hash', 'policy' or 'save'."""
    files: int
    folders: int
    bytes: int
    current: str
    elapsed: float
    done: int = 0
    total: int = 0


ProgressCallback = Callable[[ScanProgress], bool | None]
"""Called a few times a second; returning ``False`` cancels the scan."""
RowsReady = Callable[["ScanResult", bool], None]
"""Called once the suggestions are final, before anything is stored, with the result
so far and whether the catalog is about to be written (see ``core.split_export``)."""


@dataclass
class ScanResult:
    """What a finished scan found."""

    scan_id: int
    root_ids: list[int]
    files: int
    folders: int
    bytes: int
    duplicate_groups: int
    errors: list[tuple[str, str]] = field(default_factory=list)
    """(readable path, message) for everything that could not be read."""
    bad_names: list[str] = field(default_factory=list)
    """Readable paths of names that are not valid UTF-8."""
    elapsed: float = 0.0
    files_read: int = 0
    duplicates_pending: bool = False
    """Stored before any file was read: :func:`find_duplicates_later` adds the copies."""
    _walk: _Walk | None = field(default=None, repr=False)
    _finder: DuplicateFinder | None = field(default=None, repr=False)

    def rows(self, start: int = 0, stop: int | None = None) -> Iterator[tuple]:
        """Every file as stored: ``(root path, folder, name, size, mtime_ns, category,
        flags, sp, dup_group, rule, suggestion, protected)``, in catalog order; ``start``
        and ``stop`` pick a slice of them (for an export written in parts)."""
        walk = self._walk
        if walk is None:
            return
        shown = walk.folders.shown
        paths = walk.folders.path
        first_folder = walk.first_folder
        root_paths = {
            row[2]: paths[row[0] - first_folder] for row in walk.folders.rows if row[3] is None
        }
        files = walk.files if start == 0 and stop is None else walk.files[start:stop]
        for r in files:
            yield (root_paths[r[2]], shown[r[3] - first_folder], *r[4:5], *r[6:15])

    def groups(self) -> dict[int, tuple[int, str]]:
        """Per duplicate group id: the number of copies and the relative path kept."""
        return self._walk.groups if self._walk is not None else {}


def sp_codes(mask: int) -> tuple[str, ...]:
    """The SharePoint problem codes stored as a bit mask."""
    return tuple(code for code, bit in SP_BITS.items() if mask & bit)


def group_id_of(digest: bytes) -> int:
    """A stable id for a duplicate group: from its content, not from the scan order."""
    return int.from_bytes(digest[:6], "big")


def group_label(group_id: int | None) -> str:
    """The id of a duplicate group as people and CSV files see it (12 hex digits)."""
    return "" if group_id is None else f"{group_id:012x}"


@dataclass
class _Folders:
    """The scan's folders, by index (folder id = first id + index)."""

    shown: list[str] = field(default_factory=list)
    """Readable relative path ('' for a root)."""
    fs_rel: list[str] = field(default_factory=list)
    """Relative path as the file system spells it (may hold surrogate escapes)."""
    path: list[str] = field(default_factory=list)
    raw: list[bytes | None] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)


class _Walk:
    """One scan's state: the folders, the file rows and what went wrong."""

    def __init__(self, scan_id: int, first_folder: int, first_file: int):
        self.scan_id = scan_id
        self.first_folder = first_folder
        self.first_file = first_file
        self.folders = _Folders()
        self.files: list[list] = []
        self.errors: list[tuple[str, str]] = []
        self.bad_names: list[str] = []
        self.bytes = 0
        self.groups: dict[int, tuple[int, str]] = {}

    def file_path(self, index: int) -> str:
        row = self.files[index]
        name = os.fsdecode(row[_RAW]) if row[_RAW] is not None else row[_NAME]
        return os.path.join(self.folders.path[row[_FOLDER] - self.first_folder], name)

    def file_rel(self, index: int) -> str:
        row = self.files[index]
        return fsnames.join_rel(self.folders.shown[row[_FOLDER] - self.first_folder], row[_NAME])

    def add_folder(self, root_id: int, rel: str, path: str, parent: int | None) -> int:
        folders = self.folders
        index = len(folders.shown)
        shown = fsnames.readable(rel)
        raw = None if shown == rel else os.fsencode(rel)
        folders.shown.append(shown)
        folders.fs_rel.append(rel)
        folders.path.append(path)
        folders.raw.append(raw)
        folder_id = self.first_folder + index
        folders.rows.append((folder_id, self.scan_id, root_id, parent, shown, raw))
        return index


def scan(
    catalog: Catalog,
    roots: list[str],
    config: OrgConfig,
    progress: ProgressCallback | None = None,
    *,
    user: str = "",
    department: str = "",
    now: float | None = None,
    hash_workers: int = 2,
    rows_ready: RowsReady | None = None,
    duplicates_later: bool = False,
) -> ScanResult:
    """Scan ``roots`` (existing folders) into ``catalog`` and store suggestions.

    Raises :class:`ScanCancelled` when ``progress`` returns False; the catalog then
    keeps the previous scan of these roots. ``rows_ready`` lets the caller start on the
    rows (an export) while they are being stored. With ``duplicates_later`` no file is
    read: the rows are stored with the suggestions they have without copies, at once,
    and :func:`find_duplicates_later` looks for the copies afterwards (the desktop app
    shows the files meanwhile).
    """
    # The scan makes a few container objects per file and no reference cycles; the
    # cyclic garbage collector would walk all of them again and again (seconds on a
    # large share), so it pauses for the scan.
    with gc_paused():
        return _scan(
            catalog,
            roots,
            config,
            progress,
            user,
            department,
            time.time() if now is None else now,
            hash_workers,
            rows_ready,
            duplicates_later,
        )


def _scan(
    catalog: Catalog,
    roots: list[str],
    config: OrgConfig,
    progress: ProgressCallback | None,
    user: str,
    department: str,
    now_s: float,
    hash_workers: int,
    rows_ready: RowsReady | None,
    duplicates_later: bool = False,
) -> ScanResult:
    started = time.perf_counter()
    scan_id, first_folder, first_file = catalog.begin_scan()
    walk = _Walk(scan_id, first_folder, first_file)
    # Where every listing and every open is a network round trip, threads keep many in
    # flight; on a local disk they only add contention (PLATFORM.md), so it stays serial.
    slow = [parallel_walk.should_parallelise(root) for root in roots]
    finder = DuplicateFinder(hash_workers, threads=READ_THREADS if any(slow) else 0)
    cache = _cache(catalog, roots)
    last = [0.0]

    def report(
        phase: str, current: str, done: int = 0, total: int = 0, force: bool = False
    ) -> None:
        clock = time.perf_counter()
        if progress is None or (not force and clock - last[0] < 0.1):
            return
        last[0] = clock
        snapshot = ScanProgress(
            phase,
            len(walk.files),
            len(walk.folders.shown),
            walk.bytes,
            current,
            clock - started,
            done,
            total,
        )
        if progress(snapshot) is False:
            raise ScanCancelled

    try:
        root_ids = []
        for root, root_is_slow in zip(roots, slow, strict=True):
            target = config.target_for(root, user, department)
            root_id = catalog.root_id(root, target)
            root_ids.append(root_id)
            checker = SharePointChecker(target)
            workers = parallel_walk.WORKERS if root_is_slow else 0
            _walk_root(
                walk, finder, cache.pop(root_id, {}), root_id, root, checker, report, workers
            )
        del cache  # its digests are on the rows now; the memory serves what follows
        if duplicates_later:
            return _store_before_reading(
                catalog, walk, finder, config, root_ids, now_s, started, report
            )
        report("hash", "", force=True)
        early = finder.begin(walk.file_path)
        if early:
            # The readers work on their own cores: meanwhile the suggestions are worked
            # out as if no file had a copy; those of the copies found are redone below.
            _suggest(walk, config, {}, now_s)
        found = finder.finish(walk.file_path, lambda done, total: report("hash", "", done, total))
        report("policy", "", force=True)
        _apply_duplicates(walk, found)
        duplicate_of = _keep_one_copy(walk, found)
        found.partial.clear()  # the digests are on the rows now
        found.full.clear()
        signature = _signature(walk, root_ids, config)
        previous = catalog.current_scan(root_ids)
        if (
            previous is not None
            and previous.signature == signature
            and _suggestions_still_hold(walk, config, previous.policy_time, now_s)
            and _take_suggestions(walk, catalog.suggestions(previous.id))
        ):
            # Nothing changed since the last scan: keep its rows, just note the time.
            if rows_ready is not None:
                rows_ready(_result(previous.id, root_ids, walk, found, started), False)
            catalog.keep_scan(scan_id, root_ids)
            scan_id = previous.id
        else:
            _suggest(walk, config, duplicate_of, now_s, only=duplicate_of if early else None)
            if rows_ready is not None:
                rows_ready(_result(scan_id, root_ids, walk, found, started), True)
            _store(catalog, walk, root_ids, report)
            catalog.finish_scan(scan_id, root_ids, walk.errors, signature, now_s)
    except (ScanCancelled, Cancelled):
        finder.cancel()
        catalog.abandon_scan(scan_id)
        raise ScanCancelled from None
    except BaseException:
        finder.cancel()
        catalog.abandon_scan(scan_id)
        raise
    return _result(scan_id, root_ids, walk, found, started)


def _store_before_reading(
    catalog: Catalog,
    walk: _Walk,
    finder: DuplicateFinder,
    config: OrgConfig,
    root_ids: list[int],
    now_s: float,
    started: float,
    report: Callable[..., None],
) -> ScanResult:
    """Store the listing with its suggestions as if no file had a copy; mark it hashing."""
    report("policy", "", force=True)
    _suggest(walk, config, {}, now_s)
    _store(catalog, walk, root_ids, report)
    # No signature: the next rescan compares against nothing and writes in full.
    catalog.finish_scan(walk.scan_id, root_ids, walk.errors, None, now_s, status="hashing")
    result = _result(walk.scan_id, root_ids, walk, DuplicateResult([], {}, {}), started)
    result.duplicates_pending = True
    result._finder = finder
    return result


def find_duplicates_later(
    catalog: Catalog,
    result: ScanResult,
    config: OrgConfig,
    progress: Callable[[int, int], bool | None] | None = None,
    *,
    now: float | None = None,
) -> int:
    """Find the copies of a scan stored with ``duplicates_later``; returns the groups.

    Reads as a normal scan does, then updates only the rows of files that were read or
    have copies, in one transaction, and only where the file is still the one that was
    read (same size and mtime): a file the live view saw change meanwhile keeps its row,
    so a stale digest can never enter the hash cache. ``progress(done, total)`` returning
    False raises :class:`ScanCancelled`; the scan then simply has no duplicate groups.
    """
    walk, finder = result._walk, result._finder
    if walk is None or finder is None or not result.duplicates_pending:
        return result.duplicate_groups
    now_s = time.time() if now is None else now
    errors_before = len(walk.errors)
    try:
        found = finder.finish(walk.file_path, progress)
    except Cancelled:
        catalog.mark_hashing(result.scan_id, False)
        raise ScanCancelled from None
    except BaseException:
        catalog.mark_hashing(result.scan_id, False)
        raise
    _apply_duplicates(walk, found)
    duplicate_of = _keep_one_copy(walk, found)
    _suggest(walk, config, duplicate_of, now_s, only=duplicate_of)
    touched = set(found.partial) | set(found.full) | set(duplicate_of)
    touched.update(index for index, _ in found.unreadable)
    files = walk.files
    rows = [
        (
            *(files[i][c] for c in (_FLAGS, _GROUP, _RULE, _SUGGESTION, _PROTECTED, _PARTIAL)),
            files[i][_FULL],
            files[i][_ID],
            files[i][_SIZE],
            files[i][_MTIME],
        )
        for i in sorted(touched)
    ]
    with catalog.transaction():
        catalog.conn.executemany(
            "UPDATE files SET flags = ?, dup_group = ?, rule = ?, suggestion = ?, protected = ?, "
            "partial = ?, full = ? WHERE id = ? AND size = ? AND mtime_ns = ?",
            rows,
        )
        catalog.conn.executemany(
            "INSERT INTO scan_errors (scan_id, path, message) VALUES (?, ?, ?)",
            ((result.scan_id, path, message) for path, message in walk.errors[errors_before:]),
        )
        catalog.conn.execute("UPDATE scans SET status = 'complete' WHERE id = ?", (result.scan_id,))
    result.duplicate_groups = len(found.groups)
    result.files_read = found.files_read
    result.duplicates_pending = False
    result._finder = None
    return result.duplicate_groups


def _result(
    scan_id: int, root_ids: list[int], walk: _Walk, found: DuplicateResult, started: float
) -> ScanResult:
    return ScanResult(
        scan_id=scan_id,
        root_ids=root_ids,
        files=len(walk.files),
        folders=len(walk.folders.shown),
        bytes=walk.bytes,
        duplicate_groups=len(found.groups),
        errors=walk.errors,
        bad_names=walk.bad_names,
        elapsed=time.perf_counter() - started,
        files_read=found.files_read,
        _walk=walk,
    )


def _cache(catalog: Catalog, roots: list[str]) -> dict[int, dict]:
    """The hash cache: digests of the previous scan of each root, per folder and name."""
    known = {root.path: root for root in catalog.roots()}
    cache: dict[int, dict] = {}
    for path in roots:
        root = known.get(path)
        if root is not None and root.scan_id is not None:
            cache[root.id] = catalog.previous_digests(root.id)
    return cache


def _walk_root(
    walk: _Walk,
    finder: DuplicateFinder,
    cache: dict,
    root_id: int,
    root: str,
    checker: SharePointChecker,
    report: Callable[..., None],
    workers: int = 0,
) -> None:
    """List one root depth-first, adding folder and file rows and feeding the finder.

    The listing itself comes from :mod:`parallel_walk`: in this thread on a local disk,
    with ``workers`` threads on a slow (network) root, in the same order either way.
    """
    folders = walk.folders
    files = walk.files
    scan_id = walk.scan_id
    first_folder, first_file = walk.first_folder, walk.first_file
    check = checker.check
    add = finder.add
    unpack = unpack_digests
    category_of = category_index
    windows = _WINDOWS
    stack = [walk.add_folder(root_id, "", root, None)]
    current = [root]
    listings = parallel_walk.walk(root, workers=workers, tick=lambda: report("list", current[0]))
    with closing(listings):
        for listing in listings:
            index = stack.pop()
            folder_path = folders.path[index]
            shown_rel = folders.shown[index]
            folder_raw = folders.raw[index]
            folder_id = first_folder + index
            if listing.error is not None:
                walk.errors.append((fsnames.readable(folder_path), _why(listing.error)))
            cached = cache.get(folder_raw or shown_rel, _EMPTY)
            listed = 0
            for name, st in listing.files:
                flags = 0
                raw = None
                if not name.isascii() and not fsnames.is_valid_text(name):
                    flags = FLAG_BAD_NAME
                    raw = os.fsencode(name)
                    walk.bad_names.append(fsnames.readable(os.path.join(folder_path, name)))
                    name = fsnames.readable(name)
                size = st.st_size
                sp = 0
                for code in check(shown_rel, name, size):
                    sp |= SP_BITS[code]
                file_index = len(files)
                if windows and fsnames.is_placeholder(st):
                    flags |= FLAG_PLACEHOLDER  # listed, never read: reading would download it
                else:
                    hit = cached.get(raw or name)
                    add(file_index, size, st.st_mtime_ns, unpack(hit) if hit else None)
                listed += size
                files.append(
                    [
                        first_file + file_index,
                        scan_id,
                        root_id,
                        folder_id,
                        name,
                        raw,
                        size,
                        st.st_mtime_ns,
                        category_of(name),
                        flags,
                        sp,
                        None,
                        None,
                        None,
                        0,
                        None,
                        None,
                    ]
                )
            walk.bytes += listed
            fs_rel = folders.fs_rel[index]
            for name in reversed(listing.folders):
                rel = f"{fs_rel}/{name}" if fs_rel else name
                path = os.path.join(folder_path, name)
                stack.append(walk.add_folder(root_id, rel, path, folder_id))
            current[0] = shown_rel or root
            report("list", current[0])


def _apply_duplicates(walk: _Walk, found: DuplicateResult) -> None:
    """Carry digests onto the rows (the next scan's cache) and note unreadable files."""
    files = walk.files
    for index, digest in found.partial.items():
        files[index][_PARTIAL] = digest
    for index, digest in found.full.items():
        files[index][_FULL] = digest
    for index, message in found.unreadable:
        files[index][_FLAGS] |= FLAG_UNREADABLE
        walk.errors.append(
            (
                fsnames.readable(walk.file_path(index)),
                f"could not read it for the duplicate check: {message}",
            )
        )


def _keep_one_copy(walk: _Walk, found: DuplicateResult) -> dict[int, tuple[int, str]]:
    """Choose the kept copy of every duplicate group; returns index -> (copies, keeper).

    The kept copy is the one nearest the top of the share (fewest folders deep), then
    the one with the shortest path, then the first in alphabetical order: the copy
    people are most likely to look for.
    """
    files = walk.files
    duplicate_of: dict[int, tuple[int, str]] = {}
    for members in found.groups:
        rels = {i: walk.file_rel(i) for i in members}
        keeper = min(members, key=lambda i: (rels[i].count("/"), len(rels[i]), rels[i]))
        group_id = group_id_of(found.full[keeper])
        walk.groups[group_id] = (len(members), rels[keeper])
        for index in members:
            duplicate_of[index] = (len(members), rels[keeper])
            files[index][_GROUP] = group_id
        files[keeper][_FLAGS] |= FLAG_DUP_KEEPER
    return duplicate_of


def _suggest(
    walk: _Walk,
    config: OrgConfig,
    duplicate_of: dict[int, tuple[int, str]],
    now_s: float,
    only: Iterable[int] | None = None,
) -> None:
    """Policy suggestions as of the clock time ``now_s``, for every file or ``only``."""
    policy = config.policy
    files = walk.files
    shown = walk.folders.shown
    first_folder = walk.first_folder
    record_folder = [policy.is_record_folder(rel) for rel in shown]
    suggest = policy.suggest
    for index in range(len(files)) if only is None else only:
        row = files[index]
        folder = row[_FOLDER] - first_folder
        dup = duplicate_of.get(index)
        if dup is None:
            facts = FileFacts(row[_NAME], shown[folder], row[_CATEGORY], row[_SIZE], row[_MTIME])
        else:
            facts = FileFacts(
                row[_NAME],
                shown[folder],
                row[_CATEGORY],
                row[_SIZE],
                row[_MTIME],
                duplicate=not row[_FLAGS] & FLAG_DUP_KEEPER,
                copies=dup[0],
                keeper=dup[1],
            )
        outcome = suggest(facts, now_s, record_folder[folder])
        row[_RULE] = outcome.rule.id
        row[_SUGGESTION] = outcome.suggestion
        row[_PROTECTED] = 1 if outcome.protected else 0


def _suggestions_still_hold(
    walk: _Walk, config: OrgConfig, then_s: float | None, now_s: float
) -> bool:
    """Whether suggestions worked out at ``then_s`` are still what the policy says now.

    For the same files, folders and digests under the same policy (the signature proves
    that) the only thing that moves is time: a file may have grown past an age limit
    since. That happens only to a file modified within a second of "limit before then"
    to "limit before now", so a sorted list of modification times answers it at once.
    """
    if then_s is None or now_s < then_s:
        return False
    limits = {
        years * SECONDS_PER_YEAR
        for rule in config.policy.rules
        for years in (rule.older_than_years, rule.newer_than_years)
        if years is not None
    }
    if not limits or now_s == then_s:
        return True
    mtimes = sorted(row[_MTIME] for row in walk.files)
    for limit in limits:
        low = int((then_s - limit - 1) * 1e9)
        high = int((now_s - limit + 1) * 1e9)
        at = bisect.bisect_left(mtimes, low)
        if at < len(mtimes) and mtimes[at] <= high:
            return False
    return True


def _take_suggestions(walk: _Walk, stored: Iterable[tuple[str | None, int | None, int]]) -> bool:
    """Carry the previous scan's suggestions over to the same files (in the same order).

    Streamed, not loaded first: a list of them would add to the scan's peak memory. On a
    count that does not match (it cannot, for an equal signature) the caller works the
    suggestions out again, overwriting what was carried over.
    """
    files = walk.files
    count = 0
    for count, (rule, suggestion, protected) in enumerate(stored, 1):
        if count > len(files):
            return False
        row = files[count - 1]
        row[_RULE] = rule
        row[_SUGGESTION] = suggestion
        row[_PROTECTED] = protected
    return count == len(files)


def _signature(walk: _Walk, root_ids: list[int], config: OrgConfig) -> str:
    """A digest of what a scan listed and read (and the policy), without its ids.

    Equal signatures mean the catalog already holds these files, folders, digests and
    duplicate groups under the same policy, so a rescan of an unchanged share writes
    nothing and, while no file crossed an age limit, keeps the stored suggestions
    instead of working them out again (the biggest costs of a rescan otherwise).
    """
    first_folder, first_file = walk.first_folder, walk.first_file
    hasher = xxhash.xxh3_128(repr((root_ids, config.policy.sha256, walk.errors)).encode())
    # marshal without references (version 2): its bytes follow the values, unlike
    # pickle's, which depend on which objects happen to be shared. Should interning
    # ever differ, the worst case is a needless write. Chunks keep the memory small.
    rows = walk.folders.rows
    for start in range(0, len(rows), BATCH):
        chunk = [
            (r[3] - first_folder if r[3] else -1, r[2], r[4], r[5])
            for r in rows[start : start + BATCH]
        ]
        hasher.update(marshal.dumps(chunk, 2))
    rows = walk.files
    for start in range(0, len(rows), BATCH):
        chunk = [
            (r[0] - first_file, r[2], r[3] - first_folder, *r[4:_RULE], *r[_PARTIAL:])
            for r in rows[start : start + BATCH]
        ]
        hasher.update(marshal.dumps(chunk, 2))
    return hasher.hexdigest()


def _store(catalog: Catalog, walk: _Walk, root_ids: list[int], report: Callable[..., None]) -> None:
    """Stream the rows into the catalog in batches (the caller makes the scan current)."""
    folder_rows = walk.folders.rows
    files = walk.files
    total = max(len(files), len(folder_rows))
    for start in range(0, total, BATCH):
        report("save", "", start, total, force=True)
        catalog.add_rows(folder_rows[start : start + BATCH], files[start : start + BATCH])


def _why(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "no permission to read this folder"
    if isinstance(exc, FileNotFoundError):
        return "the folder disappeared during the scan"
    return exc.strerror or str(exc)
