"""Switching between the guided path and the normal steps of the main window.

The guided page is one more page of the main window's stack, made the first time it is
needed. While it shows, the normal step buttons are hidden (so are their Ctrl+1..5
shortcuts): one path at a time is calmer. View > Step by step (Ctrl+G) switches either
way; showing a normal step by other means (Ctrl+O, say) leaves the guided path too.
Whether the guided path was open is stored in the catalog, so a restart opens it again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.gui import main_window as main_window_module
from desktop_app.gui.guided.guided_page import GuidedPage
from desktop_app.gui.guided.progress_store import GuidedProgress
from desktop_app.gui.main_window import MainWindow

PAGE_KEY = "guided"


class GuidedMode(QObject):
    """Adds the guided page, its menu entry and the switching to a main window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.progress = GuidedProgress(self.session)
        self.page: GuidedPage | None = None
        self.active = False
        self.action = QAction(window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+G"))
        self.action.triggered.connect(self.set_active)
        window.addAction(self.action)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.action)
        window.stack.currentChanged.connect(self._page_changed)
        window.installEventFilter(self)
        self.session.languageChanged.connect(lambda _lang: self.retranslate())
        self.retranslate()
        if self.session.guided or self.progress.active():
            self.set_active(True)

    def set_active(self, active: bool) -> None:
        """Show the guided path (True) or the normal steps (False)."""
        window = self.window
        if active:
            if self.page is None:
                self.page = GuidedPage(self.session)
                window.add_page(PAGE_KEY, self.page)
            self._mark(True)
            window.show_page(PAGE_KEY)
        else:
            self._mark(False)
            if window.stack.currentWidget() is self.page:
                window.show_page("review" if self.session.root_id is not None else "start")

    def _mark(self, active: bool) -> None:
        self.active = active
        self.action.setChecked(active)
        for action in self.window.page_actions.values():
            action.setVisible(not active)
        self.progress.set_active(active)

    def _page_changed(self, _index: int) -> None:
        widget = self.window.stack.currentWidget()
        if self.page is not None and widget is self.page:
            if not self.active:
                self._mark(True)
            return
        normal = {self.window.pages.get(key) for key in main_window_module.PAGES}
        if self.active and widget in normal:
            self._mark(False)  # a normal step was opened (Ctrl+O, a scan, ...)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.page is not None:
            self.page.folders_step.cancel_scan()
        return False

    def retranslate(self) -> None:
        """The menu entry in the current language."""
        self.action.setText(self.tr("&Step by step (guided)"))
        self.action.setToolTip(self.tr("One small step at a time, with a tip for each (Ctrl+G)"))


def install_guided(window: MainWindow) -> GuidedMode:
    """Give ``window`` the guided path; it opens at once for ``--guided`` or a resume."""
    mode = GuidedMode(window)
    window.guided_mode = mode  # type: ignore[attr-defined]
    return mode
