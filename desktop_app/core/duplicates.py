"""Exact duplicates: size, then a partial hash, then a full hash, with a hash cache.

Only files of equal size are ever compared, and a group is only made from equal full
digests, so same-size files that differ in their last bytes are never called copies.
Like jdupes, the first pass reads only the first block of a file; the whole file is read
only when its size and first block collide with another file's. The digest is the
128-bit XXH3: hashing then never limits us, and an accidental collision is out of reach
at any share size. A duplicate is only ever a suggestion that names the kept copy.

Reading happens once the listing is done, in worker processes when there are many
files (so both cores read at once), else in this process. Forked readers find the paths
in the memory they share with the scan, so only file numbers go to them and packed
digests come back: building and sending 200,000 paths cost the scan more than the
reading itself. Digests are cached on (path, size, mtime_ns), so a rescan of an
unchanged share reads no file again.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import multiprocessing.pool
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

import xxhash

from desktop_app.core.forking import fork_is_safe
from desktop_app.core.read_ahead import ReadAhead

PARTIAL_BYTES = 4096
"""How much of a file the first pass reads; files up to this size are read whole."""
CHUNK = 1024 * 1024
_SLICE = 16_384
"""Files whose paths are built and read at one time (bounds the memory)."""

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)  # a file swapped for a FIFO must not block us
    | getattr(os, "O_NOCTTY", 0)
)

READ_THREADS = 16
"""Reader threads on a slow (network) root: each open waits for the server with the GIL
released, so 16 threads keep 16 opens in flight (measured on a 5 ms mount: 4,000 first
blocks in 2.4 s with 16 threads, 14.3 s with two processes)."""
THREAD_CHUNK = 32
"""Files one reader thread takes at a time, at most: fewer when there are fewer than
``THREAD_CHUNK`` per thread, so that a few hundred files still keep every thread busy."""

CacheEntry = tuple[int, int, bytes | None, bytes | None]
"""(size, mtime_ns, partial digest, full digest) remembered for a path."""


class Cancelled(Exception):
    """The progress callback asked to stop."""


def digest_file(path: str, size: int, whole: bool, tick: Callable[[], bool] | None = None) -> bytes:
    """The XXH3-128 digest of the first block (``whole=False``) or of the whole file.

    ``tick`` is called after every block of a large file; returning False raises
    :class:`Cancelled`, so that a cancel does not wait for a 2 GB file to finish.
    """
    fd = os.open(path, _OPEN_FLAGS)
    try:
        if not whole or size <= PARTIAL_BYTES:
            return xxhash.xxh3_128_digest(os.read(fd, min(size, PARTIAL_BYTES) or 1))
        hasher = xxhash.xxh3_128()
        block = os.read(fd, CHUNK)
        while block:
            hasher.update(block)
            if tick is not None and tick() is False:
                raise Cancelled
            block = os.read(fd, CHUNK)
        return hasher.digest()
    finally:
        os.close(fd)


def _hash_chunk(jobs: list[tuple[str, int, bool]]) -> list[tuple[bytes | None, str | None]]:
    """Digest a list of (path, size, whole) jobs; runs in a worker process."""
    out: list[tuple[bytes | None, str | None]] = []
    for path, size, whole in jobs:
        try:
            out.append((digest_file(path, size, whole), None))
        except OSError as exc:
            out.append((None, exc.strerror or str(exc)))
    return out


_INHERITED: tuple[Callable[[int], str], Mapping[int, int]] | None = None
"""(path of a file index, size per index): set just before the readers are forked, so
that they find both in the memory they share with the scan."""
DIGEST_BYTES = 16


def _hash_indexes(job: tuple[list[int], bool]) -> tuple[bytes, dict[int, str]]:
    """Digest files by index with the paths and sizes inherited from the scan; returns
    the digests packed (16 bytes each, in order) and an error per failed position."""
    indexes, whole = job
    path_of, sizes = _INHERITED
    packed = bytearray()
    errors: dict[int, str] = {}
    for position, index in enumerate(indexes):
        size = sizes[index]
        try:
            packed += digest_file(path_of(index), size, whole or size <= PARTIAL_BYTES)
        except OSError as exc:
            packed += bytes(DIGEST_BYTES)
            errors[position] = exc.strerror or str(exc)
    return bytes(packed), errors


def _pool_context() -> multiprocessing.context.BaseContext:
    """How to start reader processes safely from this process.

    ``fork`` is cheapest, but forking a process that runs other threads (the desktop
    app) can deadlock the child; then a fork server started from a clean state does it.
    Windows and macOS only have ``spawn``.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1 and sys.platform == "linux":
        return multiprocessing.get_context("fork")
    if "forkserver" in methods and sys.platform == "linux":
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


