"""The start page: the employee's shares as cards, and the time left until the deadline.

This is the first thing an employee sees, often without any training, so it says in two
sentences what the app is for, shows each share with what is known about it (files,
size, the part already decided) and offers one obvious button per card.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.policy import human_size
from desktop_app.core.shares import ShareCandidate, discover, unc_path
from desktop_app.core.store import Root
from desktop_app.gui.i18n import Retranslatable
from desktop_app.gui.jobs import BackgroundJob
from desktop_app.gui.session import Session
from desktop_app.gui.share_stats import ShareStats, count_decided

PROBE_WAIT_S = 0.2
"""How long the window waits for the shares to answer before it shows them anyway: a
local folder answers at once, a share over a slow VPN (or a dead one) may take seconds,
and the window must never freeze for that."""
PROBE_POLL_MS = 200


class ShareProbe:
    """Asks whether each share folder can be reached, one thread per share.

    ``os.path.isdir`` on an unreachable SMB share can block for tens of seconds; each
    question runs in its own daemon thread, so one slow share delays neither the others
    nor the window, and a thread that never returns costs nothing but itself.
    """

    def __init__(self, paths: list[str], isdir=os.path.isdir):
        self._lock = threading.Lock()
        self._answers: dict[str, bool] = {}
        self._left = set(paths)
        self._all = threading.Event()
        if not paths:
            self._all.set()
        for path in dict.fromkeys(paths):
            threading.Thread(
                target=self._ask, args=(path, isdir), name="sharetidy-probe", daemon=True
            ).start()

    def _ask(self, path: str, isdir) -> None:
        try:
            found = bool(isdir(path))
        except OSError:
            found = False
        with self._lock:
            self._answers[path] = found
            self._left.discard(path)
            if not self._left:
                self._all.set()

    def wait(self, seconds: float) -> None:
        """Wait at most ``seconds`` for every answer."""
        self._all.wait(seconds)

    def answers(self) -> dict[str, bool]:
        """The answers so far: path -> reachable."""
        with self._lock:
            return dict(self._answers)

    def done(self) -> bool:
        """Whether every share answered."""
        return self._all.is_set()


class ShareCard(Retranslatable, QFrame):
    """One share: what we know about it and the buttons to scan or review it."""

    scanRequested = Signal(str, str)
    """(path, name) of the share to scan."""
    reviewRequested = Signal(int)

    def __init__(
        self,
        session: Session,
        candidate: ShareCandidate,
        root: Root | None,
        checking: bool = False,
    ):
        super().__init__()
        self.session = session
        self.candidate = candidate
        self.root = root
        self.checking = checking
        """Still waiting for the share to say whether it can be reached."""
        self.stats: ShareStats | None = None
        self.setObjectName("shareCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.name = QLabel()
        self.name.setObjectName("cardTitle")
        self.name.setWordWrap(True)
        self.path = QLabel()
        self.path.setObjectName("cardPath")
        self.path.setWordWrap(True)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.decided = QLabel()
        self.deadline = QLabel()
        self.deadline.setObjectName("deadlineBadge")
        self.scan_button = QPushButton()
        self.scan_button.setObjectName("primary" if root is None else "")
        self.review_button = QPushButton()
        self.review_button.setObjectName("primary")
        self.scan_button.clicked.connect(self._scan)
        self.review_button.clicked.connect(self._review)

        text = QVBoxLayout()
        text.addWidget(self.name)
        text.addWidget(self.path)
        text.addWidget(self.summary)
        text.addWidget(self.progress)
        text.addWidget(self.decided)
        text.addWidget(self.deadline)
        buttons = QVBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.scan_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def set_reachable(self, reachable: bool) -> None:
        """The probe answered (late, for a slow share)."""
        self.checking = False
        self.candidate = dataclasses.replace(self.candidate, reachable=reachable)
        self.retranslate()

    def set_stats(self, stats: ShareStats | None) -> None:
        """Show the decided part once the background count is done."""
        self.stats = stats
        self.retranslate()

    def _scan(self) -> None:
        self.scanRequested.emit(self.candidate.path, self.candidate.name)

    def _review(self) -> None:
        if self.root is not None:
            self.reviewRequested.emit(self.root.id)

    def retranslate(self) -> None:
        """Every text of the card in the current language."""
        lang = self.session.lang
        locale = self.session.locale()
        self.name.setText(self.candidate.name)
        self.path.setText(unc_path(self.candidate.path))
        scanned = self.root is not None
        self.review_button.setVisible(scanned)
        self.progress.setVisible(scanned)
        self.decided.setVisible(scanned)
        if self.checking:
            self.summary.setText(self.tr("Checking whether this folder can be reached…"))
        elif not self.candidate.reachable:
            self.summary.setText(
                self.tr("This folder cannot be reached right now. Is the network connected?")
            )
        elif self.root is None:
            self.summary.setText(
                self.tr("Not scanned yet. Scanning only reads; it changes nothing.")
            )
        else:
            files = self.stats.files if self.stats else self.root.files
            size = self.stats.bytes if self.stats else self.root.bytes
            self.summary.setText(
                self.tr("%n file(s), %1 in total", "", files).replace("%1", human_size(size, lang))
            )
        if self.stats is None:
            self.progress.setValue(0)
            self.decided.setText(self.tr("Counting what you decided…"))
        else:
            self.progress.setValue(round(self.stats.part * 1000))
            self.decided.setText(
                self.tr(
                    "You decided %1% of the files (%n file(s))", "", self.stats.decided_files
                ).replace("%1", locale.toString(round(self.stats.part * 100)))
            )
        self.deadline.setText(deadline_text(self.session, short=True))
        self.deadline.setVisible(bool(self.deadline.text()))
        self.scan_button.setText(self.tr("&Scan") if self.root is None else self.tr("&Scan again"))
        self.scan_button.setEnabled(self.candidate.reachable and not self.checking)
        self.review_button.setText(self.tr("&Review files"))
        self.scan_button.setAccessibleName(self.tr("Scan %1").replace("%1", self.candidate.name))
        self.scan_button.setAccessibleDescription(
            self.tr("Reads only the list of your files; nothing changes.")
        )
        self.review_button.setAccessibleName(
            self.tr("Review the files of %1").replace("%1", self.candidate.name)
        )
        self.review_button.setAccessibleDescription(
            self.tr("Shows your files with a suggestion for each one, so you can decide.")
        )
        self.progress.setAccessibleName(self.tr("Part of the files decided"))
        self.setAccessibleName(self.candidate.name)


def deadline_text(session: Session, today: dt.date | None = None, short: bool = False) -> str:
    """'Deadline 1 March 2027: 87 days left' ('87 days left' when short), or '' without one."""
    deadline = session.config.deadline
    if deadline is None:
        return ""
    days = (deadline - (today or dt.date.today())).days
    date = session.locale().toString(deadline, "d MMMM yyyy")
    if short and days > 0:
        return QCoreApplication.translate("Deadline", "%n day(s) left", "", days)
    if days < 0:
        text = QCoreApplication.translate(
            "Deadline", "The deadline (%1) has passed. Please finish soon."
        )
    elif days == 0:
        text = QCoreApplication.translate("Deadline", "Today (%1) is the last day.")
    else:
        text = QCoreApplication.translate("Deadline", "Deadline %1: %n day(s) left", "", days)
    return text.replace("%1", date)


class StartPage(Retranslatable, QWidget):
    """The cards of the employee's shares, the department choice and 'add a folder'."""

    scanRequested = Signal(str, str)
    reviewRequested = Signal(int)

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.cards: list[ShareCard] = []
        self.counts = CardCounts(session, self)
        self._probe: ShareProbe | None = None
        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(PROBE_POLL_MS)
        self._probe_timer.timeout.connect(self._late_answers)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.deadline = QLabel()
        self.deadline.setObjectName("deadlineBig")
        self.department_label = QLabel()
        self.department = QComboBox()
        self.department_label.setBuddy(self.department)
        self.department.activated.connect(self._department_chosen)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_folder)

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
        self.scroll.setWidget(holder)

        department_row = QHBoxLayout()
        department_row.addWidget(self.department_label)
        department_row.addWidget(self.department)
        department_row.addStretch(1)
        department_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.deadline)
        layout.addLayout(department_row)
        layout.addWidget(self.scroll, 1)
        session.sharesChanged.connect(self.refresh)
        self.retranslate()
        self.refresh()

    # -- content ----------------------------------------------------------------------
    def refresh(self) -> None:
        """List the shares again and start counting the decided part of each."""
        self.counts.cancel()
        while self.card_box.count():
            item = self.card_box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.cards = []
        session = self.session
        found = discover(
            session.config, session.user, session.department, session.extra_folders(), probe=False
        )
        probe = ShareProbe([candidate.path for candidate in found], self.probe_isdir)
        probe.wait(PROBE_WAIT_S)
        answers = probe.answers()
        self._probe = probe
        for candidate in found:
            known = candidate.path in answers
            if known:
                candidate = dataclasses.replace(candidate, reachable=answers[candidate.path])
            card = ShareCard(
                session, candidate, session.root_of(candidate.path), checking=not known
            )
            card.scanRequested.connect(self.scanRequested)
            card.reviewRequested.connect(self.reviewRequested)
            self.card_box.addWidget(card)
            self.cards.append(card)
        if not self.cards:
            empty = QLabel(self.tr("No shares were found. Add a folder to begin."))
            empty.setWordWrap(True)
            self.card_box.addWidget(empty)
        self._fill_departments()
        self.counts.start(self.cards)
        if probe.done():
            self._probe_timer.stop()
        else:
            self._probe_timer.start()

    def _late_answers(self) -> None:
        """Show the answers of slow shares as they come in."""
        probe = self._probe
        if probe is None:
            self._probe_timer.stop()
            return
        answers = probe.answers()
        for card in self.cards:
            if card.checking and card.candidate.path in answers:
                card.set_reachable(answers[card.candidate.path])
        if probe.done():
            self._probe_timer.stop()

    @staticmethod
    def probe_isdir(path: str) -> bool:
        """Whether a share folder is there (a hook for tests that need a slow share)."""
        return os.path.isdir(path)

    def _fill_departments(self) -> None:
        fill_departments(
            self.session, self.department_label, self.department, self.tr("Choose your department")
        )

    def _department_chosen(self, index: int) -> None:
        self.session.set_department(str(self.department.itemData(index) or ""))

    def add_folder(self) -> None:
        """Let the employee pick another folder to scan (a folder the app did not find)."""
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to tidy"))
        if path:
            self.session.add_folder(path)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.cards and not self.counts.running:
            self.refresh()

    def retranslate(self) -> None:
        """Every text of the page in the current language."""
        organisation = self.session.config.organisation
        self.title.setText(self.tr("Welcome to ShareTidy"))
        self.intro.setText(
            self.tr(
                "Before the move to Microsoft 365, %1 asks you to look at your files on the "
                "network drives. For every file ShareTidy suggests keep, archive or delete, "
                "and says why. You decide."
            ).replace("%1", organisation or self.tr("your organisation"))
        )
        self.deadline.setText(deadline_text(self.session))
        self.deadline.setVisible(bool(self.deadline.text()))
        self.department_label.setText(self.tr("Your &department:"))
        self.department.setAccessibleName(self.tr("Your department"))
        if self.department.count():
            self.department.setItemText(0, self.tr("Choose your department"))
        self.add_button.setText(self.tr("&Add a folder…"))
        self.add_button.setAccessibleName(self.tr("Add a folder"))
        self.add_button.setAccessibleDescription(
            self.tr("Opens a window to choose one more folder to tidy up.")
        )
        self.scroll.setAccessibleName(self.tr("Your shares"))
        self.scroll.setAccessibleDescription(
            self.tr("Each card is a drive with its own buttons to scan and to review it.")
        )


