"""A scan stored before any file was read, and the copies found afterwards.

The desktop app shows the files as soon as the listing is stored; looking for copies
takes longer and only changes the rows of files that were read or have copies.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from desktop_app.core.config import OrgConfig
from desktop_app.core.duplicates import Cancelled, DuplicateFinder
from desktop_app.core.scan_result import ScanCancelled, ScanResult
from desktop_app.core.scan_steps import apply_duplicates, keep_one_copy, make_result, store, suggest
from desktop_app.core.scan_walk import (
    FLAGS,
    FULL,
    GROUP,
    ID,
    MTIME,
    PARTIAL,
    PROTECTED,
    RULE,
    SIZE,
    SUGGESTION,
    Walk,
)
from desktop_app.core.store import Catalog


def store_before_reading(
    catalog: Catalog,
    walk: Walk,
    finder: DuplicateFinder,
    config: OrgConfig,
    root_ids: list[int],
    now_s: float,
    started: float,
    report: Callable[..., None],
    listing: str,
) -> ScanResult:
    """Store the listing with its suggestions as if no file had a copy; mark it hashing.

    The listing signature is noted only when the copies are found: a scan whose search
    was cancelled or killed has no groups, so a rescan must not carry it over."""
    report("policy", "", force=True)
    suggest(walk, config, {}, now_s)
    store(catalog, walk, root_ids, report)
    # No signature yet: a rescan before the copies are known compares against nothing.
    catalog.finish_scan(walk.scan_id, root_ids, walk.errors, None, now_s, status="hashing")
    result = make_result(walk.scan_id, root_ids, walk, 0, started)
    result.duplicates_pending = True
    result._finder = finder
    result._listing = listing
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
    apply_duplicates(walk, found)
    duplicate_of = keep_one_copy(walk, found)
    suggest(walk, config, duplicate_of, now_s, only=duplicate_of)
    touched = set(found.partial) | set(found.full) | set(duplicate_of)
    touched.update(index for index, _ in found.unreadable)
    files = walk.files
    rows = [
        (
            *(files[i][c] for c in (FLAGS, GROUP, RULE, SUGGESTION, PROTECTED, PARTIAL)),
            files[i][FULL],
            files[i][ID],
            files[i][SIZE],
            files[i][MTIME],
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
        # The live view waits while a scan looks for copies (live_batch), so these rows
        # are still what the listing found: the next rescan may carry them over.
        catalog.conn.execute(
            "UPDATE scans SET status = 'complete', listing_signature = ? WHERE id = ?",
            (result._listing, result.scan_id),
        )
    result.duplicate_groups = len(found.groups)
    result.files_read = found.files_read
    result.duplicates_pending = False
    result._finder = None
    return result.duplicate_groups
