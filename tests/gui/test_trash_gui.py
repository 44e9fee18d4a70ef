"""Clean-up now: only on a local disk, only after a confirmation that lists what goes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import send2trash
from PySide6.QtCore import Qt

from desktop_app.core import locality, trash
from desktop_app.core import watcher as watcher_module
from desktop_app.core.policy import DELETE, KEEP
from desktop_app.gui import live_view
from desktop_app.gui.trash_action import network_sentence
from tests.gui.live_helpers import decide, names, open_live


@pytest.fixture
def fake_bin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """send2trash replaced by a move into a folder of the test: nothing is lost."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()

    def move(path: str) -> None:
        shutil.move(path, bin_dir / os.path.basename(path))

    monkeypatch.setattr(send2trash, "send2trash", move)
    return bin_dir


def test_decided_files_go_to_the_bin_after_a_confirmation(qtbot, tmp_path, fake_bin):
    window, catalog, share, _live, root_id = open_live(qtbot, tmp_path)
    page = window.review_page
    assert page.trash_button.isVisible() and page.trash_button.isEnabled()
    assert "op deze computer" in page.trash_note.text()
    decide(qtbot, window, "notities.txt", DELETE)
    decide(qtbot, window, "plan.docx", DELETE)
    decide(qtbot, window, "oud verslag.docx", KEEP)

    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.trash.dialog is not None, timeout=5000)
    dialog = page.trash.dialog
    text = dialog.text()
    assert "2 bestanden (12 bytes) gaan naar de prullenbak van deze computer:" in text
    assert "• notities.txt" in text and "• Projecten/plan.docx" in text
    assert "oud verslag" not in text
    assert dialog.cancel_button.isDefault()  # Enter does not remove anything
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    done = "2 bestanden staan nu in de prullenbak."
    qtbot.waitUntil(lambda: done in page.last_message, timeout=5000)
    assert sorted(p.name for p in fake_bin.iterdir()) == ["notities.txt", "plan.docx"]
    assert (share / "oud verslag.docx").exists()
    qtbot.waitUntil(lambda: names(window) == ["oud verslag.docx"], timeout=5000)
    recorded = sorted(rel for rel, *_ in trash.trashed_files(catalog, root_id))
    assert recorded == ["Projecten/plan.docx", "notities.txt"]
    catalog.close()


def test_cancel_removes_nothing_and_suggestions_alone_never_go(qtbot, tmp_path, fake_bin):
    window, catalog, share, _live, _root_id = open_live(qtbot, tmp_path)
    page = window.review_page
    (share / "Thumbs.db").write_bytes(b"t")  # suggested delete, never decided
    qtbot.waitUntil(lambda: "Thumbs.db" in names(window), timeout=5000)
    page.trash.start()
    assert page.last_message == "Er zijn geen bestanden die je op Verwijderen hebt gezet."
    decide(qtbot, window, "notities.txt", DELETE)
    page.trash.start()
    qtbot.waitUntil(lambda: page.trash.dialog is not None, timeout=5000)
    assert "Thumbs.db" not in page.trash.dialog.text()
    qtbot.mouseClick(page.trash.dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.trash.dialog is None, timeout=2000)
    assert list(fake_bin.iterdir()) == []
    assert (share / "notities.txt").exists() and (share / "Thumbs.db").exists()
    catalog.close()


def test_a_network_share_offers_no_bin_and_the_core_refuses(qtbot, tmp_path, fake_bin, monkeypatch):
    network = locality.Location("network", "cifs mount at /mnt/share")
    for module in (locality, watcher_module, live_view):
        monkeypatch.setattr(module, "describe_location", lambda _path: network)
    monkeypatch.setattr(live_view.LiveView, "POLL_INTERVAL", 1.0)
    window, catalog, share, live, _root_id = open_live(qtbot, tmp_path)
    page = window.review_page
    assert not live.is_local()
    assert not page.trash_button.isVisible()
    assert page.trash_note.text() == network_sentence()
    assert "geen prullenbak" in network_sentence() and "migratieteam" in network_sentence()

    decide(qtbot, window, "notities.txt", DELETE)
    page.trash.start()  # even when asked some other way, nothing is removed there
    qtbot.waitUntil(lambda: page.trash.dialog is not None, timeout=5000)
    page.trash.dialog.accept()
    qtbot.waitUntil(lambda: page.last_message == network_sentence(), timeout=5000)
    assert (share / "notities.txt").exists()
    assert list(fake_bin.iterdir()) == []
    catalog.close()
