"""The guided path holds on a 1280x800 screen: scaled, with 40% longer texts, larger text.

Like ``layout_probe`` for the normal steps, each case runs in its own process (Qt reads
the scale factor once) and checks every step of the path: every visible control gets
the size it asks for, one-line texts fit, wrapped texts get their height, and nothing
lies outside the window. Run as a script, this module is that child process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("scale", "lang", "options"),
    [
        (1.5, "nl", ()),
        (1.0, "nl", ("--pad=0.4",)),
        (1.25, "en", ("--pad=0.4",)),
        (1.0, "nl", ("--largest",)),
    ],
    ids=["150-nl", "longer-nl", "125-longer-en", "largest-nl"],
)
def test_no_step_of_the_guided_path_is_clipped(tmp_path, scale, lang, options) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.gui.test_guided_layout",
            str(scale),
            lang,
            str(tmp_path),
            *options,
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    problems = json.loads(done.stdout.strip().splitlines()[-1])
    assert problems == []


def probe(scale: float, lang: str, workdir: Path, pad: float, largest: bool) -> list[str]:
    """Open the guided path at ``scale`` and list what does not fit on each step."""
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    os.environ["SHARETIDY_DATA_DIR"] = str(workdir / "state")

    from PySide6.QtCore import QElapsedTimer, QRect
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

    from desktop_app.core import locations
    from desktop_app.core.config import load_config
    from desktop_app.core.demo_share import build_demo
    from desktop_app.core.store import Catalog
    from desktop_app.gui.app import application, build_main_window
    from desktop_app.gui.guided.path import STEPS
    from desktop_app.gui.widgets import ElidedLabel
    from tests.gui.layout_probe import install_padding

    app = application()
    if pad:
        install_padding(app, lang, pad)
    demo = build_demo(workdir / "demo", user="tester")
    catalog = Catalog(locations.catalog_path())
    if largest:
        from desktop_app.gui.appearance import TEXT_STEP_KEY
        from desktop_app.gui.text_size import STEPS as TEXT_STEPS

        catalog.set_meta(TEXT_STEP_KEY, str(len(TEXT_STEPS) - 1))
    window = build_main_window(load_config(demo.config), catalog, lang=lang, demo=True, guided=True)
    width, height = round(1280 / scale), round(800 / scale)
    window.resize(width, height)
    window.show()
    page = window.guided_mode.page
    page.go("folders")
    page.folders_step.start_scan(str(demo.department), "G")
    clock = QElapsedTimer()
    clock.start()
    while page.folders_step.is_scanning() and clock.elapsed() < 60_000:
        app.processEvents()
    problems: list[str] = []
    for key in STEPS:
        page.go(key)
        for _ in range(5):
            app.processEvents()
        submit = page.summary_step.submit_page
        while key == "summary" and submit.is_counting() and clock.elapsed() < 90_000:
            app.processEvents()  # the totals are counted in the background, then laid out
        for _ in range(5):
            app.processEvents()
        if window.width() > width or window.height() > height:
            problems.append(f"{key}: window grew to {window.width()}x{window.height()}")
        frame = QRect(0, 0, window.width(), window.height())
        for widget in page.findChildren(QWidget):
            if not widget.isVisible() or not isinstance(
                widget, QLabel | QAbstractButton | QComboBox | QLineEdit
            ):
                continue
            text = getattr(widget, "text", lambda: "")()
            name = f"{key}: {type(widget).__name__} {text!r}"
            placed = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not frame.contains(placed) and not _scrolled(widget, window):
                problems.append(f"{name} lies outside the window ({placed})")
            if isinstance(widget, QLabel):
                if isinstance(widget, ElidedLabel):
                    continue
                if widget.wordWrap():
                    need = widget.heightForWidth(widget.contentsRect().width())
                    if need > widget.height() + 1:
                        problems.append(f"{name} needs {need} px height, has {widget.height()}")
                    continue
                shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
                metrics = widget.fontMetrics()
                needed = max(metrics.horizontalAdvance(line) for line in shown.split("\n"))
                if text and "<" not in text and needed > widget.contentsRect().width() + 1:
                    problems.append(f"{name} needs {needed} px, has {widget.width()}")
                continue
            wanted = widget.minimumSizeHint()
            if widget.width() + 1 < wanted.width() or widget.height() + 1 < wanted.height():
                problems.append(
                    f"{name} is {widget.width()}x{widget.height()}, needs "
                    f"{wanted.width()}x{wanted.height()}"
                )
    window.close()
    catalog.close()
    return problems


def _scrolled(widget, window) -> bool:
    """Whether ``widget`` sits in a scroll area (it may then lie outside the window)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


if __name__ == "__main__":
    flags = sys.argv[4:]
    padding = next((float(f.split("=")[1]) for f in flags if f.startswith("--pad=")), 0.0)
    found = probe(float(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), padding, "--largest" in flags)
    print(json.dumps(found, ensure_ascii=False))
