"""The steps of a scan after the listing: digests onto the rows, the kept copy of each
duplicate group, the policy's suggestions, and storing the rows."""

from __future__ import annotations

import mmap
import time
from collections.abc import Callable, Iterable, Iterator

from desktop_app.core import fsnames
from desktop_app.core.config import OrgConfig
from desktop_app.core.duplicates import DuplicateResult
from desktop_app.core.forking import fork_is_safe, start_child, stop_child, wait_child
from desktop_app.core.policy import FALLBACK_RULE, FileFacts
from desktop_app.core.scan_result import ScanResult, group_id_of
from desktop_app.core.scan_walk import (
    CATEGORY,
    FLAGS,
    FOLDER,
    FULL,
    GROUP,
    MTIME,
    NAME,
    PARTIAL,
    PROTECTED,
    RULE,
    SIZE,
    SUGGESTION,
    Walk,
)
from desktop_app.core.store import FLAG_DUP_KEEPER, FLAG_UNREADABLE, Catalog

BATCH = 10_000
"""Rows per transaction when the result is written."""
SPLIT_MIN = 20_000
"""Files from which the suggestions are worked out in two processes (a fork costs
milliseconds; below this it would not pay)."""
_FALLBACK_CODE = 255
"""The code of the fallback rule in the bytes a child hands back (one byte a rule)."""


def make_result(
    scan_id: int, root_ids: list[int], walk: Walk, files_read: int, started: float
) -> ScanResult:
    """The result of a scan whose rows (and duplicate groups) are those of ``walk``."""
    return ScanResult(
        scan_id=scan_id,
        root_ids=root_ids,
        files=len(walk.files),
        folders=len(walk.folders.shown),
        bytes=walk.bytes,
        duplicate_groups=len(walk.groups),
        errors=walk.errors,
        bad_names=walk.bad_names,
        elapsed=time.perf_counter() - started,
        files_read=files_read,
        _walk=walk,
    )


def apply_duplicates(walk: Walk, found: DuplicateResult) -> None:
    """Carry digests onto the rows (the next scan's cache) and note unreadable files."""
    files = walk.files
    for index, digest in found.partial.items():
        files[index][PARTIAL] = digest
    for index, digest in found.full.items():
        files[index][FULL] = digest
    for index, message in found.unreadable:
        files[index][FLAGS] |= FLAG_UNREADABLE
        walk.errors.append(
            (
                fsnames.readable(walk.file_path(index)),
                f"could not read it for the duplicate check: {message}",
            )
        )


def keep_one_copy(walk: Walk, found: DuplicateResult) -> dict[int, tuple[int, str]]:
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
            files[index][GROUP] = group_id
        files[keeper][FLAGS] |= FLAG_DUP_KEEPER
    return duplicate_of


def suggest(
    walk: Walk,
    config: OrgConfig,
    duplicate_of: dict[int, tuple[int, str]],
    now_s: float,
    only: Iterable[int] | None = None,
) -> None:
    """Policy suggestions as of the clock time ``now_s``, for every file or ``only``.

    For every file of a large share on the command line, a forked child works out the
    second half while this process does the first (see :mod:`forking`).
    """
    files = walk.files
    if only is not None or len(files) < SPLIT_MIN or not fork_is_safe():
        _suggest_rows(
            walk, config, duplicate_of, now_s, range(len(files)) if only is None else only
        )
        return
    rules = config.policy.rules
    if len(rules) >= _FALLBACK_CODE:
        _suggest_rows(walk, config, duplicate_of, now_s, range(len(files)))
        return
    codes = {rule.id: code for code, rule in enumerate(rules)}
    middle = len(files) // 2
    slots = mmap.mmap(-1, 3 * (len(files) - middle))

    def second_half() -> None:
        at = 0
        for row in _outcome_rows(walk, config, duplicate_of, now_s, range(middle, len(files))):
            slots[at] = codes.get(row[RULE], _FALLBACK_CODE)
            slots[at + 1] = row[SUGGESTION]
            slots[at + 2] = row[PROTECTED]
            at += 3

    child = start_child(second_half)
    try:
        _suggest_rows(walk, config, duplicate_of, now_s, range(middle))
        finished = wait_child(child)
    except BaseException:
        stop_child(child)
        slots.close()
        raise
    if not finished:  # the child failed: work its half out here
        slots.close()
        _suggest_rows(walk, config, duplicate_of, now_s, range(middle, len(files)))
        return
    ids = [rule.id for rule in rules]
    fallback = FALLBACK_RULE.id
    data = slots.read()
    slots.close()
    at = 0
    for row in files[middle:]:
        code = data[at]
        row[RULE] = fallback if code == _FALLBACK_CODE else ids[code]
        row[SUGGESTION] = data[at + 1]
        row[PROTECTED] = data[at + 2]
        at += 3


def _suggest_rows(
    walk: Walk,
    config: OrgConfig,
    duplicate_of: dict[int, tuple[int, str]],
    now_s: float,
    indexes: Iterable[int],
) -> None:
    for _ in _outcome_rows(walk, config, duplicate_of, now_s, indexes):
        pass


def _outcome_rows(
    walk: Walk,
    config: OrgConfig,
    duplicate_of: dict[int, tuple[int, str]],
    now_s: float,
    indexes: Iterable[int],
) -> Iterator[list]:
    """Give each row of ``indexes`` its rule, suggestion and protection; yields the row."""
    policy = config.policy
    files = walk.files
    shown = walk.folders.shown
    first_folder = walk.first_folder
    record_folder = [policy.is_record_folder(rel) for rel in shown]
    suggest = policy.suggest
    for index in indexes:
        row = files[index]
        folder = row[FOLDER] - first_folder
        dup = duplicate_of.get(index)
        if dup is None:
            facts = FileFacts(row[NAME], shown[folder], row[CATEGORY], row[SIZE], row[MTIME])
        else:
            facts = FileFacts(
                row[NAME],
                shown[folder],
                row[CATEGORY],
                row[SIZE],
                row[MTIME],
                duplicate=not row[FLAGS] & FLAG_DUP_KEEPER,
                copies=dup[0],
                keeper=dup[1],
            )
        outcome = suggest(facts, now_s, record_folder[folder])
        row[RULE] = outcome.rule.id
        row[SUGGESTION] = outcome.suggestion
        row[PROTECTED] = 1 if outcome.protected else 0
        yield row


def store(catalog: Catalog, walk: Walk, root_ids: list[int], report: Callable[..., None]) -> None:
    """Stream the rows into the catalog in batches (the caller makes the scan current)."""
    folder_rows = walk.folders.rows
    files = walk.files
    total = max(len(files), len(folder_rows))
    for start in range(0, total, BATCH):
        report("save", "", start, total, force=True)
        catalog.add_rows(folder_rows[start : start + BATCH], files[start : start + BATCH])
