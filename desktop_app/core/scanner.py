"""Walk share roots, stream what is there into the catalog, and suggest for every file.

The walk uses ``os.scandir`` in one thread: on a local disk that is the fastest way
(threads only add contention on two cores). It never follows links or junctions, never
opens anything for writing, and never reads FIFOs, devices or cloud placeholders. What it
cannot read is reported, not fatal. The scan becomes visible in the catalog only when it
is complete, so a cancelled or killed scan leaves the catalog as it was.
"""

from __future__ import annotations

import os
import time
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.core import fsnames
from desktop_app.core.classify import category_index
from desktop_app.core.config import OrgConfig
from desktop_app.core.duplicates import Cancelled, Candidate, find_duplicates
from desktop_app.core.policy import FileFacts
from desktop_app.core.sharepoint import CODES, SharePointChecker
from desktop_app.core.store import (
    FLAG_BAD_NAME,
    FLAG_DUP_KEEPER,
    FLAG_PLACEHOLDER,
    FLAG_UNREADABLE,
    Catalog,
)

BATCH = 20_000
"""Rows per streamed transaction: large enough to be fast, small enough to stay lean."""

SP_BITS = {code: 1 << i for i, code in enumerate(CODES)}

__all__ = ["ScanCancelled", "ScanProgress", "ScanResult", "group_label", "scan", "sp_codes"]


class ScanCancelled(Exception):
    """The scan was cancelled through its progress callback; nothing became current."""


@dataclass(frozen=True, slots=True)
class ScanProgress:
    """A snapshot of a running scan for a progress bar."""

    phase: str
    """'list', 'hash' or 'policy'."""
    files: int
    folders: int
    bytes: int
    current: str
    elapsed: float
    done: int = 0
    total: int = 0


ProgressCallback = Callable[[ScanProgress], bool | None]
"""Called a few times a second; returning ``False`` cancels the scan."""


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


def sp_codes(mask: int) -> tuple[str, ...]:
    """The SharePoint problem codes stored as a bit mask."""
    return tuple(code for code, bit in SP_BITS.items() if mask & bit)


@dataclass
class _Columns:
    """The scan's files as compact columns (a million files stay well under 200 MB)."""

    folder_rel: list[str] = field(default_factory=list)
    folder_fs_rel: list[str] = field(default_factory=list)
    folder_path: list[str] = field(default_factory=list)
    folder_root: array = field(default_factory=lambda: array("l"))
    file_folder: array = field(default_factory=lambda: array("l"))
    name: list[str] = field(default_factory=list)
    size: array = field(default_factory=lambda: array("q"))
    mtime: array = field(default_factory=lambda: array("q"))
    category: bytearray = field(default_factory=bytearray)
    flags: bytearray = field(default_factory=bytearray)

    def file_path(self, index: int) -> str:
        """The real path of a file, as the file system spells it."""
        return os.path.join(self.folder_path[self.file_folder[index]], self.name[index])

    def file_rel(self, index: int) -> str:
        """The readable relative path of a file below its root."""
        return fsnames.join_rel(
            self.folder_rel[self.file_folder[index]], fsnames.readable(self.name[index])
        )


def scan(
    catalog: Catalog,
    roots: list[str],
    config: OrgConfig,
    progress: ProgressCallback | None = None,
    *,
    user: str = "",
    department: str = "",
    now: float | None = None,
    hash_workers: int = 4,
) -> ScanResult:
    """Scan ``roots`` (existing folders) into ``catalog`` and store suggestions.

    Raises :class:`ScanCancelled` when ``progress`` returns False; the catalog then
    keeps the previous scan of these roots.
    """
    started = time.perf_counter()
    now_s = time.time() if now is None else now
    scan_id = catalog.begin_scan()
    try:
        result = _scan(
            catalog,
            roots,
            config,
            progress,
            scan_id,
            user,
            department,
            now_s,
            started,
            hash_workers,
        )
    except (ScanCancelled, Cancelled):
        catalog.abandon_scan(scan_id)
        raise ScanCancelled from None
    except BaseException:
        catalog.abandon_scan(scan_id)
        raise
    result.elapsed = time.perf_counter() - started
    return result


