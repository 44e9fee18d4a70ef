"""Forked readers that find the paths in shared memory (only file numbers are sent).

They must give exactly what readers sent paths give: the same groups, the same
digests, the same unreadable files, and stop at once on a cancel. The scan starts them
before it works out the suggestions, so its rows must also be what a scan without the
head start stores.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import time
from pathlib import Path

import pytest

from desktop_app.core import duplicates
from desktop_app.core.duplicates import PARTIAL_BYTES, DuplicateFinder
from desktop_app.core.readers import Readers as _Readers
from desktop_app.core.scanner import scan
from desktop_app.core.store import Catalog
from tests.core.processes import record_handed_over

pytestmark = [
    pytest.mark.skipif(
        "fork" not in multiprocessing.get_all_start_methods(), reason="forked readers need fork"
    ),
    pytest.mark.usefixtures("only_this_thread"),
]


def _files(tmp_path: Path, count: int) -> list[tuple[int, str, int, int]]:
    """Small files in 7 contents and two lengths, plus large ones whose first blocks
    are equal and whose ends differ (decoys) or not (copies)."""
    paths = []
    for i in range(count):
        path = tmp_path / f"f{i}"
        path.write_bytes(bytes([i % 7]) * (100 + i % 2))
        paths.append(path)
    head = os.urandom(PARTIAL_BYTES)
    for name, tail in (("big-a", b"1"), ("big-b", b"1"), ("big-decoy", b"2")):
        path = tmp_path / name
        path.write_bytes(head + b"x" * 5000 + tail)
        paths.append(path)
    return [(i, str(p), p.stat().st_size, p.stat().st_mtime_ns) for i, p in enumerate(paths)]


def _find(files, monkeypatch, *, inherited: bool, gone: int | None = None):
    finder = DuplicateFinder(2)
    if not inherited:
        monkeypatch.setattr(_Readers, "start_inherited", lambda self, path_of, sizes: False)
    sent = record_handed_over(monkeypatch)
    for index, _, size, mtime in files:
        finder.add(index, size, mtime)
    if gone is not None:
        os.unlink(files[gone][1])  # listed, then gone before it is read
    paths = {index: path for index, path, _, _ in files}
    result = finder.finish(paths.__getitem__)
    monkeypatch.undo()
    return result, sent


def test_forked_readers_agree_with_readers_sent_paths(tmp_path: Path, monkeypatch) -> None:
    files = _files(tmp_path, 1500)
    by_path, sent = _find(files, monkeypatch, inherited=False)
    assert sent == []
    inherited, sent = _find(files, monkeypatch, inherited=True)
    # Both passes went by number: 1,503 first blocks, then the three large files whole.
    assert sent == [(1503, False), (3, True)]
    assert inherited.groups == by_path.groups
    assert [1500, 1501] in inherited.groups and not any(1502 in g for g in inherited.groups)
    assert inherited.partial == by_path.partial and inherited.full == by_path.full
    assert inherited.files_read == by_path.files_read == 1506


def test_a_file_gone_before_reading_is_unreadable_not_fatal(tmp_path: Path, monkeypatch) -> None:
    files = _files(tmp_path, 1500)
    result, sent = _find(files, monkeypatch, inherited=True, gone=7)
    assert sent
    assert [index for index, _ in result.unreadable] == [7]
    assert 7 not in result.partial and 7 not in result.full
    assert not any(7 in group for group in result.groups)


def test_cancel_while_reading_in_the_background(tmp_path: Path) -> None:
    files = _files(tmp_path, 1500)
    finder = DuplicateFinder(2)
    for index, _, size, mtime in files:
        finder.add(index, size, mtime)
    paths = {index: path for index, path, _, _ in files}
    assert finder.begin(paths.__getitem__)
    with pytest.raises(duplicates.Cancelled):
        finder.finish(paths.__getitem__, lambda done, total: False)
    assert finder.readers.pool is None
    assert not [p for p in multiprocessing.active_children() if p.is_alive()]


def test_few_files_are_not_read_in_the_background(tmp_path: Path) -> None:
    files = _files(tmp_path, 10)
    finder = DuplicateFinder(2)
    for index, _, size, mtime in files:
        finder.add(index, size, mtime)
    paths = {index: path for index, path, _, _ in files}
    assert not finder.begin(paths.__getitem__)
    assert finder.finish(paths.__getitem__).groups == [[10, 11]]  # the two large copies


def _rows(catalog_path: Path) -> list[tuple]:
    with sqlite3.connect(catalog_path) as conn:
        return conn.execute(
            "SELECT f.name, f.dup_group, f.flags, f.rule, f.suggestion, f.protected "
            "FROM files f JOIN roots r ON f.scan_id = r.scan_id ORDER BY f.name"
        ).fetchall()


def test_suggestions_worked_out_while_reading_equal_a_plain_scan(
    tmp_path: Path, monkeypatch, config
) -> None:
    """Copies get the duplicate rule (unless an earlier rule wins) either way."""
    share = tmp_path / "share"
    (share / "Foto's").mkdir(parents=True)
    for i in range(1200):
        (share / f"notitie {i}.docx").write_bytes(bytes([i % 40]) * (200 + i % 3))
    (share / "Foto's" / "vakantie.jpg").write_bytes(b"j" * 300)
    (share / "Foto's" / "vakantie kopie.jpg").write_bytes(b"j" * 300)
    (share / "setup.exe").write_bytes(b"e" * 9000)
    (share / "setup (1).exe").write_bytes(b"e" * 9000)
    now = time.time()
    began = []
    real_begin = DuplicateFinder.begin

    def begin_spy(self, path_of):
        began.append(real_begin(self, path_of))
        return began[-1]

    monkeypatch.setattr(DuplicateFinder, "begin", begin_spy)
    # As on a rescan with many changed files: nothing was read while listing.
    monkeypatch.setattr(DuplicateFinder, "read_while_listing", lambda self, path_of: False)
    early = Catalog(tmp_path / "early.sqlite")
    scan(early, [str(share)], config, now=now)
    early.close()
    assert began[0] is True
    monkeypatch.setattr(DuplicateFinder, "begin", lambda self, path_of: False)
    plain = Catalog(tmp_path / "plain.sqlite")
    scan(plain, [str(share)], config, now=now)
    plain.close()
    rows = _rows(tmp_path / "early.sqlite")
    assert rows == _rows(tmp_path / "plain.sqlite")
    rules = {name: rule for name, _, _, rule, _, _ in rows}
    assert rules["notitie 1.docx"] == "recent-work"  # the kept copy (shortest path)
    assert rules["notitie 121.docx"] == rules["notitie 241.docx"] == "duplicate"
    assert {rules["setup.exe"], rules["setup (1).exe"]} == {"installer"}
