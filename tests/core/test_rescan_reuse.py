"""A rescan that lists what the current scan listed reads nothing, loads no hash cache
and writes nothing, yet ends exactly where a full scan ends; in every other case it
does the work again."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core import readers, scan_reuse, scanner
from desktop_app.core.live_update import LiveUpdater
from desktop_app.core.scan_export import result_rows
from desktop_app.core.scanner import scan
from desktop_app.core.store import FLAG_UNREADABLE, Catalog
from desktop_app.core.watcher import Change

NOW = 1_800_000_000.0


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    (root / "Projecten" / "Oud").mkdir(parents=True)
    (root / "Foto's").mkdir()
    (root / "Projecten" / "plan.docx").write_bytes(b"plan" * 300)
    (root / "Projecten" / "Oud" / "plan kopie.docx").write_bytes(b"plan" * 300)
    (root / "kopie van plan.docx").write_bytes(b"plan" * 300)
    (root / "Projecten" / "begroting.xlsx").write_bytes(b"b" * 1200)  # same size, other bytes
    (root / "Foto's" / "strand.jpg").write_bytes(b"j" * 500)
    (root / "setup.exe").write_bytes(b"")
    old = NOW - 9 * 365.25 * 86400
    os.utime(root / "Projecten" / "begroting.xlsx", (old, old))
    return root


def _stored(catalog: Catalog) -> list[tuple]:
    return catalog.conn.execute(
        "SELECT d.rel, f.name, f.flags, f.dup_group, f.rule, f.suggestion, f.protected "
        "FROM files f JOIN folders d ON d.id = f.folder_id "
        "JOIN roots r ON r.id = f.root_id AND r.scan_id = f.scan_id ORDER BY f.id"
    ).fetchall()


def _nothing_read_or_loaded(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("an unchanged rescan read a file or loaded the hash cache")

    monkeypatch.setattr(readers, "digest_file", refuse)
    monkeypatch.setattr(scanner, "load_cache", refuse)


def test_an_unchanged_rescan_carries_everything_over(tmp_path, share, config, monkeypatch):
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        first = scan(catalog, [str(share)], config, now=NOW)
        rows = list(result_rows(first, config.policy, "nl", NOW))
        stored = _stored(catalog)
        assert first.duplicate_groups == 1 and first.files_read > 0
        _nothing_read_or_loaded(monkeypatch)
        again = scan(catalog, [str(share)], config, now=NOW + 60)
        assert again.scan_id == first.scan_id
        assert again.files_read == 0 and again.duplicate_groups == 1
        assert again.groups() == first.groups()
        assert list(result_rows(again, config.policy, "nl", NOW)) == rows
        assert _stored(catalog) == stored
        status = catalog.conn.execute("SELECT status FROM scans ORDER BY id").fetchall()
        assert [s for (s,) in status] == ["complete", "unchanged"]


def test_a_changed_file_is_read_again_and_the_rest_comes_from_the_cache(
    tmp_path, share, config, monkeypatch
):
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        scan(catalog, [str(share)], config, now=NOW)
        changed = share / "Projecten" / "begroting.xlsx"
        changed.write_bytes(b"plan" * 300)  # now a fourth copy
        read: list[str] = []
        real = readers.digest_file

        def spy(path, *args, **kwargs):
            read.append(os.path.basename(path))
            return real(path, *args, **kwargs)

        monkeypatch.setattr(readers, "digest_file", spy)
        again = scan(catalog, [str(share)], config, now=NOW)
        assert read == ["begroting.xlsx"]
        assert again.duplicate_groups == 1
        assert next(iter(again.groups().values()))[0] == 4


def test_a_file_that_could_not_be_read_is_tried_again(tmp_path, share, config, monkeypatch):
    real = readers.digest_file

    def locked(path, *args, **kwargs):
        if path.endswith("kopie van plan.docx"):
            raise PermissionError(13, "Permission denied")
        return real(path, *args, **kwargs)

    with Catalog(tmp_path / "c.sqlite3") as catalog:
        monkeypatch.setattr(readers, "digest_file", locked)
        first = scan(catalog, [str(share)], config, now=NOW)
        assert any("kopie van plan.docx" in path for path, _ in first.errors)
        monkeypatch.setattr(readers, "digest_file", real)  # the lock is gone
        again = scan(catalog, [str(share)], config, now=NOW)
        assert again.scan_id != first.scan_id and not again.errors
        assert next(iter(again.groups().values()))[0] == 3
        assert not any(flags & FLAG_UNREADABLE for _, _, flags, *_ in _stored(catalog))


def test_a_file_past_an_age_limit_since_gets_its_suggestion_again_and_only_it(
    tmp_path, share, config, monkeypatch
):
    """An hour later one file is past the 4-year limit: the rescan still reads and lists
    nothing new, works out that file's suggestion again and stores it in the scan it
    keeps; it ends where a first scan at that time ends."""
    limit = config.policy.rule("document-retention").older_than_years * 365.25 * 86400
    memo = share / "Projecten" / "notitie.docx"
    memo.write_bytes(b"n")
    born = NOW - limit + 60  # a minute short of the limit
    os.utime(memo, (born, born))
    with Catalog(tmp_path / "fresh.sqlite3") as catalog:
        scan(catalog, [str(share)], config, now=NOW + 3600)
        expected = _stored(catalog)
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        first = scan(catalog, [str(share)], config, now=NOW)
        before = {name: rule for _, name, _, _, rule, _, _ in _stored(catalog)}
        assert before["notitie.docx"] == "recent-work"
        renewed = []
        real = scan_reuse.renew_suggestions

        def spy(catalog, walk, config, scan_id, indexes, now_s):
            renewed.append([walk.files[i][4] for i in indexes])
            return real(catalog, walk, config, scan_id, indexes, now_s)

        monkeypatch.setattr(scan_reuse, "renew_suggestions", spy)
        _nothing_read_or_loaded(monkeypatch)
        later = scan(catalog, [str(share)], config, now=NOW + 3600)
        assert later.scan_id == first.scan_id and later.files_read == 0
        assert renewed == [["notitie.docx"]]  # that file alone
        assert _stored(catalog) == expected
        current = catalog.current_scan(first.root_ids)
        assert current.policy_time == NOW + 3600  # the others hold as of now
        again = scan(catalog, [str(share)], config, now=NOW + 3600)
        assert again.scan_id == first.scan_id and renewed == [["notitie.docx"]]


def test_rows_the_live_view_changed_are_never_carried_over(tmp_path, share, config):
    """Deleted and put back with the same size and time: the listing is what it was,
    but the live view re-added the row at another place, so a carry-over by position
    would give files each other's outcomes. The live view forgets the signatures."""
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        first = scan(catalog, [str(share)], config, now=NOW)
        root_id = first.root_ids[0]
        plan = share / "Projecten" / "plan.docx"
        data, st = plan.read_bytes(), plan.stat()
        live = LiveUpdater(catalog, root_id, config.policy)
        plan.unlink()
        live.apply([Change("deleted", "Projecten/plan.docx", None, False)])
        plan.write_bytes(data)
        os.utime(plan, ns=(st.st_atime_ns, st.st_mtime_ns))
        live.apply([Change("created", "Projecten/plan.docx", None, False)])
        current = catalog.current_scan([root_id])
        assert current.signature is None and current.listing_signature is None
        again = scan(catalog, [str(share)], config, now=NOW)
        assert again.scan_id != first.scan_id
    with Catalog(tmp_path / "fresh.sqlite3") as fresh:
        scan(fresh, [str(share)], config, now=NOW)
        expected = _stored(fresh)
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        assert _stored(catalog) == expected


