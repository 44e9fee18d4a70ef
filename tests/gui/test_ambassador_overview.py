"""The ambassador's overview: the team's own numbers, read-only, and calm when it cannot read."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.config import load_config
from desktop_app.core.demo_share import DemoShare
from desktop_app.core.manifest import UserInfo
from desktop_app.core.scanner import scan
from desktop_app.core.store import Catalog
from desktop_app.core.submission import submit
from desktop_app.gui import ambassador_page
from desktop_app.team import department as overview
from desktop_app.team.collect import collect
from desktop_app.team.db import connect
from desktop_app.team.status import status
from tests.gui.app_helpers import make_demo, open_window

DEPARTMENT = "Burgerzaken"


def _hand_in(
    demo: DemoShare,
    tmp_path: Path,
    login: str,
    name: str,
    department: str,
    decided: int,
    helper: str | None = None,
) -> int:
    """One colleague scans a copy of the demo's home share, decides ``decided`` files and
    hands in to the demo's drop folder; returns the number of files."""
    config = load_config(demo.config)
    home = tmp_path / "home" / login
    shutil.copytree(demo.personal, home, copy_function=shutil.copy2)
    with Catalog(tmp_path / f"{login}.sqlite3") as catalog:
        (root_id,) = scan(catalog, [str(home)], config).root_ids
        rows = [
            (root_id, folder + "/" + file_name if folder else file_name, "file", 0, size, mtime)
            for _id, folder, file_name, _raw, size, mtime, *_rest in catalog.iter_files(root_id)
        ][:decided]
        catalog.set_decisions(rows)
        outcome = submit(
            catalog,
            config,
            [root_id],
            user=UserInfo(login, "GEMEENTE", name, department),
            assisted_by=helper,
        )
    assert outcome.delivered
    return outcome.entries


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}


@pytest.fixture
def department_drop(tmp_path):
    demo = make_demo(tmp_path)
    files = _hand_in(demo, tmp_path, "anna", "Anna de Boer", DEPARTMENT, 30, "Fatima de Vries")
    _hand_in(demo, tmp_path, "johan", "Johan Smit", DEPARTMENT, 0)
    _hand_in(demo, tmp_path, "lisa", "Lisa Bakker", "Publiekszaken", 5)
    (demo.drop / "kapot.sharetidy.jsonl").write_text('{"type": "header"}\n', encoding="utf-8")
    return demo, files


def test_the_overview_counts_each_colleague_and_writes_nothing(department_drop):
    demo, files = department_drop
    before = _snapshot(demo.drop)
    view = overview.department_overview(demo.drop, DEPARTMENT.upper())  # any spelling
    assert _snapshot(demo.drop) == before  # read, never written
    anna, johan = view.colleagues
    assert (anna.name, anna.files, anna.decided, anna.assisted_by) == (
        "Anna de Boer",
        files,
        30,
        "Fatima de Vries",
    )
    assert (johan.name, johan.decided, johan.decided_share) == ("Johan Smit", 0, 0.0)
    assert anna.decided_share == pytest.approx(30 / files)
    assert anna.submitted.endswith("Z") and anna.manifests == 1
    assert view.rejected == 1  # the broken file: the team sees it refused as well
    assert view.decided == 30 and view.files == 2 * files

    everyone = overview.department_overview(demo.drop)
    assert [p.login for p in everyone.colleagues] == ["anna", "johan", "lisa"]


def test_the_numbers_are_the_team_status_numbers(department_drop, tmp_path):
    demo, _files = department_drop
    view = overview.department_overview(demo.drop, DEPARTMENT)
    conn = connect(tmp_path / "team.duckdb")
    collect(conn, demo.drop)
    team = {d["name"]: d for d in status(conn)["departments"]}
    conn.close()
    (mine,) = view.status["departments"]
    assert mine == team[DEPARTMENT]
    assert view.status["users"] == 2


