"""Building the real main window on a demo share, the way run_app does, for the app tests."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core import locations
from desktop_app.core.config import OrgConfig, load_config
from desktop_app.core.demo_share import DemoShare, build_demo
from desktop_app.core.store import Catalog
from desktop_app.gui.app import build_main_window
from desktop_app.gui.main_window import MainWindow

SCAN_TIMEOUT_MS = 60_000


def make_demo(tmp_path: Path) -> DemoShare:
    """The demo share in a temporary folder."""
    return build_demo(tmp_path / "demo", user="tester")


def open_window(qtbot, demo: DemoShare, lang: str = "nl") -> tuple[MainWindow, Catalog]:
    """The main window over a fresh catalog in the test's data dir, shown."""
    catalog = Catalog(locations.catalog_path())
    window = window_over(
        qtbot, load_config(demo.config), catalog, lang=lang, demo=True, user="tester"
    )
    window.show()
    qtbot.waitExposed(window)
    return window, catalog


def window_over(qtbot, config: OrgConfig, catalog: Catalog, **options) -> MainWindow:
    """A main window over ``catalog`` (``options`` as for ``build_main_window``), built the
    way run_app builds it and closed before the catalog is (see :func:`close_window_first`)."""
    window = build_main_window(config, catalog, **options)
    qtbot.addWidget(window)
    close_window_first(window, catalog)
    return window


def close_window_first(window: MainWindow, catalog: Catalog) -> None:
    """Make ``catalog.close()`` close ``window`` first, as the app does on quitting: the
    window (its live view, a scan) stops before the catalog closes, so no background
    step finishes on a closed catalog. Called again for a second window over the same
    catalog, it wraps the first wrapper, so every window closes first."""
    close_catalog = catalog.close

    def close() -> None:
        window.close()
        close_catalog()

    catalog.close = close


def scan_and_review(qtbot, window: MainWindow, path: Path) -> int:
    """Scan a share through the start page's signal path and wait for the review."""
    window.start_scan(str(path), path.name)
    qtbot.waitUntil(lambda: window.current_page() == "review", timeout=SCAN_TIMEOUT_MS)
    root_id = window.session.root_id
    assert root_id is not None
    return root_id


def row_of_name(window: MainWindow, name: str) -> int:
    """The table row showing the file called ``name`` (the first one)."""
    model = window.session.files
    for row in range(model.rowCount()):
        if model.info(model.index_at_row(row)).name == name:
            return row
    raise AssertionError(f"{name} is not in the table")


def select_rows(window: MainWindow, rows: list[int]) -> None:
    """Select table rows as a user would (click, then Ctrl+click)."""
    table = window.review_page.table
    table.clearSelection()
    for number, row in enumerate(rows):
        index = table.model().index(row, 0)
        if number == 0:
            table.setCurrentIndex(index)
            table.selectRow(row)
        else:
            table.selectionModel().select(
                index,
                table.selectionModel().SelectionFlag.Select
                | table.selectionModel().SelectionFlag.Rows,
            )
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()


def stored_decisions(root_id: int) -> dict[tuple[str, str], int]:
    """What SQLite holds, read through a separate connection: (kind, rel) -> decision."""
    with Catalog(locations.catalog_path()) as other:
        return {key: value[0] for key, value in other.decisions(root_id).items()}


def hold_duplicate_search(monkeypatch) -> threading.Event:
    """Make the app's real duplicate search wait (after reporting that it started) until
    the returned event is set: the review is shown meanwhile, the copies come later."""
    from desktop_app.core.scanner import find_duplicates_later
    from desktop_app.gui import scan_worker

    release = threading.Event()

    def held(catalog, result, config, progress=None, **kwargs):
        progress(0, 10)
        assert release.wait(SCAN_TIMEOUT_MS / 1000)
        return find_duplicates_later(catalog, result, config, progress, **kwargs)

    monkeypatch.setattr(scan_worker, "find_duplicates_later", held)
    return release
