"""Step 5 in the real window: handing in, waiting in the outbox, and the retry that delivers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core import locations
from desktop_app.core.outbox import pending
from desktop_app.core.policy import DELETE
from tests.gui.app_helpers import make_demo, open_window, row_of_name, scan_and_review, select_rows

SCHEMA = json.loads((locations.resources_dir() / "manifest.schema.json").read_text("utf-8"))
WAIT_MS = 20_000


def _point_drop_at(demo, folder: Path) -> None:
    """Rewrite the demo config so that its drop folder is ``folder``."""
    text = demo.config.read_text(encoding="utf-8")
    line = re.compile(r"^drop_folder = .*$", re.MULTILINE)
    assert line.search(text)
    demo.config.write_text(
        line.sub(lambda _m: "drop_folder = " + json.dumps(str(folder)), text), encoding="utf-8"
    )


def _open_submit(qtbot, window):
    page = window.submit_page
    qtbot.waitUntil(lambda: not page.is_delivering(), timeout=WAIT_MS)  # the retry at start
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "submit"
    qtbot.waitUntil(lambda: page.totals is not None and not page.is_counting(), timeout=WAIT_MS)
    assert page.submit_button.isEnabled()
    return page


def _hand_in(qtbot, page, helper: str) -> None:
    page.helper.setFocus()
    qtbot.keyClicks(page.helper, helper)
    qtbot.keyClick(page.helper, Qt.Key.Key_Tab)
    assert page.submit_button.hasFocus()
    qtbot.keyClick(page.submit_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)


def _manifests(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.sharetidy.jsonl"))


def _validated_lines(path: Path) -> list[dict]:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        validator.validate(line)
    return lines


def test_hand_in_to_a_reachable_drop_folder(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    root_id = scan_and_review(qtbot, window, demo.department)
    select_rows(window, [row_of_name(window, "Voorbeeldbrief uittreksels.docx")])
    window.review_page.decide_selection(DELETE)
    page = _open_submit(qtbot, window)

    (share,) = page.totals
    assert share.root_id == root_id
    assert sum(share.files.values()) == window.session.files.rowCount()
    assert share.suggested == sum(share.files.values()) - 1
    assert share.files[DELETE] >= 1
    assert "nog alleen het voorstel" in page.note.text()

    _hand_in(qtbot, page, "Fatima de Vries")
    (manifest,) = _manifests(demo.drop)
    lines = _validated_lines(manifest)
    header, entries, trailer = lines[0], lines[1:-1], lines[-1]
    assert header["type"] == "header" and trailer["type"] == "trailer"
    assert header["assisted_by"] == "Fatima de Vries"
    assert len(entries) == sum(share.files.values())
    assert page.outcome is not None and page.outcome.delivered
    assert page.submit_button.hasFocus()  # the keyboard stays on the page
    assert page.status.text().startswith("Ingeleverd om ")
    assert re.search(r"\d\d:\d\d$", page.status.text())
    assert window.statusBar().currentMessage() == page.status.text()
    assert pending() == []
    catalog.close()


def test_waits_in_the_outbox_until_the_drop_folder_appears(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    missing = tmp_path / "netwerk-weg" / "inleveren"
    _point_drop_at(demo, missing)
    window, catalog = open_window(qtbot, demo)
    scan_and_review(qtbot, window, demo.department)
    page = _open_submit(qtbot, window)

    _hand_in(qtbot, page, "")
    assert page.outcome is not None and not page.outcome.delivered
    assert page.status.text() == (
        "Je keuzes staan klaar en worden verstuurd zodra de inlevermap bereikbaar is."
    )
    assert "niet bereikbaar" in page.detail.text()
    assert not missing.exists()
    (waiting,) = pending()
    assert waiting.path.is_file()
    assert _validated_lines(waiting.path)[0]["assisted_by"] is None
    assert page.submit_button.isEnabled()  # handing in again is always allowed

    # The network is back: the next retry (the five-minute timer's slot) delivers it.
    missing.mkdir(parents=True)
    assert page.retry_timer.isActive() and page.retry_timer.interval() == 300_000
    page.retry_delivery()
    qtbot.waitUntil(lambda: not page.is_delivering(), timeout=WAIT_MS)
    (manifest,) = _manifests(missing)
    assert manifest.name == waiting.name
    _validated_lines(manifest)
    assert pending() == []
    assert page.status.text().startswith("Ingeleverd om ")
    assert window.statusBar().currentMessage() == page.status.text()
    catalog.close()


def test_nothing_to_hand_in_before_a_scan(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo, lang="en")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    page = window.submit_page
    assert window.page_actions["submit"].isEnabled()  # the outbox's state is always there
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "submit"
    qtbot.waitUntil(lambda: page.totals is not None and not page.is_counting(), timeout=WAIT_MS)
    assert page.totals == []
    assert not page.submit_button.isEnabled()
    assert page.submit_button.text() == "Hand &in"
    assert window.page_actions["submit"].text() == "5  Hand in"
    window.session.set_language("nl")
    assert page.submit_button.text() == "&Inleveren"
    assert window.page_actions["submit"].text() == "5  Inleveren"
    catalog.close()
