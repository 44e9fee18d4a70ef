"""The review keeps its place when the copies are found after the listing was shown.

The review opens as soon as the listing is stored; the duplicate search goes on and its
result (files that turn out to be extra copies get the suggestion Delete) must reach the
list without taking the employee's place away: the same files stay selected, the same
file stays current with its details, the list stays scrolled where it was.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint
from PySide6.QtWidgets import QAbstractItemView

from desktop_app.core import locations
from desktop_app.core.store import Catalog
from desktop_app.gui.column_cache import load_columns
from desktop_app.gui.file_model import FileTableModel
from tests.gui.app_helpers import (
    SCAN_TIMEOUT_MS,
    hold_duplicate_search,
    make_demo,
    open_window,
    row_of_name,
    scan_and_review,
)

COPY = "Kopie van Jaarverslag 2024.docx"
"""In the demo's personal share: an extra copy of Bureaublad/Jaarverslag 2024.docx."""
OTHER_COPY = "Declaratieformulier - kopie.xlsx"
PLAIN = "Sollicitatiebrief.docx"


@pytest.fixture
def demo(tmp_path):
    return make_demo(tmp_path)


@pytest.fixture
def held_search(monkeypatch):
    """The real duplicate search, waiting until the test lets it go."""
    return hold_duplicate_search(monkeypatch)


def _listing_shown(qtbot, window, path) -> None:
    window.start_scan(str(path), path.name)
    qtbot.waitUntil(lambda: window.current_page() == "review", timeout=SCAN_TIMEOUT_MS)
    assert not window.session.files.columns.dup_group  # no copies known yet
    assert window.scan_page.is_busy()


def _choose(window, names: list[str]) -> None:
    """Select the files called ``names``; the first becomes the current file."""
    table, model = window.review_page.table, window.session.files
    selection = table.selectionModel()
    for number, name in enumerate(names):
        index = model.index(row_of_name(window, name), 0)
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            if number == 0
            else QItemSelectionModel.SelectionFlag.Select
        )
        selection.select(index, flags)
    first = model.index(row_of_name(window, names[0]), 0)
    selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
    table.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)


def _place(window) -> dict:
    """What the employee sees, by file path (not by row or index)."""
    page, model = window.review_page, window.session.files
    table = page.table
    top = table.indexAt(QPoint(0, 0))
    current = table.currentIndex()
    return {
        "selected": sorted(model.info(i).rel for i in page.selected_indexes()),
        "current": model.info(model.index_at_row(current.row())).rel,
        "details": model.info(page.details.index).rel,
        "scroll": table.verticalScrollBar().value(),
        "top": model.info(model.index_at_row(top.row())).rel,
    }


def _let_go(qtbot, window, release) -> None:
    found: list[int] = []
    window.scan_page.duplicatesFound.connect(lambda _root, groups: found.append(groups))
    release.set()
    qtbot.waitUntil(lambda: bool(found), timeout=SCAN_TIMEOUT_MS)
    assert found[0] > 0


def test_the_review_keeps_its_place_when_the_copies_are_found(qtbot, demo, held_search):
    window, catalog = open_window(qtbot, demo)
    _listing_shown(qtbot, window, demo.personal)
    page, model = window.review_page, window.session.files
    _choose(window, [COPY, OTHER_COPY, PLAIN])
    before = _place(window)
    assert before["current"] == before["details"] == "Werk/" + COPY
    assert before["scroll"] > 0, "the list must be scrolled for this test to mean anything"
    assert page.details.suggestion_value.text() == "Bewaren (regel: recent werk)"
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append("reset"))
    window.session.rootLoaded.connect(lambda _root: resets.append("rootLoaded"))

    _let_go(qtbot, window, held_search)

    assert model.columns.dup_group  # the copies are shown ...
    assert resets == []  # ... without reloading the list
    assert _place(window) == before
    row = page.table.currentIndex().row()
    assert model.data(model.index(row, FileTableModel.SUGGESTION)) == "Verwijderen"
    details = page.details
    assert details.suggestion_value.text() == "Verwijderen (regel: dubbele bestanden)"
    assert "staat 3 keer op de schijf" in details.reason.text()
    assert "Bureaublad/Jaarverslag 2024.docx" in details.reason.text()
    assert not details.copies.isHidden()
    assert "Documenten/Jaarverslag 2024.docx" in details.copies.text()
    catalog.close()


def test_a_chosen_file_stays_in_a_filtered_list_when_it_turns_out_a_copy(qtbot, demo, held_search):
    """With the filter on the suggestion Keep, the chosen file stays in view (rows stay
    put under the cursor, as after a decision); other files that became Delete go."""
    window, catalog = open_window(qtbot, demo)
    _listing_shown(qtbot, window, demo.personal)
    page, model = window.review_page, window.session.files
    page.filters.suggestion.setCurrentIndex(page.filters.suggestion.findData(0))
    names = {model.info(model.index_at_row(r)).name for r in range(model.rowCount())}
    assert {COPY, "Jaarverslag 2024.docx"} <= names
    _choose(window, [COPY])
    before = _place(window)

    _let_go(qtbot, window, held_search)

    assert _place(window)["current"] == before["current"] == "Werk/" + COPY
    assert _place(window)["selected"] == before["selected"]
    assert page.details.suggestion_value.text() == "Verwijderen (regel: dubbele bestanden)"
    shown = [model.info(model.index_at_row(r)).rel for r in range(model.rowCount())]
    assert "Werk/" + COPY in shown
    assert "Documenten/Jaarverslag 2024.docx" not in shown  # a copy nobody held
    model.refresh_filter()  # applying the filter again lets the chosen copy go too
    assert model.row_of(page.details.index) is None
    catalog.close()


def test_copies_that_do_not_line_up_find_the_place_by_file_id(qtbot, demo):
    """Should the files differ after all (here one file's row is gone), the rows are
    redone and the place is found again by file id; undo steps then find their files
    by path."""
    window, catalog = open_window(qtbot, demo)
    root_id = scan_and_review(qtbot, window, demo.personal)
    qtbot.waitUntil(lambda: not window.scan_page.is_busy(), timeout=SCAN_TIMEOUT_MS)
    page, model = window.review_page, window.session.files
    _choose(window, [PLAIN])
    decided = _place(window)["current"]
    page.decide_selection(1)  # archive: an undo step holding file indexes
    _choose(window, [COPY, OTHER_COPY])
    before = _place(window)
    cols = model.columns
    gone = next(i for i in range(cols.n) if cols.name[i] not in (PLAIN, COPY, OTHER_COPY))
    with Catalog(locations.catalog_path()) as other:
        other.conn.execute("DELETE FROM files WHERE id = ?", (cols.file_id[gone],))
        other.conn.commit()
        changed = load_columns(other, root_id, cache=False)
    assert changed.n == cols.n - 1 and changed.scan_id == cols.scan_id
    assert cols.locate(decided)[0] > gone  # its index moves down by one

    window.session.show_copies(root_id, changed)

    assert model.columns is changed
    assert _place(window) == before
    step = window.session.undo_stack.command(0)
    assert all(change.scan_id is None for change in step.outcome.changes)
    assert model.info(model.columns.locate(decided)[0]).source == "employee"
    window.session.undo_stack.undo()
    assert model.info(model.columns.locate(decided)[0]).source == "suggestion"
    catalog.close()
