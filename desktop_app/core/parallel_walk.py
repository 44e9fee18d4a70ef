"""List a folder tree with several threads where every listing is a slow round trip.

Why: on an SMB share reached over VPN each folder listing waits 5-30 ms for the server.
One thread waits for every listing in turn, so 2,000 folders cost 10 s or more of doing
nothing. ``os.scandir`` releases the GIL while it waits, so a few threads keep several
listings in flight and the waits overlap (PLATFORM.md: 8 threads list a slow mount about
7x faster than ``find``). On a local disk a listing is a few microseconds of CPU and
threads only add GIL hand-overs (measured 1.4x slower on two cores), so there the
listing stays in the calling thread: :func:`should_parallelise` tells the two apart.

Both ways go through :func:`list_folder` and give the same :class:`Listing` records in
the same order as the scanner's serial walk: the root first, then depth-first, each
folder's subfolders in the order the file system lists them. The parallel walk lists
ahead in that same order (a priority queue keyed on each folder's place in the tree) and
hands the listings over in order, so the caller's folder and file ids do not depend on
which thread happened to be faster.

What a listing holds, as the serial walk has it: regular files with their ``lstat``
(sizes are apparent sizes, so a sparse file counts fully; names keep their surrogate
escapes, so a name that is not UTF-8 can still be opened and its bytes recovered with
``os.fsencode``) and the names of real subfolders. Symbolic links, Windows junctions,
FIFOs, sockets and devices are left out and never followed or opened; a folder that
cannot be listed carries its ``OSError`` instead of stopping the walk. Placeholders are
listed like any file: whether to read one is the caller's choice (``fsnames``).
"""

from __future__ import annotations

import heapq
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from desktop_app.core import fsnames, locality

__all__ = [
    "LOOKAHEAD",
    "SLOW_LISTING_S",
    "WORKERS",
    "Listing",
    "list_folder",
    "listing_latency",
    "should_parallelise",
    "walk",
]

WORKERS = 8
"""Listing threads on a slow root. Measured on a FUSE mount adding 5 ms per listing:
8 threads 1.6 s, 32 threads 2.1 s for 2,041 folders (the server became the limit)."""

SLOW_LISTING_S = 0.001
"""A root whose best listing takes longer than this is slow: a warm local listing takes
tens of microseconds, a network round trip a millisecond or more."""

LOOKAHEAD = 20_000
"""Entries the threads may hold listed ahead of the caller. An entry with its stat result
takes about 770 bytes, so this bounds the backlog to some 15 MB when the caller is slower
than the listing (a fast network); it is still hundreds of folders ahead of it."""

TICK_S = 0.1
"""How often a caller waiting for a slow listing gets its ``tick`` (to show progress and
to cancel, as the scanner's progress callback does)."""

STOP_WAIT_S = 2.0
"""How long closing a walk waits for threads in the middle of a listing; a share that
hangs (VPN gone) must not hang a cancel. Threads left over end after their listing."""

_WINDOWS = os.name == "nt"

Key = tuple[int, ...]
"""A folder's place in the tree: the positions of its ancestors and itself among their
parents' subfolders. Tuples compare in depth-first (pre-order) order."""


@dataclass(slots=True)
class Listing:
    """One folder as listed, in the order the file system gave its entries."""

    path: str
    """The folder's path: the root, then names joined with ``os.path.join``."""
    rel: str
    """The path below the root with ``/`` separators, '' for the root (names as the file
    system spells them, surrogate escapes included)."""
    files: list[tuple[str, os.stat_result]] = field(default_factory=list)
    """Regular files: (name, lstat result)."""
    folders: list[str] = field(default_factory=list)
    """Names of subfolders to walk (never links or junctions)."""
    error: OSError | None = None
    """Why the folder could not be listed, or why the listing stopped part way (then the
    entries listed before the error are kept, as the serial walk keeps them)."""

    @property
    def entries(self) -> int:
        return len(self.files) + len(self.folders)


def list_folder(path: str, rel: str = "") -> Listing:
    """List one folder: its regular files with ``lstat`` and its real subfolders.

    Never raises ``OSError``: a folder that cannot be opened, or that goes away while it
    is listed, comes back with ``error`` set. An entry that vanishes between the listing
    and its ``stat`` is left out without a word, like the serial walk does.
    """
    listing = Listing(path, rel)
    try:
        entries = os.scandir(fsnames.long_path(path))
    except OSError as exc:
        listing.error = exc
        return listing
    add_file = listing.files.append
    add_folder = listing.folders.append
    with entries:
        try:
            for entry in entries:
                try:
                    if entry.is_dir(follow_symlinks=False):
                        if _WINDOWS and fsnames.is_reparse_dir(entry.stat(follow_symlinks=False)):
                            continue  # a junction: never followed
                        add_folder(entry.name)
                        continue
                    if not entry.is_file(follow_symlinks=False):
                        continue  # links, FIFOs, sockets and devices are not files
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue  # vanished between listing and stat: nothing to report
                add_file((entry.name, st))
        except OSError as exc:  # the folder went away while we listed it
            listing.error = exc
    return listing


