"""Exact duplicates: size, then a partial hash, then a full hash, with a hash cache.

Only files of equal size are ever compared, and a group is only made from equal full
digests, so same-size files that differ in their last bytes are never called copies.
Digests are cached on (path, size, mtime_ns): a rescan of an unchanged share reads no
file again. Reading runs in a few threads because the work is waiting on the disk or the
network, during which Python releases the GIL.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

PARTIAL_BYTES = 4096
"""How much of a large file the first pass reads."""
SMALL_FILE = 64 * 1024
"""Files up to this size are read whole in one go: the partial hash is the full hash."""
CHUNK = 1024 * 1024

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)  # a file swapped for a FIFO must not block us
    | getattr(os, "O_NOCTTY", 0)
)


@dataclass(slots=True)
class Candidate:
    """A file that shares its size with at least one other file."""

    index: int
    path: str
    key: bytes
    size: int
    mtime_ns: int
    partial: bytes | None = None
    full: bytes | None = None


@dataclass
class DuplicateResult:
    """Groups of equal files (by candidate index) plus what to store in the cache."""

    groups: list[list[int]]
    digests: dict[int, bytes]
    unreadable: list[tuple[int, str]] = field(default_factory=list)
    cache_rows: list[tuple[bytes, int, int, bytes | None, bytes | None]] = field(
        default_factory=list
    )
    files_read: int = 0


class Cancelled(Exception):
    """The progress callback asked to stop."""


def _digest(path: str, size: int, whole: bool) -> bytes:
    fd = os.open(path, _OPEN_FLAGS)
    try:
        hasher = hashlib.blake2b(digest_size=16)
        if not whole:
            hasher.update(os.read(fd, PARTIAL_BYTES))
            return hasher.digest()
        if size <= SMALL_FILE:
            # One read covers a small file: exactly the bytes of the size we listed.
            hasher.update(os.read(fd, size))
            return hasher.digest()
        block = os.read(fd, CHUNK)
        while block:
            hasher.update(block)
            block = os.read(fd, CHUNK)
        return hasher.digest()
    finally:
        os.close(fd)


def _read_all(
    jobs: Sequence[tuple[Candidate, bool]],
    workers: int,
    tick: Callable[[int], bool],
) -> list[tuple[Candidate, bool, bytes | None, str | None]]:
    """Hash ``jobs`` (candidate, whole?) with ``workers`` threads; ``tick`` may cancel."""
    stop = threading.Event()
    results: list[tuple[Candidate, bool, bytes | None, str | None]] = []
    lock = threading.Lock()
    done = [0]

    def work(part: Sequence[tuple[Candidate, bool]]) -> None:
        local = []
        for n, (cand, whole) in enumerate(part, 1):
            if stop.is_set():
                break
            try:
                local.append((cand, whole, _digest(cand.path, cand.size, whole), None))
            except OSError as exc:
                local.append((cand, whole, None, exc.strerror or str(exc)))
            if n % 64 == 0:
                with lock:
                    done[0] += 64
        with lock:
            results.extend(local)

    if workers <= 1 or len(jobs) < 256:
        work(jobs)
        if not tick(len(jobs)):
            raise Cancelled
        return results
    # Interleave the jobs so that every thread gets a similar mix of folders.
    parts = [jobs[i::workers] for i in range(workers)]
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="hash") as pool:
        futures = [pool.submit(work, part) for part in parts]
        while not all(f.done() for f in futures):
            for f in futures:
                try:
                    f.result(timeout=0.1)
                except TimeoutError:
                    break
            with lock:
                count = done[0]
            if not tick(count):
                stop.set()
                for f in futures:
                    f.result()
                raise Cancelled
        for f in futures:
            f.result()
    return results


def find_duplicates(
    candidates: list[Candidate],
    cache: dict[bytes, tuple[int, int, bytes | None, bytes | None]],
    *,
    workers: int = 4,
    progress: Callable[[int, int], bool] | None = None,
) -> DuplicateResult:
    """Group ``candidates`` (all sharing a size with another file) by content.

    ``progress(done, total)`` is called now and then; returning False raises
    :class:`Cancelled`.
    """
    result = DuplicateResult(groups=[], digests={})
    for cand in candidates:
        hit = cache.get(cand.key)
        if hit is not None and hit[0] == cand.size and hit[1] == cand.mtime_ns:
            cand.partial, cand.full = hit[2], hit[3]

    total = len(candidates)
    base = [0]

    def tick(count: int) -> bool:
        return progress is None or progress(base[0] + count, total) is not False

    # Pass 1: small files whole, large files their first block.
    first = [(c, c.size <= SMALL_FILE) for c in candidates if c.partial is None and c.full is None]
    _apply(result, _read_all(first, workers, tick))
    base[0] = len(first)

    # Pass 2: full digests for large files whose size and partial digest collide.
    by_partial: dict[tuple[int, bytes], list[Candidate]] = {}
    for cand in candidates:
        if cand.full is None and cand.partial is not None:
            by_partial.setdefault((cand.size, cand.partial), []).append(cand)
    second = [(c, True) for group in by_partial.values() if len(group) > 1 for c in group]
    total += len(second)
    _apply(result, _read_all(second, workers, tick))

    by_full: dict[tuple[int, bytes], list[int]] = {}
    for cand in candidates:
        if cand.full is not None:
            by_full.setdefault((cand.size, cand.full), []).append(cand.index)
            result.digests[cand.index] = cand.full
    result.groups = [members for members in by_full.values() if len(members) > 1]
    return result


def _apply(
    result: DuplicateResult, rows: list[tuple[Candidate, bool, bytes | None, str | None]]
) -> None:
    for cand, whole, digest, error in rows:
        result.files_read += 1
        if digest is None:
            result.unreadable.append((cand.index, error or "unreadable"))
            continue
        if whole:
            cand.full = digest
            if cand.size <= SMALL_FILE:
                cand.partial = digest
        else:
            cand.partial = digest
        result.cache_rows.append((cand.key, cand.size, cand.mtime_ns, cand.partial, cand.full))
