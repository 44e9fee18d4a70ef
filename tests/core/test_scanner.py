"""The scanner: streams into the catalog, cancels cleanly, survives a kill, rescans fast."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop_app.core import fsnames, locations
from desktop_app.core.policy import SECONDS_PER_YEAR, Policy
from desktop_app.core.scanner import ScanCancelled, scan
from desktop_app.core.store import SCHEMA_VERSION, Catalog

from ..conftest import REPO


def _tree(root: Path, folders: int = 20, per_folder: int = 30) -> int:
    count = 0
    for f in range(folders):
        folder = root / f"map {f:03d}" / "sub"
        folder.mkdir(parents=True)
        for i in range(per_folder):
            (folder / f"bestand {i}.docx").write_bytes(f"{f}-{i}".encode() * (i + 1))
            count += 1
    return count


def _current_files(catalog: Catalog) -> int:
    return catalog.conn.execute(
        "SELECT count(*) FROM files f JOIN roots r ON r.id = f.root_id AND r.scan_id = f.scan_id"
    ).fetchone()[0]


def test_scan_streams_rows_and_reports_progress(tmp_path: Path, config) -> None:
    expected = _tree(tmp_path / "share")
    seen = []
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        result = scan(catalog, [str(tmp_path / "share")], config, lambda p: seen.append(p) or True)
        assert result.files == expected
        assert _current_files(catalog) == expected
        assert {p.phase for p in seen} >= {"list", "hash", "policy"}
        root = catalog.roots()[0]
        assert root.files == expected and root.scan_id == result.scan_id


def test_missing_values_are_stored_as_null_and_digests_as_blobs(tmp_path: Path, config) -> None:
    # The catalog registers adapters for None and bytes (a faster bind); what lands in
    # the table must be exactly what the plain bind stores.
    _tree(tmp_path / "share", folders=2, per_folder=5)
    (tmp_path / "share" / "copy.docx").write_bytes(b"0-1" * 2)  # a copy of bestand 1
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        scan(catalog, [str(tmp_path / "share")], config)
        kinds = catalog.conn.execute(
            "SELECT DISTINCT typeof(raw), typeof(dup_group), typeof(partial), typeof(full) "
            "FROM files WHERE name = 'copy.docx' OR name = 'bestand 0.docx' ORDER BY 2"
        ).fetchall()
        blob = catalog.conn.execute("SELECT partial FROM files WHERE name = 'copy.docx'")
        digest = blob.fetchone()[0]
    assert kinds == [("null", "integer", "blob", "blob"), ("null", "null", "blob", "blob")]
    assert isinstance(digest, bytes) and len(digest) == 16


def test_cancel_keeps_the_previous_scan(tmp_path: Path, config) -> None:
    share = tmp_path / "share"
    first_count = _tree(share)
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        first = scan(catalog, [str(share)], config)
        (share / "nieuw.docx").write_bytes(b"new")
        calls = []

        def cancel_soon(progress) -> bool:
            calls.append(progress)
            return len(calls) < 2

        with pytest.raises(ScanCancelled):
            scan(catalog, [str(share)], config, cancel_soon)
        assert catalog.roots()[0].scan_id == first.scan_id
        assert _current_files(catalog) == first_count
        leftovers = catalog.conn.execute(
            "SELECT count(*) FROM files WHERE scan_id != ?", (first.scan_id,)
        ).fetchone()[0]
        assert leftovers == 0
        status = catalog.conn.execute("SELECT status FROM scans ORDER BY id").fetchall()
        assert [s for (s,) in status] == ["complete", "cancelled"]


def test_rescan_reads_no_unchanged_file(tmp_path: Path, config) -> None:
    share = tmp_path / "share"
    _tree(share)
    (share / "kopie.docx").write_bytes((share / "map 000" / "sub" / "bestand 3.docx").read_bytes())
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        first = scan(catalog, [str(share)], config)
        assert first.files_read > 0 and first.duplicate_groups >= 1
        again = scan(catalog, [str(share)], config)
        assert again.files_read == 0
        assert again.duplicate_groups == first.duplicate_groups


def test_decisions_survive_a_rescan(tmp_path: Path, config) -> None:
    share = tmp_path / "share"
    _tree(share, folders=2, per_folder=3)
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        scan(catalog, [str(share)], config)
        root_id = catalog.roots()[0].id
        catalog.set_decisions([(root_id, "map 000/sub/bestand 1.docx", "file", 1, 2, 3)])
        scan(catalog, [str(share)], config)
        assert catalog.decisions(root_id)[("file", "map 000/sub/bestand 1.docx")][0] == 1


_KILL_SCRIPT = """
import sys, time
from desktop_app.core.config import default_config_path, load_config
from desktop_app.core.scanner import scan
from desktop_app.core.store import SCHEMA_VERSION, Catalog
catalog = Catalog(sys.argv[1])
def progress(p):
    if p.phase == sys.argv[3] and (p.phase != "save" or p.done > 0):
        print("ready", flush=True)
        time.sleep(60)  # the parent kills us here, mid-scan
    return True