def _scan(
    catalog: Catalog,
    roots: list[str],
    config: OrgConfig,
    progress: ProgressCallback | None,
    scan_id: int,
    user: str,
    department: str,
    now_s: float,
    started: float,
    hash_workers: int,
) -> ScanResult:
    cols = _Columns()
    errors: list[tuple[str, str]] = []
    bad_names: list[str] = []
    folder_base, file_base = catalog.next_ids()
    root_ids = []
    total_bytes = 0

    def report(phase: str, current: str, done: int = 0, total: int = 0) -> None:
        if progress is None:
            return
        snapshot = ScanProgress(
            phase,
            len(cols.name),
            len(cols.folder_rel),
            total_bytes,
            current,
            time.perf_counter() - started,
            done,
            total,
        )
        if progress(snapshot) is False:
            raise ScanCancelled

    pending_folders: list[tuple] = []
    pending_files: list[tuple] = []

    def flush() -> None:
        catalog.add_rows(pending_folders, pending_files)
        pending_folders.clear()
        pending_files.clear()

    last_report = 0.0
    for root in roots:
        target = config.target_for(root, user, department)
        root_id = catalog.root_id(root, target)
        root_ids.append(root_id)
        checker = SharePointChecker(target)

        def add_folder(rel: str, path: str, parent: int | None, root_id: int = root_id) -> int:
            index = len(cols.folder_rel)
            shown = fsnames.readable(rel)
            cols.folder_rel.append(shown)
            cols.folder_fs_rel.append(rel)
            cols.folder_path.append(path)
            cols.folder_root.append(root_id)
            raw = None if shown is rel or fsnames.is_valid_text(rel) else os.fsencode(rel)
            pending_folders.append((folder_base + index, scan_id, root_id, parent, shown, raw))
            return index

        stack = [add_folder("", root, None)]
        while stack:
            folder_index = stack.pop()
            folder_path = cols.folder_path[folder_index]
            folder_rel = cols.folder_rel[folder_index]
            try:
                entries = os.scandir(fsnames.long_path(folder_path))
            except OSError as exc:
                errors.append((fsnames.readable(folder_path), _why(exc)))
                continue
            folder_id = folder_base + folder_index
            subfolders = []
            with entries:
                while True:
                    try:
                        entry = next(entries)
                    except StopIteration:
                        break
                    except OSError as exc:  # the folder went away while we listed it
                        errors.append((fsnames.readable(folder_path), _why(exc)))
                        break
                    name = entry.name
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            if os.name == "nt" and fsnames.is_reparse_dir(
                                entry.stat(follow_symlinks=False)
                            ):
                                continue  # a junction: never followed
                            subfolders.append(name)
                            continue
                        if not entry.is_file(follow_symlinks=False):
                            continue  # links, FIFOs, sockets and devices are not files
                        st = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue  # vanished between listing and stat: nothing to report
                    flags = 0
                    if fsnames.is_placeholder(st):
                        flags |= FLAG_PLACEHOLDER
                    shown_name = name
                    raw = None
                    if not name.isascii() and not fsnames.is_valid_text(name):
                        flags |= FLAG_BAD_NAME
                        shown_name = fsnames.readable(name)
                        raw = os.fsencode(name)
                        bad_names.append(fsnames.readable(os.path.join(folder_path, name)))
                    size = st.st_size
                    category = category_index(shown_name)
                    sp_mask = 0
                    for code in checker.check(folder_rel, shown_name, size):
                        sp_mask |= SP_BITS[code]
                    cols.file_folder.append(folder_index)
                    cols.name.append(name)
                    cols.size.append(size)
                    cols.mtime.append(st.st_mtime_ns)
                    cols.category.append(category)
                    cols.flags.append(flags)
                    total_bytes += size
                    pending_files.append(
                        (
                            file_base + len(cols.name) - 1,
                            scan_id,
                            root_id,
                            folder_id,
                            shown_name,
                            raw,
                            size,
                            st.st_mtime_ns,
                            category,
                            flags,
                            sp_mask,
                        )
                    )
            fs_rel = cols.folder_fs_rel[folder_index]
            for name in reversed(subfolders):
                rel = f"{fs_rel}/{name}" if fs_rel else name
                stack.append(add_folder(rel, os.path.join(folder_path, name), folder_id))
            if len(pending_files) >= BATCH:
                flush()
            clock = time.perf_counter()
            if clock - last_report > 0.1:
                last_report = clock
                report("list", fsnames.readable(folder_path))
    flush()
    report("hash", "")

    groups, digests, unreadable, files_read = _duplicates(catalog, cols, hash_workers, report)
    for index, message in unreadable:
        cols.flags[index] |= FLAG_UNREADABLE
        path = fsnames.readable(cols.file_path(index))
        errors.append((path, f"could not read it for the duplicate check: {message}"))

    report("policy", "")
    results = _suggest(cols, config, groups, digests, file_base, now_s)
    catalog.finish_scan(scan_id, root_ids, results, errors)
    return ScanResult(
        scan_id=scan_id,
        root_ids=root_ids,
        files=len(cols.name),
        folders=len(cols.folder_rel),
        bytes=total_bytes,
        duplicate_groups=len(groups),
        errors=errors,
        bad_names=bad_names,
        files_read=files_read,
    )


