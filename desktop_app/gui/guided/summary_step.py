"""Step 7, summary and hand in: what this share comes to, then the normal hand-in page.

The hand-in is the submit page of step 5 of the normal mode, embedded as it is (the
same totals per share, the "helped by" field, the same outbox and messages), so both
modes hand in exactly the same way. Above it one line on the share just tidied and a way
back to step 2 to tidy another folder.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app.gui.guided.step_base import GuidedStep, intro_label
from desktop_app.gui.session import Session
from desktop_app.gui.submit_page import SubmitPage


class GuidedSummaryStep(GuidedStep):
    """Totals of the share, 'tidy another folder', and the submit page."""

    key = "summary"

    def __init__(self, session: Session):
        super().__init__(session)
        self.own = intro_label()
        self.another_button = QPushButton()
        self.submit_page = SubmitPage(session)
        self.submit_page.title.hide()  # the guided page shows the step's title
        self.submit_page.layout().setContentsMargins(0, 0, 0, 0)

        another = QHBoxLayout()
        another.addWidget(self.own, 1)
        another.addWidget(self.another_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(another)
        layout.addWidget(self.submit_page, 1)
        # Counting goes over every file of the share: only while the step shows.
        session.files.decisionsChanged.connect(self._update_if_shown)
        session.files.loaded.connect(self._update_if_shown)
        self.retranslate()

    def entered(self) -> None:
        self._update()

    def _update_if_shown(self) -> None:
        if self.isVisible():
            self._update()

    def _update(self) -> None:
        files = self.session.files
        state, total = files.state, files.file_count()
        name = self.session.root_label()
        if state is None or not total:
            self.own.setText("")
            return
        chosen = total - len(state.undecided_in(range(total)))
        self.own.setText(
            self.tr("In %1 you chose for %2 of the %n file(s) yourself.", "", total)
            .replace("%1", name)
            .replace("%2", self.session.locale().toString(chosen))
        )

    def first_focus(self) -> QWidget | None:
        return self.submit_page.first_focus()

    def focus_order(self) -> list[QWidget]:
        return [self.another_button, self.submit_page.helper, self.submit_page.submit_button]

    def retranslate(self) -> None:
        self.another_button.setText(self.tr("&Tidy another folder"))
        self.another_button.setAccessibleName(self.tr("Tidy another folder (back to step 2)"))
        self._update()
