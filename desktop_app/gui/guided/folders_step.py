"""Step 2, your folders: choose the share to tidy and scan it, with the normal scan page.

The shares are the start page's cards (the same discovery, the same counts); only the
second button reads "Continue with this folder". Scanning runs the normal scan page and
worker inside the step, so progress and Cancel look and behave as in the normal mode,
and the step stays here afterwards: the employee sees the scan is done, then presses Next.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.scanner import ScanResult
from desktop_app.gui.guided.step_base import GuidedStep, intro_label, message_label, set_style
from desktop_app.gui.scan_page import ScanPage
from desktop_app.gui.session import Session
from desktop_app.gui.start_page import CardCounts, ShareCard, fill_departments


class GuidedFolderCard(ShareCard):
    """A start-page card whose second button goes on with the guided path."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The card's own texts in the start page's translations.

        PySide looks up texts with a number (plural forms) under the name of the
        subclass, where they are not; the card's texts are ShareCard's.
        """
        return QCoreApplication.translate("ShareCard", text, disambiguation, n)

    def retranslate(self) -> None:
        super().retranslate()
        self.review_button.setText(
            QCoreApplication.translate("GuidedFolderCard", "&Continue with this folder")
        )
        self.review_button.setAccessibleName(
            QCoreApplication.translate("GuidedFolderCard", "Continue with %1").replace(
                "%1", self.candidate.name
            )
        )
        self.review_button.setAccessibleDescription(
            QCoreApplication.translate(
                "GuidedFolderCard", "Goes on with the next steps for this folder."
            )
        )


class GuidedFoldersStep(GuidedStep):
    """The employee's shares, a scan in progress, and which share the next steps use."""

    key = "folders"

    def __init__(self, session: Session):
        super().__init__(session)
        self.cards: list[GuidedFolderCard] = []
        self.counts = CardCounts(session, self)
        self.last_scan: ScanResult | None = None

        self.intro = intro_label()
        self.department_label = QLabel()
        self.department = QComboBox()
        self.department_label.setBuddy(self.department)
        self.department.activated.connect(self._department_chosen)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_folder)
        self.status = message_label()

        self.card_box = QVBoxLayout()
        self.card_box.setSpacing(12)
        holder = QWidget()
        holder.setObjectName("cardHolder")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 4, 0, 4)
        holder_layout.addLayout(self.card_box)
        holder_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(holder)

        choose = QWidget()
        choose_layout = QVBoxLayout(choose)
        choose_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.department_label)
        row.addWidget(self.department)
        row.addStretch(1)
        row.addWidget(self.add_button)
        choose_layout.addWidget(self.intro)
        choose_layout.addLayout(row)
        choose_layout.addWidget(self.scroll, 1)
        choose_layout.addWidget(self.status)

        self.scan_page = ScanPage(session)
        self.scan_page.layout().setContentsMargins(0, 0, 0, 0)
        self.scan_page.tip.hide()  # the guided page shows the step's one tip
        self.scan_page.scanFinished.connect(self._scan_finished)
        self.scan_page.scanStopped.connect(self._scan_stopped)

        self.stack = QStackedWidget()
        self.stack.addWidget(choose)
        self.stack.addWidget(self.scan_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        session.sharesChanged.connect(self.refresh)
        session.rootLoaded.connect(lambda _root_id: self._show_status())
        self.retranslate()

    # -- the cards --------------------------------------------------------------------
    def entered(self) -> None:
        if not self.is_scanning():
            self.refresh()

    def refresh(self) -> None:
        """List the shares again (cards keep no state of their own)."""
        self.counts.cancel()
        while self.card_box.count():
            item = self.card_box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.cards = []
        for candidate in self.session.discover():
            card = GuidedFolderCard(self.session, candidate, self.session.root_of(candidate.path))
            card.scanRequested.connect(self.start_scan)
            card.reviewRequested.connect(self.choose)
            self.card_box.addWidget(card)
            card.show()  # at once, not on the next event: the focus may go to it now
            self.cards.append(card)
        if not self.cards:
            empty = QLabel(self.tr("No folders were found. Add a folder to begin."))
            empty.setWordWrap(True)
            self.card_box.addWidget(empty)
        self._fill_departments()
        self.counts.start(self.cards)
        self._show_status()
        self.changed.emit()

    def _fill_departments(self) -> None:
        fill_departments(
            self.session, self.department_label, self.department, self.tr("Choose your department")
        )

    def _department_chosen(self, index: int) -> None:
        self.session.set_department(str(self.department.itemData(index) or ""))

    def add_folder(self) -> None:
        """Let the employee pick a folder the app did not find."""
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to tidy"))
        if path:
            self.session.add_folder(path)

    # -- choosing and scanning --------------------------------------------------------
    def choose(self, root_id: int) -> None:
        """Go on with an already scanned share."""
        self.session.ensure_root(root_id)
        self.advance.emit()

    def start_scan(self, path: str, name: str) -> None:
        """Scan a share inside this step."""
        if self.is_scanning():
            return
        self.status.setText("")
        self.stack.setCurrentWidget(self.scan_page)
        self.scan_page.start(path, name)
        self.changed.emit()

    def is_scanning(self) -> bool:
        """Whether a scan runs, or its result is not shown yet (the search for copies that
        follows a shown listing does not count: the path goes on meanwhile)."""
        return self.scan_page.job is not None and not self.scan_page.listed

    def cancel_scan(self) -> None:
        """Stop a running scan (the window closes)."""
        if self.is_scanning():
            self.scan_page.cancel()
            job = self.scan_page.job
            if job is not None:
                job.wait(10)

    def _scan_finished(self, _root_id: int, result: ScanResult) -> None:
        self.last_scan = result
        self.stack.setCurrentIndex(0)
        self.refresh()
        self.focusNext.emit()

    def _scan_stopped(self) -> None:
        self.last_scan = None
        self.stack.setCurrentIndex(0)
        self.refresh()
        self.status.setText(self.tr("The scan was cancelled. Nothing was changed."))
        focus = self.first_focus()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_status(self) -> None:
        if self.is_scanning():
            return
        name = self.session.root_label()
        done = self.session.root_id is not None
        # Green only for what is done; an instruction is plain text.
        set_style(self.status, "messageLine" if done else "")
        if self.session.root_id is None:
            self.status.setText(self.tr("Choose a folder: scan it, or continue with it."))
        elif self.last_scan is not None and self.last_scan.root_ids[0] == self.session.root_id:
            self.status.setText(
                self.tr("Done: ShareTidy found %n file(s) in %1. Choose Next to go on.", "",
                        self.last_scan.files).replace("%1", name)
            )  # fmt: skip
        else:
            self.status.setText(
                self.tr("You are working on %1. Choose Next to go on.").replace("%1", name)
            )

    # -- the step ---------------------------------------------------------------------
    def can_go_next(self) -> bool:
        return self.session.root_id is not None and not self.is_scanning()

    def first_focus(self) -> QWidget | None:
        if self.is_scanning():
            return self.scan_page.cancel_button
        for card in self.cards:
            button = card.review_button if card.root is not None else card.scan_button
            if button.isEnabled():
                return button
        return self.add_button

    def focus_order(self) -> list[QWidget]:
        if self.is_scanning():
            return [self.scan_page.cancel_button]
        order: list[QWidget] = [self.department, self.add_button]
        for card in self.cards:
            order += [card.review_button, card.scan_button]
        return order

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Choose the folder you want to tidy. ShareTidy first reads which files are "
                "in it (scanning). Scanning changes nothing."
            )
        )
        self.department_label.setText(self.tr("Your &department:"))
        self.department.setAccessibleName(self.tr("Your department"))
        if self.department.count():
            self.department.setItemText(0, self.tr("Choose your department"))
        self.add_button.setText(self.tr("&Add another folder…"))
        self.add_button.setAccessibleName(self.tr("Add another folder"))
        self.scroll.setAccessibleName(self.tr("Your folders"))
        self._show_status()
