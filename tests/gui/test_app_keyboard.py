"""The whole app from the keyboard alone, and an accessible name on every control."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from desktop_app.core.policy import DELETE, KEEP
from tests.gui.app_helpers import SCAN_TIMEOUT_MS, make_demo, open_window, stored_decisions

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QProgressBar,
)


@pytest.fixture
def window(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    yield window
    catalog.close()


def _tab_walk(qtbot, start: QWidget, steps: int = 60) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        if widget is not None and widget not in seen:
            seen.append(widget)
        qtbot.keyClick(widget or start, Qt.Key.Key_Tab)
    return seen


def _focus(widget: QWidget) -> QWidget:
    return QApplication.focusWidget() or widget


def test_scan_review_decide_and_undo_without_a_mouse(qtbot, window):
    start = window.start_page
    reached = _tab_walk(qtbot, start.add_button)
    card = start.cards[0]
    assert card.scan_button in reached and start.add_button in reached
    card.scan_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(card.scan_button, Qt.Key.Key_Space)
    assert window.current_page() == "scan"
    qtbot.waitUntil(lambda: window.current_page() == "review", timeout=SCAN_TIMEOUT_MS)
    root_id = window.session.root_id
    page = window.review_page

    reached = _tab_walk(qtbot, page.filters.search)
    for control in (
        page.filters.search,
        page.filters.suggestion,
        page.filters.category,
        page.filters.duplicates,
        page.filters.sharepoint,
        page.tree,
        page.table,
        page.keep_button,
        page.delete_button,
        page.accept_button,
        page.folder_button,
    ):
        assert control in reached, control.accessibleName()

    # Ctrl+F goes to the search box; typing filters; Tab on to the list; K decides.
    qtbot.keyClick(_focus(window), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.filters.search
    qtbot.keyClicks(page.filters.search, "Sollicitatiebrief")
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    model = window.session.files
    assert model.rowCount() == 1
    page.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    info = model.info(model.index_at_row(page.table.currentIndex().row()))
    qtbot.keyClick(page.table, Qt.Key.Key_K)
    assert stored_decisions(root_id)[("file", info.rel)] == KEEP

    # The buttons' mnemonics work too (Alt+D on the Dutch 'Verwijderen (&D)').
    page.table.setFocus(Qt.FocusReason.TabFocusReason)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" the click: the button is pressed a moment later.
    qtbot.waitUntil(lambda: stored_decisions(root_id)[("file", info.rel)] == DELETE, timeout=3000)

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_decisions(root_id) == {}

    # Ctrl+1 .. Ctrl+4 go to each step.
    for number, key in ((4, "overview"), (1, "start"), (3, "review")):
        qtbot.keyClick(
            _focus(window), getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_page() == key


def test_every_control_has_an_accessible_name(qtbot, window):
    window.start_scan(str(window.start_page.cards[0].candidate.path), "H")
    qtbot.waitUntil(lambda: window.current_page() == "review", timeout=SCAN_TIMEOUT_MS)
    window.review_page.table.selectRow(0)
    for lang in ("nl", "en"):
        window.session.set_language(lang)
        nameless = []
        for key, page in window.pages.items():
            window.show_page(key)
            QApplication.processEvents()
            for control in page.findChildren(QWidget):
                if not isinstance(control, CONTROLS) or not control.isVisibleTo(page):
                    continue
                if control.parent() is not None and isinstance(control.parent(), QAbstractSpinBox):
                    continue  # the line edit inside a spin box
                accessible = QAccessible.queryAccessibleInterface(control)
                name = accessible.text(QAccessible.Text.Name) if accessible else ""
                if not (control.accessibleName() or name).strip():
                    nameless.append((key, type(control).__name__, control.objectName()))
        assert nameless == [], lang
    window.session.set_language("nl")
