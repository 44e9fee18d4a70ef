"""The review in the real window: filters, search, details, deciding, refusals, undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.policy import ARCHIVE, DELETE, KEEP
from tests.gui.app_helpers import (
    make_demo,
    open_window,
    row_of_name,
    scan_and_review,
    select_rows,
    stored_decisions,
)


@pytest.fixture
def review(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    root_id = scan_and_review(qtbot, window, demo.department)
    yield window, root_id
    catalog.close()


def _visible_infos(window):
    model = window.session.files
    return [model.info(model.index_at_row(row)) for row in range(model.rowCount())]


def test_quick_filters_and_search(qtbot, review):
    window, _root = review
    bar = window.review_page.filters
    model = window.session.files
    everything = model.rowCount()
    bar.suggestion.setCurrentIndex(bar.suggestion.findData(ARCHIVE))
    infos = _visible_infos(window)
    assert 0 < len(infos) < everything
    assert all(info.suggestion == ARCHIVE for info in infos)
    bar.clear()
    assert model.rowCount() == everything

    bar.sharepoint.setChecked(True)
    infos = _visible_infos(window)
    assert infos and all(info.sp_codes for info in infos)
    bar.sharepoint.setChecked(False)
    bar.duplicates.setChecked(True)
    infos = _visible_infos(window)
    assert len(infos) >= 2 and all(info.dup_group is not None for info in infos)
    bar.duplicates.setChecked(False)
    bar.years.setValue(5)
    bar.older.setChecked(True)
    old = _visible_infos(window)
    assert 0 < len(old) < everything
    bar.clear()

    qtbot.keyClicks(bar.search, "verhuizing")
    qtbot.waitUntil(lambda: model.rowCount() < everything, timeout=3000)
    infos = _visible_infos(window)
    assert infos and all("verhuizing" in info.rel.lower() for info in infos)
    assert "van de" in window.review_page.status.text()


def test_details_show_reason_copies_and_sharepoint(qtbot, review, monkeypatch):
    window, _root = review
    page = window.review_page
    select_rows(window, [row_of_name(window, "Kopie van Formulier verhuizing.docx")])
    details = page.details
    assert details.title.text() == "Kopie van Formulier verhuizing.docx"
    assert "keer op de schijf" in details.reason.text()
    assert details.copies.isVisible()
    assert "Formulieren/Formulier verhuizing.docx" in details.copies.text() or (
        "Werkinstructies/Verhuizingen/Formulier verhuizing.docx" in details.copies.text()
    )
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(details.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(details.folder_button, Qt.MouseButton.LeftButton)
    assert opened[0].endswith("Kopie van Formulier verhuizing.docx")
    assert opened[1].endswith("Formulieren")

    select_rows(window, [row_of_name(window, "Aanvraagformulier parkeervergunning.docx")])
    assert details.sharepoint.isVisible()
    assert "Forms" in details.sharepoint.text()


def test_decide_by_key_commits_before_it_shows(qtbot, review):
    window, root_id = review
    table = window.review_page.table
    model = window.session.files
    for key, name, decision in (
        (Qt.Key.Key_K, "Checklist huwelijken.docx", KEEP),
        (Qt.Key.Key_A, "Werkinstructie verhuizingen.docx", ARCHIVE),
        (Qt.Key.Key_D, "Voorbeeldbrief uittreksels.docx", DELETE),
    ):
        row = row_of_name(window, name)
        select_rows(window, [row])
        index = model.index_at_row(row)
        qtbot.keyClick(table, key)
        info = model.info(index)
        assert info.decision == decision and info.source == "employee"
        assert stored_decisions(root_id)[("file", info.rel)] == decision
    # The selection moved on to the next file, ready for the next key.
    assert table.currentIndex().row() == row_of_name(window, "Voorbeeldbrief uittreksels.docx") + 1


def test_decide_several_files_with_a_button(qtbot, review):
    window, root_id = review
    page = window.review_page
    rows = [
        row_of_name(window, name)
        for name in ("Checklist naturalisatie.docx", "Checklist verhuizingen.docx")
    ]
    select_rows(window, rows)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    stored = stored_decisions(root_id)
    assert stored[("file", "Werkinstructies/Naturalisatie/Checklist naturalisatie.docx")] == ARCHIVE
    assert stored[("file", "Werkinstructies/Verhuizingen/Checklist verhuizingen.docx")] == ARCHIVE
    assert "Opgeslagen: 2 bestanden" in page.message.text()


def test_folder_decision_and_accepting_suggestions(qtbot, review):
    window, root_id = review
    page = window.review_page
    folders = window.session.folders
    page.tree.setCurrentIndex(folders.index_of("Paspoorten"))
    assert page.current_tree_folder() == "Paspoorten"
    assert all(info.folder.startswith("Paspoorten") for info in _visible_infos(window))
    keep_action = page.folder_menu.actions()[0]
    assert keep_action.text() == "Hele map &bewaren"
    keep_action.trigger()
    assert stored_decisions(root_id)[("folder", "Paspoorten")] == KEEP
    infos = _visible_infos(window)
    assert infos and all(info.decision == KEEP and info.source == "employee" for info in infos)

    page.tree.setCurrentIndex(folders.index_of("Formulieren"))
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    infos = _visible_infos(window)
    stored = stored_decisions(root_id)
    assert infos and all(info.source == "employee" for info in infos)
    assert all(info.decision == info.suggestion for info in infos)
    assert all(stored.get(("file", info.rel)) == info.suggestion for info in infos)


def test_protected_files_refuse_delete_and_say_why(qtbot, review, monkeypatch):
    window, root_id = review
    shown = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *rest: shown.append((title, text))
    )
    model = window.session.files
    row = next(r for r in range(model.rowCount()) if model.info(model.index_at_row(r)).protected)
    info = model.info(model.index_at_row(row))
    select_rows(window, [row])
    qtbot.keyClick(window.review_page.table, Qt.Key.Key_D)
    assert shown and "officieel stuk" in shown[0][1]
    assert shown[0][0] == "Sommige bestanden kunnen niet worden verwijderd"
    assert ("file", info.rel) not in stored_decisions(root_id)
    assert model.info(info.index).decision != DELETE
    assert window.review_page.details.protected.isVisible()


def test_undo_and_redo_for_the_whole_session(qtbot, review):
    window, root_id = review
    table = window.review_page.table
    model = window.session.files
    first = model.info(model.index_at_row(row_of_name(window, "Checklist huwelijken.docx")))
    second = model.info(model.index_at_row(row_of_name(window, "Checklist uittreksels.docx")))
    select_rows(window, [model.row_of(first.index)])
    qtbot.keyClick(table, Qt.Key.Key_D)
    select_rows(window, [model.row_of(second.index)])
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert window.undo_action.text().startswith("&Ongedaan maken: Archiveren")

    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ("file", second.rel) not in stored_decisions(root_id)
    assert model.info(second.index).source == "suggestion"
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_decisions(root_id) == {}
    assert not window.undo_action.isEnabled()

    qtbot.keyClick(
        table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert stored_decisions(root_id) == {("file", first.rel): DELETE}
    qtbot.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored_decisions(root_id) == {("file", first.rel): DELETE, ("file", second.rel): ARCHIVE}
    assert model.info(second.index).decision == ARCHIVE


def test_undo_brings_back_the_share_it_was_made_on(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    department = scan_and_review(qtbot, window, demo.department)
    select_rows(window, [row_of_name(window, "Checklist huwelijken.docx")])
    qtbot.keyClick(window.review_page.table, Qt.Key.Key_K)
    personal = scan_and_review(qtbot, window, demo.personal)
    assert window.session.root_id == personal != department
    window.undo_action.trigger()
    assert window.session.root_id == department
    assert stored_decisions(department) == {}
    catalog.close()


def test_overview_totals_and_going_to_a_folder(qtbot, review):
    window, _root = review
    overview = window.overview_page
    window.show_page("overview")
    totals = window.session.files.totals()
    assert sum(files for files, _ in totals.values()) == window.session.files.file_count()
    assert overview.rows[0][1].text() == str(totals[0][0])
    assert "gaan mee naar Microsoft 365" in overview.moves_keep.text()
    assert "sites/Burgerzaken" in overview.moves_target.full_text()
    overview.treemap.set_folder("Paspoorten")
    assert "Paspoorten" in overview.shown.text()
    qtbot.mouseClick(overview.open_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "review"
    assert window.review_page.current_tree_folder() == "Paspoorten"
    infos = _visible_infos(window)
    assert infos and all(info.folder == "Paspoorten" for info in infos)
