"""Local clean-up: only confirmed, unchanged, plain files of a local root reach the bin."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import send2trash

from desktop_app.core import locality, trash
from desktop_app.core.scanner import scan
from desktop_app.core.store import Catalog
from desktop_app.core.trash import NotLocal, PlanChanged, plan_trash, send_to_trash


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    (root / "Oud" / "sub").mkdir(parents=True)
    (root / "Oud" / "kopie.docx").write_bytes(b"a" * 100)
    (root / "Oud" / "sub" / "temp.tmp").write_bytes(b"b" * 7)
    (root / "rapport.pdf").write_bytes(b"c" * 50)
    return root


@pytest.fixture
def catalog(tmp_path: Path, share: Path, config):
    with Catalog(tmp_path / "c.sqlite3") as cat:
        scan(cat, [str(share)], config)
        yield cat


@pytest.fixture
def fake_bin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """send2trash replaced by a move into a folder of the test, so nothing is lost."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()

    def move(path: str) -> None:
        shutil.move(path, bin_dir / os.path.basename(path))

    monkeypatch.setattr(send2trash, "send2trash", move)
    return bin_dir


def _root_id(catalog: Catalog) -> int:
    return catalog.roots()[0].id


def test_plan_lists_exact_files_and_token(catalog, share):
    plan = plan_trash(catalog, _root_id(catalog), ["Oud/kopie.docx", "Oud/sub/temp.tmp", "Oud"])
    assert [(f.rel, f.size) for f in plan.files] == [
        ("Oud/kopie.docx", 100),
        ("Oud/sub/temp.tmp", 7),
    ]
    assert plan.total_bytes == 107
    assert plan.skipped == (("Oud", trash.SKIP_NOT_SCANNED),)  # a folder never goes
    again = plan_trash(catalog, _root_id(catalog), ["Oud/kopie.docx", "Oud/sub/temp.tmp"])
    assert again.token == plan.token
    other = plan_trash(catalog, _root_id(catalog), ["Oud/kopie.docx"])
    assert other.token != plan.token


def test_confirmed_files_go_to_the_bin_and_are_recorded(catalog, share, fake_bin):
    rels = ["Oud/kopie.docx", "Oud/sub/temp.tmp"]
    plan = plan_trash(catalog, _root_id(catalog), rels)
    outcome = send_to_trash(catalog, str(share), rels, confirm_token=plan.token)
    assert [f.rel for f in outcome.trashed] == rels
    assert outcome.skipped == []
    assert sorted(p.name for p in fake_bin.iterdir()) == ["kopie.docx", "temp.tmp"]
    assert not (share / "Oud" / "kopie.docx").exists()
    assert (share / "Oud" / "sub").is_dir()  # folders stay
    assert (share / "rapport.pdf").exists()
    rows = trash.trashed_files(catalog, _root_id(catalog))
    assert [(rel, size) for rel, size, _m, _at in rows] == [
        ("Oud/kopie.docx", 100),
        ("Oud/sub/temp.tmp", 7),
    ]


def test_wrong_token_refuses_everything(catalog, share, fake_bin):
    plan = plan_trash(catalog, _root_id(catalog), ["Oud/kopie.docx"])
    with pytest.raises(PlanChanged):
        send_to_trash(
            catalog, str(share), ["Oud/kopie.docx", "rapport.pdf"], confirm_token=plan.token
        )
    assert list(fake_bin.iterdir()) == []
    assert (share / "Oud" / "kopie.docx").exists()


def test_network_root_is_refused(catalog, share, fake_bin, monkeypatch):
    point = os.path.realpath(share)
    mountinfo = f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n40 22 0:50 / {point} rw - cifs //f/s rw\n"
    monkeypatch.setattr(locality, "_read_mountinfo", lambda: mountinfo)
    plan = plan_trash(catalog, _root_id(catalog), ["rapport.pdf"])
    with pytest.raises(NotLocal) as info:
        send_to_trash(catalog, str(share), ["rapport.pdf"], confirm_token=plan.token)
    assert "recycle bin" in str(info.value) and "manifest" in str(info.value)
    assert "prullenbak" in info.value.text("nl") and "manifest" in info.value.text("nl")
    assert info.value.reason.startswith("cifs mount")
    assert (share / "rapport.pdf").exists()
    assert list(fake_bin.iterdir()) == []


def test_unc_root_is_refused(catalog):
    with pytest.raises(NotLocal):
        send_to_trash(catalog, "//server/share", ["a.docx"], confirm_token="x")


def test_changed_file_is_skipped(catalog, share, fake_bin):
    plan = plan_trash(catalog, _root_id(catalog), ["Oud/kopie.docx", "rapport.pdf"])
    (share / "Oud" / "kopie.docx").write_bytes(b"new content")
    (share / "rapport.pdf").unlink()
    outcome = send_to_trash(
        catalog, str(share), ["Oud/kopie.docx", "rapport.pdf"], confirm_token=plan.token
    )
    assert outcome.trashed == []
    assert outcome.skipped == [
        ("Oud/kopie.docx", trash.SKIP_CHANGED),
        ("rapport.pdf", trash.SKIP_GONE),
    ]
    assert (share / "Oud" / "kopie.docx").read_bytes() == b"new content"