def test_a_version_3_catalog_keeps_its_rows_and_learns_the_listing(tmp_path, share, config):
    db = tmp_path / "c.sqlite3"
    with Catalog(db) as catalog:
        scan(catalog, [str(share)], config, now=NOW)
        stored = _stored(catalog)
    with sqlite3.connect(db) as raw:  # turn it back into what version 3 wrote
        raw.execute("ALTER TABLE scans DROP COLUMN listing_signature")
        raw.execute("UPDATE meta SET value = '3' WHERE key = 'schema'")
    with Catalog(db) as catalog:
        root_id = catalog.roots()[0].id
        assert _stored(catalog) == stored
        assert catalog.current_scan([root_id]).listing_signature is None
        scan(catalog, [str(share)], config, now=NOW)  # reads the cache once more
        assert catalog.current_scan([root_id]).listing_signature is not None
        assert _stored(catalog) == stored


def test_the_app_s_rescan_carries_over_once_the_copies_were_found(tmp_path, share, config):
    """The app stores the listing first and finds the copies later; only a scan whose
    copies were found may be carried over (a cancelled search left it without groups)."""
    from desktop_app.core.scanner import ScanCancelled, find_duplicates_later

    with Catalog(tmp_path / "c.sqlite3") as catalog:
        first = scan(catalog, [str(share)], config, now=NOW, duplicates_later=True)
        with pytest.raises(ScanCancelled):
            find_duplicates_later(catalog, first, config, lambda done, total: False)
        again = scan(catalog, [str(share)], config, now=NOW, duplicates_later=True)
        assert again.scan_id != first.scan_id and again.duplicates_pending
        assert find_duplicates_later(catalog, again, config) == 1
        third = scan(catalog, [str(share)], config, now=NOW + 60, duplicates_later=True)
        assert third.scan_id == again.scan_id and not third.duplicates_pending
        assert third.duplicate_groups == 1 and third.groups() == again.groups()
        assert find_duplicates_later(catalog, third, config) == 1  # nothing left to do