def test_a_drop_folder_that_cannot_be_read_is_said_so(tmp_path, monkeypatch):
    with pytest.raises(overview.DropUnreadable) as none:
        overview.department_overview(None, DEPARTMENT)
    assert none.value.code == overview.UNREADABLE_NONE
    with pytest.raises(overview.DropUnreadable) as gone:
        overview.department_overview(tmp_path / "weg", DEPARTMENT)
    assert gone.value.code == overview.UNREADABLE_UNREACHABLE

    def denied(_folder):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(overview, "manifest_names", denied)
    with pytest.raises(overview.DropUnreadable) as refused:
        overview.department_overview(tmp_path, DEPARTMENT)
    assert refused.value.code == overview.UNREADABLE_DENIED


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_a_write_only_drop_folder_is_denied(department_drop):
    demo, _files = department_drop
    demo.drop.chmod(0o333)  # create and enter, but not list: a write-only drop folder
    try:
        with pytest.raises(overview.DropUnreadable) as refused:
            overview.department_overview(demo.drop, DEPARTMENT)
    finally:
        demo.drop.chmod(0o755)
    assert refused.value.code == overview.UNREADABLE_DENIED


def _open_overview(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(
        QApplication.focusWidget() or window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = window.ambassador_page
    assert window.current_page() == "ambassador"
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=20_000)
    return page


def test_the_page_shows_the_department_and_goes_back(qtbot, department_drop):
    demo, files = department_drop
    before = _snapshot(demo.drop)
    window, catalog = open_window(qtbot, demo)
    window.show_page("overview")
    page = _open_overview(qtbot, window)
    assert page.table.isVisible() and not page.calm.isVisible()
    model = page.table.model()
    assert model.rowCount() == 2
    assert page.table.isColumnHidden(ambassador_page.DEPARTMENT)  # the config names it
    cells = [model.data(model.index(0, column)) for column in range(6)]
    assert cells[0] == "Anna de Boer" and cells[5] == "Fatima de Vries"
    assert cells[ambassador_page.DECIDED] == f"{round(100 * 30 / files)}%"
    assert page.summary.text().startswith("2 collega's van Burgerzaken hebben ingeleverd.")
    assert "1 bestand in de inlevermap kon niet worden gebruikt" in page.summary.text()
    assert page.table.accessibleName() == "Collega's die hebben ingeleverd"
    assert window.page_group.checkedAction() is None  # no step button claims this page

    window.session.set_language("en")
    assert page.title.text() == "Your department at a glance"
    assert page.summary.text().startswith("2 colleagues of Burgerzaken handed in.")
    window.session.set_language("nl")

    qtbot.keyClick(page.back_button, Qt.Key.Key_Space)
    assert window.current_page() == "overview"
    assert _snapshot(demo.drop) == before
    catalog.close()


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (
            overview.DropUnreadable(overview.UNREADABLE_DENIED),
            "Je mag wel iets in de inlevermap zetten, maar er niet in kijken; dat is normaal, "
            "en het migratieteam kan je vertellen hoe ver je afdeling is.",
        ),
        (
            overview.DropUnreadable(overview.UNREADABLE_UNREACHABLE),
            "De inlevermap is nu niet bereikbaar; probeer het later nog eens.",
        ),
        (
            ModuleNotFoundError("No module named 'duckdb'", name="duckdb"),
            "Deze versie van ShareTidy heeft geen overzicht van de afdeling; het migratieteam "
            "kan je vertellen hoe ver je afdeling is.",
        ),
    ],
    ids=["write-only", "unreachable", "employee-build"],
)
def test_what_cannot_be_read_gets_one_calm_sentence(qtbot, tmp_path, monkeypatch, error, sentence):
    def fails(_drop, _department):
        raise error

    monkeypatch.setattr(ambassador_page, "_read", fails)
    window, catalog = open_window(qtbot, make_demo(tmp_path))
    page = _open_overview(qtbot, window)
    assert page.calm.isVisible() and page.calm.text() == sentence
    assert not page.table.isVisible() and not page.summary.isVisible()
    assert page.refresh_button.isEnabled()
    catalog.close()


def test_an_empty_drop_folder_says_nobody_handed_in_yet(qtbot, tmp_path):
    window, catalog = open_window(qtbot, make_demo(tmp_path))
    page = _open_overview(qtbot, window)
    assert page.calm.text() == "Nog niemand van Burgerzaken heeft ingeleverd."
    catalog.close()


def test_submitted_text_is_local_and_in_the_readers_order():
    assert ambassador_page.submitted_text("garbage", "nl") == "?"
    nl = ambassador_page.submitted_text("2026-03-14T09:05:00Z", "nl")
    en = ambassador_page.submitted_text("2026-03-14T09:05:00Z", "en")
    assert nl.split()[0].endswith("-3-2026") and en.startswith("2026-03-1")
