"""The review: folders beside files, quick filters, the details of one file, and deciding.

Deciding is made quick on purpose: select files, press K, A or D (or a button), and the
selection moves on. A whole folder is decided from the tree's context menu or the folder
button. Protected files (likely official records) refuse delete, and the page says why.
Every decision is committed by the DecisionService before the table shows it.
"""

from __future__ import annotations

import itertools
from array import array

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.policy import human_size
from desktop_app.gui import review_live, review_place, undo
from desktop_app.gui.decide import DecisionOutcome
from desktop_app.gui.details_pane import DetailsPane
from desktop_app.gui.filter_bar import FilterBar
from desktop_app.gui.i18n import Retranslatable
from desktop_app.gui.live_view import LiveView
from desktop_app.gui.review_layout import COLUMN_WIDTHS, ReviewLayout
from desktop_app.gui.session import Session
from desktop_app.gui.trash_action import TrashAction
from desktop_app.gui.widgets import ElidedLabel

__all__ = ["COLUMN_WIDTHS", "DECISION_KEYS", "FileTable", "ReviewPage"]

DECISION_KEYS = {Qt.Key.Key_K: 0, Qt.Key.Key_A: 1, Qt.Key.Key_D: 2}
"""Keys that decide the selected files: K keep, A archive, D delete (in every language)."""

VISUAL_ORDER = (0, 7, 5, 2, 3, 4, 1, 6)
"""Name, then what matters for deciding (decision, suggestion), the folder and reason last."""


class FileTable(QTableView):
    """The file list; K, A and D decide the selection."""

    decisionKey = Signal(int)

    def keyPressEvent(self, event) -> None:
        decision = DECISION_KEYS.get(Qt.Key(event.key()))
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if decision is not None and plain:
            self.decisionKey.emit(decision)
            event.accept()
            return
        super().keyPressEvent(event)