class CardCounts:
    """Counts what was decided on the cards' shares, off the GUI thread.

    Counting reads every decision of a share, too slow for a click on a big one. A new
    count or :meth:`cancel` drops the answer of the count before it.
    """

    def __init__(self, session: Session, parent: QObject):
        self.session = session
        self.parent = parent
        self.job: BackgroundJob | None = None

    @property
    def running(self) -> bool:
        return self.job is not None

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None

    def start(self, cards: list[ShareCard]) -> None:
        """Count the scanned cards' shares and give each card its counts when done."""
        roots = [card.root.id for card in cards if card.root is not None]
        if not roots:
            return
        path = self.session.catalog.path
        job = BackgroundJob(lambda report: count_decided(path, roots, report), self.parent)
        job.succeeded.connect(lambda stats, j=job: self._counted(j, cards, stats))
        job.start()
        self.job = job

    def _counted(self, job: BackgroundJob, cards: list[ShareCard], stats: dict) -> None:
        if job is not self.job:
            return
        self.job = None
        for card in cards:
            if card.root is not None and card.root.id in stats:
                card.set_stats(stats[card.root.id])


def fill_departments(session: Session, label: QLabel, combo: QComboBox, placeholder: str) -> None:
    """List the departments to choose from, only when the config leaves it to the employee.

    ``placeholder`` is the caller's own translated 'choose' line, the first item.
    """
    config = session.config
    needed = config.department is None and bool(config.departments)
    label.setVisible(needed)
    combo.setVisible(needed)
    if not needed:
        return
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(placeholder, "")
    for name in config.departments:
        combo.addItem(name, name)
    combo.setCurrentIndex(max(combo.findData(session.department), 0))
    combo.blockSignals(False)
