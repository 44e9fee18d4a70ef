"""Exact duplicates: size, then a partial hash, then a full hash, with a hash cache.

Only files of equal size are ever compared, and a group is only made from equal full
digests, so same-size files that differ in their last bytes are never called copies.
Like jdupes, the first pass reads only the first block of a file; the whole file is read
only when its size and first block collide with another file's. The digest is the
128-bit XXH3: hashing then never limits us, and an accidental collision is out of reach
at any share size. A duplicate is only ever a suggestion that names the kept copy.

How files are read is :mod:`readers` (processes, threads or this process) and, on a
first scan, :mod:`read_ahead` (forked helpers that read while the scan still lists).
Digests are cached on (path, size, mtime_ns), so a rescan of an unchanged share reads no
file again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from desktop_app.core import readers
from desktop_app.core.forking import fork_is_safe
from desktop_app.core.read_ahead import ReadAhead
from desktop_app.core.readers import (
    DIGEST_BYTES,
    PARTIAL_BYTES,
    READ_THREADS,
    Cancelled,
    Readers,
    Reading,
    digest_file,
)

__all__ = [
    "PARTIAL_BYTES",
    "READ_THREADS",
    "CacheEntry",
    "Cancelled",
    "DuplicateFinder",
    "DuplicateResult",
    "digest_file",
    "find_duplicates",
]

_SLICE = 16_384
"""Files whose paths are built and read at one time (bounds the memory)."""

CacheEntry = tuple[int, int, bytes | None, bytes | None]
"""(size, mtime_ns, partial digest, full digest) remembered for a path."""


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
        self.readers = Readers(workers, threads)
        self.first_of_size: dict[int, int] = {}
        self.sizes: dict[int, int] = {}
        """Candidate index -> size: every file that shares its size with another."""
        self.pending: list[tuple[int, int, int, CacheEntry | None]] = []
        self.partial: dict[int, bytes] = {}
        self.full: dict[int, bytes] = {}
        self.unreadable: list[tuple[int, str]] = []
        self.files_read = 0
        self._first_mtime: dict[int, tuple[int, CacheEntry | None]] = {}
        self._background: tuple[list[int], Reading] | None = None
        self._ahead: ReadAhead | None = None

    def read_while_listing(self, path_of: Callable[[int], str]) -> bool:
        """Let forked helpers read queued files while the listing goes on (see
        :mod:`read_ahead`); only for a first scan, where no hash cache could spare a
        read, and only where forking is safe. The listing calls :meth:`listed` now and
        then. Returns whether it is on."""
        if self.readers.threads > 1 or self.readers.workers <= 1 or not fork_is_safe():
            return False
        self._ahead = ReadAhead(
            lambda index, size: readers.digest_file(path_of(index), size, size <= PARTIAL_BYTES)
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
        for (index, *_), digest in done:
            self._keep(index, False, digest)
        for (index, *_), message in failed:
            self._unreadable(index, message)
        self.files_read += len(done) + len(failed)

    def _keep(self, index: int, whole: bool, digest: bytes) -> None:
        """Note a digest read for ``index``: a small file's first block is all of it."""
        if self.sizes[index] <= PARTIAL_BYTES:
            self.full[index] = self.partial[index] = digest
        elif whole:
            self.full[index] = digest
        else:
            self.partial[index] = digest

    def _unreadable(self, index: int, message: str | None) -> None:
        self.unreadable.append((index, message or "unreadable"))
        self.partial.pop(index, None)

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
            self._first_mtime[index] = (mtime_ns, cached)
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
        self.pending = [
            job for job in self.pending if not self._cached(*job[:3], cached_of(job[0]))
        ]

    def _take(self, index: int, size: int, mtime_ns: int, cached: CacheEntry | None) -> None:
        self.sizes[index] = size
        if not self._cached(index, size, mtime_ns, cached):
            self.pending.append((index, size, mtime_ns, None))

    def _cached(self, index: int, size: int, mtime_ns: int, cached: CacheEntry | None) -> bool:
        """Take the digests the hash cache holds for ``index`` while its size and mtime
        still match; True when that spares reading it."""
        if cached is None or cached[0] != size or cached[1] != mtime_ns:
            return False
        if cached[2] is not None:
            self.partial[index] = cached[2]
        if cached[3] is not None:
            self.full[index] = cached[3]
        return cached[2] is not None or cached[3] is not None

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
        if len(self.pending) < Readers.PROCESS_MIN:
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
            if len(second) >= Readers.PROCESS_MIN and not self.readers.inherits:
                # The read-ahead read every first block: fork the readers only now,
                # with the paths in their memory rather than sent to them.
                self.readers.start_inherited(path_of, sizes)
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
            for index, (digest, error) in zip(part, results, strict=True):
                if digest is None:
                    self._unreadable(index, error)
                else:
                    self._keep(index, whole, digest)
            self.files_read += len(part)

    def _take_packed(
        self,
        indexes: list[int],
        reading: Reading,
        whole: bool,
        progress: Callable[[int, int], bool | None] | None,
        base: int,
        total: int,
    ) -> None:
        """Note the digests of forked readers (:meth:`Readers.map_indexes`)."""

        def tick(done: int) -> bool:
            return progress is None or progress(base + done, total) is not False

        for chunk, packed, errors in self.readers.results(reading, tick):
            for position, index in enumerate(chunk):
                if errors and position in errors:
                    self._unreadable(index, errors[position])
                else:
                    at = position * DIGEST_BYTES
                    self._keep(index, whole, packed[at : at + DIGEST_BYTES])
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
