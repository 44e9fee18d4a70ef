"""'Geholpen door': the ambassador's name goes into the manifest and is kept for the day."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt

from desktop_app.core.config import load_config
from desktop_app.gui import session as session_module
from tests.gui.app_helpers import make_demo, open_window, scan_and_review, window_over

WAIT_MS = 20_000


def _submit_page(qtbot, window):
    page = window.submit_page
    window.show_page("submit")
    qtbot.waitUntil(lambda: not page.is_delivering(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.totals is not None and not page.is_counting(), timeout=WAIT_MS)
    return page


def test_the_name_is_in_the_manifest_and_kept_after_a_restart(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    scan_and_review(qtbot, window, demo.department)
    page = _submit_page(qtbot, window)
    assert page.helper.accessibleName() == "Geholpen door"
    page.helper.setFocus()
    qtbot.keyClicks(page.helper, "  Fatima de Vries ")
    qtbot.keyClick(page.helper, Qt.Key.Key_Tab)  # leaving the field stores the name
    assert window.session.assisted_by == "Fatima de Vries"

    qtbot.keyClick(page.submit_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    (manifest,) = demo.drop.glob("*.sharetidy.jsonl")
    header = json.loads(manifest.read_text(encoding="utf-8").splitlines()[0])
    assert header["type"] == "header" and header["assisted_by"] == "Fatima de Vries"

    # A restart while helping: the field holds the name again.
    window.close()
    again = window_over(qtbot, load_config(demo.config), catalog, lang="nl", demo=True)
    assert again.submit_page.helper.text() == "Fatima de Vries"
    catalog.close()


def test_the_name_is_forgotten_the_next_day(qtbot, tmp_path, monkeypatch):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    window.session.set_assisted_by("Fatima de Vries")
    assert window.submit_page.helper.text() == "Fatima de Vries"  # follows the session

    tomorrow = dt.date.fromordinal(dt.date.today().toordinal() + 1).isoformat()
    monkeypatch.setattr(session_module, "today", lambda: tomorrow)
    window.close()
    again = window_over(qtbot, load_config(demo.config), catalog, lang="nl", demo=True)
    assert again.session.assisted_by == ""
    assert again.submit_page.helper.text() == ""
    catalog.close()


def test_an_empty_field_hands_in_without_a_helper(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    window.session.set_assisted_by("Fatima de Vries")
    window.session.set_assisted_by("")
    assert window.session.assisted_by == "" and catalog.meta("assisted_by") is None
    scan_and_review(qtbot, window, demo.department)
    page = _submit_page(qtbot, window)
    page.submit()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    (manifest,) = demo.drop.glob("*.sharetidy.jsonl")
    assert json.loads(manifest.read_text(encoding="utf-8").splitlines()[0])["assisted_by"] is None
    catalog.close()
