"""The parallel lister and the scan of a slow root: the same records, rows and groups as
the serial walk and scan, in the same order.

Also on a real slow FUSE mount (the passthrough from ``benchmarks/slow_share.py``), where
the scan must choose threads by itself and be faster than a serial scan; skipped where
FUSE, fusepy or libfuse2 are missing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from pathlib import Path

import pytest

from desktop_app.core import fsnames, parallel_walk, scan_walk
from desktop_app.core import scanner as scanner_module
from desktop_app.core.parallel_walk import Listing, walk
from desktop_app.core.scanner import ScanCancelled, scan
from desktop_app.core.store import Catalog
from tests.core.hostile import GB, make_hostile_tree
from tests.core.processes import threads_left

REAL_SCANDIR = os.scandir


def _share(root: Path) -> dict[str, int]:
    """The hostile tree plus a few nested folders, so threads have work to race on."""
    files = make_hostile_tree(root)
    for a in range(4):
        for b in range(3):
            folder = root / f"map {a}" / f"sub {b}"
            folder.mkdir(parents=True)
            for c in range(3):
                (folder / f"f{c}.txt").write_bytes(b"x" * (a * 10 + b + c))
                files[f"map {a}/sub {b}/f{c}.txt"] = a * 10 + b + c
    return files


def _records(listings: list[Listing]) -> list[tuple[str, str, int]]:
    """(readable folder, readable name, size) of every file, in walk order."""
    return [
        (fsnames.readable(listing.rel), fsnames.readable(name), st.st_size)
        for listing in listings
        for name, st in listing.files
    ]


def _errors(listings: list[Listing]) -> list[tuple[str, str]]:
    """The errors as the scanner words them."""
    return [
        (fsnames.readable(listing.path), scan_walk.why(listing.error))
        for listing in listings
        if listing.error is not None
    ]


def _serial_scan(tmp_path: Path, share: Path, config) -> scanner_module.ScanResult:
    with Catalog(tmp_path / "serial.sqlite3") as catalog:
        return scan(catalog, [str(share)], config, now=1_800_000_000)


def _no_lister_threads(timeout: float = 3.0) -> bool:
    return not threads_left("sharetidy-list-", timeout)


@pytest.mark.parametrize("workers", [0, 4])
def test_same_files_sizes_and_order_as_the_serial_walk(tmp_path: Path, config, workers) -> None:
    share = tmp_path / "share"
    share.mkdir()
    expected = _share(share)
    result = _serial_scan(tmp_path, share, config)
    listings = list(walk(str(share), workers=workers))
    records = _records(listings)
    # Exactly today's scan: the same files, sizes and folders in the same order.
    assert records == [(row[1], row[2], row[3]) for row in result.rows()]
    assert _errors(listings) == result.errors == []
    # Links, the FIFO and the link loop are not listed; the sparse file counts in full;
    # the name that is not UTF-8 keeps its bytes (surrogate escapes) to be opened.
    rel = {
        fsnames.join_rel(listing.rel, name): st.st_size
        for listing in listings
        for name, st in listing.files
    }
    assert rel == expected
    assert rel["schijfkopie.iso"] == 3 * GB
    bad = [name for listing in listings for name, _ in listing.files if name.startswith("caf")]
    assert [os.fsencode(name) for name in bad] == [b"caf\xe9.txt"]
    names = {name for listing in listings for name in listing.folders}
    assert "terug" not in names and "buiten" not in names
    deep = [listing for listing in listings if len(listing.path) > 500]
    assert deep and deep[-1].files[0][0] == "lang pad bestand.txt"


def test_the_order_does_not_depend_on_threads_or_lookahead(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _share(share)
    serial = [(x.rel, [n for n, _ in x.files], x.folders) for x in walk(str(share))]
    for workers, lookahead in ((2, 1), (4, 10), (16, 1_000_000), (3, 1)):
        listings = walk(str(share), workers=workers, lookahead=lookahead)
        assert [(x.rel, [n for n, _ in x.files], x.folders) for x in listings] == serial
    assert _no_lister_threads()


class _FailsAfterOne:
    """A scandir iterator whose folder disappears after the first entry."""

    def __init__(self, path):
        self._entries = REAL_SCANDIR(path)
        self._given = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._entries.close()

    def __iter__(self):
        return self

    def __next__(self):
        if self._given:
            raise FileNotFoundError(errno.ENOENT, "gone")
        self._given += 1
        return next(self._entries)


def _unfriendly_scandir(path=".", *, slow: str = "", delay: float = 0.0):
    name = os.path.basename(os.fspath(path))
    if name == "Geheim":
        raise PermissionError(errno.EACCES, "Permission denied", path)
    if name == "sub 1":
        return _FailsAfterOne(path)
    if name == slow:
        time.sleep(delay)
    return REAL_SCANDIR(path)


@pytest.mark.parametrize("workers", [0, 4])
def test_unreadable_and_vanishing_folders_are_reported_like_the_serial_walk(
    tmp_path: Path, config, monkeypatch, workers
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _share(share)
    monkeypatch.setattr(os, "scandir", _unfriendly_scandir)
    result = _serial_scan(tmp_path, share, config)
    listings = list(walk(str(share), workers=workers))
    assert _errors(listings) == result.errors
    assert len(result.errors) == 5  # Geheim, and "sub 1" in each of the four maps
    assert "no permission to read this folder" in dict(result.errors).values()
    assert _records(listings) == [(row[1], row[2], row[3]) for row in result.rows()]
    vanished = [x for x in listings if x.rel.endswith("sub 1")]
    assert all(len(x.files) + len(x.folders) == 1 for x in vanished)  # what came first stays


def test_a_tick_that_raises_cancels_a_waiting_walk_and_stops_the_threads(
    tmp_path: Path, monkeypatch
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _share(share)
    monkeypatch.setattr(
        os, "scandir", lambda path=".": _unfriendly_scandir(path, slow="map 2", delay=0.5)
    )
    ticks = []

    class Stop(Exception):
        pass

    def tick() -> None:
        ticks.append(time.monotonic())
        raise Stop

    seen = []
    with pytest.raises(Stop):
        for listing in walk(str(share), workers=4, tick=tick):
            seen.append(listing.rel)
    assert len(ticks) == 1
    assert "map 2" not in seen  # the tick came while the slow folder was still listing
    assert _no_lister_threads()


def test_closing_early_stops_the_threads(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _share(share)
    listings = walk(str(share), workers=4)
    assert next(listings).rel == ""
    listings.close()
    assert _no_lister_threads()


def test_a_failure_in_a_lister_thread_reaches_the_caller(tmp_path: Path, monkeypatch) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _share(share)
    real = parallel_walk.list_folder

    def broken(path: str, rel: str = "") -> Listing:
        if rel == "map 1":
            raise RuntimeError("bug")
        return real(path, rel)

    monkeypatch.setattr(parallel_walk, "list_folder", broken)
    with pytest.raises(RuntimeError, match="bug"):
        list(walk(str(share), workers=3))
    assert _no_lister_threads()


def test_local_disks_stay_single_threaded(tmp_path: Path, monkeypatch) -> None:
    assert parallel_walk.should_parallelise(str(tmp_path)) is False
    assert parallel_walk.listing_latency(str(tmp_path)) < parallel_walk.SLOW_LISTING_S
    # An unknown mount type that answers slowly is treated as a slow share.
    monkeypatch.setattr(parallel_walk, "listing_latency", lambda path, tries=3: 0.004)
    assert parallel_walk.should_parallelise(str(tmp_path)) is True


def _spy_on_threads(monkeypatch) -> dict[str, list[int]]:
    """Record the listing threads the scanner asks for and the reader threads it reads with."""
    from desktop_app.core import readers

    used: dict[str, list[int]] = {"walk": [], "read": []}
    real_walk = parallel_walk.walk
    real_in_threads = readers.Readers._in_threads

    def walk_spy(root: str, **kwargs):
        used["walk"].append(kwargs.get("workers", 0))
        return real_walk(root, **kwargs)

    def in_threads_spy(self, plain, progress):
        used["read"].append(self.threads)
        return real_in_threads(self, plain, progress)

    monkeypatch.setattr(parallel_walk, "walk", walk_spy)
    monkeypatch.setattr(readers.Readers, "_in_threads", in_threads_spy)
    return used


def _no_reader_threads() -> bool:
    return not threads_left("sharetidy-read")


def test_a_scan_of_a_slow_root_gives_the_serial_scans_result(
    tmp_path: Path, config, monkeypatch
) -> None:
    """With threads for listing and reading (what a slow root gets) the scan stores the
    same rows, errors, bad names and duplicate groups as the serial scan of a local disk."""
    from desktop_app.core.duplicates import READ_THREADS

    share = tmp_path / "share"
    share.mkdir()
    _share(share)
    monkeypatch.setattr(os, "scandir", _unfriendly_scandir)
    used = _spy_on_threads(monkeypatch)
    serial = _serial_scan(tmp_path, share, config)
    # A local disk: no threads at all (a walk per top folder where it splits the walk).
    assert set(used["walk"]) == {0} and used["read"] == []
    before = len(used["walk"])
    monkeypatch.setattr(parallel_walk, "should_parallelise", lambda root: True)
    with Catalog(tmp_path / "parallel.sqlite3") as catalog:
        threaded = scan(catalog, [str(share)], config, now=1_800_000_000)
        assert used["walk"][before:] == [parallel_walk.WORKERS]
        assert used["read"] and set(used["read"]) == {READ_THREADS}
        assert list(threaded.rows()) == list(serial.rows())
        assert len(serial.errors) == 5 and threaded.errors == serial.errors
        assert threaded.bad_names == serial.bad_names and len(serial.bad_names) == 1
        assert threaded.groups() == serial.groups() and len(serial.groups()) > 1
        assert threaded.duplicate_groups == serial.duplicate_groups
        with pytest.raises(ScanCancelled):
            scan(catalog, [str(share)], config, lambda p: p.phase != "list")
        assert catalog.roots()[0].scan_id == threaded.scan_id
    assert _no_lister_threads()
    assert _no_reader_threads()


def test_reading_in_threads_reads_alike_and_cancels(tmp_path: Path) -> None:
    from desktop_app.core.readers import Cancelled, _hash_chunk
    from desktop_app.core.readers import Readers as _Readers

    jobs = []
    for i in range(300):
        path = tmp_path / f"f{i}"
        path.write_bytes(bytes([i % 7]) * (i * 50))
        jobs.append((str(path), i * 50, i % 2 == 0))
    jobs.append((str(tmp_path / "weg"), 10, True))  # gone: an error, in its place
    readers = _Readers(2, threads=4)
    seen: list[int] = []
    assert readers.read(jobs, lambda done: seen.append(done)) == _hash_chunk(jobs)
    assert seen and seen[-1] == len(jobs) and seen == sorted(seen)
    assert readers.pool is None  # threads, not reader processes
    with pytest.raises(Cancelled):
        readers.read(jobs, lambda done: False)
    assert _no_reader_threads()


def test_a_few_files_still_keep_every_reader_thread_busy(monkeypatch) -> None:
    """Fewer files than threads x THREAD_CHUNK are spread over all threads: 16 files with
    8 threads go out as 8 tasks of 2, not as one task of 16 that one thread would read."""
    from desktop_app.core import readers

    tasks: list[int] = []

    class CountingPool(readers.ThreadPoolExecutor):
        def submit(self, fn, chunk, /):
            tasks.append(len(chunk))
            return super().submit(fn, chunk)

    def fake_digest(path, size, whole, tick=None):
        return path.encode()

    monkeypatch.setattr(readers, "digest_file", fake_digest)
    monkeypatch.setattr(readers, "ThreadPoolExecutor", CountingPool)
    jobs = [(f"f{i}", 10, True) for i in range(16)]
    results = readers.Readers(2, threads=8).read(jobs, lambda done: True)
    assert results == [(f"f{i}".encode(), None) for i in range(16)]
    assert tasks == [2] * 8


def _fuse_reason() -> str:
    if os.geteuid() != 0:
        return "FUSE mounts need root here"
    from benchmarks.slow_share import fuse_available

    return fuse_available()


@pytest.mark.skipif(bool(_fuse_reason()), reason=_fuse_reason() or "FUSE available")
def test_a_scan_of_a_slow_fuse_mount_goes_parallel_and_lists_the_same(
    tmp_path: Path, config, monkeypatch
) -> None:
    """The passthrough of benchmarks/slow_share.py, 2 ms per listing and per open."""
    from benchmarks.slow_share import BenchError, make_tree, slow_mount

    source = tmp_path / "share"
    make_tree(source, folders=50, per_folder=10)
    used = _spy_on_threads(monkeypatch)
    with contextlib.ExitStack() as stack:
        try:
            mount = stack.enter_context(slow_mount(source, latency_s=0.002))
        except BenchError as exc:  # FUSE present but mounting not allowed here
            pytest.skip(f"cannot mount FUSE here: {exc}")
        root = str(mount)
        assert parallel_walk.should_parallelise(root)
        decide = parallel_walk.should_parallelise
        rows: dict[bool, list[tuple]] = {}
        for run in range(2):
            for parallel in (True, False):
                monkeypatch.setattr(
                    parallel_walk,
                    "should_parallelise",
                    decide if parallel else lambda path: False,
                )
                before = len(used["walk"])
                with Catalog(tmp_path / f"{parallel}-{run}.sqlite3") as catalog:
                    result = scan(catalog, [root], config, now=1_800_000_000)
                walks = used["walk"][before:]
                assert walks == [parallel_walk.WORKERS] if parallel else set(walks) == {0}
                rows[parallel] = [row[1:] for row in result.rows()]
                assert result.errors == []
        assert used["read"]  # the duplicate candidates were read by threads
        assert rows[True] == rows[False] and len(rows[True]) == 500
        # How much faster the threads are is measured by benchmarks/slow_share.py, not
        # here: a timed test fails whenever the machine is busy.
    assert not os.path.ismount(root)
    assert _no_lister_threads()
    assert _no_reader_threads()
