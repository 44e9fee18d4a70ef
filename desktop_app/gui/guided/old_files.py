"""Step 4, old files: archive or delete what a retention rule judged, with its reason.

Every file shows its own age and the rule's reason in plain words ("Not changed since
March 2016 (10 years). We keep documents for 4 years..."). Official records (protected)
are explained: the law wants them kept, so they go to the archive and never to delete;
the Delete button says so instead of doing it.
"""

from __future__ import annotations

from array import array

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.gui.guided.file_list import AGE, CHOICE, FOLDER, NAME, REASON, SUGGESTED
from desktop_app.gui.guided.file_sets import FileSets
from desktop_app.gui.guided.step_base import GuidedFileStep, intro_label, note_label


class GuidedOldFiles(GuidedFileStep):
    """Files past their retention period, and old official records."""

    key = "old_files"
    columns = (NAME, AGE, SUGGESTED, CHOICE, FOLDER, REASON)

    def build(self) -> list[QWidget]:
        self.protected_note = note_label()
        self.reason_title = QLabel()
        self.reason_title.setObjectName("fieldLabel")
        self.reason = intro_label()
        self.protected_reason = note_label()
        self.protected_reason.hide()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.dataChanged.connect(lambda *_args: self._show_current())
        return [
            self.intro,
            self.protected_note,
            self.summary,
            self.table,
            self.reason_title,
            self.reason,
            self.protected_reason,
            self.bar,
            self.message,
        ]

    def pick(self, sets: FileSets) -> array:
        return sets.old

    def _update(self) -> None:
        count = self.model.rowCount()
        cols = self.session.files.columns
        protected = sum(cols.protected[i] for i in self.model.indexes) if cols is not None else 0
        if not count:
            self.summary.setText(self.tr("No old files in this folder. Choose Next to go on."))
        else:
            text = self.tr("%n old file(s).", "", count)
            if protected:
                text += " " + self.tr("%n of them look like official records.", "", protected)
            self.summary.setText(text)
        for widget in (self.table, self.bar, self.reason_title, self.reason):
            widget.setVisible(bool(count))
        self.protected_note.setVisible(bool(protected))
        self._show_current()
        self.changed.emit()

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        """The reason (and the protection) of the file under the cursor, in full."""
        current = self.table.currentIndex()
        files = self.session.files
        if not current.isValid() or files.columns is None or not self.model.rowCount():
            self.reason.setText("")
            self.protected_reason.hide()
            return
        index = self.model.file_index(current.row())
        name = files.columns.name[index]
        self.reason_title.setText(self.tr("Why this suggestion for %1:").replace("%1", name))
        self.reason.setText(files.reason(index))
        protected = files.is_protected(index)
        self.protected_reason.setVisible(protected)
        self.protected_reason.setText(
            self.tr(
                "This looks like an official record. The law says it must be kept for a "
                "set time, so it cannot be put on delete: choose Archive (or Keep if you "
                "still work with it)."
            )
        )

    # -- the step ---------------------------------------------------------------------
    def first_focus(self) -> QWidget | None:
        return self.table if self.model.rowCount() else None

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "These files have not been changed for a long time. For each file you see "
                "its age and what the retention rule says. Choose Archive or Delete, or "
                "accept all suggestions at once."
            )
        )
        self.protected_note.setText(
            self.tr(
                "Some of these files look like official records, such as a decision or a "
                "contract. Those are never deleted: they go to the archive."
            )
        )
        self.table.setAccessibleName(self.tr("Old files"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Column titles"))
        self.reason.setAccessibleName(self.tr("Why this suggestion"))
        self._update()
