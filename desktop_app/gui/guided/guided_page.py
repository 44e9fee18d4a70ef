"""The guided page: step counter, title, one tip, the step itself, and Back and Next.

A page of the main window's stack like the normal steps, over the same session (the
same catalog, models and undo stack). It remembers the step and the share in the
catalog at every move, so after a restart it opens where the employee left off.
"""

from __future__ import annotations

import html
import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.guided.folders_step import GuidedFoldersStep
from desktop_app.gui.guided.old_files import GuidedOldFiles
from desktop_app.gui.guided.path import (
    NEEDS_SHARE,
    STEPS,
    counter_text,
    short_title,
    step_title,
)
from desktop_app.gui.guided.progress_store import GuidedProgress
from desktop_app.gui.guided.quick_wins import GuidedQuickWins
from desktop_app.gui.guided.rest_step import GuidedRestStep
from desktop_app.gui.guided.sharepoint_step import GuidedSharePointStep
from desktop_app.gui.guided.step_base import GuidedStep, set_style
from desktop_app.gui.guided.summary_step import GuidedSummaryStep
from desktop_app.gui.guided.tips import tip
from desktop_app.gui.guided.why_step import GuidedWhyStep
from desktop_app.gui.i18n import Retranslatable
from desktop_app.gui.session import Session


def _scrolling(step: GuidedStep) -> QScrollArea:
    """The step in a scroll area: on a small screen or with large text the step scrolls,
    instead of the window growing past the screen."""
    scroll = QScrollArea()
    scroll.setObjectName("guidedStepScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    step.setObjectName("cardHolder")  # the style sheet's page background for scrolled bodies
    step.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a subclass needs asking
    scroll.setWidget(step)
    return scroll


class GuidedPage(Retranslatable, QWidget):
    """The whole guided path in one page of the main window."""

    def __init__(self, session: Session):
        super().__init__()
        self.setObjectName("guidedPage")
        self.session = session
        self.progress = GuidedProgress(session)

        self.counter = QLabel()
        self.counter.setObjectName("sectionTitle")
        self.overview = QLabel()
        self.overview.setObjectName("fieldLabel")
        self.overview.setWordWrap(True)
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.tip = QLabel()
        self.tip.setObjectName("demoNote")
        self.tip.setWordWrap(True)

        self.steps: dict[str, GuidedStep] = {}
        self.stack = QStackedWidget()
        for step in (
            GuidedWhyStep(session),
            GuidedFoldersStep(session),
            GuidedQuickWins(session),
            GuidedOldFiles(session),
            GuidedSharePointStep(session),
            GuidedRestStep(session),
            GuidedSummaryStep(session),
        ):
            self.steps[step.key] = step
            self.stack.addWidget(_scrolling(step))
            step.changed.connect(lambda s=step: self._step_changed(s))
            step.advance.connect(self.next)
            step.focusNext.connect(self._focus_next)
        self.summary_step.another_button.clicked.connect(lambda: self.go("folders"))

        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.next_button.setMinimumWidth(160)
        self.back_button.setMinimumWidth(120)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)

        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        header = QHBoxLayout()
        header.addWidget(self.counter)
        header.addSpacing(16)
        header.addWidget(self.overview, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(header)
        layout.addWidget(self.title)
        layout.addWidget(self.tip)
        layout.addSpacing(4)
        layout.addWidget(self.stack, 1)
        layout.addSpacing(4)
        layout.addLayout(footer)

        session.rootLoaded.connect(self._root_loaded)
        self.key = STEPS[0]
        self.resume()

    @property
    def summary_step(self) -> GuidedSummaryStep:
        """The last step (its page also holds the hand-in)."""
        step = self.steps["summary"]
        assert isinstance(step, GuidedSummaryStep)
        return step

    @property
    def folders_step(self) -> GuidedFoldersStep:
        """Step 2 (it may be scanning)."""
        step = self.steps["folders"]
        assert isinstance(step, GuidedFoldersStep)
        return step

    def current_step(self) -> GuidedStep:
        """The step shown."""
        return self.steps[self.key]

    # -- moving -----------------------------------------------------------------------
    def resume(self) -> None:
        """Open the step stored in the catalog, with its share loaded."""
        key = self.progress.step()
        if key in NEEDS_SHARE:
            root_id = self.progress.root_id()
            if root_id is None:
                key = "folders"
            elif self.session.root_id != root_id:
                self.session.load_root(root_id)
        self.go(key, focus=False)

    def go(self, key: str, focus: bool = True) -> None:
        """Show step ``key``; a step that needs a share waits until one is chosen."""
        if key in NEEDS_SHARE and self.session.root_id is None:
            key = "folders"
        self.key = key
        step = self.steps[key]
        self.stack.setCurrentWidget(step.parentWidget().parentWidget())
        step.entered()
        self.progress.set_step(key)
        self.retranslate()
        if focus:
            self.focus_first()

    def next(self) -> None:
        """One step on (when the step allows it)."""
        index = STEPS.index(self.key)
        if index + 1 < len(STEPS) and self.current_step().can_go_next():
            self.go(STEPS[index + 1])

    def back(self) -> None:
        """One step back."""
        index = STEPS.index(self.key)
        if index > 0:
            self.go(STEPS[index - 1])

    def first_focus(self) -> QWidget:
        """Where the keyboard starts on this page (the main window asks)."""
        focus = self.current_step().first_focus()
        if focus is not None and focus.isVisibleTo(self) and focus.isEnabled():
            return focus
        return self.next_button if self.next_button.isEnabled() else self.back_button

    def focus_first(self) -> None:
        """Put the keyboard focus on the step's first control."""
        self.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_next(self) -> None:
        self._update_buttons()
        if self.next_button.isVisible() and self.next_button.isEnabled():
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _step_changed(self, step: GuidedStep) -> None:
        if step is self.current_step():
            self._update_buttons()
            self._apply_tab_order()

    def _root_loaded(self, root_id: int) -> None:
        self.progress.set_root(root_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = STEPS.index(self.key)
        self.back_button.setEnabled(index > 0)
        last = index == len(STEPS) - 1
        self.next_button.setVisible(not last)
        enabled = not last and self.current_step().can_go_next()
        self.next_button.setEnabled(enabled)
        # The style sheet colours only an enabled main button: a blue Next that cannot be
        # pressed would look like one that can.
        set_style(self.next_button, "primary" if enabled else "")

    def _apply_tab_order(self) -> None:
        chain = [w for w in self.current_step().focus_order() if w is not None]
        chain += [self.back_button, self.next_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- texts ------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text of the page's own parts in the current language."""
        key = self.key
        self.counter.setText(counter_text(key))
        parts = []
        for other in STEPS:
            name = short_title(other)
            name = html.escape(name)
            parts.append(f"<b>{name}</b>" if other == key else name)
        self.overview.setText(" › ".join(parts))
        self.overview.setAccessibleName(self.tr("The steps of the guided path"))
        self.title.setText(step_title(key))
        self.tip.setText(self.tr("Tip: %1").replace("%1", tip(key)))
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.back_button.setAccessibleDescription(
            self.tr("Goes back one step; what you did so far is kept.")
        )
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Go on to the next step"))
        self.next_button.setAccessibleDescription(
            self.tr("Goes on to the next step; what you did so far is kept.")
        )
        self.setAccessibleName(counter_text(key) + ": " + step_title(key))
        self._update_buttons()
        self._apply_tab_order()