def walk(
    root: str,
    *,
    workers: int = 0,
    tick: Callable[[], object] | None = None,
    lookahead: int = LOOKAHEAD,
) -> Iterator[Listing]:
    """Every folder of the tree under ``root``, the root first, depth-first, each folder's
    subfolders in listing order: the order of the scanner's serial walk.

    ``workers`` above 1 lists with that many threads (for slow roots), else everything
    happens in the calling thread. While the caller waits for a slow listing, ``tick()``
    is called every :data:`TICK_S`; an exception it raises (a cancel) comes out of the
    iteration and stops the threads. Close the iterator when stopping early (``with
    contextlib.closing(walk(...))``) so that no thread lists on after.
    """
    if workers <= 1:
        yield from _walk_serial(root)
        return
    lister = _Lister(root, workers, lookahead)
    try:
        pending: list[Key] = [()]
        while pending:
            key = pending.pop()
            listing = lister.take(key, tick)
            pending.extend((*key, i) for i in range(len(listing.folders) - 1, -1, -1))
            yield listing
    finally:
        lister.stop()


def _walk_serial(root: str) -> Iterator[Listing]:
    """The same walk in one thread: a stack, children pushed last-first."""
    pending = [(root, "")]
    while pending:
        path, rel = pending.pop()
        listing = list_folder(path, rel)
        for name in reversed(listing.folders):
            pending.append((os.path.join(path, name), fsnames.join_rel(rel, name)))
        yield listing


class _Lister:
    """Threads that list folders ahead of the caller, earliest in walk order first.

    Listed folders wait in ``listed`` until the caller takes them in walk order. Every
    folder the caller will want next is the smallest key not yet taken, so it is always
    at the head of the queue, being listed, or listed: the threads work on what is
    needed soonest and the caller never waits for a folder that nobody lists. Past
    ``lookahead`` held entries the threads only take the folder the caller waits for.
    """

    def __init__(self, root: str, workers: int, lookahead: int):
        self._cond = threading.Condition()
        self._queue: list[tuple[Key, str, str]] = [((), root, "")]
        self._listed: dict[Key, Listing] = {}
        self._held = 0
        self._lookahead = lookahead
        self._wanted: Key = ()
        self._failure: BaseException | None = None
        self._stopped = False
        self._threads = [
            threading.Thread(target=self._work, name=f"sharetidy-list-{n}", daemon=True)
            for n in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    def _may_take(self) -> bool:
        queue = self._queue
        return bool(queue) and (self._held < self._lookahead or queue[0][0] == self._wanted)

    def _work(self) -> None:
        cond = self._cond
        while True:
            with cond:
                while not self._stopped and not self._may_take():
                    cond.wait()
                if self._stopped:
                    return
                key, path, rel = heapq.heappop(self._queue)
            try:
                listing = list_folder(path, rel)
            except BaseException as exc:  # a bug or MemoryError: the caller raises it
                with cond:
                    if self._failure is None:
                        self._failure = exc
                    cond.notify_all()
                return
            with cond:
                if self._stopped:
                    return
                self._listed[key] = listing
                self._held += listing.entries
                for i, name in enumerate(listing.folders):
                    child = ((*key, i), os.path.join(path, name), fsnames.join_rel(rel, name))
                    heapq.heappush(self._queue, child)
                cond.notify_all()

    def take(self, key: Key, tick: Callable[[], object] | None) -> Listing:
        """The listing of ``key``, waiting for it (and ticking) as long as it takes."""
        cond = self._cond
        with cond:
            self._wanted = key
            cond.notify_all()
        while True:
            with cond:
                cond.wait_for(lambda: key in self._listed or self._failure is not None, TICK_S)
                listing = self._listed.pop(key, None)
                if listing is not None:
                    self._held -= listing.entries
                    cond.notify_all()
                    return listing
                if self._failure is not None:
                    raise self._failure
            if tick is not None:
                tick()

    def stop(self) -> None:
        """Stop listing; wait a little for threads in the middle of a listing."""
        with self._cond:
            self._stopped = True
            self._queue.clear()
            self._listed.clear()
            self._cond.notify_all()
        deadline = time.monotonic() + STOP_WAIT_S
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))


def listing_latency(path: str, tries: int = 3) -> float:
    """The best time, in seconds, to open ``path`` and read its first entry.

    The first try may wake a cold cache; the best of the following ones is what every
    listing will cost. Reading only the first entry keeps a huge local folder from
    looking slow. A folder that cannot be listed gives 0.0: the walk reports it.
    """
    times = []
    for _ in range(max(tries, 1) + 1):
        started = time.perf_counter()
        try:
            with os.scandir(fsnames.long_path(path)) as entries:
                next(entries, None)
        except OSError:
            return 0.0
        times.append(time.perf_counter() - started)
    return min(times[1:])


def should_parallelise(root_path: str) -> bool:
    """Whether listing ``root_path`` with :data:`WORKERS` threads will be faster.

    Yes on network locations (UNC paths, mapped drives, network and FUSE mounts, as
    ``locality`` tells them) and on any root whose listing takes longer than
    :data:`SLOW_LISTING_S` (a share we do not recognise, a slow USB disk). No on a local
    disk, where threads make the walk slower.
    """
    if locality.describe_location(root_path).is_network:
        return True
    return listing_latency(root_path) > SLOW_LISTING_S
