"""A scan stored before any file is read, with its copies found afterwards, ends exactly
where a normal scan ends; meanwhile the catalog is complete and live updates wait."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.core.live_batch import scan_running
from desktop_app.core.scanner import ScanCancelled, find_duplicates_later, scan
from desktop_app.core.store import Catalog

NOW = 1_800_000_000.0


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    for f in range(4):
        folder = root / f"Map {f}"
        folder.mkdir(parents=True)
        for i in range(12):
            (folder / f"notitie {i}.docx").write_bytes(
                b"zelfde" * 50 if i < 3 else b"%d-%d" % (f, i)
            )
    return root


def _rows(catalog: Catalog) -> list[tuple]:
    return catalog.conn.execute(
        "SELECT d.rel, f.name, f.flags, f.dup_group, f.rule, f.suggestion, f.protected, "
        "f.partial IS NOT NULL, f.full IS NOT NULL FROM files f "
        "JOIN folders d ON d.id = f.folder_id "
        "JOIN roots r ON r.id = f.root_id AND r.scan_id = f.scan_id ORDER BY f.id"
    ).fetchall()


def _status(catalog: Catalog, scan_id: int) -> str:
    return catalog.conn.execute("SELECT status FROM scans WHERE id = ?", (scan_id,)).fetchone()[0]


def test_later_ends_where_a_normal_scan_ends(tmp_path, share, config) -> None:
    with Catalog(tmp_path / "normal.sqlite3") as catalog:
        normal = scan(catalog, [str(share)], config, now=NOW, hash_workers=1)
        expected = _rows(catalog)
    with Catalog(tmp_path / "later.sqlite3") as catalog:
        first = scan(catalog, [str(share)], config, now=NOW, duplicates_later=True)
        assert first.duplicates_pending and first.duplicate_groups == 0
        assert all(row[3] is None for row in _rows(catalog))  # shown at once, no copies yet
        assert _status(catalog, first.scan_id) == "hashing" and scan_running(catalog)
        groups = find_duplicates_later(catalog, first, config, now=NOW)
        assert groups == normal.duplicate_groups == 1
        assert _rows(catalog) == expected
        assert _status(catalog, first.scan_id) == "complete" and not scan_running(catalog)
        assert not first.duplicates_pending


def test_a_file_changed_meanwhile_keeps_its_row(tmp_path, share, config) -> None:
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        result = scan(catalog, [str(share)], config, now=NOW, duplicates_later=True)
        changed = share / "Map 0" / "notitie 0.docx"
        catalog.conn.execute(  # what the live view writes when it sees the change
            "UPDATE files SET size = size + 1 WHERE name = 'notitie 0.docx' AND folder_id = "
            "(SELECT id FROM folders WHERE rel = 'Map 0')"
        )
        catalog.conn.commit()
        changed.write_bytes(b"nieuw")
        find_duplicates_later(catalog, result, config, now=NOW)
        rows = {(r[0], r[1]): r for r in _rows(catalog)}
        assert rows[("Map 0", "notitie 0.docx")][7:] == (0, 0)  # no digest taken on trust
        assert rows[("Map 1", "notitie 0.docx")][3] is not None  # the others still grouped


def test_cancel_leaves_a_complete_scan_without_copies(tmp_path, share, config) -> None:
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        result = scan(catalog, [str(share)], config, now=NOW, duplicates_later=True)
        with pytest.raises(ScanCancelled):
            find_duplicates_later(catalog, result, config, lambda done, total: False)
        assert _status(catalog, result.scan_id) == "complete"
        assert len(_rows(catalog)) == 48 and all(row[3] is None for row in _rows(catalog))


def test_a_scan_killed_while_hashing_keeps_its_rows(tmp_path, share, config) -> None:
    db = tmp_path / "c.sqlite3"
    with Catalog(db) as catalog:
        result = scan(catalog, [str(share)], config, now=NOW, duplicates_later=True)
        catalog.conn.execute(  # as if the process that stored it had died
            "UPDATE scans SET pid = ? WHERE id = ?", (_dead_pid(), result.scan_id)
        )
        catalog.conn.commit()
    with Catalog(db) as catalog:
        assert _status(catalog, result.scan_id) == "complete"
        assert len(_rows(catalog)) == 48
        again = scan(catalog, [str(share)], config, now=NOW)  # the next scan carries on
        assert again.duplicate_groups == 1


def _dead_pid() -> int:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid
