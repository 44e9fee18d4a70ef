"""Text size and contrast: chosen with Ctrl+plus, Ctrl+minus, Ctrl+0 or a button, and remembered.

One :class:`Appearance` per window reads the choice from the catalog (settings live
there, next to the decisions, so a restart keeps them) and applies it to the whole
application: font, palette and style sheet are built together by :func:`apply_look`,
because each alone gives a half-changed window. High contrast follows the system's own
setting until the user chooses here; from then on their choice counts.

:class:`AppearanceButton` is the visible way in: a labelled button in the step bar whose
menu holds the same actions as the View menu, each with its shortcut shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget

from desktop_app.core import locations
from desktop_app.gui import palette, text_size
from desktop_app.gui.i18n import Retranslatable

TEXT_STEP_KEY = "text_size_step"
CONTRAST_KEY = "high_contrast"
"""'1' or '0' once the user chose; missing: follow the system."""
STYLE_FILES = ("sharetidy.qss", "access.qss")
CONTRAST_FILE = "high_contrast.qss"
_LOOK_PROPERTY = "sharetidyLook"


@dataclass(frozen=True)
class Look:
    """What the app looks like: a text size step and normal or high contrast."""

    step: int = text_size.DEFAULT_STEP
    high_contrast: bool = False

    @property
    def factor(self) -> float:
        return text_size.STEPS[text_size.clamp_step(self.step)]


def read_style(name: str) -> str:
    """A style sheet of ``resources/styles``; its ``url(styles/...)`` images found there."""
    folder = locations.resources_dir() / "styles"
    path = folder / name
    if not path.is_file():
        return ""
    return path.read_text(encoding="utf-8").replace("url(styles/", f"url({folder.as_posix()}/")


def style_sheet(look: Look) -> str:
    """The application style sheet for ``look``."""
    style = "\n".join(read_style(name) for name in STYLE_FILES)
    if look.high_contrast:
        style = palette.contrast_style(style) + "\n" + read_style(CONTRAST_FILE)
    return text_size.scale_style(style, look.factor)


def applied_look(app: QApplication) -> Look | None:
    """The look last applied to ``app`` (None before the first)."""
    value = app.property(_LOOK_PROPERTY)
    if not isinstance(value, str) or ":" not in value:
        return None
    step, contrast = value.split(":", 1)
    return Look(text_size.parse_step(step), contrast == "1")


def apply_look(app: QApplication, look: Look) -> bool:
    """Font, palette and style sheet of ``look``; False when it was applied already."""
    if applied_look(app) == look:
        return False
    text_size.apply_font(app, look.factor)
    palette.apply_palette(app, look.high_contrast)
    app.setStyleSheet(style_sheet(look))
    app.setProperty(_LOOK_PROPERTY, f"{look.step}:{int(look.high_contrast)}")
    return True


class Appearance(QObject):
    """The window's text size and contrast, stored in the catalog's settings."""

    changed = Signal()
    announced = Signal(str)
    """A short sentence saying what changed (for the status bar)."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.step = text_size.parse_step(session.meta(TEXT_STEP_KEY))
        stored = session.meta(CONTRAST_KEY)
        self.contrast_choice: bool | None = None if stored is None else stored == "1"
        self._system_hints = palette.watch_system_contrast(self._system_changed)
        self.apply()

    # -- state ------------------------------------------------------------------------
    @property
    def high_contrast(self) -> bool:
        """The user's choice, else what the system asks for."""
        if self.contrast_choice is not None:
            return self.contrast_choice
        return palette.system_prefers_high_contrast()

    def look(self) -> Look:
        return Look(self.step, self.high_contrast)

    def apply(self) -> None:
        """Put the look on the application (and the rows of the window's tables)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        if apply_look(app, self.look()):
            window = self.parent()
            if isinstance(window, QWidget):
                text_size.fit_rows([window])
        self.changed.emit()

    # -- text size --------------------------------------------------------------------
    def set_step(self, step: int) -> None:
        """Go to text size ``step`` and remember it."""
        step = text_size.clamp_step(step)
        if step == self.step:
            if step in (0, len(text_size.STEPS) - 1):
                self.announced.emit(self._size_text())  # say why nothing happened
            return
        self.step = step
        self.session.set_meta(TEXT_STEP_KEY, None if step == text_size.DEFAULT_STEP else str(step))
        self.apply()
        self.announced.emit(self._size_text())

    def larger(self) -> None:
        self.set_step(self.step + 1)

    def smaller(self) -> None:
        self.set_step(self.step - 1)

    def reset(self) -> None:
        self.set_step(text_size.DEFAULT_STEP)

    def _size_text(self) -> str:
        percent = text_size.percent(self.step)
        if self.step == len(text_size.STEPS) - 1:
            return self.tr("Text size %1% (the largest).").replace("%1", str(percent))
        if self.step == 0:
            return self.tr("Text size %1% (normal).").replace("%1", str(percent))
        return self.tr("Text size %1%.").replace("%1", str(percent))

    # -- contrast ---------------------------------------------------------------------
    def set_high_contrast(self, on: bool) -> None:
        """Choose high contrast on or off (from now on the system's setting is ignored)."""
        self.contrast_choice = bool(on)
        self.session.set_meta(CONTRAST_KEY, "1" if on else "0")
        self.apply()
        self.announced.emit(
            self.tr("High contrast is on.") if on else self.tr("High contrast is off.")
        )

    def _system_changed(self, *_preference: object) -> None:
        if self.contrast_choice is None:
            self.apply()


def _distinct(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """The key sequences once each: one sequence twice on an action makes it ambiguous."""
    found: list[QKeySequence] = []
    for key in keys:
        sequences = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        found += [sequence for sequence in sequences if sequence not in found]
    return found


class AppearanceButton(Retranslatable, QToolButton):
    """'Text and contrast': a labelled button whose menu makes text larger or smaller."""

    def __init__(self, appearance: Appearance, parent: QWidget | None = None):
        super().__init__(parent)
        self.appearance = appearance
        self.setObjectName("appearanceButton")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.larger_action = QAction(self)
        self.larger_action.setShortcuts(
            _distinct("Ctrl++", "Ctrl+=", QKeySequence.StandardKey.ZoomIn)
        )
        self.larger_action.triggered.connect(appearance.larger)
        self.smaller_action = QAction(self)
        self.smaller_action.setShortcuts(_distinct("Ctrl+-", QKeySequence.StandardKey.ZoomOut))
        self.smaller_action.triggered.connect(appearance.smaller)
        self.reset_action = QAction(self)
        self.reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.reset_action.triggered.connect(appearance.reset)
        self.contrast_action = QAction(self)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.contrast_action.triggered.connect(appearance.set_high_contrast)

        self.choices = QMenu(self)
        self.choices.addActions(self.window_actions()[:3])
        self.choices.addSeparator()
        self.choices.addAction(self.contrast_action)
        self.setMenu(self.choices)
        appearance.changed.connect(self._update)
        self._update()
        self.retranslate()

    def window_actions(self) -> list[QAction]:
        """The actions whose shortcuts the window must know (larger, smaller, normal, contrast)."""
        return [self.larger_action, self.smaller_action, self.reset_action, self.contrast_action]

    def _update(self) -> None:
        last = len(text_size.STEPS) - 1
        self.larger_action.setEnabled(self.appearance.step < last)
        self.smaller_action.setEnabled(self.appearance.step > 0)
        self.reset_action.setEnabled(self.appearance.step != text_size.DEFAULT_STEP)
        self.contrast_action.setChecked(self.appearance.high_contrast)

    def retranslate(self) -> None:
        """Every text of the button and its menu in the current language."""
        self.setText(self.tr("Text and contrast"))
        self.setAccessibleName(self.tr("Text and contrast"))
        self.setToolTip(self.tr("Larger text (Ctrl+plus), smaller text (Ctrl+minus), contrast"))
        self.choices.setTitle(self.tr("Text and &contrast"))
        self.larger_action.setText(self.tr("&Larger text"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.reset_action.setText(self.tr("&Normal text size"))
        self.contrast_action.setText(self.tr("&High contrast"))
