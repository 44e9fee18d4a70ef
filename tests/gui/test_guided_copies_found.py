"""The guided steps keep the employee's place when the copies are found after the listing.

In the guided path the steps open as soon as the listing is stored; the duplicate search
goes on. Its result moves files between the steps (a spare copy leaves "the rest" for
the quick wins), and the lists are made again. The employee must stay on the file they
were on, with the same files selected and the list scrolled to the same place; a file
that left the step hands the cursor to the next file of the list, never to the top.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView

from desktop_app.gui.guided.step_base import GuidedFileStep
from tests.gui.app_helpers import SCAN_TIMEOUT_MS, hold_duplicate_search, make_demo
from tests.gui.live_helpers import SETTLE_MS
from tests.gui.test_guided_path import open_guided

COPY = "Werk/Kopie van Jaarverslag 2024.docx"
"""In "the rest" until it turns out an extra copy: then a quick win."""


@pytest.fixture
def held_search(monkeypatch):
    """The real duplicate search, waiting until the test lets it go."""
    return hold_duplicate_search(monkeypatch)


@pytest.fixture
def guided(qtbot, tmp_path, held_search):
    """The guided page with the demo's personal share listed; its copies not yet found."""
    demo = make_demo(tmp_path)
    window, catalog = open_guided(qtbot, demo)
    page = window.guided_mode.page
    page.go("folders")
    folders = page.folders_step
    folders.start_scan(str(demo.personal), "H:")
    qtbot.waitUntil(lambda: not folders.is_scanning(), timeout=SCAN_TIMEOUT_MS)
    assert not window.session.files.columns.dup_group  # no copies known yet
    assert folders.scan_page.is_busy()
    yield window, page
    held_search.set()
    catalog.close()


def _rel(window, file_index: int) -> str:
    cols = window.session.files.columns
    folder = cols.folder_rel[cols.folder[file_index]]
    return f"{folder}/{cols.name[file_index]}" if folder else cols.name[file_index]


def _rels(window, step) -> list[str]:
    return [_rel(window, i) for i in step.model.indexes]


def _choose(window, step, rels: list[str]) -> None:
    """Select the files ``rels`` of the step's list; the first becomes current, in the
    middle of the screen."""
    shown = _rels(window, step)
    selection = step.table.selectionModel()
    first = step.model.index(shown.index(rels[0]), 0)
    flags = QItemSelectionModel.SelectionFlag.Rows
    selection.setCurrentIndex(first, flags | QItemSelectionModel.SelectionFlag.ClearAndSelect)
    for rel in rels[1:]:
        index = step.model.index(shown.index(rel), 0)
        selection.select(index, flags | QItemSelectionModel.SelectionFlag.Select)
    step.table.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)


def _place(window, step) -> dict:
    """What the employee sees in a step, by file path (not by row)."""
    table = step.table
    current = table.currentIndex()
    assert current.isValid()
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    top = table.rowAt(0)
    return {
        "current": _rel(window, step.model.file_index(current.row())),
        "selected": [_rel(window, step.model.file_index(r)) for r in rows],
        "current_y": table.rowViewportPosition(current.row()),
        "top": _rel(window, step.model.file_index(top)),
    }


def _let_go(qtbot, window, release) -> None:
    found: list[int] = []
    window.session.files.loaded.connect(lambda: found.append(1))
    release.set()
    qtbot.waitUntil(lambda: bool(found), timeout=SCAN_TIMEOUT_MS)
    assert window.session.files.columns.dup_group


