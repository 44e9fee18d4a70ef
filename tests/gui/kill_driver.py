"""Child process for the kill test: the real window, decisions by key, then it waits to die.

It builds the demo share and the main window the way run_app does, scans the department
share, makes decisions through the same keys and menu actions a user would, and after each
one prints ``SHOWN kind rel decision`` once the table shows it. Then it prints ``DONE`` and
keeps running until the test kills it with SIGKILL.

Usage: python -m tests.gui.kill_driver WORKDIR   (SHARETIDY_DATA_DIR set by the caller)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DECISIONS = (
    ("Checklist huwelijken.docx", "K", 0),
    ("Werkinstructie verhuizingen.docx", "A", 1),
    ("Voorbeeldbrief uittreksels.docx", "D", 2),
    ("Checklist naturalisatie.docx", "D", 2),
)


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main(workdir: Path) -> None:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from desktop_app.core import locations
    from desktop_app.core.config import load_config
    from desktop_app.core.demo_share import build_demo
    from desktop_app.core.store import Catalog
    from desktop_app.gui.app import application, build_main_window

    app = application()
    demo = build_demo(workdir / "demo", user="tester")
    catalog = Catalog(locations.catalog_path())
    window = build_main_window(load_config(demo.config), catalog, lang="nl", demo=True)
    window.show()
    loop = QEventLoop()
    window.scan_page.scanFinished.connect(lambda *_: loop.quit())
    window.start_scan(str(demo.department), "G")
    loop.exec()
    say(f"ROOT {window.session.root_id}")
    model = window.session.files
    table = window.review_page.table
    for name, key, decision in DECISIONS:
        row = next(
            r for r in range(model.rowCount()) if model.info(model.index_at_row(r)).name == name
        )
        table.setFocus()
        table.selectRow(row)
        index = model.index_at_row(row)
        QTest.keyClick(table, getattr(Qt.Key, f"Key_{key}"))
        info = model.info(index)
        assert info.decision == decision and info.source == "employee", info
        say(f"SHOWN file {info.rel}\t{decision}")
    page = window.review_page
    page.tree.setCurrentIndex(window.session.folders.index_of("Paspoorten"))
    page.folder_menu.actions()[1].trigger()  # archive the whole folder
    shown = [model.info(i) for i in model.indexes_in_folder("Paspoorten")]
    assert shown and all(info.decision == 1 for info in shown)
    say("SHOWN folder Paspoorten\t1")
    say("DONE")
    QTimer.singleShot(600_000, app.quit)  # never reached: the test kills us first
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
