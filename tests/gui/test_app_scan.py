"""Scanning from the real window: progress while it runs, a Cancel that works, no freeze."""

from __future__ import annotations

import itertools
import time

import pytest
from PySide6.QtCore import Qt, QTimer

from desktop_app.core.scanner import scan as real_scan
from desktop_app.gui import scan_worker
from tests.gui.app_helpers import SCAN_TIMEOUT_MS, hold_duplicate_search, make_demo, open_window


@pytest.fixture
def demo(tmp_path):
    return make_demo(tmp_path)


@pytest.fixture
def slow_scan(monkeypatch):
    """The real scan, with every progress report slowed down (a slow network share)."""
    reports: list = []

    def slowed(catalog, roots, config, progress=None, **kwargs):
        def slow_progress(snapshot):
            reports.append(snapshot)
            time.sleep(0.15)
            return progress(snapshot)

        return real_scan(catalog, roots, config, slow_progress, **kwargs)

    monkeypatch.setattr(scan_worker, "scan", slowed)
    return reports


def test_scan_shows_progress_then_opens_the_review(qtbot, demo, slow_scan):
    window, catalog = open_window(qtbot, demo)
    page = window.scan_page
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    card = window.start_page.cards[0]
    qtbot.mouseClick(card.scan_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "scan"
    assert page.is_running()
    qtbot.waitUntil(lambda: page.last is not None, timeout=SCAN_TIMEOUT_MS)
    qtbot.waitUntil(lambda: page.files_value.text() not in ("", "0"), timeout=SCAN_TIMEOUT_MS)
    assert "bestanden per seconde" in page.speed_value.text()
    assert page.phase.text().startswith("Stap")
    qtbot.waitUntil(lambda: window.current_page() == "review", timeout=SCAN_TIMEOUT_MS)
    timer.stop()
    # The GUI thread kept running while the scan worked: the timer fired all along.
    assert len(ticks) > 10
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 1.0
    assert len(slow_scan) >= 3
    root = catalog.root(window.session.root_id)
    assert root.files == window.session.files.file_count() > 50
    catalog.close()


def test_cancel_stops_the_scan_and_keeps_nothing(qtbot, demo, slow_scan):
    window, catalog = open_window(qtbot, demo)
    page = window.scan_page
    window.start_scan(str(demo.department), "Afdelingsschijf")
    qtbot.waitUntil(lambda: page.last is not None, timeout=SCAN_TIMEOUT_MS)
    assert page.cancel_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.phase.text() == "Bezig met stoppen…"
    qtbot.waitUntil(lambda: window.current_page() == "start", timeout=SCAN_TIMEOUT_MS)
    assert not page.is_running()
    assert "gestopt" in window.statusBar().currentMessage()
    # A cancelled scan never becomes current: the share still counts as not scanned.
    assert all(root.scan_id is None for root in catalog.roots())
    assert window.session.root_id is None
    catalog.close()


def test_a_second_scan_replaces_the_first(qtbot, demo):
    window, catalog = open_window(qtbot, demo)
    window.start_scan(str(demo.personal), "H")
    qtbot.waitUntil(lambda: window.current_page() == "review", timeout=SCAN_TIMEOUT_MS)
    first = catalog.root(window.session.root_id)
    (demo.personal / "Bureaublad" / "Nieuw verslag.docx").write_bytes(b"x" * 1000)
    window.show_page("start")
    card = window.start_page.cards[0]
    assert card.scan_button.text() == "&Opnieuw scannen"
    qtbot.mouseClick(card.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "review", timeout=SCAN_TIMEOUT_MS)
    second = catalog.root(window.session.root_id)
    assert second.id == first.id and second.scan_id != first.scan_id
    assert second.files == first.files + 1 == window.session.files.file_count()
    catalog.close()


def test_an_unchanged_share_rescans_to_the_same_review(qtbot, demo):
    """Nothing changed on disk: the rescan keeps the stored scan, copies included."""
    window, catalog = open_window(qtbot, demo)
    window.start_scan(str(demo.personal), "H")
    qtbot.waitUntil(lambda: window.current_page() == "review", timeout=SCAN_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.scan_page.is_busy(), timeout=SCAN_TIMEOUT_MS)
    first = catalog.root(window.session.root_id)
    groups = len(set(window.session.files.columns.dup_group.values()))
    assert groups > 0
    window.show_page("start")
    qtbot.mouseClick(window.start_page.cards[0].scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "review", timeout=SCAN_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.scan_page.is_busy(), timeout=SCAN_TIMEOUT_MS)
    again = catalog.root(window.session.root_id)
    assert again.scan_id == first.scan_id and again.files == first.files
    assert window.session.files.file_count() == first.files
    assert len(set(window.session.files.columns.dup_group.values())) == groups
    # No search follows, so the finished message itself names the copies it kept.
    message = window.statusBar().currentMessage()
    assert "Scan klaar" in message and f"Dubbele bestanden gevonden: {groups} groepen" in message
    catalog.close()


def test_the_review_opens_before_the_copies_are_found(qtbot, demo, monkeypatch):
    """The listing is shown at once; the duplicate check goes on with its own progress in
    the status bar, and the view shows the copies when they are known."""
    release = hold_duplicate_search(monkeypatch)
    window, _catalog = open_window(qtbot, demo)
    card = window.start_page.cards[0]
    qtbot.mouseClick(card.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "review", timeout=SCAN_TIMEOUT_MS)
    files = window.session.files
    assert files.rowCount() > 0
    assert not files.columns.dup_group  # no copies known yet
    assert window.scan_page.is_busy() and not window.scan_page.is_running()
    qtbot.waitUntil(
        lambda: "Dubbele bestanden zoeken" in window.statusBar().currentMessage(), timeout=5000
    )
    found = []
    window.scan_page.duplicatesFound.connect(lambda root, groups: found.append(groups))
    release.set()
    qtbot.waitUntil(lambda: bool(found), timeout=SCAN_TIMEOUT_MS)
    assert found[0] > 0
    assert window.session.files.columns.dup_group
    assert "Dubbele bestanden gevonden" in window.statusBar().currentMessage()
