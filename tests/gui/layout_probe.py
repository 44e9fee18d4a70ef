"""Child process for the layout test: the real window at a display scale, checked for clipping.

Qt reads QT_SCALE_FACTOR once, when the QApplication is made, so each scale needs its own
process. The window gets the logical size of a 1280x800 screen at that scale and every
page is checked: the window's minimum fits, every visible control gets at least the size
it asks for, one-line texts fit their label, wrapped texts get their height, nothing lies
outside the window, and every menu and step button is on screen. Prints the problems as
JSON (an empty list when the layout holds).

Options: ``--pad=0.4`` makes every translated text 40% longer (a translator that adds
filler made of the text's own letters, so widths and word breaks stay realistic: other
languages and future rewordings must fit too); ``--step=N`` takes text size step N
(``text_size.STEPS``); ``--contrast`` the high-contrast look (its borders are wider).

Usage: python -m tests.gui.layout_probe SCALE LANG WORKDIR [--pad=F] [--step=N] [--contrast]
"""

from __future__ import annotations

import json
import math
import os
import sys
from pathlib import Path

FILLER_SKIP = set("&%<>")
"""Characters never copied into the filler: mnemonics, placeholders, markup."""


def padded(text: str, pad: float) -> str:
    """``text`` with every line ``pad`` longer, the filler made of the line's own letters."""
    lines = []
    for line in text.split("\n"):
        letters = [c for c in line if c not in FILLER_SKIP]
        extra = math.ceil(len(line) * pad)
        if line and letters and extra:
            filler = (letters * (extra // len(letters) + 1))[:extra]
            line = line + " " + "".join(filler).strip()
        lines.append(line)
    return "\n".join(lines)


def install_padding(app, lang: str, pad: float) -> None:
    """Make every text that goes through Qt's translation ``pad`` longer."""
    from PySide6.QtCore import QTranslator

    from desktop_app.gui import translations
    from desktop_app.gui.i18n import translator_for

    translator_for(app).switch(lang)  # the window's own switch() is then a no-op
    inner = QTranslator(app)
    qm = translations.ensure_built(lang)
    if qm is not None:
        inner.load(qm.stem, str(qm.parent))

    class Padding(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            found = inner.translate(context, source, disambiguation, n) or source
            return padded(found, pad)

        def isEmpty(self) -> bool:
            return False

    app._sharetidy_padding = Padding(app)  # kept alive as long as the app
    app.installTranslator(app._sharetidy_padding)


def hand_in_samples(window, root_id: int) -> None:
    """Two colleagues hand in, so the ambassador overview shows its table."""
    from desktop_app.core.manifest import UserInfo
    from desktop_app.core.submission import submit

    session = window.session
    for login, name, helper in (("anna", "Anna de Boer", None), ("johan", "Johan Smit", "Piet")):
        who = UserInfo(login, "GEMEENTE", name, session.department or None)
        submit(session.catalog, session.config, [root_id], user=who, assisted_by=helper)


def main(
    scale: float,
    lang: str,
    workdir: Path,
    *,
    pad: float = 0.0,
    step: int = 0,
    contrast: bool = False,
) -> list[str]:
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
    if pad:
        install_padding(app, lang, pad)
    demo = build_demo(workdir / "demo", user="tester")
    catalog = Catalog(locations.catalog_path())
    if step or contrast:  # stored as the app stores them: the window applies them itself
        from desktop_app.gui.appearance import CONTRAST_KEY, TEXT_STEP_KEY

        catalog.set_meta(TEXT_STEP_KEY, str(step) if step else None)
        catalog.set_meta(CONTRAST_KEY, "1" if contrast else None)
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
    hand_in_samples(window, window.session.root_id)
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

    guided = getattr(window, "guided_mode", None)
    if guided is not None and guided.page is None:
        guided.set_active(True)  # adds the guided path's page; its first screen is checked
        guided.set_active(False)
    for key, page in list(window.pages.items()):
        if key == "guided" and guided is not None:
            guided.set_active(True)
        window.show_page(key)
        for _ in range(5):
            app.processEvents()
        reading = getattr(page, "is_reading", None)
        while callable(reading) and reading() and clock.elapsed() < 90_000:
            app.processEvents()
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
            if key == "guided":
                break  # the guided path hides the normal steps on purpose
            if button is None or not button.isVisible():
                problems.append(f"{key}: step button {page_key} is hidden")
        corner = window.menuBar().cornerWidget()
        if corner is not None:
            placed = QRect(corner.mapTo(window, corner.rect().topLeft()), corner.size())
            if not corner.isVisible() or not frame.contains(placed):
                problems.append(f"{key}: {corner.accessibleName()!r} in the menu bar is cut off")
            elif corner.width() + 1 < corner.sizeHint().width():
                problems.append(f"{key}: {corner.accessibleName()!r} is narrower than its text")
    window.close()
    catalog.close()
    return problems


if __name__ == "__main__":
    options = dict(arg.lstrip("-").partition("=")[::2] for arg in sys.argv[4:])
    found = main(
        float(sys.argv[1]),
        sys.argv[2],
        Path(sys.argv[3]),
        pad=float(options.get("pad") or 0),
        step=int(options.get("step") or 0),
        contrast="contrast" in options,
    )
    print(json.dumps(found, ensure_ascii=False))