class ReviewPage(Retranslatable, QWidget):
    """Folder tree | file table | details, with the filter bar above and decide bar below."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.folder: str | None = None
        self.last_message = ""
        self._restoring = False
        self._place: review_place.Place | None = None
        self.live = LiveView(session, self)
        self.live.changed.connect(self._live_changed)
        self.trash = TrashAction(session, self)
        self.trash.said.connect(self._say)
        self.trash.trashed.connect(self.live.look_again)

        # One line, shortened when a long share name meets a large text size: a second
        # line would take rows from the file list, and the tree shows the full name.
        self.title = ElidedLabel(mode=Qt.TextElideMode.ElideRight)
        self.title.setObjectName("pageTitle")
        self.offline_banner = QLabel()
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setVisible(False)
        self.filters = FilterBar()
        self.filters.filterChanged.connect(self._apply_filter)

        self.tree = QTreeView()
        self.tree.setModel(session.folders)
        self.tree.setHeaderHidden(False)
        self.tree.setUniformRowHeights(True)
        tree_header = self.tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            tree_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.selectionModel().currentChanged.connect(self._folder_changed)

        self.table = FileTable()
        self.table.setModel(session.files)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Enabling sorting sorts at once, by default descending: start with names A to Z.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        for position, column in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(column), position)
        self.table.decisionKey.connect(self.decide_selection)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.details = DetailsPane(session)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.left = QWidget()
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([330, 600, 330])
        self.widths = ReviewLayout(self)
        self.widths.fit_columns()

        self.status = QLabel()
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("messageLine")
        self.message.setWordWrap(True)

        self.selected_label = QLabel()
        self.selected_label.setObjectName("fieldLabel")
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keepButton")
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archiveButton")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteButton")
        self.back_button = QPushButton()
        self.accept_button = QPushButton()
        self.folder_button = QPushButton()
        self.folder_menu = QMenu(self)
        self._fill_folder_menu(self.folder_menu)
        self.folder_button.setMenu(self.folder_menu)
        self.keep_button.clicked.connect(lambda: self.decide_selection(0))
        self.archive_button.clicked.connect(lambda: self.decide_selection(1))
        self.delete_button.clicked.connect(lambda: self.decide_selection(2))
        self.back_button.clicked.connect(lambda: self.decide_selection(None))
        self.trash_button = QPushButton()
        self.trash_button.clicked.connect(self.trash.start)
        self.trash_note = QLabel()
        self.trash_note.setObjectName("hint")
        self.trash_note.setWordWrap(True)
        self.accept_button.clicked.connect(self.accept_folder)

        left = QVBoxLayout(self.left)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.tree, 1)
        left.addWidget(self.accept_button)
        left.addWidget(self.folder_button)
        files_row = QHBoxLayout()
        files_row.addWidget(self.selected_label)
        for button in (self.keep_button, self.archive_button, self.delete_button, self.back_button):
            files_row.addWidget(button)
        files_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.filters.clear_button)
        layout.addLayout(title_row)
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(files_row)
        cleanup_row = QHBoxLayout()
        cleanup_row.addWidget(self.trash_button)
        cleanup_row.addWidget(self.trash_note, 1)
        layout.addLayout(cleanup_row)
        layout.addWidget(self.message)

        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self._focus_search)
        order = (
            self.filters.clear_button,
            self.tree,
            self.accept_button,
            self.folder_button,
            self.table,
            self.keep_button,
            self.archive_button,
            self.delete_button,
            self.back_button,
            self.trash_button,
            self.details,
        )
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

        session.rootLoaded.connect(self._root_loaded)
        session.files.decisionsChanged.connect(self._update_status)
        session.files.filterChanged.connect(self._update_status)
        session.files.modelReset.connect(self._update_status)
        session.files.liveAboutToChange.connect(self._save_place)
        session.files.liveChanged.connect(self._restore_place)
        self.retranslate()

    def first_focus(self) -> QWidget:
        """Where the keyboard starts on this page: the file list."""
        return self.table

    def fit_columns(self) -> None:
        """Columns and panes at their widths for the current text size (the look changed)."""
        self.widths.fit_columns()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.widths.shown()

    # -- folders and filters ----------------------------------------------------------
    def _root_loaded(self, _root_id: int) -> None:
        self.folder = None
        self.tree.expandToDepth(0)
        self.widths.panes_due()  # the tree's width follows the names of this share
        self._apply_filter()
        self.details.show_file(None)
        self.retranslate()

    def select_folder(self, folder: str) -> None:
        """Show ``folder`` in the tree and its files in the table."""
        index = self.session.folders.index_of(folder)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self.folder = folder
        self._apply_filter()

    def select_file(self, index: int) -> None:
        """Show one file: its folder in the tree, the file chosen in the list."""
        info = self.session.files.info(index)
        self.select_folder(info.folder)
        row = self.session.files.row_of(index)
        if row is None:  # a quick filter hides it: show everything in its folder
            self.filters.clear()
            row = self.session.files.row_of(index)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.session.files.index(row, 0))

    def _folder_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return  # the same folder, found again after changes on the disk
        self.folder = self.session.folders.folder_of(current) if current.isValid() else None
        self._apply_filter()

    def _apply_filter(self, *_args: object) -> None:
        self.session.files.set_filter(self.filters.spec(self.folder or None))
        self._current_changed(self.table.currentIndex(), QModelIndex())

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- selection --------------------------------------------------------------------
    def selected_indexes(self) -> list[int]:
        """Model indexes of the selected files (from selection ranges: fast for many rows)."""
        rows: list[int] = []
        for part in self.table.selectionModel().selection():
            rows.extend(range(part.top(), part.bottom() + 1))
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return self.session.files.rows_to_indexes(sorted(set(rows)))

    def _selection_changed(self, *_args: object) -> None:
        self._update_status()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.details.show_file(self.session.files.index_at_row(current.row()))
        else:
            self.details.show_file(None)

    # -- deciding ---------------------------------------------------------------------
    def decide_selection(self, decision: int | None) -> DecisionOutcome | None:
        """Decide the selected files; the selection then moves to the next file."""
        indexes = self.selected_indexes()
        if not indexes:
            self._say(self.tr("First choose one or more files in the list."))
            return None
        row = self.table.currentIndex().row()
        single = len(indexes) == 1
        outcome = undo.decide_files(self.session, indexes, decision)
        self._report(outcome, decision)
        if single and row >= 0 and outcome.changed:
            # Rows stay put after a decision, so the next file is simply the next row.
            next_row = min(row + 1, self.session.files.rowCount() - 1)
            if next_row >= 0:
                target = self.session.files.index(next_row, 0)
                self.table.selectionModel().setCurrentIndex(
                    target,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        return outcome

    def current_tree_folder(self) -> str:
        """The folder chosen in the tree ('' for the whole share)."""
        index = self.tree.currentIndex()
        return self.session.folders.folder_of(index) if index.isValid() else ""

    def decide_folder(self, decision: int | None) -> DecisionOutcome:
        """Decide the folder chosen in the tree, with everything below it."""
        folder = self.current_tree_folder()
        outcome = undo.decide_folder(self.session, folder, decision)
        self._report(outcome, decision, folder=folder)
        return outcome

    def accept_folder(self) -> DecisionOutcome:
        """Make the suggestions in the chosen folder the employee's own decisions."""
        folder = self.current_tree_folder()
        outcome = undo.accept_suggestions(self.session, folder)
        self._say(
            self.tr("You accepted the suggestions for %n file(s).", "", outcome.decided)
            + " "
            + self.tr("Ctrl+Z undoes this.")
        )
        return outcome

    def _report(
        self, outcome: DecisionOutcome, decision: int | None, folder: str | None = None
    ) -> None:
        if outcome.decided:
            text = (
                self.tr("Saved: %n file(s).", "", outcome.decided)
                + " "
                + self.tr("Ctrl+Z undoes this.")
            )
        else:
            text = self.tr("Nothing was changed.")
        self._say(text)
        if outcome.refused:
            QMessageBox.information(
                self, self.tr("Some files cannot be deleted"), self.refusal_text(outcome)
            )

    def refusal_text(self, outcome: DecisionOutcome) -> str:
        """Why protected files refused delete, in plain words."""
        return self.tr(
            "%n file(s) look like official records, such as a decision or a contract. "
            "Official records are never deleted: they go to the archive. "
            "They keep their suggestion; choose Archive or Keep for them.",
            "",
            len(outcome.refused),
        )

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.setText(text)

    def _fill_folder_menu(self, menu: QMenu) -> None:
        menu.clear()
        entries = (
            (self.tr("&Keep the whole folder"), lambda: self.decide_folder(0)),
            (self.tr("&Archive the whole folder"), lambda: self.decide_folder(1)),
            (self.tr("&Delete the whole folder"), lambda: self.decide_folder(2)),
            (self.tr("A&ccept the suggestions in this folder"), self.accept_folder),
            (self.tr("&Back to the suggestions"), lambda: self.decide_folder(None)),
        )
        for text, slot in entries:
            menu.addAction(text).triggered.connect(slot)

    def _tree_menu(self, position) -> None:
        index = self.tree.indexAt(position)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        self._fill_folder_menu(menu)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    # -- texts ------------------------------------------------------------------------
    def _update_status(self, *_args: object) -> None:
        model = self.session.files
        lang = self.session.lang
        locale = self.session.locale()
        shown_files, shown_bytes = model.visible_size()
        total = model.file_count()
        selected = (
            len(self.table.selectionModel().selectedRows()) if model.rowCount() < 50_000 else None
        )
        text = (
            self.tr("Showing %1 of %2 files (%3).")
            .replace("%1", locale.toString(shown_files))
            .replace("%2", locale.toString(total))
            .replace("%3", human_size(shown_bytes, lang))
        )
        if selected:
            text += " " + self.tr("%n selected.", "", selected)
        self.status.setText(text)

    def retranslate(self) -> None:
        """Every text of the page in the current language."""
        name = self.session.root_label()
        self.title.setText(
            self.tr("Review and decide: %1").replace("%1", name)
            if name
            else self.tr("Review and decide")
        )
        self.selected_label.setText(self.tr("Selected files:"))
        self.keep_button.setText(self.tr("&Keep (K)"))
        self.keep_button.setAccessibleName(self.tr("Keep the selected files"))
        self.keep_button.setToolTip(self.tr("Moves to Microsoft 365. Key: K"))
        self.archive_button.setText(self.tr("&Archive (A)"))
        self.archive_button.setAccessibleName(self.tr("Archive the selected files"))
        self.archive_button.setToolTip(self.tr("Goes to the archive. Key: A"))
        self.delete_button.setText(self.tr("&Delete (D)"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected files"))
        self.delete_button.setToolTip(self.tr("Does not move. Key: D"))
        self.back_button.setText(self.tr("&Back to the suggestion"))
        self.back_button.setAccessibleName(
            self.tr("Take the selected files back to the suggestion")
        )
        self.back_button.setAccessibleDescription(
            self.tr("Removes your own decision; the suggestion counts again.")
        )
        self.accept_button.setText(self.tr("A&ccept the suggestions here"))
        self.accept_button.setAccessibleName(self.tr("Accept the suggestions in the chosen folder"))
        self.accept_button.setAccessibleDescription(
            self.tr("Makes the suggestion for every file in this folder your decision.")
        )
        self.folder_button.setText(self.tr("Decide the &whole folder…"))
        self.folder_button.setAccessibleName(self.tr("Decide the whole chosen folder"))
        self.folder_button.setAccessibleDescription(
            self.tr("Opens a menu to keep, archive or delete everything in this folder at once.")
        )
        self._fill_folder_menu(self.folder_menu)
        self._retranslate_live()
        self.tree.setAccessibleName(self.tr("Folders"))
        self.tree.setAccessibleDescription(self.tr("Choose a folder to see its files in the list."))
        self.table.setAccessibleName(self.tr("Files"))
        self.table.setAccessibleDescription(
            self.tr("Each row is a file with its suggestion; choose files, then a decision.")
        )
        self.tree.header().setAccessibleName(self.tr("Column titles of the folders"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Column titles of the files"))
        self._update_status()

    # -- the live view: offline banner, clean-up, keeping the place ---------------------
    def _live_changed(self) -> None:
        self._retranslate_live()

    def _retranslate_live(self) -> None:
        review_live.show_live_state(self)

    def _save_place(self) -> None:
        self._place = review_place.save(self)

    def _restore_place(self, newpos: array) -> None:
        place, self._place = self._place, None
        if place is None:
            return
        self._restoring = True
        try:
            folder = review_place.restore_folders(self, place)
        finally:
            self._restoring = False
        if place.folder is not None and folder != place.folder:
            self.folder = folder  # the folder shown was removed: show the one above it
            self._apply_filter()
        review_place.restore_files(self, place, newpos)
        self._update_status()
