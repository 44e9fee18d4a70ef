"""Child process for the layout test: the real window at a display scale, checked for clipping.

Qt reads QT_SCALE_FACTOR once, when the QApplication is made, so each scale needs its own
process. The window gets the logical size of a 1280x800 screen at that scale and every
page is checked: the window's minimum fits, every visible control gets at least the size
it asks for, one-line texts fit their label, wrapped texts get their height, nothing lies
outside the window, and every menu and step button is on screen. Prints the problems as
JSON (an empty list when the layout holds).

Usage: python -m tests.gui.layout_probe SCALE LANG WORKDIR
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(scale: float, lang: str, workdir: Path) -> list[str]:
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SHARETIDY_DATA_DIR"] = str(workdir / "state")

    from PySide6.QtCore import QElapsedTimer, QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QAbstractSpinBox,
        QApplication,
        QComboBox,
        QLabel,
        QLineEdit,
        QSpinBox,
        QWidget,
    )

    from desktop_app.core import locations
    from desktop_app.core.config import load_config
    from desktop_app.core.demo_share import build_demo
    from desktop_app.core.store import Catalog
    from desktop_app.gui.app import application, build_main_window
    from desktop_app.gui.widgets import ElidedLabel

    app = application()
    assert isinstance(app, QApplication)
    demo = build_demo(workdir / "demo", user="tester")
    catalog = Catalog(locations.catalog_path())
    window = build_main_window(load_config(demo.config), catalog, lang=lang, demo=True)
    width, height = round(1280 / scale), round(800 / scale)
    window.resize(width, height)
    window.show()
    window.start_scan(str(demo.department), "G")
    clock = QElapsedTimer()
    clock.start()
    while window.current_page() != "review" and clock.elapsed() < 60_000:
        app.processEvents()
    window.review_page.table.selectRow(0)
    problems: list[str] = []

    hint = window.minimumSizeHint()
    if hint.width() > width or hint.height() > height:
        problems.append(
            f"window needs {hint.width()}x{hint.height()}, screen gives {width}x{height}"
        )

    def in_scroll_area(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent.objectName() in (
                "qt_scrollarea_viewport",
            ):
                return True
            parent = parent.parentWidget()
        return False

    for key, page in window.pages.items():
        window.show_page(key)
        for _ in range(5):
            app.processEvents()
        if window.size().width() > width or window.size().height() > height:
            problems.append(f"{key}: window grew to {window.width()}x{window.height()}")
        frame = QRect(0, 0, window.width(), window.height())
        for widget in page.findChildren(QWidget):
            if not widget.isVisible() or not isinstance(
                widget, QLabel | QAbstractButton | QComboBox | QLineEdit | QSpinBox
            ):
                continue
            if isinstance(widget.parentWidget(), QAbstractSpinBox):
                continue  # the spin box's own text field: the spin box itself is checked
            name = f"{key}: {type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
            top_left = widget.mapTo(window, widget.rect().topLeft())
            placed = QRect(top_left, widget.size())
            scrolled = in_scroll_area(widget)
            if not scrolled and not frame.contains(placed):
                problems.append(f"{name} lies outside the window ({placed})")
            wanted = widget.minimumSizeHint()
            if isinstance(widget, QLabel):
                if isinstance(widget, ElidedLabel):
                    continue
                if widget.wordWrap():
                    need = widget.heightForWidth(widget.contentsRect().width())
                    if need > widget.height() + 1:
                        problems.append(f"{name} needs {need} px height, has {widget.height()}")
                    continue
                shown = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                text_width = widget.fontMetrics().horizontalAdvance(shown)
                if (
                    widget.text()
                    and "<" not in widget.text()
                    and text_width > widget.contentsRect().width() + 1
                ):
                    problems.append(
                        f"{name} text needs {text_width} px, has {widget.contentsRect().width()}"
                    )
                continue
            if widget.width() + 1 < wanted.width() or widget.height() + 1 < wanted.height():
                problems.append(
                    f"{name} is {widget.width()}x{widget.height()}, needs "
                    f"{wanted.width()}x{wanted.height()}"
                )
        bar = window.menuBar()
        for action in bar.actions():
            if not bar.rect().contains(bar.actionGeometry(action)):
                problems.append(f"{key}: menu {action.text()!r} is cut off")
        for page_key, action in window.page_actions.items():
            button = window.steps.widgetForAction(action)
            if button is None or not button.isVisible():
                problems.append(f"{key}: step button {page_key} is hidden")
    window.close()
    catalog.close()
    return problems


if __name__ == "__main__":
    found = main(float(sys.argv[1]), sys.argv[2], Path(sys.argv[3]))
    print(json.dumps(found, ensure_ascii=False))
