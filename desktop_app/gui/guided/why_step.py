"""Step 1, why: the reason for tidying, the deadline, and what each choice leads to.

Organisations that went before learnt to explain the why first: people decide more
calmly about their own files when they know that official records must be kept for a
set time (the retention period), that the rest need not be kept forever, and that
nothing is deleted by this app.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout

from desktop_app.core.policy import ARCHIVE, DELETE, KEEP
from desktop_app.gui.guided.step_base import GuidedStep, intro_label
from desktop_app.gui.labels import decision_meaning, decision_name
from desktop_app.gui.session import Session
from desktop_app.gui.start_page import deadline_text

_STYLES = {KEEP: "keepText", ARCHIVE: "archiveText", DELETE: "deleteText"}


class GuidedWhyStep(GuidedStep):
    """Why, when, and what happens to keep, archive and delete."""

    key = "why"

    def __init__(self, session: Session):
        super().__init__(session)
        self.intro = intro_label()
        self.retention = intro_label()
        self.deadline = QLabel()
        self.deadline.setObjectName("deadlineBig")
        self.deadline.setWordWrap(True)
        self.choices_title = QLabel()
        self.choices_title.setObjectName("sectionTitle")
        self.names: dict[int, QLabel] = {}
        self.meanings: dict[int, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        for row, decision in enumerate((KEEP, ARCHIVE, DELETE)):
            name = QLabel()
            name.setObjectName(_STYLES[decision])
            meaning = QLabel()
            meaning.setWordWrap(True)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(meaning, row, 1)
            self.names[decision] = name
            self.meanings[decision] = meaning
        self.safe = intro_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.retention)
        layout.addWidget(self.deadline)
        layout.addWidget(self.choices_title)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.safe)
        layout.addStretch(1)
        self.retranslate()

    def entered(self) -> None:
        self.deadline.setText(deadline_text(self.session))
        self.deadline.setVisible(bool(self.deadline.text()))

    def retranslate(self) -> None:
        organisation = self.session.config.organisation or self.tr("your organisation")
        self.intro.setText(
            self.tr(
                "%1 is moving from the network drives to Microsoft 365. Only the files "
                "that are still needed move along. You know your own files best, so you "
                "choose."
            ).replace("%1", organisation)
        )
        self.retention.setText(
            self.tr(
                "The law says how long official records, such as decisions and contracts, "
                "must be kept: the retention period. Those go to the archive. Other files "
                "need not be kept forever."
            )
        )
        self.choices_title.setText(self.tr("What happens to each choice"))
        for decision in (KEEP, ARCHIVE, DELETE):
            self.names[decision].setText(decision_name(decision))
            self.meanings[decision].setText(decision_meaning(decision))
        self.safe.setText(
            self.tr(
                "Nothing is deleted now. ShareTidy only writes down your choices and hands "
                "them to the migration team."
            )
        )
        self.entered()