def test_a_step_keeps_its_file_selection_and_scroll_when_the_copies_come(
    qtbot, guided, held_search
):
    window, page = guided
    old = page.steps["old_files"]
    page.go("old_files")
    _choose(window, old, [_rels(window, old)[30]])
    old_before = _place(window, old)
    assert old.table.verticalScrollBar().value() > 0
    rest = page.steps["rest"]
    assert isinstance(rest, GuidedFileStep)
    page.go("rest")
    shown = _rels(window, rest)
    assert COPY in shown
    chosen = [shown[40], shown[42], shown[43]]  # below the copies that will leave
    _choose(window, rest, chosen)
    before = _place(window, rest)
    scroll = rest.table.verticalScrollBar().value()
    assert scroll > 0, "the list must be scrolled for this test to mean anything"
    assert before["selected"] == sorted(chosen, key=shown.index)

    _let_go(qtbot, window, held_search)

    after_shown = _rels(window, rest)
    gone = [rel for rel in shown if rel not in after_shown]
    assert COPY in gone and all(shown.index(rel) < 40 for rel in gone)
    assert _place(window, rest) == before  # same file, same selection, same spot on screen
    # Rows left above it, so the bar moved up by as many: the screen shows the same files.
    assert rest.table.verticalScrollBar().value() == scroll - len(gone)
    assert page.current_step() is rest and rest.table.isVisible()
    # The step that was not shown kept its place as well.
    assert _place(window, old) == old_before


def test_a_file_that_leaves_the_step_hands_the_cursor_to_the_next_one(qtbot, guided, held_search):
    window, page = guided
    rest = page.steps["rest"]
    page.go("rest")
    shown = _rels(window, rest)
    _choose(window, rest, [COPY])
    before = _place(window, rest)
    assert rest.table.verticalScrollBar().value() > 0
    following = shown[shown.index(COPY) + 1]

    _let_go(qtbot, window, held_search)

    assert COPY not in _rels(window, rest)
    after = _place(window, rest)
    assert after["current"] == following  # the next file, not the first one
    assert after["selected"] == [following]  # the bar acts on what the cursor is on
    assert after["current_y"] == before["current_y"]  # in the spot the copy left
    assert rest.bar.selected() == [rest.model.file_index(rest.table.currentIndex().row())]


def test_the_quick_wins_gain_the_copies_and_keep_the_file_and_the_ticks(qtbot, guided, held_search):
    window, page = guided
    quick = page.steps["quick_wins"]
    page.go("quick_wins")
    shown = _rels(window, quick)
    unticked = shown[2]
    quick.model.setData(
        quick.model.index(2, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    _choose(window, quick, [shown[-1]])
    before = _place(window, quick)
    total = len(quick.model.ticked())

    _let_go(qtbot, window, held_search)

    after_shown = _rels(window, quick)
    assert COPY in after_shown and len(after_shown) > len(shown)
    assert _place(window, quick)["current"] == before["current"]
    assert _place(window, quick)["selected"] == before["selected"]
    ticks = dict(zip(after_shown, quick.model.checked, strict=True))
    assert ticks[unticked] == 0  # the employee's own untick stays
    assert ticks[COPY] == 1  # a new quick win is ticked, as always
    assert len(quick.model.ticked()) == total + len(after_shown) - len(shown)
    assert str(len(quick.model.ticked())) in quick.delete_button.text()


def test_a_new_file_on_the_disk_keeps_the_place_too(qtbot, tmp_path):
    """A change on the disk redoes the columns as well (indexes shift): the steps make
    their lists again from them and find the employee's file by its new index."""
    demo = make_demo(tmp_path)
    window, catalog = open_guided(qtbot, demo)
    page = window.guided_mode.page
    page.go("folders")
    page.folders_step.start_scan(str(demo.personal), "H:")
    scan = page.folders_step.scan_page
    qtbot.waitUntil(lambda: not scan.is_busy(), timeout=SCAN_TIMEOUT_MS)
    live = window.review_page.live
    qtbot.waitUntil(lambda: live.state == "watching" and not live._busy, timeout=SETTLE_MS)
    rest = page.steps["rest"]
    page.go("rest")
    shown = _rels(window, rest)
    _choose(window, rest, [shown[40]])
    before = _place(window, rest)

    (demo.personal / "Aaa nieuwe notitie.docx").write_text("net gemaakt")
    qtbot.waitUntil(lambda: "Aaa nieuwe notitie.docx" in _rels(window, rest), timeout=SETTLE_MS)

    after = _place(window, rest)
    assert after["current"] == before["current"] and after["selected"] == before["selected"]
    assert after["current_y"] == before["current_y"]
    assert len(_rels(window, rest)) == len(shown) + 1
    catalog.close()
