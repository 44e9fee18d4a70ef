"""The guided mode around the path: switching modes, resuming, languages, names, file sets."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from desktop_app.core.policy import DELETE
from desktop_app.core.store import FLAG_DUP_KEEPER
from desktop_app.gui.guided.file_sets import split_files
from desktop_app.gui.guided.path import STEPS
from desktop_app.gui.guided.progress_store import ROOT_KEY, STEP_KEY
from tests.gui.app_helpers import SCAN_TIMEOUT_MS, make_demo
from tests.gui.test_guided_path import focused, open_guided

CONTROLS = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit)


def _scan_department(qtbot, window, demo) -> int:
    page = window.guided_mode.page
    page.go("folders")
    page.folders_step.start_scan(str(demo.department), "G:")
    qtbot.waitUntil(lambda: not page.folders_step.is_scanning(), timeout=SCAN_TIMEOUT_MS)
    assert window.session.root_id is not None
    return window.session.root_id


def test_ctrl_g_switches_between_the_normal_steps_and_the_guided_path(qtbot, tmp_path) -> None:
    demo = make_demo(tmp_path)
    window, catalog = open_guided(qtbot, demo, guided=False)
    mode = window.guided_mode
    assert window.current_page() == "start" and mode.page is None  # made when first needed
    assert mode.action.text() == "&Stap voor stap (begeleid)"
    assert mode.action in window.view_menu.actions()

    qtbot.keyClick(focused(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "guided"
    assert mode.action.isChecked()
    assert not any(action.isVisible() for action in window.page_actions.values())
    assert catalog.meta("guided.active") == "1"

    qtbot.keyClick(focused(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "start"
    assert all(action.isVisible() for action in window.page_actions.values())
    assert catalog.meta("guided.active") == "0"

    # Opening a normal step by other means leaves the guided path as well.
    mode.set_active(True)
    window.show_page("overview")
    assert not mode.active and not mode.action.isChecked()
    catalog.close()


def test_resume_falls_back_to_choosing_a_folder(qtbot, tmp_path) -> None:
    demo = make_demo(tmp_path)
    window, catalog = open_guided(qtbot, demo)
    # A step that needs a share, but the stored share is gone: step 2 instead.
    catalog.set_meta(STEP_KEY, "old_files")
    catalog.set_meta(ROOT_KEY, "999")
    window.close()
    window, _same = open_guided(qtbot, demo)
    page = window.guided_mode.page
    assert page.key == "folders"
    assert page.counter.text() == "Stap 2 van 7"
    assert not page.next_button.isEnabled()
    # Something meaningless stored: the path starts at the beginning.
    catalog.set_meta(STEP_KEY, "nonsense")
    window.close()
    window, _same = open_guided(qtbot, demo)
    assert window.guided_mode.page.key == "why"
    assert not window.guided_mode.page.back_button.isEnabled()
    catalog.close()


def test_every_step_in_english_with_a_name_on_every_control(qtbot, tmp_path) -> None:
    demo = make_demo(tmp_path)
    window, catalog = open_guided(qtbot, demo, lang="en")
    page = window.guided_mode.page
    assert page.counter.text() == "Step 1 of 7"
    assert page.title.text() == "Why we tidy up"
    assert page.next_button.text() == "&Next"
    _scan_department(qtbot, window, demo)
    for lang in ("en", "nl"):
        window.session.set_language(lang)
        nameless = []
        for key in STEPS:
            page.go(key)
            QApplication.processEvents()
            assert page.tip.text().startswith("Tip: ")
            assert len(re.findall(r"[.?!](?:\s|$)", page.tip.text())) <= 2, page.tip.text()
            for control in page.findChildren(QWidget):
                if not isinstance(control, CONTROLS) or not control.isVisibleTo(page):
                    continue
                accessible = QAccessible.queryAccessibleInterface(control)
                name = accessible.text(QAccessible.Text.Name) if accessible else ""
                if not (control.accessibleName() or name).strip():
                    nameless.append((key, type(control).__name__, control.objectName()))
        assert nameless == [], lang
    assert page.counter.text() == "Stap 7 van 7"
    window.session.set_language("en")
    assert page.counter.text() == "Step 7 of 7"
    assert page.title.text() == "Summary and hand in"
    catalog.close()


def test_the_steps_split_the_share_once_and_never_offer_a_record_or_a_keeper(
    qtbot, tmp_path
) -> None:
    demo = make_demo(tmp_path)
    window, catalog = open_guided(qtbot, demo)
    _scan_department(qtbot, window, demo)
    cols = window.session.files.columns
    sets = split_files(cols, window.session.config.policy)
    every = list(sets.quick) + list(sets.old) + list(sets.rest)
    assert sorted(every) == list(range(cols.n))  # each file in exactly one step
    for index in sets.quick:
        assert not cols.protected[index]
        assert cols.suggestion[index] == DELETE
        assert not (index in cols.dup_group and cols.flags[index] & FLAG_DUP_KEEPER)
    policy = window.session.config.policy
    assert all(policy.rule(cols.rule_ids[cols.rule[i]]).older_than_years for i in sets.old)
    assert any(cols.protected[i] for i in sets.old)
    catalog.close()


def test_next_waits_for_a_share_and_the_last_step_has_none(qtbot, tmp_path) -> None:
    demo = make_demo(tmp_path)
    window, catalog = open_guided(qtbot, demo)
    page = window.guided_mode.page
    page.go("quick_wins")  # no share yet: the path asks for one first
    assert page.key == "folders" and not page.next_button.isEnabled()
    _scan_department(qtbot, window, demo)
    assert page.next_button.isEnabled()
    page.go("summary")
    assert not page.next_button.isVisible() and page.back_button.isEnabled()
    page.summary_step.another_button.click()
    assert page.key == "folders"
    catalog.close()


def test_an_undo_that_would_overwrite_is_refused_and_dropped(qtbot, tmp_path) -> None:
    demo = make_demo(tmp_path)
    window, catalog = open_guided(qtbot, demo)
    _scan_department(qtbot, window, demo)
    page = window.guided_mode.page
    page.go("sharepoint")
    step = page.steps["sharepoint"]
    row = next(r for r, p in enumerate(step.model.problems) if p.name == "~Oud")
    step.table.setCurrentIndex(step.model.index(row, 0))
    assert step.name_edit.text() == "Oud"
    step.rename_current()
    old, new = demo.department / "~Oud", demo.department / "Oud"
    assert new.is_dir() and not old.exists()
    stack = window.session.undo_stack
    count = stack.count()
    old.mkdir()  # someone made a folder with the old name meanwhile
    (old / "nieuw.txt").write_text("van iemand anders", encoding="utf-8")
    stack.undo()
    assert "overschrijft nooit" in step.message.text()
    assert (old / "nieuw.txt").read_text(encoding="utf-8") == "van iemand anders"
    assert (new / "Lijst telefoonnummers.xlsx").is_file()
    assert stack.count() == count - 1  # the step that cannot be undone left the stack
    assert "~Oud" not in {p.name for p in step.model.problems}
    catalog.close()
