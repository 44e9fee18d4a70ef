"""Step 5, "Inleveren": hand the choices to the migration team, calmly, whatever the network does.

The page shows per scanned share what will be handed in, then writes the manifest in a
worker thread (the window never waits for a slow network). A manifest that cannot reach
the drop folder waits in the outbox; the page retries at start and every few minutes and
says plainly where things stand, so the employee never wonders whether work got lost.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.outbox import RETRY_SECONDS, Delivery, DeliveryResult
from desktop_app.core.policy import human_size
from desktop_app.core.submission import SubmitOutcome
from desktop_app.gui import submit_work
from desktop_app.gui.i18n import Retranslatable
from desktop_app.gui.jobs import BackgroundJob
from desktop_app.gui.labels import decision_name
from desktop_app.gui.session import Session
from desktop_app.gui.submit_work import ShareTotals

SKIPPED_SHOWN = 10
"""Names of left-out files listed on the page; the rest is counted."""
HEAD_STYLES = ("fieldLabel", "keepText", "archiveText", "deleteText", "fieldLabel")
"""Names of left-out files listed on the page; the rest is counted."""


class SubmitPage(Retranslatable, QWidget):
    """Totals per share, an optional helper's name, and the big "Inleveren" button."""

    delivered = Signal(str)
    """A manifest reached the drop folder; the text says so (for the status bar)."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.totals: list[ShareTotals] | None = None
        self.outcome: SubmitOutcome | None = None
        self.last: Delivery | None = None
        self.waiting: DeliveryResult | None = None
        self.totals_job: BackgroundJob | None = None
        self.submit_job: BackgroundJob | None = None
        self.deliver_job: BackgroundJob | None = None
        self._submit_wanted = False
        self._totals_stale = True
        self.delivered_at: dt.datetime | None = None
        self._refocus = False
        self.skipped_names: list[str] = []

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.totals_title = QLabel()
        self.totals_title.setObjectName("sectionTitle")
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.note = QLabel()
        self.note.setObjectName("fieldLabel")
        self.note.setWordWrap(True)
        self.helper_label = QLabel()
        self.helper = QLineEdit()
        self.helper.setMaxLength(120)
        self.helper_label.setBuddy(self.helper)
        # The style sheet draws a 2 px border on focus; leave room so it is never cut off.
        self.helper.ensurePolished()
        self.helper.setMinimumHeight(self.helper.sizeHint().height() + 2)
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("primary")
        self.submit_button.setMinimumHeight(48)
        self.submit_button.setMinimumWidth(220)
        self.submit_button.clicked.connect(self.submit)
        self.helper.returnPressed.connect(self.submit_button.click)
        # The helper's name is kept for the day: a restart while helping keeps it.
        self.helper.setText(session.assisted_by)
        self.helper.editingFinished.connect(self._remember_helper)
        session.assistedByChanged.connect(self._helper_changed)
        self.status = QLabel()
        self.status.setObjectName("sectionTitle")
        self.status.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.skipped = QLabel()
        self.skipped.setObjectName("fieldLabel")
        self.skipped.setWordWrap(True)

        helper_row = QHBoxLayout()
        helper_row.addWidget(self.helper_label)
        helper_row.addWidget(self.helper, 1)
        helper_row.addStretch(1)
        button_row = QHBoxLayout()
        button_row.addWidget(self.submit_button)
        button_row.addStretch(1)
        # Everything below the title scrolls: on a small screen at 150%, or with a long
        # list of shares or left-out files, nothing may be cut off.
        body = QWidget()
        body.setObjectName("cardHolder")  # the style sheet's page background for scrolled bodies
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.totals_title)
        layout.addWidget(self.grid_box)
        layout.addWidget(self.note)
        layout.addSpacing(8)
        layout.addLayout(helper_row)
        layout.addSpacing(8)
        layout.addLayout(button_row)
        layout.addSpacing(8)
        layout.addWidget(self.status)
        layout.addWidget(self.detail)
        layout.addWidget(self.skipped)
        layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 16, 24, 16)
        page.addWidget(self.title)
        page.addWidget(self.scroll, 1)

        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_SECONDS * 1000)
        self.retry_timer.timeout.connect(self.retry_delivery)
        self.retry_timer.start()
        QTimer.singleShot(0, self.retry_delivery)
        session.rootLoaded.connect(self._mark_stale)
        session.files.decisionsChanged.connect(self._mark_stale)
        self.retranslate()

    def first_focus(self) -> QWidget:
        """The helper's name comes first; Tab goes on to the button."""
        return self.helper

    def _remember_helper(self) -> None:
        self.session.set_assisted_by(self.helper.text())

    def _helper_changed(self, name: str) -> None:
        if self.helper.text().strip() != name:
            self.helper.setText(name)

    # -- totals -----------------------------------------------------------------------
    def _mark_stale(self, *_args: object) -> None:
        self._totals_stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._totals_stale:
            self.refresh()

    def refresh(self) -> None:
        """Count again, in the background, what each scanned share hands in."""
        if self.totals_job is not None:
            self.totals_job.cancel()  # its result is dropped; a fresh count follows
        self._totals_stale = False
        session = self.session
        path, config = session.catalog.path, session.config
        user, department, extra = session.user, session.department, session.extra_folders()

        def work(_report) -> list[ShareTotals]:
            return submit_work.count_totals(path, config, user, department, extra)

        job = BackgroundJob(work, self, name="sharetidy-submit-totals")
        job.succeeded.connect(lambda totals, j=job: self._counted(j, totals))
        job.failed.connect(lambda error, j=job: self._count_failed(j, error))
        self.totals_job = job
        self._update_button()
        job.start()

    def is_counting(self) -> bool:
        """Whether the totals are being counted."""
        return self.totals_job is not None

    def _counted(self, job: BackgroundJob, totals: list[ShareTotals]) -> None:
        if job is not self.totals_job:
            return
        self.totals_job = None
        self.totals = totals
        self._fill_totals()
        self._update_button()

    def _count_failed(self, job: BackgroundJob, error: BaseException) -> None:
        if job is not self.totals_job:
            return
        self.totals_job = None
        self.totals = []
        self._fill_totals()
        self.note.setText(
            self.tr("ShareTidy could not count your choices: %1").replace("%1", str(error))
        )
        self._update_button()

    def _fill_totals(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        lang = self.session.lang
        if not self.totals:
            empty = QLabel(
                self.tr("Nothing to hand in yet: scan a share first (step 1).")
                if self.totals is not None
                else self.tr("Counting your choices…")
            )
            empty.setWordWrap(True)
            self.grid.addWidget(empty, 0, 0)
            self.note.setText("")
            return
        heads = (
            self.tr("Share"),
            decision_name(0),
            decision_name(1),
            decision_name(2),
            self.tr("Still the suggestion"),
        )
        for column, text in enumerate(heads):
            head = QLabel(text)
            head.setObjectName(HEAD_STYLES[column])
            self.grid.addWidget(head, 0, column)
        for row, share in enumerate(self.totals, start=1):
            name = QLabel(share.name)
            name.setToolTip(share.path)
            self.grid.addWidget(name, row, 0)
            for decision in range(3):
                cell = QLabel(
                    self.tr("%n file(s)", "", share.files[decision])
                    + "\n"
                    + human_size(share.bytes[decision], lang)
                )
                self.grid.addWidget(cell, row, decision + 1)
            self.grid.addWidget(QLabel(self.tr("%n file(s)", "", share.suggested)), row, 4)
        self.grid.setColumnStretch(5, 1)
        suggested = sum(share.suggested for share in self.totals)
        text = self.tr(
            "Files you did not decide are handed in with their suggestion; the migration "
            "team sees which ones you chose yourself."
        )
        if suggested:
            text = self.tr("%n file(s) still only have the suggestion.", "", suggested) + " " + text
        self.note.setText(text)

    # -- handing in -------------------------------------------------------------------
    def is_busy(self) -> bool:
        """Whether a submission is being written or waits to be written."""
        return self._submit_wanted or self.submit_job is not None

    def is_delivering(self) -> bool:
        """Whether a retry of the outbox runs."""
        return self.deliver_job is not None

    def _update_button(self) -> None:
        ready = bool(self.totals) and not self.is_counting() and not self.is_busy()
        self.submit_button.setEnabled(ready)

    def submit(self) -> None:
        """Write the manifest of every scanned share and deliver it (in the background)."""
        if not self.submit_button.isEnabled() or self.is_busy() or not self.totals:
            return
        self._remember_helper()
        drop = self.session.config.drop_folder
        if drop and not self.session.may_change(drop):
            self.status.setText(
                self.tr("In practice mode ShareTidy hands in only to the practice drop folder.")
            )
            self.detail.setText("")
            return
        self._submit_wanted = True
        # The button is disabled while it works, which moves the keyboard focus away;
        # it comes back here afterwards, so a keyboard user does not land in the step bar.
        self._refocus = self.submit_button.hasFocus() or self.helper.hasFocus()
        self._update_button()
        self.status.setText(self.tr("Handing in your choices…"))
        self.detail.setText("")
        self.skipped.setText("")
        if not self.is_delivering():
            self._start_submit()
        # else: it starts when the retry is done, so the two never deliver the same file

    def _start_submit(self) -> None:
        self._submit_wanted = False
        session = self.session
        path, config = session.catalog.path, session.config
        root_ids = [share.root_id for share in self.totals or []]
        login, department, helper = session.user, session.department, self.helper.text()

        def work(_report) -> SubmitOutcome:
            return submit_work.submit_all(
                path, config, root_ids, login=login, department=department, assisted_by=helper
            )

        job = BackgroundJob(work, self, name="sharetidy-submit")
        job.succeeded.connect(self._submitted)
        job.failed.connect(self._submit_failed)
        self.submit_job = job
        job.start()

    def _submitted(self, outcome: SubmitOutcome) -> None:
        self.submit_job = None
        self.outcome = outcome
        self.waiting = None
        self.skipped_names = list(outcome.skipped)
        if outcome.delivered:
            self.delivered_at = dt.datetime.now()
            self.delivered.emit(self._delivered_text(self.delivered_at))
        self._show_state()
        self._done_submitting()

    def _submit_failed(self, error: BaseException) -> None:
        self.submit_job = None
        self.status.setText(self.tr("Your choices could not be handed in."))
        self.detail.setText(
            self.tr("Nothing was lost; you can try again. What went wrong: %1").replace(
                "%1", str(error)
            )
        )
        self._done_submitting()

    def _done_submitting(self) -> None:
        self._update_button()
        if self._refocus and self.submit_button.isEnabled():
            self.submit_button.setFocus()
        self._refocus = False

    # -- the outbox -------------------------------------------------------------------
    def retry_delivery(self) -> None:
        """Send what waits in the outbox (at start, every few minutes, and on request)."""
        if self.is_delivering() or self.submit_job is not None:
            return
        drop = self.session.config.drop_folder
        if drop and not self.session.may_change(drop):
            return  # practice mode never delivers outside the demo folder

        def work(_report) -> tuple[DeliveryResult, Delivery | None]:
            return submit_work.retry_delivery(drop)

        job = BackgroundJob(work, self, name="sharetidy-deliver")
        job.succeeded.connect(self._retried)
        job.failed.connect(self._retry_failed)
        self.deliver_job = job
        job.start()

    def _retried(self, value: tuple[DeliveryResult, Delivery | None]) -> None:
        self.deliver_job = None
        result, last = value
        self.last = last
        self.waiting = result if result.waiting else None
        if result.delivered:
            if self.outcome is not None:
                self.outcome = None  # what waited has now arrived
            when = dt.datetime.fromtimestamp(result.delivered[-1].delivered_at)
            self.delivered.emit(self._delivered_text(when))
        if result.delivered or self.outcome is None:
            self._show_state()
        self._after_retry()

    def _retry_failed(self, _error: BaseException) -> None:
        self.deliver_job = None  # the outbox stays as it is; the next round tries again
        self._after_retry()

    def _after_retry(self) -> None:
        if self._submit_wanted:
            self._start_submit()
        self._update_button()

    # -- texts ------------------------------------------------------------------------
    def _delivered_text(self, when: dt.datetime) -> str:
        locale = self.session.locale()
        clock = f"{when.hour:02d}:{when.minute:02d}"
        if when.date() == dt.date.today():
            return self.tr("Handed in at %1").replace("%1", clock)
        day = locale.toString(when.date(), locale.FormatType.LongFormat)
        return self.tr("Handed in on %1 at %2").replace("%1", day).replace("%2", clock)

    def _reason(self, code: str | None, error: str | None) -> str:
        reasons = {
            "unreachable": self.tr(
                "The drop folder cannot be reached right now; the network may be down."
            ),
            "denied": self.tr(
                "You may not create files in the drop folder; the service desk can help."
            ),
            "full": self.tr("The drop folder is full; the service desk can help."),
            "none": self.tr("Your organisation's settings name no drop folder yet."),
        }
        if code in reasons:
            return reasons[code]
        return self.tr("Reason: %1").replace("%1", error or "")

    def _show_state(self) -> None:
        outcome = self.outcome
        if outcome is not None and outcome.delivered:
            self.status.setText(self._delivered_text(self.delivered_at or dt.datetime.now()))
            self.detail.setText(
                self.tr(
                    "The migration team received the list of your choices. You can change "
                    "your choices and hand in again; the newest list counts."
                )
            )
        elif outcome is not None or self.waiting is not None:
            if outcome is not None:
                code, error = outcome.error_code, outcome.error
            else:
                assert self.waiting is not None
                code, error = self.waiting.error_code, self.waiting.error
            self.status.setText(
                self.tr(
                    "Your choices are ready and will be sent as soon as the drop folder "
                    "can be reached."
                )
            )
            detail = self._reason(code, error) if (code or error) else ""
            self.detail.setText(
                (detail + " " if detail else "")
                + self.tr("ShareTidy tries again every few minutes; nothing is lost.")
            )
        elif self.last is not None:
            self.status.setText(
                self._delivered_text(dt.datetime.fromtimestamp(self.last.delivered_at))
            )
            self.detail.setText(
                self.tr("You can change your choices and hand in again; the newest list counts.")
            )
        else:
            self.status.setText("")
            self.detail.setText("")
        self._show_skipped()

    def _show_skipped(self) -> None:
        names = self.skipped_names
        if not names:
            self.skipped.setText("")
            return
        text = self.tr(
            "%n file(s) could not be handed in because the name cannot be read. Please "
            "rename them and hand in again:",
            "",
            len(names),
        )
        lines = [text, *names[:SKIPPED_SHOWN]]
        if len(names) > SKIPPED_SHOWN:
            lines.append(self.tr("and %n more", "", len(names) - SKIPPED_SHOWN))
        self.skipped.setText("\n".join(lines))

    def retranslate(self) -> None:
        """Every text of the page in the current language."""
        self.title.setText(self.tr("Hand in"))
        self.intro.setText(
            self.tr(
                "When you hand in, the migration team receives a list of your choices; "
                "nothing is deleted now."
            )
        )
        self.totals_title.setText(self.tr("What you hand in"))
        self.helper_label.setText(self.tr("Helped b&y (optional):"))
        self.helper.setAccessibleName(self.tr("Helped by"))
        self.helper.setPlaceholderText(self.tr("Name of the colleague who helped you"))
        self.submit_button.setText(self.tr("Hand &in"))
        self.submit_button.setAccessibleName(self.tr("Hand in your choices"))
        self.scroll.setAccessibleName(self.tr("Hand in"))
        self.scroll.setAccessibleDescription(
            self.tr("Shows what you hand in and the button to hand it in.")
        )
        self._fill_totals()
        self._show_state()
