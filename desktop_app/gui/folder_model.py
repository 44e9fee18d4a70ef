"""The folder tree of the shown root: name, size below it, and how much the employee decided.

Why a custom tree model: a share may hold tens of thousands of folders; items per folder
(QStandardItem, QTreeWidgetItem) would double the memory and the load time. The tree is
read from the file model's columns (:class:`desktop_app.gui.folder_stats.FolderStats`),
the index's internal id is the folder index, and a decision only recounts the folders
whose files changed and signals ``dataChanged`` for exactly those.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt

from desktop_app.core.gcpause import gc_paused
from desktop_app.core.policy import human_size
from desktop_app.gui.file_model import FileTableModel
from desktop_app.gui.folder_stats import CODES, FolderStats

NAME, SIZE, DECIDED = range(3)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class FolderTreeModel(QAbstractItemModel):
    """Folders of the file model's loaded root; one top item, the root itself."""

    FolderRole = Qt.ItemDataRole.UserRole + 1
    """The folder's rel ('' for the root)."""
    DecidedRole = Qt.ItemDataRole.UserRole + 2
    """The share of files below the folder that the employee decided, 0.0-1.0."""

    def __init__(self, files: FileTableModel, parent: QObject | None = None):
        super().__init__(parent)
        self.files = files
        self.stats: FolderStats | None = None
        self.root_label = ""
        """What the tree calls the top folder: the share's name as the start page shows it."""
        self._seen: set[int] = set()
        """Folders whose children a view has asked for (-1: the top level)."""
        self._resetting = False
        files.modelAboutToBeReset.connect(self._reset_begins)
        files.modelReset.connect(self._rebuild)
        files.loaded.connect(self._columns_shown)
        files.decisionsChanged.connect(self._decisions_changed)
        files.languageChanged.connect(self._language_changed)
        if files.columns is not None:
            self.stats = FolderStats(files.columns, files.state)

    # -- building -----------------------------------------------------------------------
    def _reset_begins(self) -> None:
        """The file model drops its scan: drop ours too (it holds the same columns)."""
        if not self._resetting:
            self._resetting = True
            self.beginResetModel()
        self.stats = None

    def _rebuild(self) -> None:
        if not self._resetting:
            self.beginResetModel()
        self._resetting = False
        try:
            with gc_paused():  # tens of thousands of small lists: no use collecting in between
                cols = self.files.columns
                self._seen = set()
                self.stats = FolderStats(cols, self.files.state) if cols is not None else None
        finally:
            self.endResetModel()

    def _columns_shown(self) -> None:
        """New columns without a reset are the same files in the same folders (the copies
        were found, see FileTableModel.show_copies): the tree stays as it is (open folders
        and all), the totals follow with the decisions signal, and the old columns go."""
        cols = self.files.columns
        if self.stats is not None and cols is not None and self.stats.cols is not cols:
            self.stats.cols = cols

    def _decisions_changed(self) -> None:
        if self.stats is None or self.files.state is None:
            return
        changed = self.stats.update(self.files.state)
        # Only children that a view has asked for can be on screen; the rest are read
        # fresh when their folder is expanded.
        seen = self._seen
        by_parent: dict[int, list[int]] = {}
        for f in changed:
            p = self.stats.parent[f]
            if p in seen:
                by_parent.setdefault(p, []).append(self.stats.row[f])
        for p, rows in by_parent.items():
            parent = QModelIndex() if p < 0 else self.createIndex(self.stats.row[p], 0, p)
            self.dataChanged.emit(
                self.index(min(rows), SIZE, parent), self.index(max(rows), DECIDED, parent)
            )

    def _language_changed(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DECIDED)
        tops = self.rowCount()
        if tops:
            self.dataChanged.emit(self.index(0, 0), self.index(tops - 1, DECIDED))

    # -- Qt model API -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        stats = self.stats
        if stats is None or column < 0 or column > DECIDED:
            return QModelIndex()
        key = parent.internalId() if parent.isValid() else -1
        self._seen.add(key)
        kids = stats.children[key] if key >= 0 else stats.tops
        if not 0 <= row < len(kids):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: QModelIndex | None = None):
        if index is None:  # QObject.parent()
            return QObject.parent(self)
        if not index.isValid() or self.stats is None:
            return QModelIndex()
        p = self.stats.parent[index.internalId()]
        if p < 0:
            return QModelIndex()
        return self.createIndex(self.stats.row[p], 0, p)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        if self.stats is None:
            return 0
        if not parent.isValid():
            return len(self.stats.tops)
        if parent.column() > 0:
            return 0
        return len(self.stats.children[parent.internalId()])

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if section == NAME:
                return QCoreApplication.translate("FolderTreeModel", "Folder")
            if section == SIZE:
                return QCoreApplication.translate("FolderTreeModel", "Size")
            if section == DECIDED:
                return QCoreApplication.translate("FolderTreeModel", "Decided")
        if role == Qt.ItemDataRole.ToolTipRole and section == DECIDED:
            return QCoreApplication.translate(
                "FolderTreeModel", "How many of the files in the folder you have decided"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (SIZE, DECIDED):
            return _RIGHT
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.stats is None:
            return None
        f = index.internalId()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return self._name(f)
            if column == SIZE:
                return human_size(self.stats.bytes(f), self.files.language())
            return self._percent(f)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (SIZE, DECIDED) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(f)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == DECIDED:
                return QCoreApplication.translate("FolderTreeModel", "%1 decided").replace(
                    "%1", self._percent(f)
                )
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == self.FolderRole:
            return self.stats.cols.folder_rel[f]
        if role == self.DecidedRole:
            return self._fraction(f)
        return None

    # -- the interface the pages use ----------------------------------------------------
    def folder_of(self, index: QModelIndex) -> str:
        """The rel of the folder at ``index`` ('' for the root or an invalid index)."""
        if not index.isValid() or self.stats is None:
            return ""
        return self.stats.cols.folder_rel[index.internalId()]

    def index_of(self, folder: str) -> QModelIndex:
        """The index (column 0) of a folder by rel; invalid when it is not in the scan."""
        if self.stats is None:
            return QModelIndex()
        found = self.stats.cols.folder_indexes(folder)
        if not found:
            return QModelIndex()
        f = found[0]
        return self.createIndex(self.stats.row[f], 0, f)

    def folder_size(self, folder: str) -> int:
        """Bytes in ``folder`` and everything below it."""
        return sum(self.stats.bytes(f) for f in self._all(folder)) if self.stats else 0

    def folder_files(self, folder: str) -> int:
        """Files in ``folder`` and everything below it."""
        return sum(self.stats.files(f) for f in self._all(folder)) if self.stats else 0

    def decided_fraction(self, folder: str) -> float:
        """The share (0.0-1.0) of files below ``folder`` that the employee decided."""
        if self.stats is None:
            return 0.0
        found = self._all(folder)
        files = sum(self.stats.files(f) for f in found)
        decided = sum(self.stats.decided(f) for f in found)
        return decided / files if files else 0.0

    def decision_bytes(self, folder: str) -> tuple[int, ...]:
        """Bytes below ``folder`` per code: keep/archive/delete suggested, then decided."""
        total = [0] * CODES
        for f in self._all(folder):
            for k, value in enumerate(self.stats.code_bytes(f)):
                total[k] += value
        return tuple(total)

    def children_of(self, folder: str) -> list[str]:
        """The rels of a folder's subfolders, in display order."""
        if self.stats is None:
            return []
        rels = self.stats.cols.folder_rel
        return [rels[c] for f in self._all(folder) for c in self.stats.children[f]]

    def display_name(self, folder: str) -> str:
        """What the tree calls a folder (the root: its share folder's name)."""
        found = self._all(folder)
        return self._name(found[0]) if found else folder.rpartition("/")[2]

    # -- helpers ------------------------------------------------------------------------
    def _all(self, folder: str) -> list[int]:
        return self.stats.cols.folder_indexes(folder) if self.stats else []

    def _name(self, f: int) -> str:
        name = self.stats.name[f]
        if name or self.stats.cols.folder_rel[f]:
            return name
        if self.root_label:
            return self.root_label
        root = self.stats.cols.root_path.rstrip("/\\")
        return os.path.basename(root.replace("\\", "/")) or root or "/"

    def _fraction(self, f: int) -> float:
        files = self.stats.files(f)
        return self.stats.decided(f) / files if files else 0.0

    def _percent(self, f: int) -> str:
        if not self.stats.files(f):
            return "\u2013"
        decided = self.stats.decided(f)
        percent = int(100 * decided / self.stats.files(f))
        if decided and not percent:
            percent = 1  # something decided never reads as 0 %
        return f"{percent}%"

    def _tooltip(self, f: int) -> str:
        stats = self.stats
        rel = stats.cols.folder_rel[f] or stats.cols.root_path
        text = QCoreApplication.translate("FolderTreeModel", "%1 files, %2; %3 decided by you")
        return (
            rel
            + "\n"
            + text.replace("%1", str(stats.files(f)))
            .replace("%2", human_size(stats.bytes(f), self.files.language()))
            .replace("%3", self._percent(f))
        )
