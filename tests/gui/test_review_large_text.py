"""At 150% and 175% text on a 1280x800 screen: Undo and Redo stay in view, folder names fit.

A toolbar that runs out of room hides its last buttons behind an overflow arrow, and a
fixed-width folder tree cuts its names to "B…": both happened at the large text sizes an
ambassador chooses for a colleague who sees less well.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import QApplication, QToolButton

from desktop_app.core.config import load_config
from desktop_app.gui import text_size
from desktop_app.gui.appearance import Look, apply_look
from desktop_app.gui.i18n import translator_for
from desktop_app.gui.review_layout import PANES_KEY
from tests.gui.app_helpers import make_demo, open_window, scan_and_review, window_over

LARGE = (3, 4)
"""The 150% and 175% steps of text_size.STEPS."""


@pytest.fixture(autouse=True)
def _normal_look(qapp):
    """Leave no translator and no larger text behind for the tests that come after."""
    yield
    translator_for(qapp).reset()
    apply_look(qapp, Look())


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)  # the undo buttons are placed on the next turn of the event loop


def _shown_whole(window, button: QToolButton) -> bool:
    """On screen in the window, and as wide as its words need."""
    top_left = button.mapTo(window, button.rect().topLeft())
    placed = QRect(top_left, button.size())
    inside = QRect(0, 0, window.width(), window.height()).contains(placed)
    return button.isVisible() and inside and button.width() + 1 >= button.sizeHint().width()


def _undo_buttons(window) -> list[QToolButton]:
    """The Undo and Redo buttons the employee can see now."""
    places = window.undo_buttons
    return [b for b in (*places.bar_buttons, *places.corner_buttons) if b.isVisible()]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_undo_and_redo_stay_in_view_at_every_text_size(qtbot, tmp_path, lang):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo, lang=lang)
    window.resize(1280, 800)
    for step in range(len(text_size.STEPS)):
        window.appearance.set_step(step)
        _settle(qtbot)
        buttons = _undo_buttons(window)
        assert len(buttons) == 2, f"step {step}"
        assert all(_shown_whole(window, button) for button in buttons), f"step {step}"
        overflow = window.steps.findChild(QToolButton, "qt_toolbar_ext_button")
        assert overflow is None or not overflow.isVisible(), f"step {step}: overflow"
        for key, action in window.page_actions.items():
            assert _shown_whole(window, window.steps.widgetForAction(action)), key
        assert window.undo_buttons.in_corner == (not window.undo_buttons.fits())
    # After the steps at the normal size; the Dutch words need the top right at 175%.
    window.appearance.set_step(0)
    _settle(qtbot)
    assert not window.undo_buttons.in_corner
    window.appearance.set_step(4)
    _settle(qtbot)
    assert window.undo_buttons.in_corner == (lang == "nl")
    catalog.close()


def test_the_corner_buttons_undo_as_the_menu_does(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    window.resize(1280, 800)
    scan_and_review(qtbot, window, demo.personal)
    window.appearance.set_step(4)
    _settle(qtbot)
    page, model = window.review_page, window.session.files
    page.table.setCurrentIndex(model.index(0, 0))
    index = model.index_at_row(0)
    page.decide_selection(2)
    undo = window.undo_buttons.corner_buttons[0]
    assert undo.isEnabled() and undo.accessibleName().startswith("Ongedaan maken: Verwijderen")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert model.source(index) == "suggestion"
    catalog.close()


def _level_one_fits(page) -> list[str]:
    """The top-level folders of the share whose names the tree cuts short."""
    tree, folders = page.tree, page.session.folders
    top = folders.index(0, 0, QModelIndex())
    metrics = tree.fontMetrics()
    room = tree.header().sectionSize(0) - 2 * tree.indentation()
    cut = []
    for row in range(folders.rowCount(top)):
        name = folders.data(folders.index(row, 0, top), Qt.ItemDataRole.DisplayRole)
        if metrics.horizontalAdvance(name) > room:
            cut.append(name)
    return cut


@pytest.mark.parametrize("step", LARGE)
def test_the_folder_tree_shows_whole_names_at_large_text(qtbot, tmp_path, step):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    window.resize(1280, 800)
    window.appearance.set_step(step)
    scan_and_review(qtbot, window, demo.personal)
    _settle(qtbot)
    page = window.review_page
    assert _level_one_fits(page) == []
    _tree, files, details = page.splitter.sizes()
    assert files >= 0.3 * sum(page.splitter.sizes())  # the file list keeps its room
    assert details >= page.details.minimumWidth()
    body = page.details.widget()
    assert body.minimumSizeHint().width() <= page.details.viewport().width()  # no sideways bar
    catalog.close()


def test_a_dragged_folder_tree_width_is_kept_for_that_text_size(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    window.resize(1280, 800)
    window.appearance.set_step(3)
    scan_and_review(qtbot, window, demo.personal)
    _settle(qtbot)
    splitter = window.review_page.splitter
    splitter.moveSplitter(300, 1)  # as the employee's drag of the first divider does
    qtbot.waitUntil(lambda: catalog.meta(PANES_KEY) is not None, timeout=3000)
    dragged = splitter.sizes()[0]
    window.close()

    again = window_over(qtbot, load_config(demo.config), catalog, lang="nl", demo=True)
    again.resize(1280, 800)
    again.show()
    again.open_review(window.session.root_id)
    _settle(qtbot)
    assert abs(again.review_page.splitter.sizes()[0] - dragged) <= 2
    again.appearance.set_step(0)  # another size has its own widths
    _settle(qtbot)
    assert again.review_page.splitter.sizes()[0] != dragged
    catalog.close()
