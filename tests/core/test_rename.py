"""Renaming in place: never over an existing name, recorded, undoable, and the catalog follows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.core import no_replace, rename
from desktop_app.core.rename import RenameError, redo_rename, rename_in_place, undo_rename
from desktop_app.core.scanner import SP_BITS, scan
from desktop_app.core.store import Catalog


def _share(tmp_path: Path) -> Path:
    share = tmp_path / "share"
    (share / "Planning").mkdir(parents=True)
    (share / "Planning" / " Jaarplanning.xlsx").write_bytes(b"planning")
    (share / "Planning" / "Overzicht.docx").write_bytes(b"overzicht")
    (share / "Site_bestanden" / "Plaatjes").mkdir(parents=True)
    (share / "Site_bestanden" / "logo.png").write_bytes(b"logo")
    (share / "Site_bestanden" / "Plaatjes" / "foto.png").write_bytes(b"foto")
    return share


@pytest.fixture
def scanned(tmp_path: Path, config):
    share = _share(tmp_path)
    catalog = Catalog(tmp_path / "c.sqlite3")
    result = scan(catalog, [str(share)], config)
    yield catalog, result.root_ids[0], share
    catalog.close()


def _file_row(catalog: Catalog, root_id: int, folder: str, name: str):
    return catalog.conn.execute(
        "SELECT f.name, f.sp FROM files f JOIN folders d ON d.id = f.folder_id "
        "JOIN roots r ON r.id = f.root_id AND r.scan_id = f.scan_id "
        "WHERE f.root_id = ? AND d.rel = ? AND f.name = ?",
        (root_id, folder, name),
    ).fetchone()


def _folder_rels(catalog: Catalog, root_id: int) -> set[str]:
    return {
        rel
        for (rel,) in catalog.conn.execute(
            "SELECT d.rel FROM folders d "
            "JOIN roots r ON r.id = d.root_id AND r.scan_id = d.scan_id WHERE d.root_id = ?",
            (root_id,),
        )
    }


def test_a_file_is_renamed_on_disk_and_in_the_catalog(scanned) -> None:
    catalog, root_id, share = scanned
    before = _file_row(catalog, root_id, "Planning", " Jaarplanning.xlsx")
    assert before[1] & SP_BITS["edge-space"]
    catalog.set_decisions([(root_id, "Planning/ Jaarplanning.xlsx", "file", 0, 8, 0)])

    done = rename_in_place(
        catalog, root_id, "file", "Planning/ Jaarplanning.xlsx", "Jaarplanning.xlsx"
    )

    assert (share / "Planning" / "Jaarplanning.xlsx").read_bytes() == b"planning"
    assert not (share / "Planning" / " Jaarplanning.xlsx").exists()
    assert _file_row(catalog, root_id, "Planning", " Jaarplanning.xlsx") is None
    assert _file_row(catalog, root_id, "Planning", "Jaarplanning.xlsx") == ("Jaarplanning.xlsx", 0)
    decisions = catalog.decisions(root_id)
    assert ("file", "Planning/Jaarplanning.xlsx") in decisions
    assert ("file", "Planning/ Jaarplanning.xlsx") not in decisions
    assert done.old_name == " Jaarplanning.xlsx" and done.new_name == "Jaarplanning.xlsx"
    [(record, state, _when)] = rename.renames(catalog, root_id)
    assert record == done and state == rename.DONE


def test_an_existing_name_is_never_overwritten(scanned) -> None:
    catalog, root_id, share = scanned
    # Another program made the target name after the scan: the scan does not know it.
    (share / "Planning" / "Jaarplanning.xlsx").write_bytes(b"someone else's file")
    with pytest.raises(RenameError) as refused:
        rename_in_place(
            catalog, root_id, "file", "Planning/ Jaarplanning.xlsx", "Jaarplanning.xlsx"
        )
    assert refused.value.code == "exists"
    assert (share / "Planning" / "Jaarplanning.xlsx").read_bytes() == b"someone else's file"
    assert (share / "Planning" / " Jaarplanning.xlsx").read_bytes() == b"planning"
    assert _file_row(catalog, root_id, "Planning", " Jaarplanning.xlsx") is not None
    [(_record, state, _when)] = rename.renames(catalog, root_id)
    assert state == rename.FAILED


def test_a_name_the_scan_saw_is_refused_too(scanned) -> None:
    catalog, root_id, share = scanned
    with pytest.raises(RenameError) as refused:
        rename_in_place(catalog, root_id, "file", "Planning/ Jaarplanning.xlsx", "Overzicht.docx")
    assert refused.value.code == "exists"
    assert (share / "Planning" / "Overzicht.docx").read_bytes() == b"overzicht"
    assert rename.renames(catalog, root_id) == []


def test_without_an_atomic_call_a_file_still_never_replaces(scanned, monkeypatch) -> None:
    catalog, root_id, share = scanned
    monkeypatch.setattr(no_replace, "_atomic_no_replace", lambda src, dst: False)
    target = share / "Planning" / "Jaarplanning.xlsx"
    target.write_bytes(b"other")
    with pytest.raises(RenameError):
        rename_in_place(
            catalog, root_id, "file", "Planning/ Jaarplanning.xlsx", "Jaarplanning.xlsx"
        )
    assert target.read_bytes() == b"other"
    target.unlink()
    rename_in_place(catalog, root_id, "file", "Planning/ Jaarplanning.xlsx", "Jaarplanning.xlsx")
    assert target.read_bytes() == b"planning"
    assert not (share / "Planning" / " Jaarplanning.xlsx").exists()


def test_without_an_atomic_call_a_folder_is_checked_first(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(no_replace, "_atomic_no_replace", lambda src, dst: False)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()  # an empty folder: plain os.rename would replace it
    with pytest.raises(FileExistsError):
        no_replace.rename_no_replace(str(tmp_path / "a"), str(tmp_path / "b"))
    assert (tmp_path / "a").is_dir() and (tmp_path / "b").is_dir()


def test_undo_brings_the_old_name_back_and_redo_repeats(scanned) -> None:
    catalog, root_id, share = scanned
    done = rename_in_place(
        catalog, root_id, "file", "Planning/ Jaarplanning.xlsx", "Jaarplanning.xlsx"
    )
    undo_rename(catalog, done)
    assert (share / "Planning" / " Jaarplanning.xlsx").read_bytes() == b"planning"
    assert not (share / "Planning" / "Jaarplanning.xlsx").exists()
    row = _file_row(catalog, root_id, "Planning", " Jaarplanning.xlsx")
    assert row is not None and row[1] & SP_BITS["edge-space"]
    assert rename.renames(catalog, root_id)[0][1] == rename.UNDONE
    redo_rename(catalog, done)
    assert (share / "Planning" / "Jaarplanning.xlsx").exists()
    assert rename.renames(catalog, root_id)[0][1] == rename.DONE


def test_undo_refuses_when_the_old_name_was_taken(scanned) -> None:
    catalog, root_id, share = scanned
    done = rename_in_place(
        catalog, root_id, "file", "Planning/ Jaarplanning.xlsx", "Jaarplanning.xlsx"
    )
    (share / "Planning" / " Jaarplanning.xlsx").write_bytes(b"new file with the old name")
    with pytest.raises(RenameError) as refused:
        undo_rename(catalog, done)
    assert refused.value.code == "exists"
    assert (share / "Planning" / " Jaarplanning.xlsx").read_bytes() == b"new file with the old name"
    assert (share / "Planning" / "Jaarplanning.xlsx").read_bytes() == b"planning"
    assert rename.renames(catalog, root_id)[0][1] == rename.DONE


def test_a_folder_rename_takes_everything_below_along(scanned) -> None:
    catalog, root_id, share = scanned
    catalog.set_decisions(
        [
            (root_id, "Site_bestanden", "folder", 2, None, None),
            (root_id, "Site_bestanden/Plaatjes/foto.png", "file", 0, 4, 0),
        ]
    )
    assert _file_row(catalog, root_id, "Site_bestanden", "logo.png")[1] & SP_BITS["thicket-folder"]

    done = rename_in_place(catalog, root_id, "folder", "Site_bestanden", "Site-bestanden")

    assert (share / "Site-bestanden" / "Plaatjes" / "foto.png").read_bytes() == b"foto"
    assert not (share / "Site_bestanden").exists()
    rels = _folder_rels(catalog, root_id)
    assert {"Site-bestanden", "Site-bestanden/Plaatjes"} <= rels
    assert not any(rel.startswith("Site_bestanden") for rel in rels)
    assert _file_row(catalog, root_id, "Site-bestanden", "logo.png")[1] == 0
    assert _file_row(catalog, root_id, "Site-bestanden/Plaatjes", "foto.png")[1] == 0
    assert set(catalog.decisions(root_id)) == {
        ("folder", "Site-bestanden"),
        ("file", "Site-bestanden/Plaatjes/foto.png"),
    }
    undo_rename(catalog, done)
    assert (share / "Site_bestanden" / "logo.png").exists()
    assert {"Site_bestanden", "Site_bestanden/Plaatjes"} <= _folder_rels(catalog, root_id)
    assert ("folder", "Site_bestanden") in catalog.decisions(root_id)


def test_a_stale_decision_at_the_new_name_is_not_inherited(scanned) -> None:
    catalog, root_id, _share = scanned
    # A file once called 'Jaarplanning.xlsx' was decided and has gone since.
    catalog.set_decisions([(root_id, "Planning/Jaarplanning.xlsx", "file", 2, 1, 1)])
    rename_in_place(catalog, root_id, "file", "Planning/ Jaarplanning.xlsx", "Jaarplanning.xlsx")
    assert ("file", "Planning/Jaarplanning.xlsx") not in catalog.decisions(root_id)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "empty"),
        ("a/b.xlsx", "separator"),
        ("con.txt", "sharepoint"),
        ("x?.docx", "sharepoint"),
    ],
)
def test_names_that_cannot_be_used_are_refused(scanned, name: str, code: str) -> None:
    catalog, root_id, share = scanned
    assert rename.name_problem(name) == code
    with pytest.raises(RenameError) as refused:
        rename_in_place(catalog, root_id, "file", "Planning/ Jaarplanning.xlsx", name)
    assert refused.value.code == "invalid"
    assert (share / "Planning" / " Jaarplanning.xlsx").exists()


def test_a_file_that_went_away_is_reported_missing(scanned) -> None:
    catalog, root_id, share = scanned
    (share / "Planning" / " Jaarplanning.xlsx").unlink()
    with pytest.raises(RenameError) as refused:
        rename_in_place(
            catalog, root_id, "file", "Planning/ Jaarplanning.xlsx", "Jaarplanning.xlsx"
        )
    assert refused.value.code == "missing"
    assert not (share / "Planning" / "Jaarplanning.xlsx").exists()


def test_a_crash_between_disk_and_catalog_is_settled_by_the_disk(scanned) -> None:
    catalog, root_id, share = scanned
    rename.ensure_table(catalog)
    with catalog.transaction():
        catalog.conn.execute(
            "INSERT INTO renames (root_id, kind, old_rel, new_rel, state, renamed_at) "
            "VALUES (?, 'file', 'Planning/ Jaarplanning.xlsx', 'Planning/Jaarplanning.xlsx', "
            "'pending', 0)",
            (root_id,),
        )
        catalog.conn.execute(
            "INSERT INTO renames (root_id, kind, old_rel, new_rel, state, renamed_at) "
            "VALUES (?, 'file', 'Planning/Overzicht.docx', 'Planning/Overzicht 2.docx', "
            "'pending', 0)",
            (root_id,),
        )
    # The first rename reached the disk before the crash, the second did not.
    os.rename(share / "Planning" / " Jaarplanning.xlsx", share / "Planning" / "Jaarplanning.xlsx")
    rename.settle(catalog)
    states = [state for _record, state, _when in rename.renames(catalog, root_id)]
    assert states == [rename.DONE, rename.FAILED]
    assert _file_row(catalog, root_id, "Planning", "Jaarplanning.xlsx") is not None
    assert _file_row(catalog, root_id, "Planning", "Overzicht.docx") is not None
