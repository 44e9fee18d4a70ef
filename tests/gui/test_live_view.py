"""The live view: real changes in a scanned folder reach the review, in every watch mode."""

from __future__ import annotations

import os
import shutil
import threading
import time

from desktop_app.core import locality
from desktop_app.core import watcher as watcher_module
from desktop_app.core.policy import DELETE, KEEP
from desktop_app.gui import live_view
from desktop_app.gui.live_view import LiveView
from tests.gui.app_helpers import make_demo, open_window, row_of_name, select_rows, stored_decisions
from tests.gui.live_helpers import SETTLE_MS, decide, index_of, names, open_live, status


def test_new_removed_and_renamed_files_reach_the_review(qtbot, tmp_path):
    window, catalog, share, live, root_id = open_live(qtbot, tmp_path)
    assert live.mode == "native"
    assert status(window) == "Wijzigingen worden direct gevolgd"
    model = window.session.files
    decide(qtbot, window, "plan.docx", DELETE)

    (share / "Nieuw verslag.docx").write_text("net gemaakt")
    started = time.monotonic()
    qtbot.waitUntil(lambda: "Nieuw verslag.docx" in names(window), timeout=2000)
    assert time.monotonic() - started < 2.0  # locally the view is current within 2 s
    info = model.info(index_of(window, "Nieuw verslag.docx"))
    assert (info.rule, info.suggestion, info.source) == ("recent-work", KEEP, "suggestion")

    (share / "notities.txt").unlink()
    qtbot.waitUntil(lambda: "notities.txt" not in names(window), timeout=5000)

    os.rename(share / "Projecten" / "plan.docx", share / "Projecten" / "plan v2.docx")
    qtbot.waitUntil(lambda: "plan v2.docx" in names(window), timeout=5000)
    assert "plan.docx" not in names(window)
    moved = model.info(index_of(window, "plan v2.docx"))
    assert (moved.decision, moved.source) == (DELETE, "employee")  # the decision went along
    assert stored_decisions(root_id)[("file", "Projecten/plan v2.docx")] == DELETE

    (share / "Nieuwe map").mkdir()
    (share / "Nieuwe map" / "lijst.xlsx").write_text("1;2")
    qtbot.waitUntil(lambda: "lijst.xlsx" in names(window), timeout=5000)
    assert window.session.folders.index_of("Nieuwe map").isValid()
    assert model.rowCount() == model.file_count() == 4
    catalog.close()


def test_a_change_after_deciding_is_marked_and_the_selection_stays(qtbot, tmp_path):
    window, catalog, share, _live, _root_id = open_live(qtbot, tmp_path)
    page, model = window.review_page, window.session.files
    decide(qtbot, window, "oud verslag.docx", KEEP)
    select_rows(window, [row_of_name(window, "oud verslag.docx")])

    (share / "oud verslag.docx").write_text("een oud verslag, vandaag aangevuld")
    qtbot.waitUntil(lambda: model.info(index_of(window, "oud verslag.docx")).changed, timeout=5000)
    row = row_of_name(window, "oud verslag.docx")
    shown = model.data(model.index(row, model.DECISION))
    assert "Bewaren" in shown and "gewijzigd" in shown
    # The same file is still the chosen one, and its details say what happened.
    assert page.selected_indexes() == [index_of(window, "oud verslag.docx")]
    assert page.details.changed.isVisible()
    assert "veranderd" in page.details.changed.text()

    (share / "extra.txt").write_text("x")  # another change elsewhere keeps the selection
    qtbot.waitUntil(lambda: "extra.txt" in names(window), timeout=5000)
    assert page.selected_indexes() == [index_of(window, "oud verslag.docx")]
    catalog.close()


