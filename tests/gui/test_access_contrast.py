"""High contrast: remembered, follows the system until the user chooses, and really contrasts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.core.config import load_config
from desktop_app.gui import palette
from desktop_app.gui.appearance import (
    CONTRAST_KEY,
    STYLE_FILES,
    Look,
    apply_look,
    read_style,
    style_sheet,
)
from desktop_app.gui.i18n import translator_for
from tests.gui.app_helpers import make_demo, open_window, window_over

AAA = 7.0
"""WCAG's enhanced contrast for text: what a high-contrast look must reach."""


@pytest.fixture(autouse=True)
def _normal_look(qapp):
    """Leave no translator and no high contrast behind for the tests that come after."""
    yield
    translator_for(qapp).reset()
    apply_look(qapp, Look())


def _window_colour(app) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_the_toggle_switches_palette_and_style_sheet_and_is_remembered(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    app = QApplication.instance()
    title = window.start_page.title
    assert _window_colour(app) != palette.BLACK

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(
        QApplication.focusWidget() or window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.appearance.high_contrast
    assert window.appearance_button.contrast_action.isChecked()
    assert palette.style_name(app) == "fusion"
    assert _window_colour(app) == palette.BLACK
    assert title.palette().color(QPalette.ColorRole.WindowText).name() == palette.WHITE
    assert window.statusBar().currentMessage() == "Hoog contrast staat aan."
    assert catalog.meta(CONTRAST_KEY) == "1"

    window.close()
    apply_look(app, Look())
    again = window_over(qtbot, load_config(demo.config), catalog, lang="nl", demo=True)
    assert again.appearance.high_contrast and _window_colour(app) == palette.BLACK

    again.appearance_button.contrast_action.trigger()  # off again, from the menu
    assert not again.appearance.high_contrast
    assert _window_colour(app) != palette.BLACK
    assert catalog.meta(CONTRAST_KEY) == "0"
    catalog.close()


def test_it_follows_the_system_until_the_user_chooses(qtbot, tmp_path, monkeypatch):
    system = {"high": True}
    monkeypatch.setattr(palette, "system_prefers_high_contrast", lambda: system["high"])
    demo = make_demo(tmp_path)
    window, catalog = open_window(qtbot, demo)
    app = QApplication.instance()
    assert window.appearance.contrast_choice is None
    assert window.appearance.high_contrast and _window_colour(app) == palette.BLACK

    system["high"] = False  # the system setting changes while the app runs
    window.appearance._system_changed()
    assert _window_colour(app) != palette.BLACK

    system["high"] = True
    window.appearance.set_high_contrast(False)  # the user's choice wins from now on
    window.appearance._system_changed()
    assert not window.appearance.high_contrast and _window_colour(app) != palette.BLACK
    catalog.close()


def test_every_colour_of_the_normal_look_has_a_chosen_partner():
    normal = "\n".join(read_style(name) for name in STYLE_FILES)
    colours = palette.style_colours(normal)
    assert len(colours) > 20
    assert colours - palette.CONTRAST_COLOURS.keys() == set()
    assert "#dead" not in " ".join(colours)  # '#deadlineBig' is a selector, not a colour


def _rules(style: str) -> list[tuple[str, dict[str, str]]]:
    rules = []
    for selectors, body in re.findall(
        r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", style, flags=re.S)
    ):
        declarations = {}
        for part in body.split(";"):
            name, _, value = part.partition(":")
            if value.strip():
                declarations[name.strip()] = value.strip()
        rules.append((selectors.strip(), declarations))
    return rules


def _colour(value: str | None) -> str | None:
    found = re.search(r"#[0-9a-fA-F]{6}\b", value or "")
    return found.group(0).lower() if found else None


def test_every_text_colour_of_high_contrast_stands_out_from_its_background():
    style = style_sheet(Look(high_contrast=True))
    weak = []
    for selectors, declarations in _rules(style):
        text = _colour(declarations.get("color"))
        if text is None or "disabled" in selectors:
            continue
        background = _colour(declarations.get("background")) or palette.BLACK
        ratio = palette.contrast_ratio(text, background)
        if ratio < AAA:
            weak.append((selectors, text, background, round(ratio, 1)))
    assert weak == []


def test_the_high_contrast_palette_pairs_reach_seven_to_one():
    colours = palette.high_contrast_palette()
    roles, disabled = QPalette.ColorRole, QPalette.ColorGroup.Disabled
    pairs = [
        (roles.WindowText, roles.Window),
        (roles.Text, roles.Base),
        (roles.Text, roles.AlternateBase),
        (roles.ButtonText, roles.Button),
        (roles.HighlightedText, roles.Highlight),
        (roles.ToolTipText, roles.ToolTipBase),
        (roles.Link, roles.Base),
        (roles.PlaceholderText, roles.Base),
    ]
    for text, background in pairs:
        ratio = palette.contrast_ratio(colours.color(text).name(), colours.color(background).name())
        assert ratio >= AAA, (text, background, ratio)
    grey = colours.color(disabled, roles.Text).name()
    assert palette.contrast_ratio(grey, palette.BLACK) >= 4.5  # disabled, still readable
    assert grey != palette.WHITE  # and still different from what can be used


def test_contrast_ratio_matches_wcag():
    assert palette.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert palette.contrast_colour("#fafafa") == palette.BLACK  # unknown light: background
    assert palette.contrast_colour("#202020") == palette.WHITE  # unknown dark: text
