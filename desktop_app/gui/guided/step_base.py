"""What every step of the guided path has: an intro, a place for messages, and its focus.

The guided page shows the step counter, the title, the tip and the Back and Next
buttons; a step only fills the middle. It tells the page when Next becomes possible or
when it wants to move on by itself (``changed``, ``advance``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.gui.i18n import Retranslatable
from desktop_app.gui.session import Session


class GuidedStep(Retranslatable, QWidget):
    """One step of the path (a page in the guided page's stack)."""

    key = ""
    """The step's key in :data:`desktop_app.gui.guided.path.STEPS`."""

    changed = Signal()
    """Whether Next is possible may have changed."""
    advance = Signal()
    """The step is done and asks to go on to the next one."""
    focusNext = Signal()
    """The step's work is done: the keyboard focus belongs on Next."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.setObjectName(f"guided_{self.key}")

    def entered(self) -> None:
        """The step is shown (again): bring what it shows up to date."""

    def first_focus(self) -> QWidget | None:
        """Where the keyboard focus goes when the step is shown."""
        return None

    def focus_order(self) -> list[QWidget]:
        """The step's controls in the order Tab visits them."""
        return []

    def can_go_next(self) -> bool:
        """Whether Next may be pressed now."""
        return True

    def retranslate(self) -> None:
        """Every text of the step in the current language."""


def set_style(widget: QWidget, name: str) -> None:
    """Give a widget another of the style sheet's names (and show it at once)."""
    if widget.objectName() != name:
        widget.setObjectName(name)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def intro_label() -> QLabel:
    """A wrapped paragraph."""
    label = QLabel()
    label.setWordWrap(True)
    return label


def message_label() -> QLabel:
    """The line that says what just happened (saved, refused, renamed)."""
    label = QLabel()
    label.setObjectName("messageLine")
    label.setWordWrap(True)
    return label


def note_label(style: str = "protectedNote") -> QLabel:
    """A boxed note (protected items, warnings)."""
    label = QLabel()
    label.setObjectName(style)
    label.setWordWrap(True)
    return label
