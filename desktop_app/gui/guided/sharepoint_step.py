"""Step 5, names SharePoint does not accept: each problem with a new name that works.

Per file or folder the step shows what is wrong and proposes a name SharePoint takes
(:func:`desktop_app.core.sharepoint.propose_name`); the employee may change it before
pressing Rename. Renaming is the app's only change on a share and it is safe: it never
overwrites an existing name, it is recorded in the catalog, the catalog follows the new
name at once, and Ctrl+Z (or Undo) gives the old name back.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import rename
from desktop_app.core.rename import RenameError
from desktop_app.gui.guided import rename_command
from desktop_app.gui.guided.name_problems import FILE, FOLDER, NameProblem, find_problems
from desktop_app.gui.guided.problem_list import GuidedProblemList
from desktop_app.gui.guided.step_base import GuidedStep, intro_label, message_label, note_label
from desktop_app.gui.session import Session

_WIDTHS = (130, 260, 220, 380, 260)


class GuidedSharePointStep(GuidedStep):
    """The problem list, the new name of the chosen problem, and Rename."""

    key = "sharepoint"

    def __init__(self, session: Session):
        super().__init__(session)
        self.model = GuidedProblemList(session, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.intro = intro_label()
        self.safe_note = note_label("demoNote")
        self.summary = intro_label()
        self.summary.setObjectName("sectionTitle")
        self.problem_text = intro_label()
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(rename.MAX_NAME_CHARS)
        self.name_edit.ensurePolished()
        self.name_edit.setMinimumHeight(self.name_edit.sizeHint().height() + 2)
        self.name_label.setBuddy(self.name_edit)
        self.name_edit.textChanged.connect(self._check_name)
        self.name_edit.returnPressed.connect(self.rename_current)
        self.rename_button = QPushButton()
        self.rename_button.setObjectName("primary")
        self.rename_button.clicked.connect(self.rename_current)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self._undo)
        self.undo_button.hide()
        self.name_hint = QLabel()
        self.name_hint.setObjectName("fieldLabel")
        self.name_hint.setWordWrap(True)
        self.message = message_label()
        self._last_index: int | None = None

        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.rename_button)
        name_row.addWidget(self.undo_button)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.problem_text)
        editor_layout.addLayout(name_row)
        editor_layout.addWidget(self.name_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.safe_note)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.message)

        session.files.loaded.connect(self._load)
        session.files.decisionsChanged.connect(self._load)
        session.undo_stack.indexChanged.connect(self._stack_moved)
        self.retranslate()
        self._load()

    # -- content ----------------------------------------------------------------------
    def _load(self) -> None:
        """Make the list again, on the item the employee was on: a change elsewhere (a
        decision, a file on the disk) may add or drop rows above it. When the item itself
        is gone (renamed, or now deleted), the one that took its row is next."""
        current = self.current()
        row = max(self.table.currentIndex().row(), 0)
        files = self.session.files
        self.model.set_problems(find_problems(files.columns, files.state))
        count = self.model.rowCount()
        if count:
            found = self.model.row_of(current) if current is not None else None
            index = self.model.index(min(row, count - 1) if found is None else found, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self._update()

    def entered(self) -> None:
        self._load()

    def _update(self) -> None:
        count = self.model.rowCount()
        if count:
            self.summary.setText(self.tr("%n name(s) to fix.", "", count))
        else:
            self.summary.setText(
                self.tr("Every name in this folder fits SharePoint. Choose Next to go on.")
            )
        self.table.setVisible(bool(count))
        self.editor.setVisible(bool(count))
        self._show_current()
        self.changed.emit()

    def current(self) -> NameProblem | None:
        """The problem under the cursor."""
        index = self.table.currentIndex()
        return self.model.problem(index.row()) if index.isValid() else None

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        problem = self.current()
        if problem is None:
            self.problem_text.setText("")
            self.name_edit.setText("")
            self.name_edit.setEnabled(False)
            self.rename_button.setEnabled(False)
            return
        what = self.tr("The folder “%1”:") if problem.kind == FOLDER else self.tr("The file “%1”:")
        self.problem_text.setText(
            what.replace("%1", problem.name) + " " + self.model.explain(problem)
        )
        self.name_edit.setEnabled(problem.renamable)
        self.name_edit.setText(problem.proposal or problem.name)
        self._check_name()

    def _check_name(self) -> None:
        """Say at once when the typed name cannot work (before pressing Rename)."""
        problem = self.current()
        if problem is None:
            return
        if not problem.renamable:
            self.name_hint.setText(
                self.tr(
                    "A new name cannot fix this. Choose Archive for it in the review, or ask "
                    "the migration team."
                )
            )
            self.rename_button.setEnabled(False)
            return
        name = self.name_edit.text()
        issue = rename.name_problem(
            name, problem.kind == FOLDER, at_root=problem.kind == FOLDER and not problem.folder
        )
        if name == problem.name:
            hint = self.tr("Type a shorter name, or rename a folder above it.")
        elif issue is not None:
            hint = rename_command.error_text(RenameError("invalid", ""), name)
        else:
            hint = (
                self.tr("“%1” will be called “%2”.").replace("%1", problem.name).replace("%2", name)
            )
        self.name_hint.setText(hint)
        self.rename_button.setEnabled(issue is None and name != problem.name)

    # -- renaming ---------------------------------------------------------------------
    def rename_current(self) -> None:
        """Rename the chosen file or folder to the name in the box."""
        problem = self.current()
        root_id = self.session.root_id
        if problem is None or root_id is None or not self.rename_button.isEnabled():
            return
        new_name = self.name_edit.text()
        try:
            rename_command.rename_item(
                self.session, root_id, problem.kind, problem.rel, new_name, self.report
            )
        except RenameError as error:
            self.report(rename_command.error_text(error, new_name))
            self.name_edit.setFocus()
            self.name_edit.selectAll()
            return
        self._last_index = self.session.undo_stack.index()
        if problem.kind == FOLDER:
            done = self.tr("Renamed: the folder “%1” is now called “%2”.")
        else:
            done = self.tr("Renamed: the file “%1” is now called “%2”.")
        self.report(
            done.replace("%1", problem.name).replace("%2", new_name)
            + " "
            + self.tr("Changed your mind? Choose Undo.")
        )
        self.undo_button.show()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focusNext.emit()

    def report(self, text: str) -> None:
        """Show what a rename (or its undo) did: here, or in the status bar elsewhere."""
        self.message.setText(text)
        window = self.window()
        if not self.isVisible() and isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def _undo(self) -> None:
        self.session.undo_stack.undo()
        self.undo_button.hide()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _stack_moved(self, index: int) -> None:
        if self._last_index is not None and index != self._last_index:
            self._last_index = None
            self.undo_button.hide()

    # -- the step ---------------------------------------------------------------------
    def first_focus(self) -> QWidget | None:
        return self.table if self.model.rowCount() else None

    def focus_order(self) -> list[QWidget]:
        return [self.table, self.name_edit, self.rename_button, self.undo_button]

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "SharePoint does not accept some names. Below is each problem with a new "
                "name that does work. Check the name, change it if you like, and choose "
                "Rename."
            )
        )
        self.safe_note.setText(
            self.tr(
                "Renaming is safe: ShareTidy never overwrites a file or folder that "
                "already has the new name, and Undo gives the old name back."
            )
        )
        self.name_label.setText(self.tr("New na&me:"))
        self.name_edit.setAccessibleName(self.tr("New name"))
        self.rename_button.setText(self.tr("&Rename"))
        self.rename_button.setAccessibleName(self.tr("Rename to the new name"))
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last rename"))
        self.table.setAccessibleName(self.tr("Names to fix"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Column titles"))
        self._update()


__all__ = ["FILE", "FOLDER", "GuidedSharePointStep"]
