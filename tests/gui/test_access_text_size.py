"""Larger text: Ctrl+plus, Ctrl+minus and Ctrl+0 (and the labelled button), remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core import locations
from desktop_app.core.config import load_config
from desktop_app.core.store import Catalog
from desktop_app.gui import text_size
from desktop_app.gui.appearance import TEXT_STEP_KEY, Look, apply_look
from desktop_app.gui.i18n import translator_for
from desktop_app.gui.review_page import COLUMN_WIDTHS
from tests.gui.app_helpers import make_demo, open_window, scan_and_review, window_over

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _normal_look(qapp):
    """Leave no translator and no larger text behind for the tests that come after."""
    yield
    translator_for(qapp).reset()
    apply_look(qapp, Look())


def _size(step: int) -> float:
    base = text_size.base_point_size(QApplication.instance())
    return round(base * text_size.STEPS[step] * 2) / 2


def _press(qtbot, window, key) -> None:
    if QApplication.activeWindow() is not window:  # shortcuts work in the active window
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget() or window, key, CTRL)


def test_ctrl_plus_minus_and_zero_change_every_text_and_the_choice_is_remembered(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    app = QApplication.instance()
    title = window.start_page.title
    normal_title = title.font().pointSizeF()
    assert app.font().pointSizeF() == _size(0) >= text_size.MIN_POINT_SIZE

    _press(qtbot, window, Qt.Key.Key_Plus)
    assert app.font().pointSizeF() == _size(1)
    assert title.font().pointSizeF() > normal_title  # the style sheet's sizes grow too
    assert window.statusBar().currentMessage() == "Tekstgrootte 115%."
    _press(qtbot, window, Qt.Key.Key_Equal)  # the same key without Shift
    assert app.font().pointSizeF() == _size(2)
    _press(qtbot, window, Qt.Key.Key_Minus)
    assert app.font().pointSizeF() == _size(1)
    assert catalog.meta(TEXT_STEP_KEY) == "1"

    # A restart on the same catalog comes back at the chosen size.
    window.close()
    apply_look(app, Look())
    again = window_over(qtbot, load_config(demo.config), catalog, lang="nl", demo=True)
    again.show()
    assert again.appearance.step == 1
    assert app.font().pointSizeF() == _size(1)

    _press(qtbot, again, Qt.Key.Key_0)
    assert app.font().pointSizeF() == _size(0)
    assert again.start_page.title.font().pointSizeF() == normal_title
    assert catalog.meta(TEXT_STEP_KEY) is None
    catalog.close()


def test_the_labelled_button_and_the_view_menu_reach_the_same_choices(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    button = window.appearance_button
    assert button.isVisible() and button.text() == "Tekst en contrast"
    assert button.accessibleName() == "Tekst en contrast"
    shown = [action.text() for action in button.menu().actions() if action.text()]
    assert shown == ["&Grotere tekst", "&Kleinere tekst", "&Normale tekstgrootte", "&Hoog contrast"]
    assert button.menu().menuAction() in window.view_menu.actions()
    assert button.larger_action.shortcut().toString() == "Ctrl++"
    assert not button.smaller_action.isEnabled()  # already the normal size

    last = len(text_size.STEPS) - 1
    for _ in range(last + 2):
        button.larger_action.trigger()
    assert window.appearance.step == last
    assert not button.larger_action.isEnabled() and button.smaller_action.isEnabled()
    assert window.statusBar().currentMessage() == "Tekstgrootte 175% (de grootste)."
    button.reset_action.trigger()
    assert window.appearance.step == 0 and not button.reset_action.isEnabled()
    catalog.close()


def test_table_rows_grow_with_the_text(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    scan_and_review(qtbot, window, demo.department)
    table = window.review_page.table
    normal = table.verticalHeader().defaultSectionSize()
    window.appearance.set_step(len(text_size.STEPS) - 1)
    taller = table.verticalHeader().defaultSectionSize()
    assert taller == table.fontMetrics().height() + text_size.ROW_PADDING > normal
    catalog.close()


def _widths(table) -> list[int]:
    return [table.columnWidth(column) for column in range(len(COLUMN_WIDTHS))]


def test_file_list_columns_grow_with_the_text_and_keep_a_dragged_width(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    table = window.review_page.table
    assert _widths(table) == list(COLUMN_WIDTHS)

    last = len(text_size.STEPS) - 1
    window.appearance.set_step(last)
    assert _widths(table) == [round(width * text_size.STEPS[last]) for width in COLUMN_WIDTHS]

    table.setColumnWidth(6, 500)  # the employee widens the reason column
    window.appearance.set_high_contrast(True)  # same text size: the dragged width stays
    assert table.columnWidth(6) == 500
    window.appearance.reset()
    assert _widths(table) == list(COLUMN_WIDTHS)
    catalog.close()


def test_a_stored_size_is_applied_before_the_pages_are_built(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    with Catalog(locations.catalog_path()) as catalog:
        catalog.set_meta(TEXT_STEP_KEY, "3")
    catalog = Catalog(locations.catalog_path())
    window = window_over(qtbot, load_config(demo.config), catalog, lang="nl", demo=True)
    table = window.review_page.table
    assert QApplication.instance().font().pointSizeF() == _size(3)
    assert text_size.current_factor() == text_size.STEPS[3]
    assert table.verticalHeader().defaultSectionSize() == (
        table.fontMetrics().height() + text_size.ROW_PADDING
    )
    catalog.close()


def test_steps_and_style_scaling():
    assert text_size.parse_step(None) == text_size.parse_step("x") == 0
    assert text_size.parse_step("99") == len(text_size.STEPS) - 1
    assert text_size.parse_step("-3") == 0
    style = "QLabel#pageTitle { font-size: 17pt; }\nQLabel { font-size: 11pt; }"
    assert text_size.scale_style(style, 1.5) == (
        "QLabel#pageTitle { font-size: 25.5pt; }\nQLabel { font-size: 16.5pt; }"
    )
    assert text_size.scale_style(style, 1.0) == style
