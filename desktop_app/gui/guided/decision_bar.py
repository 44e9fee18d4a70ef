"""Keep, Archive, Delete and "accept every suggestion" for a guided step's table.

The same deciding as in the review (committed first, on the session's undo stack), on
the files of one list. Protected files (likely official records) refuse delete; the bar
then says why in plain words instead of a dialog, so the employee is not interrupted.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.core.policy import ARCHIVE, DELETE, KEEP
from desktop_app.gui import undo
from desktop_app.gui.guided.file_list import GuidedFileList
from desktop_app.gui.i18n import Retranslatable
from desktop_app.gui.review_page import FileTable
from desktop_app.gui.session import Session


class GuidedDecisionBar(Retranslatable, QWidget):
    """Buttons that decide the selected files of ``table``, or every file of the list."""

    said = Signal(str)
    """What a click did, in plain words (the step shows it)."""

    def __init__(self, session: Session, table: FileTable, model: GuidedFileList):
        super().__init__()
        self.session = session
        self.table = table
        self.model = model
        self.label = QLabel()
        self.label.setObjectName("fieldLabel")
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archiveButton")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteButton")
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keepButton")
        self.accept_button = QPushButton()
        self.keep_button.clicked.connect(lambda: self.decide_selection(KEEP))
        self.archive_button.clicked.connect(lambda: self.decide_selection(ARCHIVE))
        self.delete_button.clicked.connect(lambda: self.decide_selection(DELETE))
        self.accept_button.clicked.connect(self.accept_all)
        table.decisionKey.connect(self.decide_selection)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        for button in (self.archive_button, self.delete_button, self.keep_button):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.accept_button)
        self.retranslate()

    def buttons(self) -> list[QPushButton]:
        """The buttons in Tab order."""
        return [self.archive_button, self.delete_button, self.keep_button, self.accept_button]

    def selected(self) -> list[int]:
        """File indexes of the selected rows."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.file_index(row) for row in rows]

    def decide_selection(self, decision: int) -> None:
        """Give the selected files ``decision``; the selection moves on to the next row."""
        indexes = self.selected()
        if not indexes:
            self.said.emit(self.tr("First choose one or more files in the list."))
            return
        row = self.table.currentIndex().row()
        outcome = undo.decide_files(self.session, indexes, decision)
        parts = []
        if outcome.decided:
            parts.append(self.tr("Saved: %n file(s).", "", outcome.decided))
        if outcome.refused:
            parts.append(self.refusal_text(len(outcome.refused)))
        if not parts:
            parts.append(self.tr("Nothing was changed."))
        self.said.emit(" ".join(parts))
        if len(indexes) == 1 and 0 <= row < self.model.rowCount() - 1 and outcome.changed:
            target = self.model.index(row + 1, 0)
            self.table.selectionModel().setCurrentIndex(
                target,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def refusal_text(self, count: int) -> str:
        """Why protected files did not get delete."""
        return self.tr(
            "%n file(s) look like official records. Those are never deleted; choose "
            "Archive or Keep for them.",
            "",
            count,
        )

    def accept_all(self) -> None:
        """Every file of the list that is still on its suggestion gets it as its choice."""
        files = self.session.files
        state, cols = files.state, files.columns
        if state is None or cols is None:
            return
        waiting = state.undecided_in(self.model.indexes)
        if not waiting:
            self.said.emit(self.tr("You already chose for every file in this list."))
            return
        by_decision: dict[int, list[int]] = {}
        for index in waiting:
            by_decision.setdefault(cols.suggestion[index], []).append(index)
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Accept the suggestions: %n file(s)", "", len(waiting)))
        try:
            for decision, indexes in sorted(by_decision.items()):
                undo.decide_files(self.session, indexes, decision)
        finally:
            stack.endMacro()
        self.said.emit(
            self.tr("You accepted the suggestion for %n file(s).", "", len(waiting))
            + " "
            + self.tr("Ctrl+Z undoes this.")
        )

    def retranslate(self) -> None:
        """Every text of the bar in the current language."""
        self.label.setText(self.tr("Selected files:"))
        self.archive_button.setText(self.tr("&Archive (A)"))
        self.archive_button.setAccessibleName(self.tr("Archive the selected files"))
        self.archive_button.setToolTip(self.tr("Goes to the archive. Key: A"))
        self.delete_button.setText(self.tr("&Delete (D)"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected files"))
        self.delete_button.setToolTip(self.tr("Does not move. Key: D"))
        self.keep_button.setText(self.tr("&Keep (K)"))
        self.keep_button.setAccessibleName(self.tr("Keep the selected files"))
        self.keep_button.setToolTip(self.tr("Moves to Microsoft 365. Key: K"))
        self.accept_button.setText(self.tr("Accept all &suggestions"))
        self.accept_button.setAccessibleName(
            self.tr("Accept the suggestion for every file in this list")
        )
