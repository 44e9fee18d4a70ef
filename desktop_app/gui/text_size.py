"""Larger text for people who need it: a few fixed steps, applied to the whole app at once.

An ambassador beside a colleague with poor eyesight presses Ctrl+plus and everything
grows: the app font and every size the style sheet names (titles, the step bar). Fixed
steps instead of free zooming keep the layouts testable: the layout test checks the
largest step on a small screen. Item views get taller rows, because their row height is
set from the font once and would otherwise cut the bigger letters off.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication, QTableView, QWidget

STEPS = (1.0, 1.15, 1.3, 1.5, 1.75)
"""Text size factors, smallest first; the layout test checks the last one."""
DEFAULT_STEP = 0

MIN_POINT_SIZE = 10.0
"""Text smaller than this is hard to read for many employees (the normal step)."""

_BASE_PROPERTY = "sharetidyBasePointSize"
_FACTOR_PROPERTY = "sharetidyTextFactor"
_FONT_SIZE = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")
ROW_PADDING = 10
"""Table rows are this much taller than one line of text (as the review sets them)."""


def clamp_step(step: int) -> int:
    """A valid index into :data:`STEPS`."""
    return max(0, min(len(STEPS) - 1, int(step)))


def parse_step(text: str | None) -> int:
    """The stored step (catalog meta), the normal step when missing or garbled."""
    try:
        return clamp_step(int(text or DEFAULT_STEP))
    except ValueError:
        return DEFAULT_STEP


def percent(step: int) -> int:
    """The step as a percentage of the normal size (for the status bar)."""
    return round(STEPS[clamp_step(step)] * 100)


def base_point_size(app: QApplication) -> float:
    """The normal text size: the system's, at least :data:`MIN_POINT_SIZE`.

    Read once and kept on the application, so that growing and shrinking again always
    returns to the same size instead of drifting.
    """
    stored = app.property(_BASE_PROPERTY)
    if isinstance(stored, int | float) and stored > 0:
        return float(stored)
    size = max(app.font().pointSizeF(), MIN_POINT_SIZE)
    app.setProperty(_BASE_PROPERTY, size)
    return size


def apply_font(app: QApplication, factor: float) -> None:
    """Give the application font ``factor`` times the normal size."""
    font = app.font()
    wanted = round(base_point_size(app) * factor * 2) / 2
    app.setProperty(_FACTOR_PROPERTY, float(factor))
    if font.pointSizeF() != wanted:
        font.setPointSizeF(wanted)
        app.setFont(font)


def current_factor() -> float:
    """The text size factor in use (1.0 normal): for sizes a page sets in pixels, such as
    column widths, so that they grow with the text."""
    app = QApplication.instance()
    value = app.property(_FACTOR_PROPERTY) if app is not None else None
    return float(value) if isinstance(value, int | float) and value > 0 else 1.0


def scale_style(style: str, factor: float) -> str:
    """The style sheet with every ``font-size: Npt`` multiplied by ``factor``."""
    if factor == 1.0:
        return style

    def grow(match: re.Match[str]) -> str:
        size = round(float(match.group(2)) * factor * 2) / 2
        return f"{match.group(1)}{size:g}pt"

    return _FONT_SIZE.sub(grow, style)


def fit_rows(windows: list[QWidget]) -> None:
    """Make the rows of every table in ``windows`` tall enough for the current font."""
    for window in windows:
        for view in window.findChildren(QTableView):
            header = view.verticalHeader()
            wanted = view.fontMetrics().height() + ROW_PADDING
            if header.defaultSectionSize() != wanted:
                header.setDefaultSectionSize(wanted)
