"""A list of some of the share's files for one guided step, with the words a step needs.

The steps show a part of the share (the quick wins, the old files, the rest), each as a
table over the review's own columns: a row is a file index, and ``data()`` formats only
the cells the view paints, so the rest of a million-file share costs one ``array`` of
indexes and no object per file. The quick wins have a tick box per file (ticked: put on
delete); the other steps show the suggestion, the employee's own choice and the reason.
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from desktop_app.core.policy import SECONDS_PER_YEAR, human_size
from desktop_app.gui.decision_state import SUGGESTION
from desktop_app.gui.labels import decision_name
from desktop_app.gui.review_page import FileTable
from desktop_app.gui.session import Session

NAME, FOLDER, SIZE, AGE, SUGGESTED, CHOICE, REASON = range(7)
"""The kinds of column a step may show."""
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_WIDTHS = {NAME: 260, FOLDER: 200, SIZE: 80, AGE: 150, SUGGESTED: 190, CHOICE: 120, REASON: 420}


class GuidedFileList(QAbstractTableModel):
    """Some files of the loaded share (by file index) in the columns a step asks for."""

    def __init__(
        self,
        session: Session,
        columns: Sequence[int],
        checkable: bool = False,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.kinds = tuple(columns)
        self.checkable = checkable
        self.indexes = array("i")
        self.checked = bytearray()
        self.now_s = time.time()
        session.files.decisionsChanged.connect(self._refresh)
        session.files.languageChanged.connect(self._refresh_headers)

    # -- content ----------------------------------------------------------------------
    def set_indexes(self, indexes: array, checked: bytes | bytearray | None = None) -> None:
        """Show these files (file indexes of the loaded share); all ticked by default."""
        self.beginResetModel()
        self.indexes = array("i", indexes)
        self.checked = (
            bytearray(checked) if checked is not None else bytearray(b"\x01") * len(indexes)
        )
        self.now_s = time.time()
        self.endResetModel()

    def file_index(self, row: int) -> int:
        """The file index shown in ``row``."""
        return self.indexes[row]

    def ticked(self) -> list[int]:
        """File indexes of the ticked rows (every row when the list has no tick boxes)."""
        if not self.checkable:
            return list(self.indexes)
        return [i for i, on in zip(self.indexes, self.checked, strict=True) if on]

    def total_size(self, indexes: Sequence[int] | None = None) -> int:
        """Bytes of the given files (default: all rows)."""
        cols = self.session.files.columns
        if cols is None:
            return 0
        size = cols.size
        return sum(size[i] for i in (self.indexes if indexes is None else indexes))

    def _refresh(self) -> None:
        if self.indexes:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.indexes) - 1, len(self.kinds) - 1)
            )

    def _refresh_headers(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.kinds) - 1)
        self._refresh()

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.indexes)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kinds)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.kinds):
            return super().headerData(section, orientation, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.header(self.kinds[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and self.kinds[section] == SIZE:
            return _RIGHT
        return None

    def header(self, kind: int) -> str:
        """The title of a column kind, translated."""
        titles = {
            NAME: self.tr("Name"),
            FOLDER: self.tr("Folder"),
            SIZE: self.tr("Size"),
            AGE: self.tr("Age"),
            SUGGESTED: self.tr("Suggestion"),
            CHOICE: self.tr("Your choice"),
            REASON: self.tr("Why"),
        }
        return titles[kind]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.indexes):
            return None
        files = self.session.files
        if files.columns is None:
            return None
        kind = self.kinds[index.column()]
        row = index.row()
        file_index = self.indexes[row]
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            return Qt.CheckState.Checked if self.checked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(file_index, kind)
        if role == Qt.ItemDataRole.ToolTipRole and kind in (REASON, FOLDER, NAME):
            return self.cell(file_index, kind)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.header(kind) + ": " + self.cell(file_index, kind)
            if self.checkable and index.column() == 0:
                state = self.tr("ticked") if self.checked[row] else self.tr("not ticked")
                text += ", " + state
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and kind == SIZE:
            return _RIGHT
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self.checkable or index.column() != 0:
            return False
        on = getattr(value, "value", value) == Qt.CheckState.Checked.value
        self.checked[index.row()] = 1 if on else 0
        self.dataChanged.emit(index, index.siblingAtColumn(len(self.kinds) - 1))
        return True

    # -- words ------------------------------------------------------------------------
    def cell(self, file_index: int, kind: int) -> str:
        """The text of one cell."""
        files = self.session.files
        cols, state = files.columns, files.state
        if kind == NAME:
            return cols.name[file_index]
        if kind == FOLDER:
            return cols.folder_rel[cols.folder[file_index]] or self.tr("(top of the share)")
        if kind == SIZE:
            return human_size(cols.size[file_index], self.session.lang)
        if kind == AGE:
            return self.age_text(cols.mtime[file_index])
        if kind == SUGGESTED:
            text = decision_name(cols.suggestion[file_index])
            if cols.protected[file_index]:
                text = self.tr("%1 (official record)").replace("%1", text)
            return text
        if kind == CHOICE:
            if state.source[file_index] == SUGGESTION:
                return self.tr("not chosen yet")
            return decision_name(state.decision[file_index])
        return files.reason(file_index)

    def age_text(self, mtime_ns: int) -> str:
        """'12 years' since the last change, or 'less than a year'."""
        years = int((self.now_s - mtime_ns / 1e9) // SECONDS_PER_YEAR)
        if years < 1:
            return self.tr("less than a year")
        return self.tr("%n year(s)", "", years)


def make_table(model: GuidedFileList) -> FileTable:
    """The table a step shows its files in (K, A and D decide, as in the review)."""
    table = FileTable()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, kind in enumerate(model.kinds):
        table.setColumnWidth(column, _WIDTHS[kind])
    return table