_Reading = tuple[list[list[int]], Iterator[tuple[bytes, dict[int, str]]]]
"""Chunks of file indexes being read, and the pool's iterator over their results."""


class _Readers:
    """Reads digests in worker processes when there are many files, else in this one.

    On a local disk the cost is the ``open``/``read`` system calls; threads would
    serialise on the GIL between them (measured: 2.3 s for 200,000 files with two
    threads, 0.7 s with two processes), so large batches go to processes. A cancel
    terminates the processes at once, even in the middle of a large file.
    """

    PROCESS_MIN = 1000

    def __init__(self, workers: int, threads: int = 0):
        self.workers = max(workers, 0)
        self.threads = max(threads, 0)
        """Above 1: read with that many threads (a slow root) instead of processes."""
        self.pool: multiprocessing.pool.Pool | None = None
        self.inherits = False
        """Whether the processes were forked with the paths (:func:`start_inherited`)."""

    def start(self) -> None:
        """Start the worker processes now (a fork is only safe while one thread runs)."""
        if self.threads <= 1 and self.workers > 1 and self.pool is None:
            self.pool = _pool_context().Pool(self.workers)

    def start_inherited(self, path_of: Callable[[int], str], sizes: Mapping[int, int]) -> bool:
        """Fork the worker processes with ``path_of`` and ``sizes`` in their memory, so
        that :meth:`map_indexes` can send file numbers instead of paths; False where that
        is not possible (threads, a start method other than ``fork``, a pool already
        running without them)."""
        global _INHERITED
        if self.inherits:
            return True
        if self.threads > 1 or self.workers <= 1 or self.pool is not None:
            return False
        context = _pool_context()
        if context.get_start_method() != "fork":
            return False
        _INHERITED = (path_of, sizes)
        try:
            self.pool = context.Pool(self.workers)
        finally:
            _INHERITED = None  # the children have it; this process needs no reference
        self.inherits = True
        return True

    def map_indexes(self, indexes: list[int], whole: bool) -> _Reading:
        """Start reading ``indexes`` in the inherited processes and return at once, so
        the caller can work meanwhile; :meth:`results` hands the digests over."""
        size = max(256, len(indexes) // (self.workers * 16))
        chunks = [indexes[i : i + size] for i in range(0, len(indexes), size)]
        return chunks, self.pool.imap(_hash_indexes, [(chunk, whole) for chunk in chunks])

    def results(
        self, reading: _Reading, progress: Callable[[int], bool | None]
    ) -> Iterator[tuple[list[int], bytes, dict[int, str]]]:
        """(indexes of a chunk, packed digests, errors by position), in order as the
        chunks are done; ``progress(done)`` is asked every 0.1 s and returning False
        cancels (the processes stop at once)."""
        chunks, parts = reading
        done = 0
        for chunk in chunks:
            while True:
                try:
                    packed, errors = parts.next(timeout=0.1)
                    break
                except multiprocessing.TimeoutError:
                    if progress(done) is False:
                        self.cancel()
                        raise Cancelled from None
            done += len(chunk)
            yield chunk, packed, errors
            if progress(done) is False:
                self.cancel()
                raise Cancelled

    def read(
        self, plain: list[tuple[str, int, bool]], progress: Callable[[int], bool | None]
    ) -> list[tuple[bytes | None, str | None]]:
        """Digest (path, size, whole) jobs; ``progress(done)`` returning False cancels."""
        if self.threads > 1 and len(plain) > 1:
            return self._in_threads(plain, progress)
        if self.workers > 1 and len(plain) >= self.PROCESS_MIN:
            return self._in_processes(plain, progress)
        results: list[tuple[bytes | None, str | None]] = []

        def tick() -> bool:
            return progress(len(results)) is not False

        for path, size, whole in plain:
            try:
                results.append((digest_file(path, size, whole, tick), None))
            except OSError as exc:
                results.append((None, exc.strerror or str(exc)))
            if not tick():
                raise Cancelled
        return results

    def _in_threads(
        self, plain: list[tuple[str, int, bool]], progress: Callable[[int], bool | None]
    ) -> list[tuple[bytes | None, str | None]]:
        """Read with many threads: for a share where each open is a network round trip.

        A cancel stops every thread after its current block, never after a whole file.
        """
        stop = threading.Event()

        def going_on() -> bool:
            return not stop.is_set()

        def read_chunk(jobs: list[tuple[str, int, bool]]) -> list[tuple[bytes | None, str | None]]:
            out: list[tuple[bytes | None, str | None]] = []
            for path, size, whole in jobs:
                if stop.is_set():
                    break
                try:
                    out.append((digest_file(path, size, whole, going_on), None))
                except OSError as exc:
                    out.append((None, exc.strerror or str(exc)))
            return out

        results: list[tuple[bytes | None, str | None]] = [(None, None)] * len(plain)
        done = 0
        step = max(1, min(THREAD_CHUNK, -(-len(plain) // self.threads)))
        pool = ThreadPoolExecutor(self.threads, thread_name_prefix="sharetidy-read")
        try:
            futures = {
                pool.submit(read_chunk, plain[i : i + step]): i for i in range(0, len(plain), step)
            }
            pending = set(futures)
            while pending:
                finished, pending = wait(pending, 0.1, FIRST_COMPLETED)
                for future in finished:
                    start = futures[future]
                    part = future.result()
                    results[start : start + len(part)] = part
                    done += len(part)
                if progress(done) is False:
                    raise Cancelled
        except BaseException:
            stop.set()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return results

    def _in_processes(
        self, plain: list[tuple[str, int, bool]], progress: Callable[[int], bool | None]
    ) -> list[tuple[bytes | None, str | None]]:
        self.start()
        size = max(256, len(plain) // (self.workers * 16))
        chunks = (plain[i : i + size] for i in range(0, len(plain), size))
        parts = self.pool.imap(_hash_chunk, chunks)
        results: list[tuple[bytes | None, str | None]] = []
        while True:
            try:
                results.extend(parts.next(timeout=0.1))
            except multiprocessing.TimeoutError:
                pass
            except StopIteration:
                return results
            if progress(len(results)) is False:
                self.cancel()
                raise Cancelled

    def close(self) -> None:
        """Let the worker processes finish and go."""
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            self.pool = None
        self.inherits = False

    def cancel(self) -> None:
        """Stop the worker processes now."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None
        self.inherits = False


@dataclass
class DuplicateResult:
    """Groups of equal files (by file index), their digests and what went wrong."""

    groups: list[list[int]]
    partial: dict[int, bytes]
    """First-block digest per file index (the whole file's for small files)."""
    full: dict[int, bytes]
    """Whole-file digest per file index, where one was needed."""
    unreadable: list[tuple[int, str]] = field(default_factory=list)
    files_read: int = 0


class DuplicateFinder:
    """Feed it every file as it is listed; ask for the groups when the listing is done.

    It keeps only numbers per file (index, size, mtime) and the digests, never paths:
    ``path_of(index)`` is asked for a path only when a file must be read.
    """

    def __init__(self, workers: int = 2, threads: int = 0):
        self.readers = _Readers(workers, threads)
        self.first_of_size: dict[int, int] = {}
        self.sizes: dict[int, int] = {}
        """Candidate index -> size: every file that shares its size with another."""
        self.pending: list[tuple[int, int, int, CacheEntry | None]] = []
        self.partial: dict[int, bytes] = {}
        self.full: dict[int, bytes] = {}
        self.unreadable: list[tuple[int, str]] = []
        self.files_read = 0
        self._first_mtime: dict[int, tuple[int, CacheEntry | None]] = {}
        self._background: tuple[list[int], _Reading] | None = None
        self._ahead: ReadAhead | None = None

    def read_while_listing(self, path_of: Callable[[int], str]) -> bool:
        """Let forked helpers read queued files while the listing goes on (see
        :mod:`read_ahead`); only for a first scan, where no hash cache could spare a
        read, and only where forking is safe. The listing calls :meth:`listed` now and
        then. Returns whether it is on."""
        if self.readers.threads > 1 or self.readers.workers <= 1 or not fork_is_safe():
            return False
        self._ahead = ReadAhead(
            lambda index, size: digest_file(path_of(index), size, size <= PARTIAL_BYTES)
        )
        return True

    def listed(self) -> None:
        """The listing finished a folder: a segment of queued files may go to a helper."""
        if self._ahead is not None:
            self._ahead.poll(self.pending)

    def _take_ahead(self) -> None:
        """Wait for the read-ahead helpers and take their digests; the rest stays queued."""
        if self._ahead is None:
            return
        self._ahead.flush(self.pending)
        done, failed, self.pending = self._ahead.collect(self.pending)
        self._ahead = None
        partial, full = self.partial, self.full
        for (index, size, *_), digest in done:
            if size <= PARTIAL_BYTES:
                full[index] = partial[index] = digest
            else:
                partial[index] = digest
        for (index, *_), message in failed:
            self.unreadable.append((index, message))
        self.files_read += len(done) + len(failed)

    def add(self, index: int, size: int, mtime_ns: int, cached: CacheEntry | None = None) -> None:
        """A listed regular file (give only files that may be read: no placeholders).

        ``cached`` is what the hash cache holds for this path, if anything; it is used
        only while the size and mtime still match.
        """
        if size <= 0:
            return
        first = self.first_of_size.get(size)
        if first is None:
            self.first_of_size[size] = index
            if cached is not None:
                self._first_mtime[index] = (mtime_ns, cached)
            else:
                self._first_mtime[index] = (mtime_ns, None)
            return
        if first not in self.sizes:
            mtime, first_cached = self._first_mtime.pop(first)
            self._take(first, size, mtime, first_cached)
        self._take(index, size, mtime_ns, cached)

    def use_cache(self, cached_of: Callable[[int], CacheEntry | None]) -> None:
        """Take what the hash cache holds for the files queued for reading (``cached_of``
        gives it by file index), so that only new and changed files are read.

        The scan asks only after its listing: a rescan that lists what the previous scan
        listed reads nothing at all and never loads the cache (``scan_reuse``).
        """
        self._take_ahead()
        waiting = []
        for job in self.pending:
            index, size, mtime_ns, _ = job
            cached = cached_of(index)
            if cached is not None and cached[0] == size and cached[1] == mtime_ns:
                if cached[2] is not None:
                    self.partial[index] = cached[2]
                if cached[3] is not None:
                    self.full[index] = cached[3]
                if cached[2] is not None or cached[3] is not None:
                    continue
            waiting.append(job)
        self.pending = waiting

    def _take(self, index: int, size: int, mtime_ns: int, cached: CacheEntry | None) -> None:
        self.sizes[index] = size
        if cached is not None and cached[0] == size and cached[1] == mtime_ns:
            if cached[2] is not None:
                self.partial[index] = cached[2]
            if cached[3] is not None:
                self.full[index] = cached[3]
            if cached[2] is not None or cached[3] is not None:
                return
        self.pending.append((index, size, mtime_ns, None))

    def begin(self, path_of: Callable[[int], str]) -> bool:
        """Start reading the first blocks in the background and return at once.

        Only where forked readers can find the paths themselves (many files, a local
        root, one thread): the scan then works out the suggestions while they read.
        Returns False otherwise; :meth:`finish` then reads as before. Nothing may be
        added after this.
        """
        if self._background is not None:
            return True
        self._take_ahead()
        if len(self.pending) < _Readers.PROCESS_MIN:
            return False
        self._first_mtime.clear()
        self.first_of_size.clear()  # nothing more is added; the readers need no copy
        if not self.readers.start_inherited(path_of, self.sizes):
            return False
        first = [index for index, _, _, _ in self.pending]
        self.pending = []
        self._background = (first, self.readers.map_indexes(first, False))
        return True

    def finish(
        self,
        path_of: Callable[[int], str],
        progress: Callable[[int, int], bool | None] | None = None,
    ) -> DuplicateResult:
        """Read what is queued, read colliding files whole, and group equal ones.

        ``progress(done, total)`` is called now and then; returning False raises
        :class:`Cancelled`.
        """
        self._first_mtime.clear()
        self.first_of_size.clear()  # nothing more is added; its memory can serve the reads
        sizes = self.sizes
        try:
            if self.begin(path_of):
                first, reading = self._background
                self._background = None
                self._take_packed(first, reading, False, progress, 0, len(first))
            else:
                first = [index for index, _, _, _ in self.pending]
                self.pending = []
                self._read(first, path_of, False, progress, 0, len(first))
            # Pass 2: files whose size and first block collide are read whole.
            large = ((i, d) for i, d in self.partial.items() if i not in self.full)
            second = [i for members in _collisions(large, sizes) for i in members]
            total = len(first) + len(second)
            if self.readers.inherits and second:
                reading = self.readers.map_indexes(second, True)
                self._take_packed(second, reading, True, progress, len(first), total)
            else:
                self._read(second, path_of, True, progress, len(first), total)
        except BaseException:
            self.readers.cancel()
            raise
        self.readers.close()
        groups = sorted(sorted(members) for members in _collisions(self.full.items(), sizes))
        return DuplicateResult(groups, self.partial, self.full, self.unreadable, self.files_read)

    def _read(
        self,
        indexes: list[int],
        path_of: Callable[[int], str],
        whole: bool,
        progress: Callable[[int, int], bool | None] | None,
        base: int,
        total: int,
    ) -> None:
        if not indexes:
            return
        sizes = self.sizes
        # In slices, so that only one slice of paths is in memory at a time.
        for start in range(0, len(indexes), _SLICE):
            part = indexes[start : start + _SLICE]
            jobs = [(path_of(i), sizes[i], whole or sizes[i] <= PARTIAL_BYTES) for i in part]

            def tick(done: int, start: int = start) -> bool:
                return progress is None or progress(base + start + done, total) is not False

            results = self.readers.read(jobs, tick)
            for index, (_, size, read_whole), (digest, error) in zip(
                part, jobs, results, strict=True
            ):
                if digest is None:
                    self.unreadable.append((index, error or "unreadable"))
                    self.partial.pop(index, None)
                    continue
                if read_whole:
                    self.full[index] = digest
                    if size <= PARTIAL_BYTES:
                        self.partial[index] = digest
                else:
                    self.partial[index] = digest
            self.files_read += len(part)

    def _take_packed(
        self,
        indexes: list[int],
        reading: _Reading,
        whole: bool,
        progress: Callable[[int, int], bool | None] | None,
        base: int,
        total: int,
    ) -> None:
        """Note the digests of forked readers (:meth:`_Readers.map_indexes`)."""

        def tick(done: int) -> bool:
            return progress is None or progress(base + done, total) is not False

        sizes, partial, full = self.sizes, self.partial, self.full
        for chunk, packed, errors in self.readers.results(reading, tick):
            at = 0
            for position, index in enumerate(chunk):
                digest = packed[at : at + DIGEST_BYTES]
                at += DIGEST_BYTES
                if errors and position in errors:
                    self.unreadable.append((index, errors[position] or "unreadable"))
                    partial.pop(index, None)
                elif sizes[index] <= PARTIAL_BYTES:
                    full[index] = partial[index] = digest
                elif whole:
                    full[index] = digest
                else:
                    partial[index] = digest
            self.files_read += len(chunk)

    def cancel(self) -> None:
        """Stop the readers (the scan was cancelled or failed)."""
        self._background = None
        if self._ahead is not None:
            self._ahead.cancel()
            self._ahead = None
        self.readers.cancel()


def _collisions(items: Iterable[tuple[int, bytes]], sizes: dict[int, int]) -> list[list[int]]:
    """Lists of two or more indexes whose digest and size are equal.

    Keyed on the digest object alone (no tuple per file), with a plain index until a
    second file turns up: this runs over every candidate of a million-file share.
    """
    seen: dict[bytes, int | list[int]] = {}
    for index, digest in items:
        found = seen.get(digest)
        if found is None:
            seen[digest] = index
        elif isinstance(found, list):
            found.append(index)
        else:
            seen[digest] = [found, index]
    groups = []
    for members in seen.values():
        if isinstance(members, list):
            by_size: dict[int, list[int]] = {}
            for index in members:
                by_size.setdefault(sizes[index], []).append(index)
            groups.extend(m for m in by_size.values() if len(m) > 1)
    return groups


def find_duplicates(
    files: list[tuple[int, str, int, int]],
    cache: Mapping[str, CacheEntry] | None = None,
    *,
    workers: int = 2,
    progress: Callable[[int, int], bool | None] | None = None,
) -> DuplicateResult:
    """Group ``files`` ``(index, path, size, mtime_ns)`` by content in one go.

    For callers that have the whole list; ``cache`` is keyed on the path.
    """
    cache = cache or {}
    paths = {index: path for index, path, _, _ in files}
    finder = DuplicateFinder(workers)
    try:
        for index, path, size, mtime_ns in files:
            finder.add(index, size, mtime_ns, cache.get(path))
        return finder.finish(paths.__getitem__, progress)
    except BaseException:
        finder.cancel()
        raise
