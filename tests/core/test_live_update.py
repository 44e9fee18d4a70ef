"""LiveUpdater: watcher changes on real files become catalog rows, decisions stay put."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desktop_app.core.decisions import effective_decisions
from desktop_app.core.live_batch import CatalogIndex, ScanRunning
from desktop_app.core.live_disk import read_ahead, root_identity
from desktop_app.core.live_resync import disk_changes
from desktop_app.core.live_update import LiveUpdater
from desktop_app.core.policy import DELETE, KEEP
from desktop_app.core.scanner import scan
from desktop_app.core.store import FLAG_DUP_KEEPER, Catalog
from desktop_app.core.watcher import Change
from desktop_app.gui.column_reader import read_from_catalog

OLD = time.time() - 10 * 365 * 24 * 3600


def files_of(catalog: Catalog, root_id: int) -> dict[str, tuple]:
    """rel -> (file id, size, rule, suggestion, dup_group, flags) of the current scan."""
    out = {}
    for row in catalog.iter_files(root_id):
        rel = f"{row[1]}/{row[2]}" if row[1] else row[2]
        out[rel] = (row[0], row[4], row[10], row[11], row[9], row[7])
    return out


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    (root / "Projecten").mkdir(parents=True)
    (root / "Projecten" / "plan.docx").write_text("plan v1")
    (root / "Projecten" / "notes.txt").write_text("notes")
    (root / "oud.docx").write_text("old document")
    os.utime(root / "oud.docx", (OLD, OLD))
    return root


@pytest.fixture
def scanned(share: Path, tmp_path: Path, config):
    catalog = Catalog(tmp_path / "catalog.db")
    result = scan(catalog, [str(share)], config)
    yield catalog, result.root_ids[0], share
    catalog.close()


def updater(catalog: Catalog, root_id: int, config) -> LiveUpdater:
    return LiveUpdater(catalog, root_id, config.policy)


def test_a_new_file_gets_a_row_and_a_suggestion(scanned, config) -> None:
    catalog, root_id, share = scanned
    (share / "Projecten" / "Thumbs.db").write_bytes(b"x" * 10)
    before = catalog.root(root_id).files
    result = updater(catalog, root_id, config).apply(
        [Change("created", "Projecten/Thumbs.db", None, False)]
    )
    rows = files_of(catalog, root_id)
    fid, size, rule, suggestion, _group, _flags = rows["Projecten/Thumbs.db"]
    assert (size, rule, suggestion) == (10, "junk", DELETE)
    assert result.upserted[fid].rel == "Projecten/Thumbs.db"
    assert catalog.root(root_id).files == before + 1
    # The column reader (the review's load) sees the new row too.
    columns = read_from_catalog(catalog, catalog.root(root_id))
    assert "Thumbs.db" in columns.name


def test_a_removed_file_leaves_but_its_decision_stays(scanned, config) -> None:
    catalog, root_id, share = scanned
    catalog.set_decisions([(root_id, "Projecten/notes.txt", "file", DELETE, 5, 1)])
    fid = files_of(catalog, root_id)["Projecten/notes.txt"][0]
    (share / "Projecten" / "notes.txt").unlink()
    result = updater(catalog, root_id, config).apply(
        [Change("deleted", "Projecten/notes.txt", None, False)]
    )
    assert result.removed == {fid}
    assert "Projecten/notes.txt" not in files_of(catalog, root_id)
    assert ("file", "Projecten/notes.txt") in catalog.decisions(root_id)


def test_a_changed_file_is_evaluated_again_and_marked(scanned, config) -> None:
    catalog, root_id, share = scanned
    path = share / "oud.docx"
    st = path.stat()
    catalog.set_decisions([(root_id, "oud.docx", "file", KEEP, st.st_size, st.st_mtime_ns)])
    assert files_of(catalog, root_id)["oud.docx"][2] == "document-retention"
    path.write_text("old document, edited today")
    updater(catalog, root_id, config).apply([Change("modified", "oud.docx", None, False)])
    fid, size, rule, *_ = files_of(catalog, root_id)["oud.docx"]
    assert size == path.stat().st_size
    assert rule == "recent-work"  # changed today: within the retention period again
    item = next(e for e in effective_decisions(catalog, root_id) if e.file_id == fid)
    assert item.changed_since_decided and item.decision == KEEP


def test_a_rename_keeps_the_row_and_the_decision(scanned, config) -> None:
    catalog, root_id, share = scanned
    catalog.set_decisions([(root_id, "Projecten/plan.docx", "file", KEEP, None, None)])
    fid = files_of(catalog, root_id)["Projecten/plan.docx"][0]
    (share / "Nieuw").mkdir()
    os.rename(share / "Projecten" / "plan.docx", share / "Nieuw" / "plan final.docx")
    result = updater(catalog, root_id, config).apply(
        [
            Change("created", "Nieuw", None, True),
            Change("moved", "Projecten/plan.docx", "Nieuw/plan final.docx", False),
        ]
    )
    rows = files_of(catalog, root_id)
    assert rows["Nieuw/plan final.docx"][0] == fid
    assert "Projecten/plan.docx" not in rows
    assert catalog.decisions(root_id)[("file", "Nieuw/plan final.docx")][0] == KEEP
    assert result.folders_added == ["Nieuw"] and not result.removed


def test_a_folder_rename_takes_its_files_and_decisions(scanned, config) -> None:
    catalog, root_id, share = scanned
    catalog.set_decisions(
        [
            (root_id, "Projecten", "folder", DELETE, None, None),
            (root_id, "Projecten/notes.txt", "file", KEEP, None, None),
        ]
    )
    ids = {rel: v[0] for rel, v in files_of(catalog, root_id).items()}
    os.rename(share / "Projecten", share / "Projecten 2024")
    result = updater(catalog, root_id, config).apply(
        [
            Change("moved", "Projecten", "Projecten 2024", True),
            Change("moved", "Projecten/plan.docx", "Projecten 2024/plan.docx", False),
            Change("moved", "Projecten/notes.txt", "Projecten 2024/notes.txt", False),
        ]
    )
    rows = files_of(catalog, root_id)
    assert rows["Projecten 2024/notes.txt"][0] == ids["Projecten/notes.txt"]
    assert rows["Projecten 2024/plan.docx"][0] == ids["Projecten/plan.docx"]
    stored = catalog.decisions(root_id)
    assert stored[("folder", "Projecten 2024")][0] == DELETE
    assert stored[("file", "Projecten 2024/notes.txt")][0] == KEEP
    assert ("folder", "Projecten") not in stored
    assert result.folders_moved == [("Projecten", "Projecten 2024")]


def test_a_new_folder_with_files_and_a_removed_folder(scanned, config) -> None:
    catalog, root_id, share = scanned
    (share / "Scans" / "2024").mkdir(parents=True)
    (share / "Scans" / "2024" / "scan1.pdf").write_text("a")
    (share / "Scans" / "scan2.pdf").write_text("b")
    live = updater(catalog, root_id, config)
    live.apply([Change("created", "Scans", None, True)])
    rows = files_of(catalog, root_id)
    assert {"Scans/2024/scan1.pdf", "Scans/scan2.pdf"} <= rows.keys()
    for path in (share / "Projecten").iterdir():
        path.unlink()
    (share / "Projecten").rmdir()
    result = live.apply([Change("deleted", "Projecten", None, True)])
    rows = files_of(catalog, root_id)
    assert not any(rel.startswith("Projecten/") for rel in rows)
    assert result.folders_removed == ["Projecten"] and len(result.removed) == 2


def test_applying_a_batch_twice_changes_nothing_more(scanned, config) -> None:
    catalog, root_id, share = scanned
    (share / "extra.txt").write_text("e")
    (share / "Projecten" / "notes.txt").write_text("longer notes now")
    batch = [
        Change("created", "extra.txt", None, False),
        Change("modified", "Projecten/notes.txt", None, False),
        Change("deleted", "nothing-here.txt", None, False),
    ]
    live = updater(catalog, root_id, config)
    live.apply(batch)
    once = files_of(catalog, root_id)
    again = live.apply(batch)
    assert files_of(catalog, root_id) == once
    assert not again.changed


def test_a_changed_kept_copy_dissolves_its_duplicate_group(tmp_path: Path, config) -> None:
    root = tmp_path / "dups"
    (root / "a").mkdir(parents=True)
    for rel in ("keep.docx", "a/copy.docx", "a/copy2.docx"):
        (root / rel).write_text("same content here")
    catalog = Catalog(tmp_path / "c.db")
    root_id = scan(catalog, [str(root)], config).root_ids[0]
    rows = files_of(catalog, root_id)
    assert rows["a/copy.docx"][2] == "duplicate" and rows["keep.docx"][5] & FLAG_DUP_KEEPER
    (root / "keep.docx").write_text("now different")
    updater(catalog, root_id, config).apply([Change("modified", "keep.docx", None, False)])
    rows = files_of(catalog, root_id)
    assert all(v[4] is None for v in rows.values())  # no group is left
    assert rows["a/copy.docx"][2] != "duplicate"  # no longer suggested as a spare copy
    digests = catalog.conn.execute(
        "SELECT partial, full FROM files WHERE id = ?", (rows["keep.docx"][0],)
    ).fetchone()
    assert digests == (None, None)  # the hash cache never vouches for new content
    catalog.close()


def test_rows_of_an_older_scan_move_up_when_another_share_was_scanned(
    tmp_path: Path, share: Path, config
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text("x")
    catalog = Catalog(tmp_path / "c.db")
    root_id = scan(catalog, [str(share)], config).root_ids[0]
    other_id = scan(catalog, [str(other)], config).root_ids[0]
    catalog.set_decisions([(root_id, "oud.docx", "file", KEEP, None, None)])
    old_scan = catalog.root(root_id).scan_id
    (share / "nieuw.txt").write_text("n")
    result = updater(catalog, root_id, config).apply([Change("created", "nieuw.txt", None, False)])
    assert result.moved_rows is not None and catalog.root(root_id).scan_id != old_scan
    for rid, count in ((root_id, 4), (other_id, 1)):
        columns = read_from_catalog(catalog, catalog.root(rid))
        assert columns.n == count == len(files_of(catalog, rid))
    assert catalog.decisions(root_id)[("file", "oud.docx")][0] == KEEP
    # A later rescan replaces the moved rows without leaving any behind.
    scan(catalog, [str(share)], config)
    total = catalog.conn.execute("SELECT count(*) FROM files").fetchone()[0]
    assert total == 5
    catalog.close()


def test_an_unchanged_rescan_does_not_block_new_rows(scanned, config) -> None:
    catalog, root_id, share = scanned
    scan(catalog, [str(share)], config)  # finds nothing new: keeps the rows, closes the range
    scan_id = catalog.root(root_id).scan_id
    (share / "nieuw.txt").write_text("n")
    result = updater(catalog, root_id, config).apply([Change("created", "nieuw.txt", None, False)])
    assert result.moved_rows is None and catalog.root(root_id).scan_id == scan_id
    assert read_from_catalog(catalog, catalog.root(root_id)).n == 4


def test_nothing_is_applied_while_a_scan_runs(scanned, config) -> None:
    catalog, root_id, share = scanned
    catalog.begin_scan()
    (share / "nieuw.txt").write_text("n")
    with pytest.raises(ScanRunning):
        updater(catalog, root_id, config).apply([Change("created", "nieuw.txt", None, False)])
    assert "nieuw.txt" not in files_of(catalog, root_id)


def test_changes_to_the_rows_of_a_replaced_scan_wait_for_the_new_rows(scanned, config) -> None:
    """The view looked at its rows (scan 1), then a rescan that had listed the new file
    was stored before the batch began: applied to scan 1's rows, the batch added that
    file a second time (seen once in CI: 123 files where 122 were on disk)."""
    catalog, root_id, share = scanned
    held = CatalogIndex(catalog, root_id)  # the rows the view holds
    (share / "nieuw.txt").write_text("n")
    scan(catalog, [str(share)], config)
    assert held.scan_id != catalog.root(root_id).scan_id
    with pytest.raises(ScanRunning):  # ScanReplaced: the caller retries with the new rows
        updater(catalog, root_id, config).apply([Change("created", "nieuw.txt", None, False)], held)
    assert catalog.root(root_id).files == 4
    result = updater(catalog, root_id, config).apply(
        [Change("created", "nieuw.txt", None, False)], CatalogIndex(catalog, root_id)
    )
    assert not result.changed and len(files_of(catalog, root_id)) == 4


def test_the_root_itself_missing_never_empties_the_catalog(scanned, config) -> None:
    catalog, root_id, share = scanned
    os.rename(share, share.with_name("away"))
    updater(catalog, root_id, config).apply([Change("deleted", "", None, True)])
    assert len(files_of(catalog, root_id)) == 3


def test_a_changed_row_forces_the_next_rescan_to_write(scanned, config) -> None:
    catalog, root_id, share = scanned
    (share / "nieuw.txt").write_text("n")
    updater(catalog, root_id, config).apply([Change("created", "nieuw.txt", None, False)])
    scan_id = catalog.root(root_id).scan_id
    signature = catalog.conn.execute(
        "SELECT signature FROM scans WHERE id = ?", (scan_id,)
    ).fetchone()[0]
    assert signature is None


def _known(catalog: Catalog, root_id: int):
    folders: dict[str, dict[str, tuple[int, int]]] = {}
    for row in catalog.conn.execute(
        "SELECT rel FROM folders WHERE root_id = ? AND scan_id = ?",
        (root_id, catalog.root(root_id).scan_id),
    ):
        folders[row[0]] = {}
    for row in catalog.iter_files(root_id):
        folders.setdefault(row[1], {})[row[2]] = (row[4], row[5])
    return folders


def test_a_listing_finds_what_changed_while_nobody_watched(scanned, config) -> None:
    catalog, root_id, share = scanned
    (share / "nieuw.txt").write_text("n")
    (share / "Projecten" / "notes.txt").write_text("changed notes")
    (share / "oud.docx").unlink()
    (share / "Map").mkdir()
    (share / "Map" / "a.txt").write_text("a")
    known = _known(catalog, root_id)
    changes = disk_changes(str(share), known.get, list(known))
    assert set(changes) == {
        Change("created", "nieuw.txt", None, False),
        Change("modified", "Projecten/notes.txt", None, False),
        Change("deleted", "oud.docx", None, False),
        Change("created", "Map", None, True),
    }
    updater(catalog, root_id, config).apply(changes)
    assert disk_changes(str(share), _known(catalog, root_id).get, list(known)) == []


def test_a_listing_of_a_missing_root_says_offline(scanned) -> None:
    catalog, root_id, share = scanned
    known = _known(catalog, root_id)
    os.rename(share, share.with_name("away"))
    assert disk_changes(str(share), known.get, list(known)) is None


def test_an_unreadable_folder_is_not_reported_as_deleted(scanned, monkeypatch) -> None:
    catalog, root_id, share = scanned
    known = _known(catalog, root_id)
    real_scandir = os.scandir
    locked = str(share / "Projecten")

    def scandir(path):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert disk_changes(str(share), known.get, list(known)) == []


def test_a_batch_read_ahead_gives_the_same_catalog_without_the_disk(
    scanned, config, monkeypatch
) -> None:
    catalog, root_id, share = scanned
    (share / "Nieuw" / "Diep").mkdir(parents=True)
    (share / "Nieuw" / "Diep" / "a.txt").write_text("a")
    (share / "Projecten" / "notes.txt").write_text("changed")
    os.rename(share / "oud.docx", share / "Nieuw" / "oud.docx")
    changes = [
        Change("created", "Nieuw", None, True),
        Change("modified", "Projecten/notes.txt", None, False),
        Change("moved", "oud.docx", "Nieuw/oud.docx", False),
    ]
    snapshot = read_ahead(str(share), changes)

    def no_disk(*_args, **_kwargs):
        raise AssertionError("the GUI thread must not touch the disk")

    monkeypatch.setattr(os, "lstat", no_disk)
    monkeypatch.setattr(os, "scandir", no_disk)
    updater(catalog, root_id, config).apply(changes, disk=snapshot)
    monkeypatch.undo()
    assert snapshot.misses == 0
    rows = files_of(catalog, root_id)
    assert {"Nieuw/Diep/a.txt", "Nieuw/oud.docx", "Projecten/notes.txt"} <= rows.keys()
    assert rows["Projecten/notes.txt"][1] == len("changed")


def test_the_root_identity_tells_an_empty_mount_point_from_the_share(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    first = root_identity(str(share))
    assert first is not None and root_identity(str(share)) == first
    os.rename(share, tmp_path / "gone")
    assert root_identity(str(share)) is None
    share.mkdir()  # an empty folder where the share was: another inode
    assert root_identity(str(share)) not in (None, first)
