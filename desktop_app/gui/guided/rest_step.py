"""Step 6, the rest: every file not in an earlier step, with its suggestion.

Mostly recent work (keep) and personal media (delete). The employee may accept all
suggestions at once or choose per file; what they leave is handed in with its
suggestion anyway, and the manifest tells the migration team which is which.
"""

from __future__ import annotations

from array import array

from PySide6.QtWidgets import QWidget

from desktop_app.gui.guided.file_list import AGE, CHOICE, FOLDER, NAME, REASON, SUGGESTED
from desktop_app.gui.guided.file_sets import FileSets
from desktop_app.gui.guided.step_base import GuidedFileStep


class GuidedRestStep(GuidedFileStep):
    """The remaining files and the same buttons as for the old files."""

    key = "rest"
    columns = (NAME, SUGGESTED, CHOICE, AGE, FOLDER, REASON)

    def build(self) -> list[QWidget]:
        # Counting goes over every file of the list: only while the step shows.
        self.model.dataChanged.connect(lambda *_args: self.isVisible() and self._update())
        return super().build()

    def pick(self, sets: FileSets) -> array:
        return sets.rest

    def _update(self) -> None:
        count = self.model.rowCount()
        state = self.session.files.state
        waiting = len(state.undecided_in(self.model.indexes)) if state is not None else 0
        if not count:
            self.summary.setText(self.tr("No other files in this folder. Choose Next to go on."))
        else:
            self.summary.setText(
                self.tr("%n other file(s).", "", count)
                + " "
                + self.tr("%n of them still only have the suggestion.", "", waiting)
            )
        self.table.setVisible(bool(count))
        self.bar.setVisible(bool(count))
        self.changed.emit()

    def first_focus(self) -> QWidget | None:
        return self.bar.accept_button if self.model.rowCount() else None

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "These are the other files, with ShareTidy's suggestion. Accept the "
                "suggestions, or choose per file. Files you do not choose are handed in "
                "with their suggestion."
            )
        )
        self.table.setAccessibleName(self.tr("Other files"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Column titles"))
        self._update()
