"""What a rescan can take from the scan before it instead of doing it again.

A rescan that lists exactly what the current scan listed reads nothing and carries the
current scan's outcomes over (:func:`carry_over`); otherwise the hash cache spares the
files whose size and time did not change, and a rescan whose digests also match keeps
the stored suggestions while no file crossed an age limit.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable
from itertools import groupby
from operator import itemgetter
from sys import intern

import xxhash

from desktop_app import __version__
from desktop_app.core.config import OrgConfig
from desktop_app.core.duplicates import CacheEntry, DuplicateFinder
from desktop_app.core.policy import SECONDS_PER_YEAR
from desktop_app.core.scan_steps import suggest
from desktop_app.core.scan_walk import (
    CATEGORY,
    FLAGS,
    FOLDER,
    FULL,
    GROUP,
    LISTING_FLAGS,
    MTIME,
    NAME,
    PARTIAL,
    PROTECTED,
    RAW,
    ROOT,
    RULE,
    SIZE,
    SUGGESTION,
    Walk,
)
from desktop_app.core.store import FLAG_DUP_KEEPER, Catalog, CurrentScan

BATCH = 10_000
"""Rows marshalled at a time for a signature (bounds the memory)."""


def load_cache(
    catalog: Catalog, walk: Walk, root_ids: list[int]
) -> tuple[list[bytes | None], list[bytes | None]] | None:
    """The hash cache for the files of ``walk``: per file index, the first-block and
    whole-file digests the previous scan of its root holds for the file of the same
    folder and name, where its size and mtime are still the same (else None). Only
    ``root_ids`` with a current scan are asked; None when there are none.

    The stored rows come in walk order, folder by folder, and a folder that did not
    change lists its files in the same order again: those are matched by position, with
    no lookup table. Only a folder whose names differ gets a table, of its own rows. No
    table or tuple per cached file is made (a table of every cached file took 0.7 s and
    some 30 MB per 200,000 files, and was the peak of a rescan's memory).
    """
    if not root_ids:
        return None
    files, folders = walk.files, walk.folders
    partial: list[bytes | None] = [None] * len(files)
    full: list[bytes | None] = [None] * len(files)
    spans = _folder_spans(walk)
    for root_id in root_ids:
        here = {
            (folders.raw[i] or folders.shown[i]): i
            for i, row in enumerate(folders.rows)
            if row[2] == root_id
        }
        keys = catalog.cached_folders(root_id)
        for folder_id, group in groupby(catalog.cached_rows(root_id), key=itemgetter(0)):
            folder = here.get(keys.get(folder_id))
            if folder is not None and folder in spans:
                _match_folder(files, partial, full, spans[folder], list(group))
    return partial, full


def _folder_spans(walk: Walk) -> dict[int, range]:
    """Folder index -> the indexes of its files. A listing adds a folder's files
    together, so they are one run; should a folder ever come in two runs, the last one
    counts and the other files are simply read again."""
    spans: dict[int, range] = {}
    start = 0
    for folder_id, run in groupby(walk.files, key=itemgetter(FOLDER)):
        end = start + sum(1 for _ in run)
        spans[folder_id - walk.first_folder] = range(start, end)
        start = end
    return spans


def _match_folder(
    files: list[list],
    partial: list[bytes | None],
    full: list[bytes | None],
    indexes: range,
    stored: list[tuple],
) -> None:
    """Give the files ``indexes`` of one folder the digests stored for their names
    (``stored``: rows of :meth:`Catalog.cached_rows`), where size and mtime still match."""
    if len(stored) != len(indexes) or any(
        (files[i][RAW] or files[i][NAME]) != row[1] for i, row in zip(indexes, stored, strict=True)
    ):
        by_name = {row[1]: row for row in stored}
        pairs = [(i, by_name.get(files[i][RAW] or files[i][NAME])) for i in indexes]
    else:
        pairs = zip(indexes, stored, strict=True)
    for i, row in pairs:
        if row is not None and row[2] == files[i][SIZE] and row[3] == files[i][MTIME]:
            partial[i], full[i] = row[4], row[5]


def crossing_files(
    walk: Walk, config: OrgConfig, then_s: float | None, now_s: float
) -> list[int] | None:
    """Indexes of the files whose suggestion worked out at ``then_s`` may differ now, in
    file order; None where suggestions of ``then_s`` cannot be trusted at all (no time,
    a clock gone back).

    For the same files, folders and digests under the same policy (the signatures prove
    that) the only thing that moves is time: a file may have grown past an age limit
    since. That happens only to a file modified within a second of "limit before then"
    to "limit before now"; the rest keep their suggestions.
    """
    if then_s is None or now_s < then_s:
        return None
    limits = {
        years * SECONDS_PER_YEAR
        for rule in config.policy.rules
        for years in (rule.older_than_years, rule.newer_than_years)
        if years is not None
    }
    if now_s == then_s or not limits:
        return []
    windows = [
        (int((then_s - limit - 1) * 1e9), int((now_s - limit + 1) * 1e9)) for limit in limits
    ]
    mtimes = [row[MTIME] for row in walk.files]
    found: set[int] = set()
    for low, high in windows:
        found.update(i for i, mtime in enumerate(mtimes) if low <= mtime <= high)
    return sorted(found)


def take_suggestions(walk: Walk, stored: Iterable[tuple]) -> bool:
    """Carry the previous scan's suggestions over to the same files (in the same order);
    ``stored`` is :meth:`Catalog.outcomes` of that scan.

    Streamed, not loaded first: a list of them would add to the scan's peak memory. On a
    count that does not match (it cannot, for an equal signature) the caller works the
    suggestions out again, overwriting what was carried over.
    """
    files = walk.files
    count = 0
    for count, (*_, rule, suggestion, protected) in enumerate(stored, 1):
        if count > len(files):
            return False
        row = files[count - 1]
        row[RULE] = intern(rule) if rule is not None else None  # one object per rule id
        row[SUGGESTION] = suggestion
        row[PROTECTED] = protected
    return count == len(files)


def listing_signature(
    walk: Walk, root_ids: list[int], targets: list[str | None], config: OrgConfig
) -> str:
    """A digest of what a scan listed, before anything was read or worked out.

    Equal listing signatures mean the same folders and files with the same sizes and
    times as the current scan: their digests are the ones the current scan holds (the
    hash cache would trust them on exactly these facts), so nothing needs reading. The
    rest of a row follows from the listing, the SharePoint ``targets``, the policy and
    this version of the app, which the signature covers too.
    """
    first_folder, first_file = walk.first_folder, walk.first_file
    seed = (root_ids, targets, config.policy.sha256, __version__, walk.errors)
    hasher = xxhash.xxh3_128(repr(seed).encode())
    # marshal without references (version 2): its bytes follow the values, unlike
    # pickle's, which depend on which objects happen to be shared. Should interning
    # ever differ, the worst case is a needless read and write. Chunks keep memory small.
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
            (r[0] - first_file, r[ROOT], r[FOLDER] - first_folder, *r[NAME:CATEGORY], r[FLAGS])
            for r in rows[start : start + BATCH]
        ]
        hasher.update(marshal.dumps(chunk, 2))
    return hasher.hexdigest()


def signature(walk: Walk, listing: str) -> str:
    """A digest of what a scan listed and read: the listing signature, every error, and
    each file's flags, duplicate group and digests.

    Equal signatures mean the catalog already holds these files, folders, digests and
    duplicate groups under the same policy, so a rescan that read changed files and
    found them as they were writes nothing and, while no file crossed an age limit,
    keeps the stored suggestions.
    """
    hasher = xxhash.xxh3_128(repr((listing, walk.errors)).encode())
    rows = walk.files
    for start in range(0, len(rows), BATCH):
        chunk = [(r[FLAGS], r[GROUP], r[PARTIAL], r[FULL]) for r in rows[start : start + BATCH]]
        hasher.update(marshal.dumps(chunk, 2))
    return hasher.hexdigest()


def carry_over(catalog: Catalog, walk: Walk, scan_id: int) -> bool:
    """Give the rows of a walk that listed what scan ``scan_id`` listed that scan's
    outcomes (flags, duplicate group, suggestion, category, SharePoint problems), in
    file order; False, with nothing carried over, where that scan could not read a file
    (this one might now).

    Streamed, not loaded first: a list of them would add to the scan's peak memory.
    """
    files = walk.files
    count, unreadable = catalog.file_summary(scan_id)
    if count != len(files) or unreadable:
        return False
    groups: dict[int, list] = {}
    done = 0
    stored = catalog.outcomes(scan_id)
    for done, (row, values) in enumerate(zip(files, stored, strict=False), 1):  # checked below
        row[CATEGORY : PROTECTED + 1] = values  # the stored order is the row's order
        if row[RULE] is not None:
            row[RULE] = intern(row[RULE])  # one string object per rule id, not per file
        group = row[GROUP]
        if group is not None:
            members = groups.get(group)
            if members is None:
                members = groups[group] = [0, ""]
            members[0] += 1
            if row[FLAGS] & FLAG_DUP_KEEPER:
                members[1] = walk.file_rel(done - 1)
    if done != len(files) or next(stored, None) is not None:
        # The catalog changed under us: work everything out instead.
        for row in files:
            row[FLAGS] &= LISTING_FLAGS
            row[GROUP] = row[RULE] = row[SUGGESTION] = None
            row[PROTECTED] = 0
        return False
    walk.groups = {group: (count, keeper) for group, (count, keeper) in groups.items()}
    return True


def keep_stored(
    catalog: Catalog,
    walk: Walk,
    config: OrgConfig,
    previous: CurrentScan,
    now_s: float,
    take: Callable[[], bool],
) -> bool:
    """Keep the stored suggestions of ``previous``, a scan that a signature proved to
    hold what ``walk`` holds: ``take()`` puts its stored outcomes on the rows (False
    when it cannot), and the files that grew past an age limit since then get theirs
    worked out again and stored. False, with nothing taken, where the stored
    suggestions cannot be trusted (no time, a clock gone back)."""
    crossing = crossing_files(walk, config, previous.policy_time, now_s)
    if crossing is None or not take():
        return False
    if crossing:
        renew_suggestions(catalog, walk, config, previous.id, crossing, now_s)
    return True


def renew_suggestions(
    catalog: Catalog,
    walk: Walk,
    config: OrgConfig,
    scan_id: int,
    indexes: list[int],
    now_s: float,
) -> None:
    """Work the suggestions of ``indexes`` out again (rows carried over from scan
    ``scan_id``, see :func:`crossing_files`) and store them there; the others hold as of
    ``now_s`` now. A day after a scan some dozens of files of a large share cross an age
    limit, and working out and writing those beats doing all of them again."""
    files = walk.files
    copies = {i: walk.groups[files[i][GROUP]] for i in indexes if files[i][GROUP] is not None}
    suggest(walk, config, copies, now_s, only=indexes)
    rows = [(i, files[i][RULE], files[i][SUGGESTION], files[i][PROTECTED]) for i in indexes]
    catalog.refresh_suggestions(scan_id, rows, now_s)


def use_cache(
    finder: DuplicateFinder,
    walk: Walk,
    cache: tuple[list[bytes | None], list[bytes | None]] | None,
) -> None:
    """Let ``finder`` take the digests the hash cache holds for the files it would read
    (``cache`` from :func:`load_cache`), so that only new and changed files are read."""
    if cache is None:
        return
    partial, full = cache
    files = walk.files

    def cached_of(index: int) -> CacheEntry | None:
        first, whole = partial[index], full[index]
        if first is None and whole is None:
            return None
        row = files[index]
        return row[SIZE], row[MTIME], first, whole

    finder.use_cache(cached_of)
