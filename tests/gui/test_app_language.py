"""Language: Dutch and English complete, switchable while the app runs, .ts up to date."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale

from desktop_app.core import locations, sharepoint, trash
from desktop_app.core.config import load_config
from desktop_app.gui import i18n, translations
from tests.gui.app_helpers import make_demo, open_window, row_of_name, scan_and_review


def _messages(path):
    root = ET.parse(path).getroot()
    for context in root.findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            yield name, message


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_every_text_is_translated(lang):
    missing = []
    for context, message in _messages(translations.ts_path(lang)):
        translation = message.find("translation")
        forms = translation.findall("numerusform") or [translation]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            (form.text or "").strip() for form in forms
        ):
            missing.append((context, message.find("source").text))
    assert missing == []


def test_the_ts_files_hold_every_text_of_the_code(tmp_path):
    if translations.find_tool("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = [tmp_path / f"fresh_{lang}.ts" for lang in translations.LANGUAGES]
    translations.update(targets=fresh)
    for lang, path in zip(translations.LANGUAGES, fresh, strict=True):
        wanted = {(c, m.find("source").text) for c, m in _messages(path)}
        have = {(c, m.find("source").text) for c, m in _messages(translations.ts_path(lang))}
        assert wanted - have == set(), (
            f"run: python -m desktop_app.gui.translations --update ({lang})"
        )


FORMAL = re.compile(r"\b(?:u|uw|U|Uw|UW)\b")
"""The formal 'u/uw': ShareTidy speaks to the employee as 'je/jouw', in every Dutch text."""


def test_every_dutch_text_says_je_not_u():
    formal = []
    for context, message in _messages(translations.ts_path("nl")):
        translation = message.find("translation")
        for form in translation.findall("numerusform") or [translation]:
            if FORMAL.search(form.text or ""):
                formal.append((context, form.text))
    config = load_config(locations.resources_dir() / "default_config.toml")
    dutch = [config.contact] + [rule.reason_nl for rule in config.policy.rules]
    dutch += [sharepoint.describe(code, "nl") for code in sharepoint.CODES]
    dutch.append(trash.NOT_LOCAL_NL)
    formal += [text for text in dutch if FORMAL.search(text)]
    assert formal == []


def test_system_locale_picks_the_language(monkeypatch):
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.Dutch))
    assert i18n.system_language() == "nl"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.German))
    assert i18n.system_language() == "en"
    # DESIGN.md: "Dutch ... where the system locale is Dutch, English otherwise", so a C
    # or POSIX locale, which names no language, opens in English too.
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.C))
    assert i18n.system_language() == "en"


def test_switching_language_changes_every_visible_text(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo, lang="nl")
    scan_and_review(qtbot, window, demo.department)
    page = window.review_page
    model = window.session.files
    row = row_of_name(window, "Kopie van Formulier verhuizing.docx")
    page.table.setCurrentIndex(model.index(row, 0))
    assert page.keep_button.text() == "Bewaren (&K)"
    assert window.page_actions["review"].text() == "3  Bekijken en beslissen"
    assert window.file_menu.title() == "&Bestand"
    assert page.details.reason_heading.text() == "Waarom?"
    assert "keer op de schijf" in page.details.reason.text()
    assert window.start_page.title.text() == "Welkom bij ShareTidy"

    window.language_actions["en"].trigger()
    assert window.session.lang == "en"
    assert page.keep_button.text() == "&Keep (K)"
    assert page.keep_button.accessibleName() == "Keep the selected files"
    assert window.page_actions["review"].text() == "3  Review and decide"
    assert window.file_menu.title() == "&File"
    assert page.filters.search_label.text() == "&Search:"
    assert page.filters.category.itemText(0) == "All types"
    assert page.details.reason_heading.text() == "Why?"
    assert "times on the drive" in page.details.reason.text()
    assert window.start_page.title.text() == "Welcome to ShareTidy"
    assert window.scan_page.cancel_button.text() == "&Cancel the scan"
    assert window.overview_page.moves_title.text() == "What moves to Microsoft 365"
    assert "days left" in window.start_page.deadline.text()

    window.language_actions["nl"].trigger()
    assert page.keep_button.text() == "Bewaren (&K)"
    assert window.overview_page.moves_title.text() == "Wat gaat er mee naar Microsoft 365"
    assert "nog" in window.start_page.deadline.text()
    catalog.close()


def test_undo_texts_follow_the_language(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo, lang="nl")
    scan_and_review(qtbot, window, demo.department)
    page = window.review_page
    page.table.setCurrentIndex(window.session.files.index(0, 0))
    page.decide_selection(0)
    assert window.undo_action.text() == "&Ongedaan maken: Bewaren: 1 bestand"
    window.session.set_language("en")
    assert window.undo_action.text() == "&Undo: Keep: 1 file"
    window.session.set_language("nl")
    catalog.close()


def test_a_missing_qm_is_built_at_start(tmp_path, monkeypatch):
    if translations.find_tool("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    folder = tmp_path / "translations"
    folder.mkdir()
    for lang in translations.LANGUAGES:
        source = translations.ts_path(lang)
        (folder / source.name).write_bytes(source.read_bytes())
    monkeypatch.setenv("SHARETIDY_RESOURCES", str(tmp_path))
    assert not translations.qm_path("nl").exists()
    built = translations.ensure_built("nl")
    assert built == folder / "sharetidy_nl.qm" and built.stat().st_size > 1000
