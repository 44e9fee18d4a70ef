"""Every control of every screen by keyboard alone, with a name, a description and a visible focus.

The walk presses Tab on each page of the real window (after a scan, so the review and the
overview are full) and checks that it reaches every enabled control there is, in the step
bar and the menu bar too; every control it reaches has an accessible name and a description
(what using it does or what it shows: a screen reader says it after the name, issue #7);
and each one looks different with the keyboard focus than without, in the normal and in the
high-contrast look (a focus that cannot be seen is no focus for a keyboard user).
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QMenu,
    QScrollBar,
    QToolBar,
    QWidget,
)

from desktop_app.gui.appearance import Look, apply_look
from desktop_app.gui.i18n import translator_for
from desktop_app.gui.main_window import PAGES
from tests.gui.app_helpers import SCAN_TIMEOUT_MS, make_demo, open_window

MIN_CHANGED_PIXELS = 12
"""A focus mark is at least a thin line along one side of the control."""


@pytest.fixture(autouse=True)
def _normal_look(qapp):
    """Leave no translator and no high contrast behind for the tests that come after."""
    yield
    translator_for(qapp).reset()
    apply_look(qapp, Look())


@pytest.fixture
def window(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.start_scan(str(demo.department), "G")
    qtbot.waitUntil(lambda: window.current_page() == "review", timeout=SCAN_TIMEOUT_MS)
    window.review_page.table.selectRow(0)
    yield window
    catalog.close()


def _takes_tab(widget: QWidget, window: QWidget) -> bool:
    """A control the Tab key must reach: visible, enabled, accepting Tab focus."""
    if isinstance(widget, QMenu | QScrollBar | QToolBar) or widget.focusProxy() is not None:
        return False
    if isinstance(widget.parentWidget(), QAbstractSpinBox):
        return False  # the text field inside a spin box: the spin box is the control
    return (
        widget.isVisibleTo(window)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _controls(window, page: QWidget) -> list[QWidget]:
    found = [w for w in page.findChildren(QWidget) if _takes_tab(w, window)]
    bars = (window.steps, window.menuBar())
    for bar in bars:
        found += [w for w in bar.findChildren(QWidget) if _takes_tab(w, window)]
    return found


def _tab_walk(qtbot, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        if widget is not None and widget not in seen:
            seen.append(widget)
        qtbot.keyClick(widget or start, Qt.Key.Key_Tab)
    return seen


def _name(widget: QWidget) -> str:
    accessible = QAccessible.queryAccessibleInterface(widget)
    spoken = accessible.text(QAccessible.Text.Name) if accessible else ""
    return (widget.accessibleName() or spoken or "").strip()


def _description(widget: QWidget) -> str:
    """What a screen reader says after the name: the description, else the tooltip."""
    accessible = QAccessible.queryAccessibleInterface(widget)
    spoken = accessible.text(QAccessible.Text.Description) if accessible else ""
    return (widget.accessibleDescription() or spoken or widget.toolTip() or "").strip()


def _pages(window):
    guided = getattr(window, "guided_mode", None)
    if guided is not None and guided.page is None:
        guided.set_active(True)  # adds the guided path's page (its first screen is walked)
        guided.set_active(False)
    for key in list(window.pages):
        if key == "guided" and guided is not None:
            guided.set_active(True)
        window.show_page(key)
        QApplication.processEvents()
        yield key, window.pages[key]


def test_tab_reaches_every_control_of_every_screen_and_each_has_a_name_and_description(
    qtbot, window
):
    walked = []
    for key, page in _pages(window):
        walked.append(key)
        qtbot.waitUntil(
            lambda p=page: not getattr(p, "is_reading", lambda: False)(), timeout=20_000
        )
        controls = _controls(window, page)
        assert controls, key
        start = getattr(page, "first_focus", lambda p=page: p)()
        reached = _tab_walk(qtbot, start, 2 * len(controls) + 10)
        missing = [
            (type(c).__name__, c.objectName(), _name(c)) for c in controls if c not in reached
        ]
        assert missing == [], key
        nameless = [(type(c).__name__, c.objectName()) for c in controls if not _name(c)]
        assert nameless == [], key
        undescribed = [(type(c).__name__, _name(c)) for c in controls if not _description(c)]
        assert undescribed == [], key
    screens = {*PAGES, "ambassador"} | ({"guided"} if hasattr(window, "guided_mode") else set())
    assert screens <= set(walked)


def _difference(first: QImage, second: QImage) -> int:
    if first.size() != second.size():
        return first.width() * first.height()
    changed = 0
    for y in range(first.height()):
        for x in range(first.width()):
            if first.pixel(x, y) != second.pixel(x, y):
                changed += 1
    return changed


def _focus_marks(qtbot, window) -> list[tuple[str, str, str, int]]:
    """(page, type, name, changed pixels) of every control whose focus barely shows."""
    weak = []
    for key, page in _pages(window):
        qtbot.waitUntil(
            lambda p=page: not getattr(p, "is_reading", lambda: False)(), timeout=20_000
        )
        QApplication.processEvents()
        controls = _controls(window, page)
        for control in controls:
            if not shiboken6.isValid(control):
                continue  # a card the page rebuilt meanwhile (its new one is checked below)
            other = next(c for c in controls if c is not control and shiboken6.isValid(c))
            other.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            without = control.grab().toImage()
            control.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            assert control.hasFocus(), (key, _name(control))
            changed = _difference(without, control.grab().toImage())
            if changed < MIN_CHANGED_PIXELS:
                weak.append((key, type(control).__name__, _name(control), changed))
    return weak


def test_the_focus_is_visible_on_every_control(qtbot, window):
    weak = _focus_marks(qtbot, window)
    assert weak == [], "\n".join(map(str, weak))


def test_the_focus_is_visible_on_every_control_in_high_contrast(qtbot, window):
    window.appearance.set_high_contrast(True)
    weak = _focus_marks(qtbot, window)
    assert weak == [], "\n".join(map(str, weak))
