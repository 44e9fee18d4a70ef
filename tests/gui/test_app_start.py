"""The start page: shares from the config, the department choice, added folders, the countdown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.core import locations
from desktop_app.core.store import Catalog
from desktop_app.gui.start_page import deadline_text
from tests.gui.app_helpers import window_over


def test_department_choice_and_added_folders(qtbot, config, tmp_path, monkeypatch):
    catalog = Catalog(locations.catalog_path())
    window = window_over(qtbot, config, catalog, lang="nl", user="jan")
    window.show()
    page = window.start_page
    # The shipped config has a personal share; the department share waits for a department.
    assert [card.candidate.name for card in page.cards] == ["Mijn persoonlijke schijf (H:)"]
    card = page.cards[0]
    assert not card.candidate.reachable and not card.scan_button.isEnabled()
    assert "niet bereikbaar" in card.summary.text()
    assert page.department.isVisible()
    page.department.setCurrentIndex(page.department.findData("Financiën"))
    page.department.activated.emit(page.department.currentIndex())
    assert window.session.department == "Financiën"
    assert [c.candidate.path for c in page.cards][1].endswith("Financiën")

    folder = tmp_path / "Mijn map"
    folder.mkdir()
    (folder / "brief.docx").write_bytes(b"x" * 100)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    added = page.cards[-1]
    assert added.candidate.name == "Mijn map" and added.scan_button.isEnabled()
    assert added.summary.text().startswith("Nog niet gescand")
    catalog.close()
    # Both choices are kept in the catalog: a new window shows them again.
    with Catalog(locations.catalog_path()) as again:
        window = window_over(qtbot, config, again, lang="nl", user="jan")
        assert [c.candidate.name for c in window.start_page.cards][-1] == "Mijn map"
        assert window.session.department == "Financiën"


def test_deadline_countdown_words(qtbot, config):
    with Catalog(locations.catalog_path()) as catalog:
        window = window_over(qtbot, config, catalog, lang="nl", user="jan")
        session = window.session
        deadline = config.deadline
        before = deadline - dt.timedelta(days=87)
        assert deadline_text(session, before, short=True) == "nog 87 dagen"
        assert deadline_text(session, deadline - dt.timedelta(days=1), short=True) == "nog 1 dag"
        assert deadline_text(session, before) == "Klaar vóór 1 maart 2027: nog 87 dagen"
        assert "laatste dag" in deadline_text(session, deadline)
        assert "voorbij" in deadline_text(session, deadline + dt.timedelta(days=3))
        session.set_language("en")
        assert deadline_text(session, before) == "Deadline 1 March 2027: 87 days left"
        assert deadline_text(session, deadline - dt.timedelta(days=1), short=True) == "1 day left"
        session.set_language("nl")
