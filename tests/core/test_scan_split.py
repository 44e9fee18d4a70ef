"""A local root walked in two processes stores exactly what a walk in one process stores.

The forked walker takes top folders from the end; its rows are renumbered and appended.
Every id, parent, name, error, digest, duplicate group and suggestion must come out as
the one-process walk has them; a walker that fails costs only time; a cancel leaves no
process behind; an unchanged rescan still carries everything over.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import struct
import time
from pathlib import Path

import pytest

from desktop_app.core import scan_split
from desktop_app.core.scanner import ScanCancelled, scan
from desktop_app.core.store import Catalog
from tests.core.processes import no_children

pytestmark = [
    pytest.mark.skipif(
        "fork" not in multiprocessing.get_all_start_methods(), reason="the walker is forked"
    ),
    pytest.mark.usefixtures("only_this_thread"),
]
NOW = 1_800_000_000


def _share(root: Path) -> Path:
    """Eight top folders of different sizes and depths, files at the top, a copy in the
    first and the last folder, a name that is not UTF-8 and an unreadable folder at the
    end (the walker's side)."""
    root.mkdir()
    (root / "leesmij.txt").write_bytes(b"bovenaan")
    for top in range(8):
        for sub in range(top % 3 + 1):
            folder = root / f"Map {top}" / f"Deel {sub}" / "Dieper"
            folder.mkdir(parents=True)
            for i in range(5 + top):
                (folder.parent / f"notitie {i}.docx").write_bytes(bytes([top, sub, i]) * 40)
                (folder / f"besluit {i}.pdf").write_bytes(b"%d" % (top * 100 + i))
    (root / "Map 0" / "kopie.docx").write_bytes(b"dezelfde inhoud" * 500)
    (root / "Map 7" / "origineel.docx").write_bytes(b"dezelfde inhoud" * 500)
    (root / "Map 7" / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"latin-1")
    locked = root / "Map 6" / "Geheim"  # unreadable: see the fixture
    locked.mkdir()
    (locked / "x.txt").write_bytes(b"x")
    return root


def _tables(db: Path) -> tuple[list, list]:
    with sqlite3.connect(db) as conn:
        folders = conn.execute("SELECT id, parent_id, rel, raw FROM folders ORDER BY id").fetchall()
        files = conn.execute(
            "SELECT id, folder_id, name, raw, size, mtime_ns, category, flags, sp, dup_group, "
            "rule, suggestion, protected, partial, full FROM files ORDER BY id"
        ).fetchall()
    return folders, files


def _scan(db: Path, share: Path, config, progress=None):
    with Catalog(db) as catalog:
        return scan(catalog, [str(share)], config, progress, now=NOW)


REAL_SCANDIR = os.scandir


@pytest.fixture
def locked() -> list[bool]:
    """Whether "Geheim" cannot be listed (set it to False to let it be read)."""
    return [True]


@pytest.fixture
def share(tmp_path: Path, monkeypatch, locked):
    """The share, with "Geheim" unreadable (chmod does not stop root, who runs CI)."""

    def scandir(path="."):
        if locked[0] and os.path.basename(os.fspath(path)) == "Geheim":
            raise PermissionError(13, "Permission denied", path)
        return REAL_SCANDIR(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return _share(tmp_path / "share")


@pytest.fixture
def handed_over(monkeypatch) -> list[int]:
    """The top folders whose rows the forked walker handed over.

    The parent's first claim of a split walk waits (10 s at most) until the walker has
    claimed a folder: on a busy machine the parent could otherwise walk every folder
    before the child runs at all, and the split would go untested."""
    seen: list[int] = []
    real_append, real_claim = scan_split._append, scan_split._claim

    def spy(walk, finder, top, part):
        seen.append(top)
        return real_append(walk, finder, top, part)

    def claim(lock: int, front: bool):
        low, high = struct.unpack("=qq", os.pread(lock, 16, 0))
        if front and low == 0:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                if struct.unpack("=qq", os.pread(lock, 16, 0))[1] < high:
                    break
                time.sleep(0.005)
        return real_claim(lock, front)

    monkeypatch.setattr(scan_split, "_append", spy)
    monkeypatch.setattr(scan_split, "_claim", claim)
    return seen


def _plain(tmp_path: Path, share: Path, config, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(scan_split, "fork_is_safe", lambda: False)
        return _scan(tmp_path / "plain.sqlite3", share, config)


def test_two_processes_store_what_one_process_stores(
    tmp_path: Path, share: Path, config, monkeypatch, handed_over
) -> None:
    split = _scan(tmp_path / "split.sqlite3", share, config)
    assert handed_over, "the forked walker walked no folder"
    walked_here = len(handed_over)
    plain = _plain(tmp_path, share, config, monkeypatch)
    assert len(handed_over) == walked_here  # the plain scan forked nothing
    assert _tables(tmp_path / "split.sqlite3") == _tables(tmp_path / "plain.sqlite3")
    assert split.errors == plain.errors and len(split.errors) == 1
    assert split.bad_names == plain.bad_names and len(split.bad_names) == 1
    assert split.duplicate_groups == plain.duplicate_groups >= 1
    assert (split.files, split.folders, split.bytes) == (plain.files, plain.folders, plain.bytes)
    assert split.files_read == plain.files_read
    assert no_children()


def test_a_walker_that_fails_costs_only_time(
    tmp_path: Path, share: Path, config, monkeypatch, handed_over
) -> None:
    def broken(*_args):
        raise OSError("the walker fell over")

    monkeypatch.setattr(scan_split, "_walk_alone", broken)
    split = _scan(tmp_path / "split.sqlite3", share, config)
    assert handed_over == []  # nothing came back: every folder was walked here
    plain = _plain(tmp_path, share, config, monkeypatch)
    assert _tables(tmp_path / "split.sqlite3") == _tables(tmp_path / "plain.sqlite3")
    assert split.errors == plain.errors
    assert no_children()


def test_an_unchanged_rescan_walked_in_two_processes_carries_everything_over(
    tmp_path: Path, share: Path, config, handed_over, locked
) -> None:
    db = tmp_path / "catalog.sqlite3"
    _scan(db, share, config)
    locked[0] = False  # readable now: nothing is left unread
    first = _scan(db, share, config)
    before = _tables(db)
    count = len(handed_over)
    again = _scan(db, share, config)
    assert len(handed_over) > count  # the rescan's listing was split too
    assert again.scan_id == first.scan_id and again.files_read == 0
    assert _tables(db) == before


def test_a_cancel_during_a_split_walk_leaves_no_process(
    tmp_path: Path, share: Path, config
) -> None:
    seen = []

    def progress(snapshot) -> bool:
        seen.append(snapshot.phase)
        return snapshot.files < 10  # stop once this process has listed a few files

    started = time.monotonic()
    with pytest.raises(ScanCancelled):
        _scan(tmp_path / "cancelled.sqlite3", share, config, progress)
    assert "list" in seen and time.monotonic() - started < 10
    assert no_children()
    with Catalog(tmp_path / "cancelled.sqlite3") as catalog:
        assert all(root.scan_id is None for root in catalog.roots())