def test_polling_when_asked(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(LiveView, "FORCE_POLLING", True)
    monkeypatch.setattr(LiveView, "POLL_INTERVAL", 1.0)
    window, catalog, share, live, _root_id = open_live(qtbot, tmp_path)
    assert live.mode == "polling"
    assert status(window) == "ShareTidy kijkt elke 1 seconde of er iets is veranderd"
    (share / "Projecten" / "nieuw.docx").write_text("n")
    (share / "notities.txt").unlink()
    qtbot.waitUntil(
        lambda: "nieuw.docx" in names(window) and "notities.txt" not in names(window),
        timeout=8000,
    )
    catalog.close()


def test_a_network_share_is_polled_and_says_so(qtbot, tmp_path, monkeypatch):
    network = locality.Location("network", "cifs mount at /mnt/share")
    monkeypatch.setattr(watcher_module, "describe_location", lambda _path: network)
    monkeypatch.setattr(live_view, "describe_location", lambda _path: network)
    monkeypatch.setattr(LiveView, "POLL_INTERVAL", 1.0)
    window, catalog, share, live, _root_id = open_live(qtbot, tmp_path)
    assert (live.mode, live.reason) == ("polling", "network")
    assert status(window) == "Netwerkschijf: elke 1 seconde gecontroleerd"
    (share / "van een collega.docx").write_text("c")
    qtbot.waitUntil(lambda: "van een collega.docx" in names(window), timeout=8000)
    catalog.close()


def test_past_the_inotify_limit_it_polls(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(watcher_module, "read_watch_limit", lambda: 1)
    monkeypatch.setattr(LiveView, "POLL_INTERVAL", 1.0)
    window, catalog, share, live, _root_id = open_live(qtbot, tmp_path, lang="en")
    assert (live.mode, live.reason) == ("polling", "limit")
    assert status(window) == "Too many folders to follow directly: checked every 1 second"
    (share / "Projecten" / "deep.txt").write_text("d")
    qtbot.waitUntil(lambda: "deep.txt" in names(window), timeout=8000)
    catalog.close()


def test_polling_interval_grows_with_the_share():
    assert live_view.poll_interval_for(1_000) == 5
    assert live_view.poll_interval_for(200_000) == 50
    assert live_view.poll_interval_for(1_000_000) == 250
    assert live_view.poll_interval_for(50_000_000) == 300


def test_an_offline_share_keeps_the_decisions_and_comes_back(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(live_view, "PROBE_S", {False: 0.3, True: 0.3})
    window, catalog, share, live, root_id = open_live(qtbot, tmp_path)
    page = window.review_page
    assert not page.offline_banner.isVisible()

    away = share.with_name("Afdeling (weg)")
    os.rename(share, away)  # the VPN drops: the folder is gone
    qtbot.waitUntil(lambda: live.is_offline(), timeout=5000)
    assert page.offline_banner.isVisible()
    assert "niet bereikbaar" in page.offline_banner.text()
    assert "Nu niet bereikbaar" in status(window)
    assert len(names(window)) == 3  # nothing is taken as deleted
    decide(qtbot, window, "notities.txt", DELETE)  # deciding goes on
    assert stored_decisions(root_id)[("file", "notities.txt")] == DELETE
    assert not page.trash_button.isVisible()  # clean-up waits until the folder is back

    (away / "terwijl offline.docx").write_text("t")  # changed while nobody could look
    os.rename(away, share)
    qtbot.waitUntil(lambda: live.state == "watching", timeout=5000)
    qtbot.waitUntil(lambda: "terwijl offline.docx" in names(window), timeout=5000)
    assert not page.offline_banner.isVisible() and page.trash_button.isVisible()
    assert status(window) == "Wijzigingen worden direct gevolgd"
    (share / "daarna.docx").write_text("d")  # and the watcher runs again
    qtbot.waitUntil(lambda: "daarna.docx" in names(window), timeout=5000)
    assert stored_decisions(root_id)[("file", "notities.txt")] == DELETE
    catalog.close()


def test_changes_made_while_the_app_was_closed_show_at_the_start(qtbot, tmp_path):
    window, catalog, share, _live, _root_id = open_live(qtbot, tmp_path)
    window.close()
    (share / "notities.txt").unlink()
    (share / "later.docx").write_text("l")
    window2, catalog2 = open_window(qtbot, make_demo(tmp_path / "again"))
    window2.open_review(window.session.root_id)
    qtbot.waitUntil(
        lambda: "later.docx" in names(window2) and "notities.txt" not in names(window2),
        timeout=SETTLE_MS,
    )
    catalog.close()
    catalog2.close()


def test_undo_after_a_change_on_the_disk_undoes_the_right_file(qtbot, tmp_path):
    window, catalog, share, _live, root_id = open_live(qtbot, tmp_path)
    model = window.session.files
    decide(qtbot, window, "plan.docx", DELETE)
    before = index_of(window, "plan.docx")
    (share / "Aaa eerst.docx").write_text("a")  # a new file ahead of it: its index moves
    qtbot.waitUntil(lambda: "Aaa eerst.docx" in names(window), timeout=5000)
    assert index_of(window, "plan.docx") != before
    window.undo_action.trigger()
    assert model.info(index_of(window, "plan.docx")).source == "suggestion"
    assert model.info(index_of(window, "Aaa eerst.docx")).source == "suggestion"
    assert ("file", "Projecten/plan.docx") not in stored_decisions(root_id)
    window.redo_action.trigger()
    assert model.info(index_of(window, "plan.docx")).decision == DELETE
    catalog.close()


def test_a_slow_share_does_not_hold_up_the_start_page(qtbot, tmp_path, monkeypatch):
    from desktop_app.gui.start_page import StartPage

    demo = make_demo(tmp_path)
    slow = str(demo.department)
    real = StartPage.probe_isdir

    answer = threading.Event()  # a share over a slow VPN: it answers when we say so

    def probe(path: str) -> bool:
        if path == slow:
            answer.wait(30)
        return real(path)

    monkeypatch.setattr(StartPage, "probe_isdir", staticmethod(probe))
    window, catalog = open_window(qtbot, demo)  # the window is there, the share unanswered
    card = next(c for c in window.start_page.cards if c.candidate.path == slow)
    assert card.checking and not card.scan_button.isEnabled()
    assert card.summary.text() == "Even kijken of deze map bereikbaar is…"
    answer.set()
    qtbot.waitUntil(lambda: not card.checking, timeout=5000)
    assert card.candidate.reachable and card.scan_button.isEnabled()
    catalog.close()


def test_the_folder_shown_is_removed_and_the_one_above_shows(qtbot, tmp_path):
    window, catalog, share, _live, _root_id = open_live(qtbot, tmp_path)
    page = window.review_page
    page.select_folder("Projecten")
    assert window.session.files.rowCount() == 1
    shutil.rmtree(share / "Projecten")
    qtbot.waitUntil(lambda: "plan.docx" not in names(window), timeout=5000)
    assert page.folder == "" and page.current_tree_folder() == ""
    assert window.session.files.rowCount() == 2  # the top folder's files, not an empty list
    catalog.close()
