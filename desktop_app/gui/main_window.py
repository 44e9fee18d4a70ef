"""The main window: a row of big step buttons, the pages, the menus and the shortcuts.

The pages sit in a stack and are named (``start``, ``scan``, ``review``, ``overview``), so
a later mode (the guided path) can add its own pages without the others knowing. Every
action has a shortcut and a mnemonic: the app must work from the keyboard alone.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.core.scanner import ScanResult
from desktop_app.gui.ambassador_page import AmbassadorPage
from desktop_app.gui.appearance import Appearance, AppearanceButton
from desktop_app.gui.i18n import Retranslatable
from desktop_app.gui.live_view import LiveStatus
from desktop_app.gui.overview_page import OverviewPage
from desktop_app.gui.practice import PracticeBanner
from desktop_app.gui.review_page import ReviewPage
from desktop_app.gui.scan_page import ScanPage
from desktop_app.gui.session import Session
from desktop_app.gui.start_page import StartPage
from desktop_app.gui.submit_page import SubmitPage
from desktop_app.gui.undo import retranslate_stack
from desktop_app.gui.undo_buttons import UndoButtons

PAGES = ("start", "scan", "review", "overview", "submit")


class MainWindow(Retranslatable, QMainWindow):
    """The app's one window."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        session.setParent(self)  # the session (and its undo stack) lives as long as the window
        self.setObjectName("mainWindow")
        # First: the pages are built in the chosen text size (their row heights follow it).
        self.appearance = Appearance(session, self)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.start_page = StartPage(session)
        self.scan_page = ScanPage(session)
        self.review_page = ReviewPage(session)
        self.overview_page = OverviewPage(session)
        self.submit_page = SubmitPage(session)
        for key, page in zip(
            PAGES,
            (
                self.start_page,
                self.scan_page,
                self.review_page,
                self.overview_page,
                self.submit_page,
            ),
            strict=True,
        ):
            self.add_page(key, page)
        self.ambassador_page = AmbassadorPage(session)
        self.add_page("ambassador", self.ambassador_page)
        self._previous_page = "start"
        self.setCentralWidget(self._central())

        self._make_actions()
        self._make_menus()
        self._make_toolbar()

        self.start_page.scanRequested.connect(self.start_scan)
        self.start_page.reviewRequested.connect(self.open_review)
        self.scan_page.scanFinished.connect(self._scan_finished)
        self.scan_page.scanStopped.connect(self._scan_stopped)
        self.scan_page.duplicatesProgress.connect(self._duplicates_progress)
        self.scan_page.duplicatesFound.connect(self._duplicates_found)
        self.overview_page.folderActivated.connect(self._show_folder)
        self.overview_page.fileActivated.connect(self._show_file)
        self.submit_page.delivered.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.ambassador_page.backRequested.connect(lambda: self.show_page(self._previous_page))
        self.appearance.announced.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.appearance.changed.connect(self.review_page.fit_columns)
        self.appearance.changed.connect(self.undo_buttons.refit_soon)
        session.rootLoaded.connect(self._root_loaded)
        session.languageChanged.connect(self._language_changed)
        session.undo_stack.indexChanged.connect(self._update_undo)
        # How the shown share is followed (direct, polled, offline), always in view.
        self.statusBar().addPermanentWidget(LiveStatus(self.review_page.live))
        self.retranslate()
        self.show_page("start")
        self.resize(1280, 800)

    # -- pages ------------------------------------------------------------------------
    def add_page(self, key: str, page: QWidget) -> None:
        """Put a page in the stack under ``key``."""
        self.pages[key] = page
        self.stack.addWidget(page)

    def current_page(self) -> str:
        """The key of the page shown."""
        widget = self.stack.currentWidget()
        return next(key for key, page in self.pages.items() if page is widget)

    def show_page(self, key: str) -> None:
        """Show a page and mark its step button."""
        if key == "ambassador" and self.stack.currentWidget() is not self.ambassador_page:
            self._previous_page = self.current_page()
        self.stack.setCurrentWidget(self.pages[key])
        action = self.page_actions.get(key)
        if action is not None:
            action.setChecked(True)
        elif self.page_group.checkedAction() is not None:
            self.page_group.checkedAction().setChecked(False)  # a page that is no step
        page = self.pages[key]
        focus = getattr(page, "first_focus", None)
        (focus() if callable(focus) else page).setFocus()

    def start_scan(self, path: str, name: str) -> None:
        """Scan a share (one at a time) and show its progress."""
        if self.scan_page.is_running():
            self.statusBar().showMessage(self.tr("A scan is already running."), 5000)
        else:
            self.scan_page.start(path, name)
        self.page_actions["scan"].setEnabled(True)
        self.show_page("scan")

    def open_review(self, root_id: int) -> None:
        """Open the review of a scanned share."""
        self.session.ensure_root(root_id)
        self.show_page("review")

    def _duplicates_progress(self, done: int, total: int) -> None:
        locale = self.session.locale()
        self.statusBar().showMessage(
            self.tr("Looking for identical copies: %1 of %2 files read")
            .replace("%1", locale.toString(done))
            .replace("%2", locale.toString(total))
        )

    def _duplicates_found(self, root_id: int, groups: int) -> None:
        if root_id < 0:
            self.statusBar().showMessage(self.tr("The search for identical copies stopped."), 8000)
        else:
            self.statusBar().showMessage(
                self.tr("Identical copies found: %n group(s).", "", groups), 8000
            )

    def _scan_finished(self, root_id: int, result: ScanResult) -> None:
        text = self.tr("Scan finished: %n file(s).", "", result.files)
        if result.errors:
            text += " " + self.tr("%n item(s) could not be read.", "", len(result.errors))
        if not result.duplicates_pending:
            # The copies are known already (an unchanged share keeps its stored scan): no
            # search follows that would report them, so say it here.
            text += " " + self.tr(
                "Identical copies found: %n group(s).", "", result.duplicate_groups
            )
        self.statusBar().showMessage(text, 10000)
        self.start_page.refresh()
        self.show_page("review")

    def _scan_stopped(self) -> None:
        self.statusBar().showMessage(self.tr("The scan was cancelled. Nothing was changed."), 8000)
        self.page_actions["scan"].setEnabled(False)
        self.show_page("start")

    def _show_folder(self, folder: str) -> None:
        self.review_page.select_folder(folder)
        self.show_page("review")

    def _show_file(self, index: int) -> None:
        self.review_page.select_file(index)
        self.show_page("review")

    def _root_loaded(self, _root_id: int) -> None:
        for key in ("review", "overview"):
            self.page_actions[key].setEnabled(True)
        self.retranslate_title()

    # -- actions and menus ------------------------------------------------------------
    def _make_actions(self) -> None:
        self.page_group = QActionGroup(self)
        self.page_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.page_actions: dict[str, QAction] = {}
        for number, key in enumerate(PAGES, start=1):
            action = QAction(self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            self.page_group.addAction(action)
            self.page_actions[key] = action
        for key in ("scan", "review", "overview"):
            self.page_actions[key].setEnabled(False)

        self.add_folder_action = QAction(self)
        self.add_folder_action.setShortcut(QKeySequence("Ctrl+O"))
        self.add_folder_action.triggered.connect(self._add_folder)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)

        self.undo_action = QAction(self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.triggered.connect(self.session.undo_stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.session.undo_stack.redo)

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in ("nl", "en"):
            action = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(
                lambda _checked=False, code=lang: self.session.set_language(code)
            )
            self.language_group.addAction(action)
            self.language_actions[lang] = action
        self.language_actions[self.session.lang].setChecked(True)

        self.keys_action = QAction(self)
        self.keys_action.setShortcut(QKeySequence("F1"))
        self.keys_action.triggered.connect(self._show_keys)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._show_about)
        self.ambassador_action = QAction(self)
        self.ambassador_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.ambassador_action.triggered.connect(lambda: self.show_page("ambassador"))
        self.appearance_button = AppearanceButton(self.appearance)
        for action in (
            self.add_folder_action,
            self.quit_action,
            self.undo_action,
            self.redo_action,
            self.keys_action,
            self.ambassador_action,
            *self.appearance_button.window_actions(),
        ):
            self.addAction(action)
        for action in self.page_actions.values():
            self.addAction(action)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.add_folder_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.view_menu = bar.addMenu("")
        for key in PAGES:
            self.view_menu.addAction(self.page_actions[key])
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.view_menu.addMenu(self.appearance_button.choices)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.ambassador_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.keys_action)
        self.help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        self.steps = QToolBar()
        self.steps.setObjectName("steps")
        self.steps.setMovable(False)
        self.steps.setFloatable(False)
        self.steps.setIconSize(QSize(1, 1))
        self.steps.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for key in PAGES:
            self.steps.addAction(self.page_actions[key])
            self.page_actions[key].visibleChanged.connect(lambda: self.undo_buttons.refit_soon())
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.steps)
        for action in self.page_actions.values():
            button = self.steps.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # Undo and Redo after the steps; where they do not fit (large text) at the top
        # right instead, never in the step bar's overflow menu.
        self.undo_buttons = UndoButtons(self, self.steps, (self.undo_action, self.redo_action))
        # Top right, where the menu bar has room at every text size (the step bar has not).
        self.corner = self.undo_buttons.corner(self.appearance_button)
        self.menuBar().setCornerWidget(self.corner, Qt.Corner.TopRightCorner)

    def _central(self) -> QWidget:
        """The pages, below the practice banner in practice mode."""
        if not self.session.demo:
            return self.stack
        self.practice_banner = PracticeBanner()
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.practice_banner)
        layout.addWidget(self.stack, 1)
        return holder

    def _add_folder(self) -> None:
        self.show_page("start")
        self.start_page.add_folder()

    def _update_undo(self, _index: int = 0) -> None:
        stack = self.session.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo: %1").replace("%1", undo_text) if undo_text else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo: %1").replace("%1", redo_text) if redo_text else self.tr("&Redo")
        )
        # The step bar shows the short words; the Edit menu says what would be undone.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.undo_action.setToolTip(self.undo_action.text().replace("&", "") + " (Ctrl+Z)")
        self.redo_action.setToolTip(self.redo_action.text().replace("&", "") + " (Ctrl+Y)")
        if not hasattr(self, "undo_buttons"):
            return
        buttons = self.undo_buttons
        for number, action in enumerate((self.undo_action, self.redo_action)):
            for button in (buttons.bar_buttons[number], buttons.corner_buttons[number]):
                button.setAccessibleName(action.text().replace("&", ""))
        self.undo_buttons.refit_soon()  # the words may be longer now

    def _show_keys(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.keys_text())

    def keys_text(self) -> str:
        """The shortcut list of Help > Keyboard shortcuts."""
        return (
            self.tr(
                "Ctrl+1 to Ctrl+5: go to Start, Scan, Review, Overview or Hand in\n"
                "K, A, D: keep, archive or delete the selected files\n"
                "Ctrl+Z: undo the last decision\n"
                "Ctrl+Shift+Z or Ctrl+Y: redo\n"
                "Ctrl+F: search for a file\n"
                "Tab and Shift+Tab: go to the next or previous part of the window\n"
                "Alt + the underlined letter: press that button"
            )
            + "\n"
            + self.tr(
                "Ctrl+plus and Ctrl+minus: larger or smaller text; Ctrl+0: normal size\n"
                "Ctrl+Shift+H: high contrast on or off\n"
                "Ctrl+G: step by step (guided) on or off\n"
                "Ctrl+Shift+A: the overview of your department"
            )
        )

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ShareTidy"),
            self.tr(
                "ShareTidy %1\n\nHelps you tidy your files on the network drives before the "
                "move to Microsoft 365. It only records your decisions; it never deletes "
                "anything on a network drive."
            ).replace("%1", __version__),
        )

    # -- language ---------------------------------------------------------------------
    def _language_changed(self, lang: str) -> None:
        self.language_actions[lang].setChecked(True)
        retranslate_stack(self.session)
        self._update_undo()

    def retranslate_title(self) -> None:
        """'ShareTidy - Gemeente Voorbeeld' (the title always holds 'ShareTidy')."""
        organisation = self.session.config.organisation
        title = "ShareTidy"
        if organisation:
            title += " - " + organisation
        if self.session.demo:
            title += " - " + self.tr("practice mode")
        self.setWindowTitle(title)

    def retranslate(self) -> None:
        """Every text of the window's own parts in the current language."""
        self.retranslate_title()
        names = {
            "start": self.tr("1  Start"),
            "scan": self.tr("2  Scan"),
            "review": self.tr("3  Review and decide"),
            "overview": self.tr("4  Overview"),
            "submit": self.tr("5  Hand in"),
        }
        tips = {
            "start": self.tr("Your shares (Ctrl+1)"),
            "scan": self.tr("The running scan (Ctrl+2)"),
            "review": self.tr("Look at the files and decide (Ctrl+3)"),
            "overview": self.tr("Where the space goes, and what moves (Ctrl+4)"),
            "submit": self.tr("Hand your choices to the migration team (Ctrl+5)"),
        }
        for key, action in self.page_actions.items():
            action.setText(names[key])
            action.setToolTip(tips[key])
            button = self.steps.widgetForAction(action) if hasattr(self, "steps") else None
            if button is not None:
                button.setAccessibleName(names[key].split(maxsplit=1)[-1])
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.add_folder_action.setText(self.tr("&Add a folder…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_actions["nl"].setText(self.tr("&Nederlands"))
        self.language_actions["en"].setText(self.tr("&English"))
        self.keys_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About ShareTidy"))
        self.ambassador_action.setText(self.tr("&Department overview"))
        self.ambassador_action.setToolTip(
            self.tr("Who in your department handed in, and how much they decided (Ctrl+Shift+A)")
        )
        self.steps.setWindowTitle(self.tr("Steps"))
        self.steps.setAccessibleName(self.tr("Steps"))
        self.undo_buttons.corner_bar.setAccessibleName(self.tr("Undo and redo"))
        self.corner.setAccessibleName(self.tr("Undo, redo, text and contrast"))
        self._update_undo()

    def bring_forward(self) -> None:
        """Show this window on top: the employee started ShareTidy again."""
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event) -> None:
        self.review_page.live.stop()
        if self.scan_page.is_busy():
            self.scan_page.cancel()
            job = self.scan_page.job
            if job is not None:
                job.wait(10)
        super().closeEvent(event)
