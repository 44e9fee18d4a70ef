"""Step 6, the rest: every file not in an earlier step, with its suggestion.

Mostly recent work (keep) and personal media (delete). The employee may accept all
suggestions at once or choose per file; what they leave is handed in with its
suggestion anyway, and the manifest tells the migration team which is which.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.gui.guided.decision_bar import GuidedDecisionBar
from desktop_app.gui.guided.file_list import (
    AGE,
    CHOICE,
    FOLDER,
    NAME,
    REASON,
    SUGGESTED,
    GuidedFileList,
    make_table,
)
from desktop_app.gui.guided.file_sets import split_files
from desktop_app.gui.guided.step_base import GuidedStep, intro_label, message_label
from desktop_app.gui.session import Session


class GuidedRestStep(GuidedStep):
    """The remaining files and the same buttons as for the old files."""

    key = "rest"

    def __init__(self, session: Session):
        super().__init__(session)
        self.model = GuidedFileList(
            session, (NAME, SUGGESTED, CHOICE, AGE, FOLDER, REASON), parent=self
        )
        self.table = make_table(self.model)
        self.intro = intro_label()
        self.summary = intro_label()
        self.summary.setObjectName("sectionTitle")
        self.bar = GuidedDecisionBar(session, self.table, self.model)
        self.message = message_label()
        self.bar.said.connect(self.message.setText)
        # Counting goes over every file of the list: only while the step shows.
        self.model.dataChanged.connect(lambda *_args: self.isVisible() and self._update())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        session.files.loaded.connect(self._load)
        self.retranslate()
        self._load()

    def _load(self) -> None:
        sets = split_files(self.session.files.columns, self.session.config.policy)
        self.model.set_indexes(sets.rest)
        self.message.setText("")
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update()

    def entered(self) -> None:
        self._update()

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

    def focus_order(self) -> list[QWidget]:
        return [self.table, *self.bar.buttons()]

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
