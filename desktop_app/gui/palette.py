"""The high-contrast look: white and yellow on black, for people who cannot read soft greys.

Two things must change together, or high contrast does not work: the Qt palette (what the
style paints: combo boxes, scroll bars, menus, the treemap) and the style sheet (which
names its own colours for titles, cards and buttons). The style sheet is not written a
second time; every colour of the normal one is swapped for its high-contrast partner
(:data:`CONTRAST_COLOURS`), and a short list of extra rules (``high_contrast.qss``) makes
focus and selection unmistakable. A colour that is not in the table falls back on its
lightness: light backgrounds become black, dark text becomes white. Fusion is the style
in high contrast, because the native Windows styles ignore the palette for many controls.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

BLACK, WHITE, YELLOW, CYAN = "#000000", "#ffffff", "#ffff00", "#00ffff"
GREEN, BLUE, RED, GREY = "#7dff7d", "#9ecbff", "#ff9e9e", "#b3b3b3"
"""Decision colours and the colour of disabled text, each at least 7:1 on black."""

CONTRAST_COLOURS = {
    # backgrounds: black, with a just visible difference where the normal look has one
    "#f6f7f9": BLACK,
    "#ffffff": BLACK,
    "#f3f6f9": "#1f1f1f",
    "#eef2f6": "#333333",
    "#eef1f4": "#1f1f1f",
    "#e8f1fb": BLACK,
    "#fff4e0": BLACK,
    "#eef0fb": BLACK,
    "#dbe8f8": YELLOW,
    "#cfe2f8": CYAN,
    "#f3ecfb": BLACK,
    # text
    "#1b2a3a": WHITE,
    "#4a5868": WHITE,
    "#1b3a5c": WHITE,
    "#1f2a66": WHITE,
    "#5c3300": YELLOW,
    "#7a3e00": YELLOW,
    "#0b2a4f": BLACK,
    "#0b1b2b": BLACK,
    "#8a949e": GREY,
    "#9aa3ad": GREY,
    "#3f1d63": WHITE,
    # lines
    "#d5dae1": WHITE,
    "#9aa5b1": WHITE,
    "#c9cfd6": GREY,
    "#a9c8ec": CYAN,
    "#f0c48a": YELLOW,
    "#e08a00": YELLOW,
    "#7b4fc9": YELLOW,
    # the accent: focus, the primary button, progress, the current step
    "#1565c0": YELLOW,
    "#0d58a8": "#ffff80",
    "#0d4a8f": WHITE,
    "#0a2f5a": WHITE,
    "#5b2a86": YELLOW,
    # decisions
    "#1b5e20": GREEN,
    "#2e7d32": GREEN,
    "#283593": BLUE,
    "#3949ab": BLUE,
    "#b71c1c": RED,
    "#c62828": RED,
}
"""Every colour of the normal style sheets and the one that replaces it in high contrast."""

_COLOUR = re.compile(r"(?<=[\s:,])#[0-9a-fA-F]{6}\b")
"""A colour value in a declaration (a ``#name`` selector follows no space, colon or comma)."""

_STYLE_PROPERTY = "sharetidyStyle"
_NORMAL_PROPERTY = "sharetidyNormalStyle"


def luminance(colour: str) -> float:
    """Relative luminance of ``#rrggbb`` (WCAG 2)."""
    value = QColor(colour)
    channels = []
    for part in (value.redF(), value.greenF(), value.blueF()):
        channels.append(part / 12.92 if part <= 0.03928 else ((part + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21; text wants 4.5, high contrast 7)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def contrast_colour(colour: str) -> str:
    """The high-contrast partner of a normal colour."""
    known = CONTRAST_COLOURS.get(colour.lower())
    if known is not None:
        return known
    return BLACK if luminance(colour) > 0.4 else WHITE


def style_colours(style: str) -> set[str]:
    """Every colour value a style sheet names (lower case)."""
    return {match.lower() for match in _COLOUR.findall(style)}


def contrast_style(style: str) -> str:
    """``style`` with every colour swapped for its high-contrast partner."""
    return _COLOUR.sub(lambda match: contrast_colour(match.group(0)), style)


def high_contrast_palette() -> QPalette:
    """White text on black, yellow for what is selected or links, grey for what is disabled."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: BLACK,
        roles.WindowText: WHITE,
        roles.Base: BLACK,
        roles.AlternateBase: "#1f1f1f",
        roles.Text: WHITE,
        roles.Button: BLACK,
        roles.ButtonText: WHITE,
        roles.BrightText: YELLOW,
        roles.Highlight: CYAN,
        roles.HighlightedText: BLACK,
        roles.ToolTipBase: BLACK,
        roles.ToolTipText: WHITE,
        roles.PlaceholderText: GREY,
        roles.Link: YELLOW,
        roles.LinkVisited: YELLOW,
        roles.Light: WHITE,
        roles.Midlight: GREY,
        roles.Mid: GREY,
        roles.Dark: WHITE,
        roles.Shadow: WHITE,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor(GREY))
    palette.setColor(disabled, roles.Highlight, QColor("#333333"))
    palette.setColor(disabled, roles.HighlightedText, QColor(GREY))
    return palette


def _accessibility_hints():
    """Qt's accessibility hints (Qt 6.10 and later), else None."""
    hints = QGuiApplication.styleHints()
    getter = getattr(hints, "accessibility", None)
    return (hints, getter()) if getter is not None else None


def system_prefers_high_contrast() -> bool:
    """Whether the operating system asks for high contrast (when Qt can tell)."""
    found = _accessibility_hints()
    if found is None:
        return False
    preference = getattr(found[1], "contrastPreference", None)
    high = getattr(getattr(Qt, "ContrastPreference", None), "HighContrast", None)
    return preference is not None and high is not None and preference() == high


def watch_system_contrast(slot: Callable[..., None]) -> object | None:
    """Call ``slot`` when the system's contrast setting changes.

    ``slot`` should be a method of a QObject: Qt then drops the connection when that object
    goes. Returns what the caller must keep alive for that (None when Qt cannot tell).
    """
    found = _accessibility_hints()
    signal = getattr(found[1], "contrastPreferenceChanged", None) if found else None
    if signal is None:
        return None
    signal.connect(slot)
    return found


def style_name(app: QApplication) -> str:
    """The name of the style ShareTidy gave the app (``app.style()`` hides it behind the
    style sheet's own style)."""
    name = app.property(_STYLE_PROPERTY)
    if not isinstance(name, str) or not name:
        name = app.style().name() or "fusion"
        app.setProperty(_STYLE_PROPERTY, name)
        app.setProperty(_NORMAL_PROPERTY, name)
    return name


def apply_palette(app: QApplication, high_contrast: bool) -> None:
    """Fusion with the high-contrast palette, or the normal style with the system's palette."""
    current = style_name(app)
    wanted = "fusion" if high_contrast else str(app.property(_NORMAL_PROPERTY))
    if current.lower() != wanted.lower():
        style = QStyleFactory.create(wanted)
        if style is not None:
            app.setStyle(style)
            app.setProperty(_STYLE_PROPERTY, wanted)
    app.setPalette(high_contrast_palette() if high_contrast else QPalette())
