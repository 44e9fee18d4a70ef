"""The whole guided path on the demo share, by keyboard alone, with a restart and renames."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.core import locations
from desktop_app.core.config import load_config
from desktop_app.core.policy import ARCHIVE, DELETE
from desktop_app.core.store import Catalog
from desktop_app.gui.app import build_main_window
from desktop_app.gui.main_window import MainWindow
from tests.gui.app_helpers import (
    SCAN_TIMEOUT_MS,
    close_window_first,
    make_demo,
    stored_decisions,
)


def open_guided(qtbot, demo, lang: str = "nl", guided: bool = True) -> tuple[MainWindow, Catalog]:
    """The main window as ``sharetidy demo --guided`` opens it, active for the keyboard."""
    catalog = Catalog(locations.catalog_path())
    window = build_main_window(
        load_config(demo.config), catalog, lang=lang, demo=True, user="tester", guided=guided
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    close_window_first(window, catalog)
    return window, catalog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_to(qtbot, widget: QWidget, limit: int = 80) -> None:
    """Press Tab until ``widget`` has the focus, as someone without a mouse would."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName() or widget}")


def press(qtbot, widget: QWidget) -> None:
    """Tab to a button and press it with the space bar."""
    tab_to(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def to_top(qtbot, table: QWidget) -> None:
    """Ctrl+Home: the first row of a table."""
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)


