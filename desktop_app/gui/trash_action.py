"""Clean-up now, on local disks only: the files you decided to delete go to the recycle bin.

The core (:mod:`desktop_app.core.trash`) does the fencing (local disks only, exactly the
confirmed files, each still as the scan saw it, recorded in the catalog); this is the
employee's side of it: a list of what will go (how many, how big, the first names) and
an explicit button, with Cancel as the default. Planning reads the whole scan and the
recycle bin is slow per file, so both run in a worker thread with its own catalog
connection. On a network share the action is not offered: there is no recycle bin
there (Windows deletes for good), so "delete" stays a decision in the manifest.
"""

from __future__ import annotations

from itertools import compress
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import trash
from desktop_app.core.policy import DELETE, human_size
from desktop_app.core.store import FLAG_PLACEHOLDER, Catalog
from desktop_app.gui.decision_state import EQUALS, NONZERO, and_masks
from desktop_app.gui.jobs import BackgroundJob
from desktop_app.gui.session import Session

SHOWN_NAMES = 10
"""How many names the confirmation lists before '...and N more'."""


def decided_delete(session: Session) -> list[str]:
    """Rels of the files the employee decided to delete (suggestions alone do not count).

    Protected files never resolve to delete; cloud placeholders are left out (removing
    one would remove the cloud copy). Masks at C speed: a million files take no time.
    """
    model = session.files
    cols, state = model.columns, model.state
    if cols is None or state is None or not cols.n:
        return []
    mask = and_masks(state.decision.translate(EQUALS[DELETE]), state.source.translate(NONZERO))
    chosen = [i for i in compress(range(cols.n), mask) if not cols.flags[i] & FLAG_PLACEHOLDER]
    return cols.rels(chosen)


class TrashDialog(QDialog):
    """'These files go to the recycle bin' with the list, and Cancel as the default."""

    def __init__(self, plan: trash.TrashPlan, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("To the recycle bin now"))
        count = len(plan.files)
        self.heading = QLabel(
            self.tr("%n file(s) (%1) go to the recycle bin of this computer:", "", count).replace(
                "%1", human_size(plan.total_bytes, lang)
            )
        )
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        lines = ["• " + f.rel for f in plan.files[:SHOWN_NAMES]]
        if count > SHOWN_NAMES:
            lines.append(self.tr("…and %n more file(s)", "", count - SHOWN_NAMES))
        self.names = QLabel("\n".join(lines))
        self.names.setObjectName("trashNames")
        self.names.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.names.setWordWrap(True)
        self.back = QLabel(
            self.tr("You can get them back from the recycle bin for as long as it is not emptied.")
        )
        self.back.setWordWrap(True)
        self.skipped = QLabel(
            self.tr(
                "%n file(s) stay where they are: official records, cloud files or files "
                "that changed since the scan.",
                "",
                len(plan.skipped),
            )
        )
        self.skipped.setWordWrap(True)
        self.skipped.setVisible(bool(plan.skipped))
        self.confirm_button = QPushButton(self.tr("&Move to the recycle bin now"))
        self.confirm_button.setObjectName("deleteButton")
        self.confirm_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setDefault(True)
        self.confirm_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.names)
        layout.addWidget(self.back)
        layout.addWidget(self.skipped)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.cancel_button.setFocus()

    def text(self) -> str:
        """Everything the dialog says (for tests and screen readers)."""
        parts = [self.heading.text(), self.names.text(), self.back.text()]
        if self.plan.skipped:
            parts.append(self.skipped.text())
        return "\n".join(parts)


class TrashAction(QObject):
    """The review's "Move to the recycle bin now": plan, confirm, clean up, report."""

    said = Signal(str)
    """A sentence for the review's message line."""
    trashed = Signal(list)
    """Rels of the files that went to the recycle bin."""

    def __init__(self, session: Session, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.session = session
        self.parent_widget = parent_widget
        self.dialog: TrashDialog | None = None
        self.job: BackgroundJob | None = None

    def allowed(self) -> bool:
        """Whether the app may change the shown share at all (practice mode: only the
        sample files)."""
        path = self.session.files.root_path()
        may_change = getattr(self.session, "may_change", None)
        return bool(path) and (may_change is None or bool(may_change(path)))

    def busy(self) -> bool:
        """Whether a plan or a clean-up is running."""
        return self.job is not None

    def start(self) -> None:
        """Plan the clean-up of the files decided delete, then ask."""
        if self.busy():
            return
        root_id = self.session.files.root_id()
        if root_id is None or not self.allowed():
            return
        rels = decided_delete(self.session)
        if not rels:
            self.said.emit(self.tr("There are no files that you set to Delete."))
            return
        path = Path(self.session.catalog.path)

        def work(_report) -> trash.TrashPlan:
            with Catalog(path) as catalog:
                return trash.plan_trash(catalog, root_id, rels)

        self._run(work, self._planned)

    def _planned(self, plan: trash.TrashPlan) -> None:
        if not plan.files:
            self.said.emit(
                self.tr("None of these files can go to the recycle bin; they stay where they are.")
            )
            return
        dialog = TrashDialog(plan, self.session.lang, self.parent_widget)
        dialog.accepted.connect(lambda: self._confirmed(plan))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self, _result: int) -> None:
        self.dialog = None

    def _confirmed(self, plan: trash.TrashPlan) -> None:
        path = Path(self.session.catalog.path)
        rels = [f.rel for f in plan.files]

        def work(_report) -> trash.TrashOutcome:
            with Catalog(path) as catalog:
                return trash.send_to_trash(catalog, plan.root_path, rels, confirm_token=plan.token)

        self._run(work, self._done, self._refused)

    def _done(self, outcome: trash.TrashOutcome) -> None:
        gone = [f.rel for f in outcome.trashed]
        text = self.tr("%n file(s) are now in the recycle bin.", "", len(gone))
        if outcome.skipped:
            text += " " + self.tr("%n file(s) stayed where they were.", "", len(outcome.skipped))
        self.trashed.emit(gone)
        self.said.emit(text)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, trash.NotLocal):
            self.said.emit(network_sentence())
        elif isinstance(error, trash.PlanChanged):
            self.said.emit(
                self.tr(
                    "Something changed in the meantime, so nothing was removed. "
                    "Please look at the list again."
                )
            )
        else:
            self.said.emit(
                self.tr("Nothing was removed: %1").replace("%1", str(error) or type(error).__name__)
            )

    def _run(self, work, done, failed=None) -> None:
        job = BackgroundJob(work, self, name="sharetidy-trash")

        def finished(value) -> None:
            self.job = None
            done(value)

        def broke(error: BaseException) -> None:
            self.job = None
            (failed or self._refused)(error)

        job.succeeded.connect(finished)
        job.failed.connect(broke)
        self.job = job
        job.start()


def network_sentence() -> str:
    """Why there is no clean-up on a network drive, in one sentence."""
    return QCoreApplication.translate(
        "TrashAction",
        "A network drive has no recycle bin, so ShareTidy never removes files there: "
        "what you set to Delete goes to the migration team's list instead.",
    )
