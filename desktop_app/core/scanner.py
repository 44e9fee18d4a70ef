"""Walk share roots, suggest for every file, and stream the result into the catalog.

On a local disk the walk uses ``os.scandir`` in one thread (threads only add contention
there); on a network root, where every listing is a round trip, threads keep many
listings in flight (:mod:`parallel_walk`). When the listing is done, files that share a
size are hashed by reader processes (threads on a slow root). It never follows links
or junctions, never opens anything for writing, and never reads FIFOs, devices or cloud
placeholders. What it cannot read is reported, not fatal. The scan becomes visible in
the catalog only when it is complete, so a cancelled or killed scan leaves the catalog
as it was. A rescan that lists what the current scan listed reads and writes nothing.

The pieces live in their own modules: ``scan_walk`` (the listing), ``scan_steps``
(digests, kept copies, suggestions, storing), ``scan_reuse`` (what a rescan takes from
the scan before it) and ``scan_later`` (a scan stored before its copies are found).
"""

from __future__ import annotations

import time

from desktop_app.core import parallel_walk
from desktop_app.core.config import OrgConfig
from desktop_app.core.duplicates import READ_THREADS, Cancelled, DuplicateFinder
from desktop_app.core.gcpause import gc_paused
from desktop_app.core.scan_later import find_duplicates_later, store_before_reading
from desktop_app.core.scan_result import (
    SP_BITS,
    ProgressCallback,
    RowsReady,
    ScanCancelled,
    ScanProgress,
    ScanResult,
    group_label,
    sp_codes,
)
from desktop_app.core.scan_reuse import (
    carry_over,
    keep_stored,
    listing_signature,
    load_cache,
    signature,
    take_suggestions,
    use_cache,
)
from desktop_app.core.scan_split import walk_local_root
from desktop_app.core.scan_steps import apply_duplicates, keep_one_copy, make_result, store, suggest
from desktop_app.core.scan_walk import Walk, complete_rows, walk_root
from desktop_app.core.sharepoint import SharePointChecker
from desktop_app.core.store import Catalog

__all__ = [
    "SP_BITS",
    "ProgressCallback",
    "RowsReady",
    "ScanCancelled",
    "ScanProgress",
    "ScanResult",
    "find_duplicates_later",
    "group_label",
    "scan",
    "sp_codes",
]


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
    walk = Walk(scan_id, first_folder, first_file)
    # Where every listing and every open is a network round trip, threads keep many in
    # flight; on a local disk they only add contention (PLATFORM.md), so it stays serial.
    slow = [parallel_walk.should_parallelise(root) for root in roots]
    finder = DuplicateFinder(hash_workers, threads=READ_THREADS if any(slow) else 0)
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
        scanned_before = {root.path for root in catalog.roots() if root.scan_id is not None}
        # A rescan lists first and works out the rest of each row only if the listing
        # changed; a first scan does it all at once, and as no hash cache can spare a
        # read there, reading may start while it lists.
        rescan = bool(scanned_before & set(roots))
        reading_ahead = (
            not duplicates_later and not rescan and finder.read_while_listing(walk.file_path)
        )
        root_ids, targets, checkers = [], [], {}
        for root, root_is_slow in zip(roots, slow, strict=True):
            target = config.target_for(root, user, department)
            root_id = catalog.root_id(root, target)
            root_ids.append(root_id)
            targets.append(target)
            checkers[root_id] = SharePointChecker(target)
            if root_is_slow:
                workers = parallel_walk.WORKERS
                walk_root(walk, finder, root_id, root, checkers[root_id], report, workers, rescan)
            else:
                walk_local_root(walk, finder, root_id, root, checkers[root_id], report, rescan)
        listing = listing_signature(walk, root_ids, targets, config)
        previous = catalog.current_scan(root_ids)
        if (
            previous is not None
            and previous.listing_signature == listing
            and keep_stored(
                catalog,
                walk,
                config,
                previous,
                now_s,
                lambda: carry_over(catalog, walk, previous.id),
            )
        ):
            # The current scan listed exactly these files: nothing to read, and only the
            # files that grew past an age limit since got their suggestion again.
            result = make_result(previous.id, root_ids, walk, 0, started)
            if rows_ready is not None:
                rows_ready(result, False)
            catalog.keep_scan(scan_id, root_ids)
            return result
        if rescan:  # the listing changed: now the rest of each row, and the cache
            complete_rows(walk, finder, checkers)
        cached = [i for root, i in zip(roots, root_ids, strict=True) if root in scanned_before]
        use_cache(finder, walk, load_cache(catalog, walk, cached))
        if duplicates_later:
            return store_before_reading(
                catalog, walk, finder, config, root_ids, now_s, started, report, listing
            )
        report("hash", "", force=True)
        # Without a head start the readers now work on their own cores: meanwhile the
        # suggestions are worked out as if no file had a copy (the copies' are redone).
        early = not reading_ahead and finder.begin(walk.file_path)
        if early:
            suggest(walk, config, {}, now_s)
        found = finder.finish(walk.file_path, lambda done, total: report("hash", "", done, total))
        report("policy", "", force=True)
        apply_duplicates(walk, found)
        duplicate_of = keep_one_copy(walk, found)
        found.partial.clear()  # the digests are on the rows now
        found.full.clear()
        digests = signature(walk, listing)
        if (
            previous is not None
            and previous.signature == digests
            and keep_stored(
                catalog,
                walk,
                config,
                previous,
                now_s,
                lambda: take_suggestions(walk, catalog.outcomes(previous.id)),
            )
        ):
            # Nothing changed since the last scan: keep its rows, just note the time (and
            # the suggestions of the files that grew past an age limit since).
            if rows_ready is not None:
                kept = make_result(previous.id, root_ids, walk, found.files_read, started)
                rows_ready(kept, False)
            catalog.keep_scan(scan_id, root_ids, previous.id, listing)
            scan_id = previous.id
        else:
            suggest(walk, config, duplicate_of, now_s, only=duplicate_of if early else None)
            if rows_ready is not None:
                rows_ready(make_result(scan_id, root_ids, walk, found.files_read, started), True)
            store(catalog, walk, root_ids, report)
            catalog.finish_scan(
                scan_id, root_ids, walk.errors, digests, now_s, listing_signature=listing
            )
    except (ScanCancelled, Cancelled):
        finder.cancel()
        catalog.abandon_scan(scan_id)
        raise ScanCancelled from None
    except BaseException:
        finder.cancel()
        catalog.abandon_scan(scan_id)
        raise
    return make_result(scan_id, root_ids, walk, found.files_read, started)
