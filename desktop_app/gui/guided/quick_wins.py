"""Step 3, quick wins: junk, installers and spare copies in one list, one confirmed choice.

These files tell nobody anything (temporary and system files, installers that IT hands
out anyway, copies of a file that is kept elsewhere on the share), so the whole list goes
to delete with one click and one question. Untick a file to leave it out. It is a
decision in the manifest like any other: nothing is deleted now, and Ctrl+Z undoes it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.policy import DELETE, human_size
from desktop_app.gui import undo
from desktop_app.gui.decision_state import OWN
from desktop_app.gui.guided.file_list import (
    CHOICE,
    FOLDER,
    NAME,
    REASON,
    SIZE,
    GuidedFileList,
    make_table,
)
from desktop_app.gui.guided.file_sets import split_files
from desktop_app.gui.guided.step_base import GuidedStep, intro_label, message_label
from desktop_app.gui.guided.step_place import PlaceKeeper, StepPlace, new_ticks
from desktop_app.gui.session import Session


class GuidedQuickWins(GuidedStep):
    """One list, ticked, and one button: put these on delete."""

    key = "quick_wins"

    def __init__(self, session: Session):
        super().__init__(session)
        self.model = GuidedFileList(
            session, (NAME, FOLDER, SIZE, CHOICE, REASON), checkable=True, parent=self
        )
        self.table = make_table(self.model)
        self.intro = intro_label()
        self.summary = intro_label()
        self.summary.setObjectName("sectionTitle")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("primary")
        self.delete_button.clicked.connect(self.delete_ticked)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self._undo)
        self.undo_button.hide()
        self.message = message_label()
        self._last_command_index: int | None = None
        self.model.dataChanged.connect(lambda *_args: self._update())
        self.model.modelReset.connect(self._update)

        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        # The copies found after the listing was shown join this list: it is made again
        # with the employee's place and their own ticks kept.
        self.keeper = PlaceKeeper(session, self.table, self.model, self._rebuild)
        session.undo_stack.indexChanged.connect(self._stack_moved)
        self.retranslate()
        self._rebuild(None)
        self.keeper.show_first()

    def _rebuild(self, place: StepPlace | None) -> None:
        """Make the list again from the shown columns; with the same share's ``place``
        the files that were listed keep their tick and what was said stays."""
        files = self.session.files
        sets = split_files(files.columns, self.session.config.policy)
        state = files.state
        ticked = None
        if state is not None:
            # A file the employee already chose for themselves is not ticked by default:
            # the list must not overrule their own choice without them seeing it.
            ticked = bytes(
                0 if state.source[i] == OWN and state.decision[i] != DELETE else 1
                for i in sets.quick
            )
            if place is not None and place.ticks:
                ticked = new_ticks(files.columns, sets.quick, ticked, place)
        self.model.set_indexes(sets.quick, ticked)
        if place is None:
            self.message.setText("")
            self.undo_button.hide()

    def entered(self) -> None:
        self._update()

    def _update(self) -> None:
        lang = self.session.lang
        total = self.model.rowCount()
        ticked = self.model.ticked()
        if not total:
            self.summary.setText(self.tr("No quick wins in this folder. Choose Next to go on."))
        else:
            self.summary.setText(
                self.tr("%n file(s) found, %1 in total.", "", total).replace(
                    "%1", human_size(self.model.total_size(), lang)
                )
            )
        self.table.setVisible(bool(total))
        self.delete_button.setVisible(bool(total))
        self.delete_button.setEnabled(bool(self.pending(ticked)))
        self.delete_button.setText(self.tr("&Delete these %n file(s)", "", len(ticked)))
        self.delete_button.setAccessibleName(
            self.tr("Put the %n ticked file(s) on delete", "", len(ticked))
        )
        self.changed.emit()

    def pending(self, indexes: list[int]) -> list[int]:
        """The files among ``indexes`` that are not on delete by the employee's own choice."""
        state = self.session.files.state
        if state is None:
            return []
        return [i for i in indexes if not (state.source[i] == OWN and state.decision[i] == DELETE)]

    def delete_ticked(self) -> None:
        """Ask once, then put every ticked file on delete (one undoable step)."""
        ticked = self.model.ticked()
        if not ticked:
            return
        if not self.confirm(len(ticked), self.model.total_size(ticked)):
            self.message.setText(self.tr("Nothing was changed."))
            return
        outcome = undo.decide_files(self.session, ticked, DELETE)
        self._last_command_index = self.session.undo_stack.index() if outcome.changed else None
        self.message.setText(
            self.tr("%n file(s) are now on delete.", "", outcome.decided)
            + " "
            + self.tr("Changed your mind? Choose Undo.")
        )
        self.undo_button.setVisible(outcome.changed)
        # After the question closes, the window gives the focus back to the button it
        # came from; only then can it move on to Next.
        QTimer.singleShot(0, self.focusNext.emit)

    def confirm(self, count: int, size: int) -> bool:
        """The one question before the one decision."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete these files?"))
        box.setText(
            self.tr("Put %n file(s) (%1) on delete?", "", count).replace(
                "%1", human_size(size, self.session.lang)
            )
        )
        box.setInformativeText(
            self.tr(
                "They will not move to Microsoft 365. Nothing is deleted now, and the "
                "migration team can still restore them for a while."
            )
        )
        yes = box.addButton(self.tr("Yes, put them on delete"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("No, go back"), QMessageBox.ButtonRole.NoRole)
        yes.setAccessibleName(yes.text())
        no.setAccessibleName(no.text())
        box.setDefaultButton(yes)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def _undo(self) -> None:
        self.session.undo_stack.undo()
        self.message.setText(self.tr("Undone: the files have their earlier choice again."))
        self.undo_button.hide()
        self.delete_button.setFocus()

    def _stack_moved(self, index: int) -> None:
        if self._last_command_index is not None and index != self._last_command_index:
            self._last_command_index = None
            self.undo_button.hide()

    # -- the step ---------------------------------------------------------------------
    def first_focus(self) -> QWidget | None:
        return self.delete_button if self.model.rowCount() else None

    def focus_order(self) -> list[QWidget]:
        return [self.table, self.delete_button, self.undo_button]

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "These files are almost never needed: temporary and system files, "
                "installers, and spare copies of a file that is also elsewhere (the copy "
                "that is kept is not in this list)."
            )
        )
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo putting these files on delete"))
        self.table.setAccessibleName(self.tr("Quick wins"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Column titles"))
        self._update()
