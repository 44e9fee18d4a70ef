"""Reading digests of many files: in this process, in forked processes, or in threads.

On a local disk the cost of reading a few kilobytes per file is the ``open``/``read``
system calls, so large batches go to worker processes (both cores read at once). Forked
workers find the paths in the memory they share with the scan, so only file numbers go
to them and packed digests come back: building and sending 200,000 paths cost the scan
more than the reading itself. On a slow (network) root every open waits for the server,
so many threads keep many opens in flight instead.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import multiprocessing.pool
import os
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from typing import Any

import xxhash

from desktop_app.core.forking import fork_is_safe

PARTIAL_BYTES = 4096
"""How much of a file the first pass reads; files up to this size are read whole."""
CHUNK = 1024 * 1024

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
    if "fork" in methods and fork_is_safe():
        return multiprocessing.get_context("fork")
    if "forkserver" in methods and sys.platform == "linux":
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


Reading = tuple[list[list[int]], Iterator[tuple[bytes, dict[int, str]]]]
"""Chunks of file indexes being read, and the pool's iterator over their results."""


class Readers:
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

    def map_indexes(self, indexes: list[int], whole: bool) -> Reading:
        """Start reading ``indexes`` in the inherited processes and return at once, so
        the caller can work meanwhile; :meth:`results` hands the digests over."""
        size = max(256, len(indexes) // (self.workers * 16))
        chunks = [indexes[i : i + size] for i in range(0, len(indexes), size)]
        return chunks, self.pool.imap(_hash_indexes, [(chunk, whole) for chunk in chunks])

    def results(
        self, reading: Reading, progress: Callable[[int], bool | None]
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
            _kill_workers(self.pool)
            self.pool.terminate()
            self.pool.join()
            self.pool = None
        self.inherits = False


def _kill_workers(pool: multiprocessing.pool.Pool) -> None:
    """Kill and reap a pool's workers, and give back a queue lock a dead one held.

    ``Pool.terminate`` alone can hang for good: a worker it kills while that worker sends
    a result leaves the result queue's write lock taken (or the task queue's read lock,
    while it waits for a task), and terminate then waits for that lock (seen once in a
    full test run: a cancel during reading never returned).

    The pool's worker handler stops first: it starts a new worker the moment one dies,
    and a worker started between these kills and terminate took the task queue's lock
    and waited for the rest of a half-read task, so terminate waited for that lock for
    good (a test hung this way 6 times in 15, and once in CI).
    """
    _stop_replacing_workers(pool)
    workers = list(getattr(pool, "_pool", ()))
    for process in workers:
        process.kill()
    for process in workers:
        process.join()
    # Only workers and terminate take the task queue's read lock: with the workers dead
    # it is given back at once. The result queue's lock the task thread takes as well.
    inqueue = getattr(pool, "_inqueue", None)
    outqueue = getattr(pool, "_outqueue", None)
    if outqueue is not None:
        _give_back(outqueue._wlock, LOCK_WAIT_S)
    if inqueue is not None:
        _give_back(inqueue._rlock, 0.0)
        inqueue._reader = _Drain(inqueue._reader)


LOCK_WAIT_S = 1.0
"""How long the result queue's lock may stay taken before it counts as a dead worker's
(only a worker killed while it sent a result leaves it so: a rare cancel waits this)."""


def _give_back(lock: Any, wait_s: float) -> None:
    """Free a queue lock that a worker that is dead now may hold.

    The pool's task thread takes the result queue's lock too, for a moment, to send its
    last message once the worker handler has gone; giving that hold back would break
    the thread (a "released too many times" traceback). So there the lock is given back
    only when it stays taken for ``wait_s``: the pool's own threads hold it for
    microseconds, a dead worker for good.
    """
    lock.acquire(timeout=wait_s)  # 0: one try, no wait
    # Ours now (it was free, or a live holder let go) or still a dead worker's: either
    # way one release leaves it free.
    lock.release()


def _stop_replacing_workers(pool: multiprocessing.pool.Pool) -> None:
    """End the pool's worker handler (it sends no task, it only replaces dead workers)."""
    handler = getattr(pool, "_worker_handler", None)
    notifier = getattr(pool, "_change_notifier", None)
    if handler is None or notifier is None:
        return
    handler._state = multiprocessing.pool.TERMINATE
    notifier.put(None)  # wakes it from its wait for a worker to die
    handler.join()


class _Drain:
    """The task queue's reading end once every worker is gone. ``terminate`` empties it
    so that the pool's task feeder is not left blocked on a full pipe, and reads whole
    messages to do so; a message a killed worker had half read then makes no sense (it
    raised EOFError out of a cancel, or would wait for bytes that never come). Nothing
    in the queue is wanted any more, so its bytes are dropped as they are."""

    def __init__(self, reader: Any):
        self._reader = reader

    def poll(self, timeout: float = 0.0) -> bool:
        return self._reader.poll(timeout)

    def recv(self) -> None:
        os.read(self._reader.fileno(), 1 << 16)  # poll said there are bytes: no wait
