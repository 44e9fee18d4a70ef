"""The SharePoint names step keeps the employee on their item when its list is made again.

A decision elsewhere (or a change on the disk) can add or drop problems above the one
the employee is looking at; they stay on that item, and it stays in view. Only
when their own item leaves the list does the one that took its row come next.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.core.policy import DELETE
from desktop_app.gui import undo
from desktop_app.gui.guided.name_problems import FILE
from tests.gui.app_helpers import SCAN_TIMEOUT_MS, make_demo
from tests.gui.test_guided_path import open_guided, to_top


def test_the_names_step_stays_on_its_item_when_rows_above_it_go(qtbot, tmp_path) -> None:
    demo = make_demo(tmp_path)
    window, catalog = open_guided(qtbot, demo)
    page = window.guided_mode.page
    page.go("folders")
    page.folders_step.start_scan(str(demo.department), "G:")
    qtbot.waitUntil(lambda: not page.folders_step.scan_page.is_busy(), timeout=SCAN_TIMEOUT_MS)
    page.go("sharepoint")
    step = page.steps["sharepoint"]
    qtbot.waitUntil(lambda: step.model.rowCount() > 0, timeout=SCAN_TIMEOUT_MS)
    problems = step.model.problems
    files = [row for row, p in enumerate(problems) if p.kind == FILE]
    assert len(files) >= 3, "the demo share needs a few file names to fix"
    above, *_rest = files
    mine = files[-1]
    to_top(qtbot, step.table)
    for _ in range(mine):
        qtbot.keyClick(step.table, Qt.Key.Key_Down)
    chosen = step.current()
    assert chosen is problems[mine]

    # Deleting the file above takes it off the list (it will not move): one row fewer.
    gone = problems[above]
    undo.decide_files(window.session, [gone.index], DELETE)
    assert step.model.rowCount() == len(problems) - 1
    assert gone.rel not in {p.rel for p in step.model.problems}
    assert step.current().rel == chosen.rel  # not the item that moved into its row
    assert step.table.currentIndex().row() == mine - 1
    assert step.table.visualRect(step.table.currentIndex()).intersects(step.table.viewport().rect())
    assert step.name_edit.text() == (chosen.proposal or chosen.name)  # its name box too

    # Undo brings the row above back, and the employee is still on their item.
    qtbot.keyClick(step.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert step.model.rowCount() == len(problems)
    assert step.current().rel == chosen.rel
    assert step.table.currentIndex().row() == mine

    # Their own item leaving the list hands the cursor to the one that took its row.
    step.table.setCurrentIndex(step.model.index(files[1], 0))
    leaving = step.current()
    undo.decide_files(window.session, [leaving.index], DELETE)
    assert step.table.currentIndex().row() == files[1]
    assert step.current().rel == problems[files[1] + 1].rel
    catalog.close()
