"""Where Undo and Redo are: after the steps while they fit, else at the top right.

Why: the step bar holds five long step names. After them Undo and Redo fit at the normal
text size, but from 150% on the steps alone nearly fill a 1280-pixel screen, and a
QToolBar that runs out of room hides its last buttons behind a small overflow arrow, the
one place an employee who needs large text will never look. A second toolbar row would
take a row of files from the review on a screen that has few to spare, while the menu
bar's right end has room at every text size (the "Text and contrast" button is there
for that reason). So Undo and Redo have buttons in both places and exactly one pair is
shown: in the step bar when every step and both fit there, else beside "Text and
contrast". The choice is made again when the window is resized and when the text size,
the language or the visible steps change (the window calls :meth:`UndoButtons.refit_soon`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QToolBar, QToolButton, QWidget

SLACK = 8
"""Pixels kept free in the step bar, so that rounding never brings the overflow arrow."""


def _button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class UndoButtons(QObject):
    """Undo and Redo buttons at the end of ``steps`` and in the menu bar's corner."""

    def __init__(self, window: QMainWindow, steps: QToolBar, actions: tuple[QAction, ...]):
        super().__init__(window)
        self.window = window
        self.steps = steps
        self.in_corner = False
        """Whether the buttons beside "Text and contrast" are the ones shown."""
        self._divider = steps.addSeparator()
        self.bar_buttons = [_button(action) for action in actions]
        """The buttons at the end of the step bar (dressed like the steps there)."""
        self._in_bar = [steps.addWidget(button) for button in self.bar_buttons]
        # A plain bar for the menu bar's corner: in the menu bar's own colours and letters,
        # grey while there is nothing to undo.
        self.corner_bar = QToolBar()
        self.corner_bar.setObjectName("undoCorner")
        self.corner_bar.setMovable(False)
        self.corner_bar.setIconSize(steps.iconSize())
        self.corner_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.corner_bar.setVisible(False)
        self.corner_buttons = [_button(action) for action in actions]
        for button in self.corner_buttons:
            self.corner_bar.addWidget(button)
        self.holder: QWidget | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refit)
        window.installEventFilter(self)

    def corner(self, beside: QWidget) -> QWidget:
        """The menu bar's corner: the corner bar, then ``beside``."""
        holder = self.holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.corner_bar)
        layout.addWidget(beside)
        return holder

    def needed_width(self) -> int:
        """The step bar's width with every visible step and Undo and Redo in it."""
        bar = self.steps
        widths = []
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            shown = action.isVisible() or action is self._divider or action in self._in_bar
            if widget is not None and shown:
                widths.append(widget.sizeHint().width())
        margins = bar.layout().contentsMargins()
        spacing = bar.layout().spacing() * max(0, len(widths) - 1)
        return sum(widths) + spacing + margins.left() + margins.right() + SLACK

    def fits(self) -> bool:
        """Whether the steps and Undo and Redo fit the step bar side by side."""
        return self.needed_width() <= self.window.width()

    def refit(self) -> None:
        """Show the buttons at the end of the steps, or in the corner, whichever fits."""
        in_corner = not self.fits()
        if in_corner == self.in_corner and self.corner_bar.isHidden() != in_corner:
            return
        self.in_corner = in_corner
        for action in (self._divider, *self._in_bar):
            action.setVisible(not in_corner)
        self.corner_bar.setVisible(in_corner)
        bar = self.window.menuBar()
        if self.holder is not None and bar.cornerWidget(Qt.Corner.TopRightCorner) is self.holder:
            # The menu bar sizes its corner only when it is set (or shown): set it again,
            # else the buttons just shown would share the old width and read "...".
            bar.setCornerWidget(self.holder, Qt.Corner.TopRightCorner)

    def refit_soon(self) -> None:
        """Refit once the texts and fonts that just changed are laid out."""
        self._later.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.refit_soon()
        return False
