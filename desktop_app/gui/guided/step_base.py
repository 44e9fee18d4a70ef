"""What every step of the guided path has: an intro, a place for messages, and its focus.

The guided page shows the step counter, the title, the tip and the Back and Next
buttons; a step only fills the middle. It tells the page when Next becomes possible or
when it wants to move on by itself (``changed``, ``advance``).
"""

from __future__ import annotations

from array import array

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.gui.guided.decision_bar import GuidedDecisionBar
from desktop_app.gui.guided.file_list import GuidedFileList, make_table
from desktop_app.gui.guided.file_sets import FileSets, split_files
from desktop_app.gui.guided.step_place import PlaceKeeper, StepPlace
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


class GuidedFileStep(GuidedStep):
    """A step over a part of the share's files: a table, the decision bar and a message.

    The old files and the rest are the same step over another part of the share, in
    other columns and with their own words; a subclass names the columns, picks its part
    of :func:`split_files` and adds its own widgets. Texts stay in the subclasses, so
    each keeps its own translation context.
    """

    columns: tuple[int, ...] = ()
    """The column kinds of :mod:`desktop_app.gui.guided.file_list` the table shows."""

    def __init__(self, session: Session):
        super().__init__(session)
        self.model = GuidedFileList(session, self.columns, parent=self)
        self.table = make_table(self.model)
        self.intro = intro_label()
        self.summary = intro_label()
        self.summary.setObjectName("sectionTitle")
        self.bar = GuidedDecisionBar(session, self.table, self.model)
        self.message = message_label()
        self.bar.said.connect(self.message.setText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in self.build():
            layout.addWidget(widget, 1 if widget is self.table else 0)
        # New columns of the same share (the copies found, a change on the disk) make
        # the list again with the employee's place kept; another share starts on top.
        self.keeper = PlaceKeeper(session, self.table, self.model, self._rebuild)
        self.retranslate()
        self._rebuild(None)
        self.keeper.show_first()

    def build(self) -> list[QWidget]:
        """Make the step's own widgets and connections; return every widget, top down."""
        return [self.intro, self.summary, self.table, self.bar, self.message]

    def pick(self, sets: FileSets) -> array:
        """The file indexes this step lists."""
        raise NotImplementedError

    def _rebuild(self, place: StepPlace | None) -> None:
        """Make the list again from the shown columns (``place``: the same share's place
        is restored next, so what was said about it still holds)."""
        sets = split_files(self.session.files.columns, self.session.config.policy)
        self.model.set_indexes(self.pick(sets))
        if place is None:
            self.message.setText("")
        self._update()

    def _update(self) -> None:
        """Show the counts (and hide what an empty list does not need)."""

    def entered(self) -> None:
        self._update()

    def focus_order(self) -> list[QWidget]:
        return [self.table, *self.bar.buttons()]
