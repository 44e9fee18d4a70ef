"""The scan page: what the scan is doing right now, and a Cancel button that works.

The scan runs in a worker thread (see :mod:`scan_worker`); this page only reads its
latest progress a few times a second, so the window stays responsive on a slow share.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.policy import human_size
from desktop_app.core.scanner import ScanCancelled, ScanProgress
from desktop_app.core.shares import unc_path
from desktop_app.gui import scan_worker
from desktop_app.gui.i18n import Retranslatable
from desktop_app.gui.jobs import BackgroundJob
from desktop_app.gui.session import Session
from desktop_app.gui.widgets import ElidedLabel


class ScanPage(Retranslatable, QWidget):
    """Progress of one running scan."""

    scanFinished = Signal(int, object)
    """The listing is stored and shown (root id, ScanResult); copies may still be sought."""
    duplicatesProgress = Signal(int, int)
    """Files read for the duplicate check so far, and how many in all."""
    duplicatesFound = Signal(int, int)
    """The copies are known and shown (root id, duplicate groups; -1, 0: the search
    stopped)."""
    scanStopped = Signal()
    """The scan was cancelled or failed; the previous scan (if any) is still there."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.job: BackgroundJob | None = None
        self.listed = False
        """The running job's listing is shown; it only looks for copies now."""
        self.share_name = ""
        self.share_path = ""
        self.last: ScanProgress | None = None
        self.speed = 0

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.phase = QLabel()
        self.phase.setObjectName("scanPhase")
        self.files_label, self.files_value = QLabel(), QLabel()
        self.speed_label, self.speed_value = QLabel(), QLabel()
        self.size_label, self.size_value = QLabel(), QLabel()
        self.folder_label, self.folder_value = QLabel(), ElidedLabel()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.tip = QLabel()
        self.tip.setObjectName("demoNote")
        self.tip.setWordWrap(True)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (label, value) in enumerate(
            (
                (self.files_label, self.files_value),
                (self.speed_label, self.speed_value),
                (self.size_label, self.size_value),
                (self.folder_label, self.folder_value),
            )
        ):
            label.setObjectName("fieldLabel")
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.bar)
        layout.addWidget(self.phase)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.tip)
        layout.addStretch(1)
        self.retranslate()

    # -- running ----------------------------------------------------------------------
    def start(self, path: str, name: str) -> None:
        """Scan the share at ``path`` in the background."""
        if self.is_running():
            return
        if self.job is not None:  # still looking for copies of the last share: let it go
            self._drop_job()
        self.share_path = unc_path(path)
        self.share_name = name or os.path.basename(self.share_path.rstrip("/\\"))
        self.last = None
        self.speed = 0
        self.listed = False
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        session = self.session
        self.job = scan_worker.start_scan(
            session.catalog.path,
            self.share_path,
            session.config,
            session.user,
            session.department,
            self,
        )
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.retranslate()
        self.cancel_button.setFocus()

    def is_running(self) -> bool:
        """Whether a scan is under way (not counting the copies sought after it is shown)."""
        return self.job is not None and self.job.is_running() and not self.listed

    def is_busy(self) -> bool:
        """Whether the job still runs at all (a scan, or its search for copies)."""
        return self.job is not None and self.job.is_running()

    def _drop_job(self) -> None:
        """Stop the search for copies of the share shown; it stays shown without them."""
        job, self.job = self.job, None
        if job is not None:
            for signal in (job.progressed, job.succeeded, job.failed):
                signal.disconnect()
            job.cancel()

    def cancel(self) -> None:
        """Stop the scan at its next progress report; nothing of it is kept."""
        if self.job is None:
            return
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.phase.setText(self.tr("Stopping…"))

    def _progressed(self, progress: ScanProgress | scan_worker.ListingDone) -> None:
        if isinstance(progress, scan_worker.ListingDone):
            self._listing_done(progress)
            return
        if self.listed:
            self.duplicatesProgress.emit(progress.done, progress.total)
            return
        self.last = progress
        if progress.phase == "hash" and progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(progress.done)
        else:
            self.bar.setRange(0, 0)
        self._show_progress()

    def _listing_done(self, done: scan_worker.ListingDone) -> None:
        self.listed = True
        root_id = done.result.root_ids[0]
        self.session.load_root(root_id, done.columns)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.scanFinished.emit(root_id, done.result)

    def _succeeded(self, done: scan_worker.ScanDone) -> None:
        self.job = None
        result = done.result
        root_id = result.root_ids[0]
        if self.listed:  # shown already: show its copies, the review keeps its place
            self.listed = False
            self.session.show_copies(root_id, done.columns)
            self.duplicatesFound.emit(root_id, result.duplicate_groups)
            return
        self.session.load_root(root_id, done.columns)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.scanFinished.emit(root_id, result)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        if self.listed:  # the share is shown; only its copies are missing
            self.listed = False
            self.duplicatesFound.emit(-1, 0)
            return
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if not isinstance(error, ScanCancelled):
            QMessageBox.warning(
                self,
                self.tr("The scan stopped"),
                self.tr("ShareTidy could not finish the scan of %1: %2")
                .replace("%1", self.share_name)
                .replace("%2", str(error)),
            )
        self.scanStopped.emit()

    # -- texts ------------------------------------------------------------------------
    def _show_progress(self) -> None:
        progress = self.last
        locale = self.session.locale()
        if self.job is not None and self.job.cancelled:
            self.phase.setText(self.tr("Stopping…"))
        elif progress is None or progress.phase == "list":
            self.phase.setText(self.tr("Step 1 of 3: making a list of your files"))
        elif progress.phase == "hash" and progress.total:
            self.phase.setText(
                self.tr("Step 2 of 3: looking for identical copies (%1 of %2)")
                .replace("%1", locale.toString(progress.done))
                .replace("%2", locale.toString(progress.total))
            )
        elif progress.phase == "hash":
            self.phase.setText(self.tr("Step 2 of 3: looking for identical copies"))
        else:
            self.phase.setText(self.tr("Step 3 of 3: working out the suggestions"))
        files = progress.files if progress else 0
        if progress is None or progress.phase == "list":
            # Files per second only means something while files are being found.
            self.speed = round(files / progress.elapsed) if progress and progress.elapsed > 0 else 0
        self.files_value.setText(locale.toString(files))
        self.speed_value.setText(
            self.tr("%1 files per second").replace("%1", locale.toString(self.speed))
        )
        self.size_value.setText(human_size(progress.bytes if progress else 0, self.session.lang))
        # A dash rather than hiding the row: the Cancel button must not jump about.
        self.folder_value.setText(progress.current if progress and progress.current else "–")
        self.bar.setAccessibleDescription(self.phase.text())

    def retranslate(self) -> None:
        """Every text of the page in the current language."""
        self.title.setText(self.tr("Scanning %1").replace("%1", self.share_name))
        self.intro.setText(
            self.tr(
                "ShareTidy reads the list of your files. It does not open or change them. "
                "This can take a few minutes on a large share; you can cancel at any time."
            )
        )
        self.tip.setText(
            self.tr(
                "Tip: you can keep working in other programs meanwhile. When the scan is "
                "done, ShareTidy shows your files with a suggestion for each one."
            )
        )
        self.files_label.setText(self.tr("Files found:"))
        self.speed_label.setText(self.tr("Speed:"))
        self.size_label.setText(self.tr("Size so far:"))
        self.folder_label.setText(self.tr("Now reading:"))
        self.cancel_button.setText(self.tr("&Cancel the scan"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the scan"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Stops reading the list; your files and earlier choices stay as they were.")
        )
        self.bar.setAccessibleName(self.tr("Scan progress"))
        self.folder_value.setAccessibleName(self.tr("Folder being read"))
        self._show_progress()