scan(catalog, [sys.argv[2]], load_config(default_config_path()), progress)
print("done", flush=True)
"""


@pytest.mark.parametrize("phase", ["list", "hash", "save"])
def test_a_killed_scan_leaves_a_consistent_catalog(tmp_path: Path, config, phase: str) -> None:
    share = tmp_path / "share"
    _tree(share, folders=5, per_folder=10)
    db = tmp_path / "c.sqlite3"
    with Catalog(db) as catalog:
        first = scan(catalog, [str(share)], config)
    # A bigger tree so that the child is surely still listing when it is killed.
    big = share / "groot"
    for f in range(300):
        folder = big / f"d{f}"
        folder.mkdir(parents=True)
        for i in range(40):
            (folder / f"{i}.txt").write_bytes(b"%d" % (i % 7))
    child = subprocess.Popen(
        [sys.executable, "-c", _KILL_SCRIPT, str(db), str(share), phase],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Catalog(db) as catalog:
        assert catalog.roots()[0].scan_id == first.scan_id
        assert _current_files(catalog) == 50
        orphans = catalog.conn.execute(
            "SELECT count(*) FROM files WHERE scan_id != ?", (first.scan_id,)
        ).fetchone()[0]
        assert orphans == 0
        assert catalog.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # And the next start carries on: a new scan completes.
        again = scan(catalog, [str(share)], config)
        assert again.files == 50 + 300 * 40


def test_two_roots_in_one_scan(tmp_path: Path, config) -> None:
    _tree(tmp_path / "a", folders=1, per_folder=2)
    _tree(tmp_path / "b", folders=1, per_folder=3)
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        result = scan(catalog, [str(tmp_path / "a"), str(tmp_path / "b")], config)
        assert [r.files for r in catalog.roots()] == [2, 3]
        assert result.files == 5


def test_placeholders_and_junctions_are_recognised() -> None:
    offline = SimpleNamespace(st_file_attributes=fsnames.FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS)
    assert fsnames.is_placeholder(offline)
    assert not fsnames.is_placeholder(SimpleNamespace(st_file_attributes=0x20))
    assert not fsnames.is_placeholder(os.stat(REPO))


def test_a_cloud_placeholder_is_listed_but_never_read(tmp_path: Path, config, monkeypatch) -> None:
    from desktop_app.core import readers, scan_walk

    share = tmp_path / "share"
    share.mkdir()
    for name in ("online.docx", "offline.docx", "kopie.docx"):
        (share / name).write_bytes(b"same content")
    monkeypatch.setattr(scan_walk, "WINDOWS", True)  # placeholders exist only on Windows
    monkeypatch.setattr(fsnames, "is_placeholder", lambda st: st.st_ino == offline_ino)
    offline_ino = (share / "offline.docx").stat().st_ino
    read: list[str] = []
    real = readers.digest_file

    def spy(path, *args, **kwargs):
        read.append(os.path.basename(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(readers, "digest_file", spy)
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        result = scan(catalog, [str(share)], config, hash_workers=1)
    assert result.files == 3
    assert "offline.docx" not in read and sorted(set(read)) == ["kopie.docx", "online.docx"]
    flags = {row[2]: row[6] for row in result.rows()}
    assert flags["offline.docx"] & 1 and not flags["online.docx"] & 1  # FLAG_PLACEHOLDER
    assert result.duplicate_groups == 1


def test_catalog_lives_under_the_data_dir(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SHARETIDY_DATA_DIR", str(tmp_path / "x"))
    assert locations.catalog_path().parent == tmp_path / "x"


def test_a_running_scan_of_a_live_process_is_not_cleared(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    with Catalog(db) as catalog:
        catalog.conn.execute(
            "INSERT INTO scans (started_at, status, pid) VALUES (?, 'running', ?)",
            (time.time(), os.getppid()),
        )
    with Catalog(db) as catalog:
        assert catalog.conn.execute("SELECT status FROM scans").fetchone()[0] == "running"


def test_unchanged_rescan_writes_nothing_and_a_change_does(tmp_path: Path, config) -> None:
    share = tmp_path / "share"
    _tree(share, folders=3, per_folder=4)
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        first = scan(catalog, [str(share)], config)
        ids = catalog.conn.execute("SELECT min(id), max(id) FROM files").fetchone()
        again = scan(catalog, [str(share)], config)
        assert again.scan_id == first.scan_id
        assert catalog.conn.execute("SELECT min(id), max(id) FROM files").fetchone() == ids
        statuses = [s for (s,) in catalog.conn.execute("SELECT status FROM scans ORDER BY id")]
        assert statuses == ["complete", "unchanged"]
        (share / "map 000" / "sub" / "bestand 0.docx").write_bytes(b"changed!")
        third = scan(catalog, [str(share)], config)
        assert third.scan_id != first.scan_id
        assert _current_files(catalog) == 12


def _stored_suggestions(catalog: Catalog) -> list[tuple]:
    return catalog.conn.execute(
        "SELECT d.rel, f.name, f.rule, f.suggestion, f.protected FROM files f "
        "JOIN folders d ON d.id = f.folder_id "
        "JOIN roots r ON r.id = f.root_id AND r.scan_id = f.scan_id ORDER BY f.id"
    ).fetchall()


def test_an_unchanged_rescan_keeps_the_suggestions_without_the_policy(
    tmp_path: Path, config, monkeypatch
) -> None:
    from desktop_app.core.scan_export import result_rows

    share = tmp_path / "share"
    _tree(share, folders=3, per_folder=5)
    now = 1_800_000_000.0
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        first = scan(catalog, [str(share)], config, now=now)
        rows = list(result_rows(first, config.policy, "nl", now))
        stored = _stored_suggestions(catalog)

        def no_policy(*args, **kwargs):
            raise AssertionError("the policy ran for an unchanged share")

        monkeypatch.setattr(Policy, "suggest", no_policy)
        again = scan(catalog, [str(share)], config, now=now + 3600)
        assert again.scan_id == first.scan_id
        assert list(result_rows(again, config.policy, "nl", now)) == rows
        assert _stored_suggestions(catalog) == stored


def test_a_file_that_grew_past_an_age_limit_gets_a_new_suggestion(tmp_path: Path, config) -> None:
    """Same files, same policy, later clock: a file crossing the 4-year limit is redone."""
    share = tmp_path / "share"
    folder = share / "Werk"
    folder.mkdir(parents=True)
    now = 1_800_000_000.0
    limit = config.policy.rule("document-retention").older_than_years
    memo = folder / "notitie.docx"
    memo.write_bytes(b"notitie")
    born = now - limit * SECONDS_PER_YEAR + 60  # one minute short of the limit
    os.utime(memo, (born, born))
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        scan(catalog, [str(share)], config, now=now)
        (before,) = _stored_suggestions(catalog)
        scan(catalog, [str(share)], config, now=now + 30)  # still short: kept
        assert _stored_suggestions(catalog) == [before]
        later = scan(catalog, [str(share)], config, now=now + 120)
        (after,) = _stored_suggestions(catalog)
        assert after[2] != before[2] and after[3] == 2
        assert next(later.rows())[9] == after[2]


def test_a_changed_policy_redoes_the_suggestions(tmp_path: Path, config) -> None:
    import dataclasses

    share = tmp_path / "share"
    _tree(share, folders=2, per_folder=3)
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        first = scan(catalog, [str(share)], config, now=1_800_000_000)
        keep_all = dataclasses.replace(
            config.policy, sha256="other", rules=(dataclasses.replace(config.policy.rules[-1]),)
        )
        other = dataclasses.replace(config, policy=keep_all)
        again = scan(catalog, [str(share)], other, now=1_800_000_000)
        assert again.scan_id != first.scan_id
        assert {row[2] for row in _stored_suggestions(catalog)} <= {
            config.policy.rules[-1].id,
            "no-rule",
        }


def test_a_version_2_catalog_keeps_its_rows_and_learns_the_policy_time(
    tmp_path: Path, config
) -> None:
    import sqlite3

    share = tmp_path / "share"
    _tree(share, folders=1, per_folder=2)
    db = tmp_path / "c.sqlite3"
    with Catalog(db) as catalog:
        scan(catalog, [str(share)], config)
    with sqlite3.connect(db) as raw:  # turn it back into what version 2 wrote
        raw.execute("ALTER TABLE scans DROP COLUMN policy_time")
        raw.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")
    with Catalog(db) as catalog:
        assert _current_files(catalog) == 2
        assert catalog.current_scan([catalog.roots()[0].id]).policy_time is None
        scan(catalog, [str(share)], config)
        assert catalog.current_scan([catalog.roots()[0].id]).policy_time is not None


def test_export_from_memory_equals_export_from_the_catalog(tmp_path: Path, config) -> None:
    from desktop_app.core.scan_export import result_rows, scan_rows
    from tests.core.hostile import make_hostile_tree

    share = tmp_path / "share"
    share.mkdir()
    make_hostile_tree(share)
    (share / "kopie").mkdir()
    (share / "kopie" / "plan.docx").write_bytes(b"plan" * 100)
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        result = scan(catalog, [str(share)], config, now=1_800_000_000)
        memory = list(result_rows(result, config.policy, "nl", 1_800_000_000))
        stored = list(scan_rows(catalog, result.root_ids, config.policy, "nl", 1_800_000_000))
        assert memory == stored
        assert len(memory) == result.files


_V1_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
INSERT INTO meta VALUES ('schema', '1');
CREATE TABLE roots (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, target TEXT,
    scan_id INTEGER, scanned_at REAL, files INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0);
CREATE TABLE scans (id INTEGER PRIMARY KEY, started_at REAL NOT NULL, finished_at REAL,
    status TEXT NOT NULL, pid INTEGER NOT NULL);
CREATE TABLE folders (id INTEGER PRIMARY KEY, scan_id INTEGER NOT NULL,
    root_id INTEGER NOT NULL, parent_id INTEGER, rel TEXT NOT NULL, raw BLOB);
CREATE TABLE files (id INTEGER PRIMARY KEY, scan_id INTEGER NOT NULL, root_id INTEGER NOT NULL,
    folder_id INTEGER NOT NULL, name TEXT NOT NULL, raw BLOB, size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL, category INTEGER NOT NULL, flags INTEGER NOT NULL DEFAULT 0,
    sp INTEGER NOT NULL DEFAULT 0, dup_group INTEGER, rule TEXT, suggestion INTEGER,
    protected INTEGER NOT NULL DEFAULT 0);
CREATE TABLE decisions (root_id INTEGER NOT NULL, rel TEXT NOT NULL, kind TEXT NOT NULL,
    decision INTEGER NOT NULL, decided_at REAL NOT NULL, size INTEGER, mtime_ns INTEGER,
    note TEXT, PRIMARY KEY (root_id, rel, kind)) WITHOUT ROWID;
CREATE TABLE hash_cache (path BLOB PRIMARY KEY, size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL, partial BLOB, full BLOB) WITHOUT ROWID;
INSERT INTO roots (id, path, scan_id) VALUES (1, '/x', 1);
INSERT INTO scans VALUES (1, 0, 1, 'complete', 1);
INSERT INTO decisions VALUES (1, 'a/b.docx', 'file', 2, 5.0, 1, 2, NULL);
"""


def test_a_version_1_catalog_is_migrated_and_keeps_its_decisions(tmp_path: Path, config) -> None:
    import sqlite3

    db = tmp_path / "old.sqlite3"
    with sqlite3.connect(db) as old:
        old.executescript(_V1_SCHEMA)
    share = tmp_path / "share"
    _tree(share, folders=1, per_folder=2)
    with Catalog(db) as catalog:
        assert catalog.decisions(1)[("file", "a/b.docx")][0] == 2
        result = scan(catalog, [str(share)], config)
        assert result.files == 2
    with Catalog(db) as catalog:  # and a second open changes nothing
        assert catalog.conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone() == (
            str(SCHEMA_VERSION),
        )