def answer_next_dialog(qtbot, key=Qt.Key.Key_Return) -> list[str]:
    """Answer the next message box with a key (Return: its default button)."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            qtbot.keyClick(box, key)
        else:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    return seen


def file_names(catalog_path: Path, root_id: int) -> set[str]:
    """Every file's path in the root's current scan, read through a separate connection."""
    with Catalog(catalog_path) as other:
        return {
            f"{folder}/{name}" if folder else name
            for _id, folder, name, *_rest in other.iter_files(root_id)
        }


def test_the_guided_path_by_keyboard_with_a_restart_and_renames(qtbot, tmp_path) -> None:
    demo = make_demo(tmp_path)
    window, catalog = open_guided(qtbot, demo)
    page = window.guided_mode.page
    assert window.current_page() == "guided"
    assert not window.page_actions["review"].isVisible()  # one path at a time

    # 1 why: the tip, the deadline and the three choices; Next has the focus.
    assert page.counter.text() == "Stap 1 van 7"
    assert page.tip.text().startswith("Tip: Omdat je zelf kiest")
    assert "nog" in page.steps["why"].deadline.text()
    assert focused() is page.next_button
    qtbot.keyClick(page.next_button, Qt.Key.Key_Space)

    # 2 your folders: scan the department share with the normal scan page.
    assert page.counter.text() == "Stap 2 van 7"
    folders = page.folders_step
    assert not page.next_button.isEnabled()  # no share chosen yet
    department = next(c for c in folders.cards if c.candidate.path == str(demo.department))
    press(qtbot, department.scan_button)
    assert folders.is_scanning()
    assert focused() is folders.scan_page.cancel_button
    qtbot.waitUntil(lambda: not folders.is_scanning(), timeout=SCAN_TIMEOUT_MS)
    qtbot.waitUntil(lambda: focused() is page.next_button, timeout=5000)
    assert folders.status.text().startswith("Klaar: ShareTidy vond")
    root_id = window.session.root_id
    assert root_id is not None
    qtbot.keyClick(page.next_button, Qt.Key.Key_Space)

    # 3 quick wins: one list; untick one file; one confirmed decision.
    assert page.counter.text() == "Stap 3 van 7"
    quick = page.steps["quick_wins"]
    names = [quick.model.cell(i, 0) for i in quick.model.indexes]
    assert {"Thumbs.db", "~$rmulier verhuizing.docx", "Kopie van Formulier verhuizing.docx"} <= set(
        names
    )
    assert "Formulieren/Formulier verhuizing.docx" not in {
        window.session.files.columns.rel(i) for i in quick.model.indexes
    }  # the copy that is kept is not a quick win
    tab_to(qtbot, quick.table)
    to_top(qtbot, quick.table)
    kept = quick.model.file_index(quick.table.currentIndex().row())
    qtbot.keyClick(quick.table, Qt.Key.Key_Space)  # untick the first file
    assert kept not in quick.model.ticked()
    ticked = quick.model.ticked()
    seen = answer_next_dialog(qtbot)
    press(qtbot, quick.delete_button)
    assert seen and "op Verwijderen zetten?" in seen[0]
    cols = window.session.files.columns
    stored = stored_decisions(root_id)
    assert all(stored[("file", cols.rel(i))] == DELETE for i in ticked)
    assert ("file", cols.rel(kept)) not in stored
    assert "staan nu op Verwijderen" in quick.message.text()
    # Offscreen there is no window manager to give the window back its activation.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.waitUntil(lambda: focused() is page.next_button, timeout=3000)
    qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
    assert page.counter.text() == "Stap 4 van 7"

    # Restart in the middle: close the window, open a new one on the same catalog
    # (without --guided): it opens the guided path at the same step, on the same share.
    window.close()
    catalog.close()
    window, catalog = open_guided(qtbot, demo, guided=False)
    page = window.guided_mode.page
    assert window.current_page() == "guided"
    assert page.counter.text() == "Stap 4 van 7"
    assert window.session.root_id == root_id

    # 4 old files: a protected record refuses delete (and says why), archive works,
    # then the suggestions for the rest of the list at once.
    old = page.steps["old_files"]
    assert focused() is old.table
    to_top(qtbot, old.table)
    cols = window.session.files.columns
    first = old.model.file_index(old.table.currentIndex().row())
    assert cols.protected[first]
    assert "officieel stuk" in old.protected_reason.text() and old.protected_reason.isVisible()
    assert "jaar" in old.reason.text()
    qtbot.keyClick(old.table, Qt.Key.Key_D)
    assert "nooit verwijderd" in old.message.text()
    assert ("file", cols.rel(first)) not in stored_decisions(root_id)
    old.table.setFocus(Qt.FocusReason.TabFocusReason)
    to_top(qtbot, old.table)
    qtbot.keyClick(old.table, Qt.Key.Key_A)
    assert stored_decisions(root_id)[("file", cols.rel(first))] == ARCHIVE
    press(qtbot, old.bar.accept_button)
    stored = stored_decisions(root_id)
    assert all(("file", cols.rel(i)) in stored for i in old.model.indexes)
    assert not any(
        stored[("file", cols.rel(i))] == DELETE for i in old.model.indexes if cols.protected[i]
    )
    press(qtbot, page.next_button)

    # 5 SharePoint names: a proposal that would overwrite is refused, another name works,
    # the catalog follows, and Ctrl+Z brings the old name back; then a folder.
    assert page.counter.text() == "Stap 5 van 7"
    names_step = page.steps["sharepoint"]
    assert focused() is names_step.table

    def go_to_problem(name: str) -> None:
        to_top(qtbot, names_step.table)
        for _ in range(names_step.model.rowCount()):
            if names_step.current().name == name:
                return
            qtbot.keyClick(names_step.table, Qt.Key.Key_Down)
        raise AssertionError(name)

    go_to_problem(" Jaarplanning 2026.xlsx")
    assert names_step.name_edit.text() == "Jaarplanning 2026.xlsx"
    planning = demo.department / "Planning"
    original = (planning / " Jaarplanning 2026.xlsx").read_bytes()
    (planning / "Jaarplanning 2026.xlsx").write_bytes(b"made by someone else")
    press(qtbot, names_step.rename_button)
    assert "overschrijft nooit" in names_step.message.text()
    assert (planning / "Jaarplanning 2026.xlsx").read_bytes() == b"made by someone else"
    assert (planning / " Jaarplanning 2026.xlsx").read_bytes() == original

    tab_to(qtbot, names_step.name_edit)
    names_step.name_edit.selectAll()
    qtbot.keyClicks(names_step.name_edit, "Jaarplanning 2026 afdeling.xlsx")
    qtbot.keyClick(names_step.name_edit, Qt.Key.Key_Return)
    assert (planning / "Jaarplanning 2026 afdeling.xlsx").read_bytes() == original
    assert not (planning / " Jaarplanning 2026.xlsx").exists()
    assert (planning / "Jaarplanning 2026.xlsx").read_bytes() == b"made by someone else"
    in_catalog = file_names(catalog.path, root_id)
    assert "Planning/Jaarplanning 2026 afdeling.xlsx" in in_catalog
    assert "Planning/ Jaarplanning 2026.xlsx" not in in_catalog
    assert window.session.files.columns.locate("Planning/Jaarplanning 2026 afdeling.xlsx")
    assert " Jaarplanning 2026.xlsx" not in {p.name for p in names_step.model.problems}
    assert window.undo_action.text() == (
        "&Ongedaan maken: “ Jaarplanning 2026.xlsx” hernoemen naar "
        "“Jaarplanning 2026 afdeling.xlsx”"
    )

    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (planning / " Jaarplanning 2026.xlsx").read_bytes() == original
    assert not (planning / "Jaarplanning 2026 afdeling.xlsx").exists()
    assert (planning / "Jaarplanning 2026.xlsx").read_bytes() == b"made by someone else"
    assert "Planning/ Jaarplanning 2026.xlsx" in file_names(catalog.path, root_id)
    assert " Jaarplanning 2026.xlsx" in {p.name for p in names_step.model.problems}
    qtbot.keyClick(focused(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo
    assert (planning / "Jaarplanning 2026 afdeling.xlsx").read_bytes() == original
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (planning / " Jaarplanning 2026.xlsx").read_bytes() == original

    names_step.table.setFocus(Qt.FocusReason.TabFocusReason)
    go_to_problem("Startpagina_bestanden")
    assert names_step.name_edit.text() == "Startpagina-bestanden"
    press(qtbot, names_step.rename_button)
    website = demo.department / "Projecten" / "Nieuwe website"
    assert (website / "Startpagina-bestanden" / "logo.png").is_file()
    assert not (website / "Startpagina_bestanden").exists()
    assert "Projecten/Nieuwe website/Startpagina-bestanden/logo.png" in file_names(
        catalog.path, root_id
    )
    press(qtbot, page.next_button)

    # 6 the rest: accept every suggestion at once.
    assert page.counter.text() == "Stap 6 van 7"
    rest = page.steps["rest"]
    assert focused() is rest.bar.accept_button
    qtbot.keyClick(rest.bar.accept_button, Qt.Key.Key_Space)
    state = window.session.files.state
    assert not state.undecided_in(rest.model.indexes)
    press(qtbot, page.next_button)

    # 7 summary and hand in: the normal submit page, with the helper's name.
    assert page.counter.text() == "Stap 7 van 7"
    assert not page.next_button.isVisible()
    submit = page.summary_step.submit_page
    qtbot.waitUntil(lambda: submit.submit_button.isEnabled(), timeout=10_000)
    tab_to(qtbot, submit.helper)
    qtbot.keyClicks(submit.helper, "Anna (ambassadeur)")
    press(qtbot, submit.submit_button)
    # Only the finished manifest counts: the submit writes a hidden ``.part`` first.
    qtbot.waitUntil(lambda: any(demo.drop.glob("*.sharetidy.jsonl")), timeout=20_000)
    (manifest,) = demo.drop.glob("*.sharetidy.jsonl")
    header = json.loads(manifest.read_text(encoding="utf-8").splitlines()[0])
    assert header["assisted_by"] == "Anna (ambassadeur)"
    assert "Projecten/Nieuwe website/Startpagina-bestanden/logo.png" in manifest.read_text(
        encoding="utf-8"
    )

    # Back goes one step back, by its mnemonic.
    qtbot.keyClick(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.counter.text() == "Stap 6 van 7", timeout=3000)
    catalog.close()
