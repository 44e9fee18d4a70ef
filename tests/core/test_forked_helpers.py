"""Forked helpers of a first scan: reading while listing, suggestions in two halves.

Both must end exactly where the plain, single-process scan ends: every file read once,
unreadable files named with their reason, a helper that dies costs only time, and a
cancel leaves no process behind.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import time
from pathlib import Path

import pytest

from desktop_app.core import read_ahead, scan_steps
from desktop_app.core.duplicates import DuplicateFinder
from desktop_app.core.read_ahead import ReadAhead
from desktop_app.core.readers import Readers
from desktop_app.core.scanner import scan
from desktop_app.core.store import Catalog
from tests.core.processes import no_children, record_handed_over

pytestmark = [
    pytest.mark.skipif(
        "fork" not in multiprocessing.get_all_start_methods(), reason="the helpers are forked"
    ),
    pytest.mark.usefixtures("only_this_thread"),
]


def _digest(index: int) -> bytes:
    return index.to_bytes(16, "big")


def _read(index: int, size: int) -> bytes:
    if index % 97 == 5:
        raise PermissionError(13, "Permission denied")
    return _digest(index)


def test_every_queued_file_is_read_once_by_some_helper(monkeypatch) -> None:
    monkeypatch.setattr(read_ahead, "SEGMENT", 100)
    ahead = ReadAhead(_read)
    queue: list[tuple] = []
    for index in range(1234):
        queue.append((index, 10, 0, None))
        if index % 50 == 0:
            ahead.poll(queue)
    assert ahead.helpers  # some were handed out while "listing"
    ahead.flush(queue)
    done, failed, left = ahead.collect(queue)
    assert left == []
    assert sorted(job[0] for job, _ in done) == [i for i in range(1234) if i % 97 != 5]
    assert all(digest == _digest(job[0]) for job, digest in done)
    assert sorted(job[0] for job, _ in failed) == [i for i in range(1234) if i % 97 == 5]
    assert {message for _, message in failed} == {os.strerror(13)}
    assert no_children()


def test_what_a_dying_helper_did_not_read_is_left_to_read(monkeypatch) -> None:
    monkeypatch.setattr(read_ahead, "SEGMENT", 100)

    def dies_at_150(index: int, size: int) -> bytes:
        if index == 150:
            os._exit(3)  # as if killed
        return _digest(index)

    ahead = ReadAhead(dies_at_150)
    queue = [(index, 10, 0, None) for index in range(300)]
    ahead.flush(queue)  # two helpers: 0-149 and 150-299
    done, failed, left = ahead.collect(queue)
    assert sorted(job[0] for job, _ in done) == list(range(150))
    assert failed == []
    assert [job[0] for job in left] == list(range(150, 300))


def test_cancel_stops_the_helpers_at_once(monkeypatch) -> None:
    monkeypatch.setattr(read_ahead, "SEGMENT", 10)

    def slow(index: int, size: int) -> bytes:
        time.sleep(5)
        return _digest(index)

    ahead = ReadAhead(slow)
    queue = [(index, 10, 0, None) for index in range(40)]
    ahead.poll(queue)
    started = time.monotonic()
    ahead.cancel()
    assert time.monotonic() - started < 2
    assert ahead.helpers == [] and no_children()


def _share(root: Path, files: int = 1500) -> Path:
    (root / "Projecten").mkdir(parents=True)
    (root / "Archief").mkdir()
    for i in range(files):
        folder = root / ("Archief" if i % 5 == 0 else "Projecten")
        name = f"besluit {i}.docx" if i % 7 == 0 else f"notitie {i}.docx"
        path = folder / name
        path.write_bytes(bytes([i % 60]) * (300 + i % 4))
        born = time.time() - (i % 15) * 365 * 86400
        os.utime(path, (born, born))
    (root / "groot.iso").write_bytes(b"i" * 9000 + b"1")
    (root / "groot kopie.iso").write_bytes(b"i" * 9000 + b"1")
    (root / "groot ander.iso").write_bytes(b"i" * 9000 + b"2")  # same size and start
    return root


def _rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT d.rel, f.name, f.flags, f.dup_group, f.rule, f.suggestion, f.protected, "
            "f.partial, f.full FROM files f JOIN folders d ON d.id = f.folder_id "
            "JOIN roots r ON r.id = f.root_id AND r.scan_id = f.scan_id ORDER BY f.id"
        ).fetchall()


def test_a_first_scan_with_helpers_stores_what_a_plain_scan_stores(
    tmp_path: Path, monkeypatch, config
) -> None:
    share = _share(tmp_path / "share")
    now = time.time()
    monkeypatch.setattr(read_ahead, "SEGMENT", 200)
    monkeypatch.setattr(scan_steps, "SPLIT_MIN", 100)
    reading = []
    real = DuplicateFinder.read_while_listing

    def spy(self, path_of):
        reading.append(real(self, path_of))
        return reading[-1]

    monkeypatch.setattr(DuplicateFinder, "read_while_listing", spy)
    # The helpers read every first block; the three large files whose starts agree are
    # then read whole by readers forked with the paths (only numbers are sent).
    monkeypatch.setattr(Readers, "PROCESS_MIN", 3)
    sent = record_handed_over(monkeypatch)
    with Catalog(tmp_path / "helped.sqlite3") as catalog:
        helped = scan(catalog, [str(share)], config, now=now)
    assert reading == [True]
    assert sent == [(3, True)]
    monkeypatch.setattr(DuplicateFinder, "read_while_listing", lambda self, path_of: False)
    monkeypatch.setattr(scan_steps, "SPLIT_MIN", 10**9)
    with Catalog(tmp_path / "plain.sqlite3") as catalog:
        plain = scan(catalog, [str(share)], config, now=now)
    rows = _rows(tmp_path / "helped.sqlite3")
    assert rows == _rows(tmp_path / "plain.sqlite3")
    assert helped.duplicate_groups == plain.duplicate_groups == 61
    assert helped.files_read == plain.files_read
    rules = {rule for *_, rule, _, _, _, _ in rows}
    assert {"duplicate", "record-archive", "document-retention", "recent-work"} <= rules
    assert no_children()


def test_suggestions_of_a_failed_half_are_worked_out_here(
    tmp_path: Path, monkeypatch, config
) -> None:
    share = _share(tmp_path / "share", files=300)
    now = time.time()
    with Catalog(tmp_path / "plain.sqlite3") as catalog:
        scan(catalog, [str(share)], config, now=now)
    monkeypatch.setattr(scan_steps, "SPLIT_MIN", 100)
    monkeypatch.setattr(scan_steps, "start_child", lambda work: _failing_child())
    with Catalog(tmp_path / "failed.sqlite3") as catalog:
        scan(catalog, [str(share)], config, now=now)
    assert _rows(tmp_path / "failed.sqlite3") == _rows(tmp_path / "plain.sqlite3")


def _failing_child() -> int:
    pid = os.fork()
    if pid == 0:
        os._exit(1)
    return pid


def test_a_helper_dies_with_its_parent(tmp_path: Path) -> None:
    """A scan killed outright leaves no helper behind (the death signal Linux sends)."""
    import signal
    import subprocess
    import sys

    script = (
        "import os, sys, time\n"
        "from desktop_app.core.forking import start_child\n"
        "pid = start_child(lambda: time.sleep(60))\n"
        "print(pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    helper = int(parent.stdout.readline())
    os.kill(helper, 0)  # running
    parent.send_signal(signal.SIGKILL)
    parent.wait(10)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(helper, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    pytest.fail("the helper outlived its parent")