def _duplicates(
    catalog: Catalog,
    cols: _Columns,
    workers: int,
    report: Callable[..., None],
) -> tuple[list[list[int]], dict[int, bytes], list[tuple[int, str]], int]:
    """Find exact duplicates among files of equal size (placeholders and empties aside)."""
    by_size: dict[int, list[int]] = {}
    sizes, flags = cols.size, cols.flags
    for index, size in enumerate(sizes):
        if size > 0 and not flags[index] & FLAG_PLACEHOLDER:
            by_size.setdefault(size, []).append(index)
    candidates = []
    for members in by_size.values():
        if len(members) < 2:
            continue
        for index in members:
            path = cols.file_path(index)
            candidates.append(
                Candidate(index, path, os.fsencode(path), sizes[index], cols.mtime[index])
            )
    if not candidates:
        return [], {}, [], 0
    cache = catalog.cached_hashes()

    def tick(done: int, total: int) -> bool:
        report("hash", "", done, total)
        return True

    found = find_duplicates(candidates, cache, workers=workers, progress=tick)
    if found.cache_rows:
        catalog.store_hashes(found.cache_rows)
    return found.groups, found.digests, found.unreadable, found.files_read


def _suggest(
    cols: _Columns,
    config: OrgConfig,
    groups: list[list[int]],
    digests: dict[int, bytes],
    file_base: int,
    now_s: float,
) -> list[tuple]:
    """Policy suggestions for every file; duplicates keep one copy by a stated rule.

    The kept copy is the one nearest the top of the share (fewest folders deep), then
    the one with the shortest path, then the first in alphabetical order: the copy
    people are most likely to look for.
    """
    policy = config.policy
    duplicate_of: dict[int, tuple[int, str, int]] = {}  # index -> (copies, keeper, group id)
    for members in groups:

        def rank(i: int) -> tuple[int, int, str]:
            rel = cols.file_rel(i)
            return (rel.count("/"), len(rel), rel)

        keeper = min(members, key=rank)
        group_id = group_id_of(digests[keeper])
        keeper_rel = cols.file_rel(keeper)
        for index in members:
            duplicate_of[index] = (len(members), keeper_rel, group_id)
        cols.flags[keeper] |= FLAG_DUP_KEEPER
    record_folder = [policy.is_record_folder(rel) for rel in cols.folder_rel]
    results = []
    names, folders, sizes, mtimes, cats, flags = (
        cols.name,
        cols.file_folder,
        cols.size,
        cols.mtime,
        cols.category,
        cols.flags,
    )
    for index in range(len(names)):
        folder = folders[index]
        dup = duplicate_of.get(index)
        name = names[index]
        if flags[index] & FLAG_BAD_NAME:
            name = fsnames.readable(name)
        if dup is None:
            facts = FileFacts(
                name, cols.folder_rel[folder], cats[index], sizes[index], mtimes[index]
            )
            group_id = None
        else:
            facts = FileFacts(
                name,
                cols.folder_rel[folder],
                cats[index],
                sizes[index],
                mtimes[index],
                duplicate=not flags[index] & FLAG_DUP_KEEPER,
                copies=dup[0],
                keeper=dup[1],
            )
            group_id = dup[2]
        outcome = policy.suggest(facts, now_s, record_folder[folder])
        results.append(
            (
                file_base + index,
                flags[index],
                group_id,
                outcome.rule.id,
                outcome.suggestion,
                int(outcome.protected),
            )
        )
    return results


def group_id_of(digest: bytes) -> int:
    """A stable id for a duplicate group: from its content, not from the scan order."""
    return int.from_bytes(digest[:6], "big")


def group_label(group_id: int | None) -> str:
    """The id of a duplicate group as people and CSV files see it (12 hex digits)."""
    return "" if group_id is None else f"{group_id:012x}"


def _why(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "no permission to read this folder"
    if isinstance(exc, FileNotFoundError):
        return "the folder disappeared during the scan"
    return exc.strerror or str(exc)