def test_same_size_new_mtime_is_skipped(catalog, share, fake_bin):
    plan = plan_trash(catalog, _root_id(catalog), ["rapport.pdf"])
    st = (share / "rapport.pdf").stat()
    os.utime(share / "rapport.pdf", ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    outcome = send_to_trash(catalog, str(share), ["rapport.pdf"], confirm_token=plan.token)
    assert outcome.skipped == [("rapport.pdf", trash.SKIP_CHANGED)]


def test_links_are_refused(catalog, share, fake_bin, tmp_path):
    rels = ["Oud/sub/temp.tmp", "rapport.pdf"]
    plan = plan_trash(catalog, _root_id(catalog), rels)
    # A folder swapped for a link to a look-alike, and a file swapped for a link.
    elsewhere = tmp_path / "elsewhere"
    shutil.move(share / "Oud" / "sub", elsewhere)
    (share / "Oud" / "sub").symlink_to(elsewhere, target_is_directory=True)
    (share / "rapport.pdf").rename(tmp_path / "rapport.pdf")
    (share / "rapport.pdf").symlink_to(tmp_path / "rapport.pdf")
    outcome = send_to_trash(catalog, str(share), rels, confirm_token=plan.token)
    assert outcome.trashed == []
    assert outcome.skipped == [
        ("Oud/sub/temp.tmp", trash.SKIP_LINK),
        ("rapport.pdf", trash.SKIP_LINK),
    ]
    assert (elsewhere / "temp.tmp").exists() and (tmp_path / "rapport.pdf").exists()


def test_protected_records_and_unknown_paths_are_skipped(catalog, share, fake_bin):
    catalog.conn.execute("UPDATE files SET protected = 1 WHERE name = 'rapport.pdf'")
    rels = ["rapport.pdf", "../share/rapport.pdf", "Oud/nope.txt"]
    plan = plan_trash(catalog, _root_id(catalog), rels)
    assert plan.files == ()
    assert plan.skipped == (
        ("rapport.pdf", trash.SKIP_PROTECTED),
        ("../share/rapport.pdf", trash.SKIP_NOT_SCANNED),
        ("Oud/nope.txt", trash.SKIP_NOT_SCANNED),
    )
    outcome = send_to_trash(catalog, str(share), rels, confirm_token=plan.token)
    assert outcome.trashed == [] and (share / "rapport.pdf").exists()


def test_paths_that_climb_out_are_refused(share):
    for fs_rel in ("../outside.txt", "Oud/../../x", "/etc/passwd", "Oud//x", "./x"):
        planned = trash.PlannedFile(fs_rel, 1, 1, fs_rel)
        assert trash._check_on_disk(str(share), planned)[1] == trash.SKIP_OUTSIDE


def test_real_send2trash_into_a_private_home(catalog, share, tmp_path, monkeypatch):
    from send2trash import plat_other

    if send2trash.send2trash is not plat_other.send2trash:
        pytest.skip("send2trash uses another backend here")
    home = tmp_path / "home"
    data = home / ".local" / "share"
    data.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    # plat_other reads XDG_DATA_HOME once, at import: point its copies at the test's home.
    monkeypatch.setattr(plat_other, "XDG_DATA_HOME", os.fsencode(data))
    monkeypatch.setattr(plat_other, "HOMETRASH_B", os.fsencode(data / "Trash"))
    monkeypatch.setattr(plat_other, "HOMETRASH", str(data / "Trash"))
    plan = plan_trash(catalog, _root_id(catalog), ["Oud/sub/temp.tmp"])
    outcome = send_to_trash(catalog, str(share), ["Oud/sub/temp.tmp"], confirm_token=plan.token)
    assert [f.rel for f in outcome.trashed] == ["Oud/sub/temp.tmp"]
    assert (data / "Trash" / "files" / "temp.tmp").read_bytes() == b"b" * 7
    info = (data / "Trash" / "info" / "temp.tmp.trashinfo").read_text()
    assert "temp.tmp" in info
    assert not (share / "Oud" / "sub" / "temp.tmp").exists()


@pytest.mark.skipif(os.name == "nt", reason="Windows names are always text")
def test_a_name_that_is_not_utf8_is_trashed_by_its_real_bytes(tmp_path, config, fake_bin):
    share = tmp_path / "bytes"
    share.mkdir()
    real = os.path.join(os.fsencode(share), b"caf\xe9.txt")
    with open(real, "wb") as handle:
        handle.write(b"latin-1 name")
    with Catalog(tmp_path / "b.sqlite3") as cat:
        scan(cat, [str(share)], config)
        root_id = cat.roots()[0].id
        plan = plan_trash(cat, root_id, ["caf\ufffd.txt"])
        assert [f.rel for f in plan.files] == ["caf\ufffd.txt"]
        outcome = send_to_trash(cat, str(share), ["caf\ufffd.txt"], confirm_token=plan.token)
        assert [f.rel for f in outcome.trashed] == ["caf\ufffd.txt"]
    assert not os.path.lexists(real)
    assert [p.read_bytes() for p in fake_bin.iterdir()] == [b"latin-1 name"]