def test_a_changed_rescan_ends_where_a_first_scan_ends(tmp_path, config):
    """A rescan lists first and works out categories, SharePoint problems and what to
    read only once it knows the listing changed: the rows must be a first scan's."""
    from tests.core.hostile import make_hostile_tree

    share = tmp_path / "share"
    share.mkdir()
    make_hostile_tree(share)
    (share / "Con").mkdir()  # a reserved name: a SharePoint problem
    (share / "Con" / "plan #1.docx").write_bytes(b"plan" * 300)
    (share / "kopie van plan.docx").write_bytes(b"plan" * 300)

    def every_column(catalog: Catalog) -> list[tuple]:
        return catalog.conn.execute(
            "SELECT d.rel, f.name, f.raw, f.size, f.mtime_ns, f.category, f.flags, f.sp, "
            "f.dup_group, f.rule, f.suggestion, f.protected, f.partial, f.full "
            "FROM files f JOIN folders d ON d.id = f.folder_id "
            "JOIN roots r ON r.id = f.root_id AND r.scan_id = f.scan_id ORDER BY f.id"
        ).fetchall()

    with Catalog(tmp_path / "c.sqlite3") as catalog:
        scan(catalog, [str(share)], config, now=NOW)
        (share / "Con" / "nieuw~$.xlsx").write_bytes(b"x" * 1200)
        scan(catalog, [str(share)], config, now=NOW)
        rescanned = every_column(catalog)
    with Catalog(tmp_path / "fresh.sqlite3") as fresh:
        scan(fresh, [str(share)], config, now=NOW)
        assert every_column(fresh) == rescanned
    assert any(row[7] for row in rescanned)  # SharePoint problems were found and kept
    assert {row[5] for row in rescanned} != {0}  # and categories


def test_a_changed_rescan_reads_only_new_and_changed_files(tmp_path: Path, config, monkeypatch):
    # Folders that did not change are matched to the hash cache by position; a folder
    # with a new, a removed and a renamed file by name; a bad name by its raw bytes.
    root = tmp_path / "share"
    for folder in ("Gelijk", "Anders", "Ook gelijk"):
        (root / folder).mkdir(parents=True)
        for i in range(6):
            (root / folder / f"stuk {i}.docx").write_bytes(f"{folder} {i}".encode() * 20)
    (root / "Gelijk" / "vraag?.docx").write_bytes(b"?" * 7)  # a SharePoint problem
    raw_name = os.fsencode(root / "Ook gelijk") + b"/oud \xff.docx"
    with open(raw_name, "wb") as out:
        out.write(b"Ook gelijk 1" * 20)  # a copy of 'stuk 1.docx' beside it
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        first = scan(catalog, [str(root)], config, now=NOW)
        assert first.files_read == 19 and first.duplicate_groups == 1
        (root / "Anders" / "nieuw.docx").write_bytes(b"Anders 9" * 20)
        (root / "Anders" / "stuk 5.docx").unlink()
        (root / "Anders" / "stuk 4.docx").rename(root / "Anders" / "stuk 4 hernoemd.docx")
        changed = root / "Gelijk" / "stuk 2.docx"
        changed.write_bytes(b"Gelijk 3" * 20)  # now a copy of 'stuk 3.docx' beside it
        os.utime(changed, ns=(1, 1_700_000_000_000_000_000))
        read: list[str] = []
        plain = readers.digest_file

        def spy(path: str, *args, **kwargs) -> bytes:
            read.append(os.path.basename(path))
            return plain(path, *args, **kwargs)

        monkeypatch.setattr(readers, "digest_file", spy)
        again = scan(catalog, [str(root)], config, now=NOW)
        assert sorted(read) == ["nieuw.docx", "stuk 2.docx", "stuk 4 hernoemd.docx"]
        assert again.files == 20 and again.duplicate_groups == 2
        with Catalog(tmp_path / "fresh.sqlite3") as other:  # what a first scan finds
            fresh = scan(other, [str(root)], config, now=NOW)
            assert _stored(other) == _stored(catalog) and fresh.files == again.files
            assert _facts(other) == _facts(catalog)
        assert _facts(catalog)[("Gelijk", "vraag?.docx")][1] != 0


def _facts(catalog: Catalog) -> dict[tuple[str, str], tuple[int, int]]:
    """(folder, name) -> (category, SharePoint problems) of the current scan."""
    rows = catalog.conn.execute(
        "SELECT d.rel, f.name, f.category, f.sp FROM files f JOIN folders d ON d.id = f.folder_id "
        "JOIN roots r ON r.id = f.root_id AND r.scan_id = f.scan_id"
    )
    return {(rel, name): (category, sp) for rel, name, category, sp in rows}
