"""The review table: every file of the shown root, sorted and filtered inside the model.

Why a custom model: a share may hold a million files. The data lives in compact
columns (:mod:`desktop_app.gui.file_columns`), sorting and filtering are done on index
arrays in the model (:mod:`desktop_app.gui.file_query`; a QSortFilterProxyModel would
take minutes), and ``data()`` formats only the cells the view asks for. The model knows
file *indexes* (positions in the columns, stable while a scan is loaded) and *rows*
(positions in the current sort and filter); everything outside the model speaks indexes.

Rows stay put when decisions change (a file decided while the filter shows "undecided"
does not vanish under the cursor); :meth:`FileTableModel.refresh_filter` applies the
filter again.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from itertools import compress

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from desktop_app.core.gcpause import gc_paused
from desktop_app.core.live_batch import LiveResult
from desktop_app.core.policy import Policy
from desktop_app.core.reasons import Reasons
from desktop_app.core.store import Catalog
from desktop_app.gui.column_cache import load_columns
from desktop_app.gui.column_splice import splice
from desktop_app.gui.copies_found import held_indexes, positions_by_id, same_files
from desktop_app.gui.copy_groups import CopyGroups
from desktop_app.gui.decision_state import (
    DecisionState,
    Row,
    RowSet,
    stored_rows,
)
from desktop_app.gui.file_cells import RIGHT, CellTexts, FileInfo
from desktop_app.gui.file_columns import FileColumns
from desktop_app.gui.file_query import (
    COLUMNS,
    SIZE,
    TYPE,
    FileFilter,
    filter_mask,
    identity,
    sort_order,
    visible_rows,
)
from desktop_app.gui.file_record import file_facts, file_info, rule_id

__all__ = ["COLUMNS", "FileFilter", "FileInfo", "FileTableModel"]


class FileTableModel(QAbstractTableModel):
    """The files of one root with their suggestions and decisions (one row per file)."""

    COLUMNS = COLUMNS
    NAME, FOLDER, SIZE, MODIFIED, TYPE, SUGGESTION, REASON, DECISION = range(8)
    FileIndexRole = Qt.ItemDataRole.UserRole + 1
    """The file's index in the columns (stable across sort and filter)."""
    DecisionRole = Qt.ItemDataRole.UserRole + 2
    SourceRole = Qt.ItemDataRole.UserRole + 3
    ProtectedRole = Qt.ItemDataRole.UserRole + 4
    ChangedRole = Qt.ItemDataRole.UserRole + 5
    SizeRole = Qt.ItemDataRole.UserRole + 6

    filterChanged = Signal()
    """After set_filter, a sort or a load: the rows are different."""
    decisionsChanged = Signal()
    """After any decision change in memory (already committed to the catalog)."""
    loaded = Signal()
    """New columns are shown: a root's scan was (re)loaded (every file index changed), or
    the shown scan's copies were found (:meth:`show_copies`). Lists made from the columns
    are made again."""
    liveAboutToChange = Signal()
    """Files on the disk changed, or the copies were found: the rows are about to be redone
    (views save their place)."""
    liveChanged = Signal(object)
    """The rows were redone; carries each old file index's new index (an ``array('i')``,
    -1 for files that are gone), so views can find their place."""
    languageChanged = Signal()

    def __init__(
        self, catalog: Catalog, policy: Policy, lang: str = "nl", parent: QObject | None = None
    ):
        super().__init__(parent)
        self.catalog = catalog
        self.policy = policy
        self._lang = lang
        self._reasons = Reasons(policy, lang)
        self._cells = CellTexts(self)
        self._retranslate_words()
        self._cols: FileColumns | None = None
        self._state: DecisionState | None = None
        self._root_id: int | None = None
        self._filter = FileFilter()
        self._mask: bytes | None = None
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._order: array | None = None
        self._rows = array("i")
        self._totals: dict[int, tuple[int, int]] | None = None
        self._visible_totals: dict[int, tuple[int, int]] | None = None
        self._copies: CopyGroups | None = None
        self._roles = {
            Qt.ItemDataRole.DisplayRole: self._display,
            Qt.ItemDataRole.ToolTipRole: self._cells.tooltip,
            Qt.ItemDataRole.AccessibleTextRole: self._cells.accessible,
            Qt.ItemDataRole.TextAlignmentRole: self._cells.alignment,
            Qt.ItemDataRole.FontRole: self._cells.font,
            self.FileIndexRole: lambda i, _c: i,
            self.DecisionRole: lambda i, _c: self._state.decision[i],
            self.SourceRole: lambda i, _c: self._state.source_name(i),
            self.ProtectedRole: lambda i, _c: bool(self._cols.protected[i]),
            self.ChangedRole: lambda i, _c: self._state.changed(i),
            self.SizeRole: lambda i, _c: self._cols.size[i],
        }

    def _display(self, i: int, column: int):
        """The cell's text; a decision made before the file changed says so in words."""
        text = self._cells.display(i, column)
        if column == self.DECISION and self._state.changed(i):
            return self._changed_word.replace("%1", text)
        return text

    def _retranslate_words(self) -> None:
        self._changed_word = self.tr("%1, changed")

    # -- loading ------------------------------------------------------------------------
    def load(self, root_id: int, columns: FileColumns | None = None) -> None:
        """(Re)load the root's current scan and its decisions; keeps the filter and sort.

        ``columns`` may come from :func:`desktop_app.gui.column_cache.prepare_columns` run
        in the scan worker's thread (then nothing heavy happens here); columns of another
        root or of an older scan are not used.
        """
        self.beginResetModel()
        # Let go of the shown scan first: two million-file scans need not be in memory.
        self._cols = self._state = self._root_id = None
        self._rows, self._order, self._mask = array("i"), None, None
        self._copies = None
        self._forget_totals()
        try:
            with gc_paused():  # a million new objects would trigger full collections for nothing
                current = self.catalog.root(root_id).scan_id
                if columns is None or columns.root_id != root_id or columns.scan_id != current:
                    columns = load_columns(self.catalog, root_id)
                self._root_id = root_id
                self._take(columns)
        finally:
            self.endResetModel()
        self.loaded.emit()
        self.filterChanged.emit()

    def apply_live(self, result: LiveResult) -> array | None:
        """Show changes on the disk that are already in the catalog (see live_update).

        The columns are spliced, not read again, and the decisions are read back from the
        catalog (where the batch moved them along with renamed files). Returns the old to
        new index table, None when there was nothing to show.
        """
        if self._cols is None or self._root_id is None or not result.changed:
            return None
        columns, newpos = splice(self._cols, result)
        self._show_again(columns, newpos)
        return newpos

    def show_copies(self, columns: FileColumns) -> array | None:
        """Show the loaded scan's columns again, now with its copies, keeping the place.

        Only for columns of the loaded scan (else None: load them instead). When they
        hold the same files at the same indexes (see copies_found, the usual case) the
        rows are laid out again rather than reset; otherwise the old indexes are mapped
        by file id, as for a live change. The files a view holds on to (selection,
        current file) stay shown even when their new suggestion no longer fits the
        filter, as rows stay put after a decision. Returns the old to new index table.
        """
        old = self._cols
        if old is None or columns.root_id != self._root_id or columns.scan_id != old.scan_id:
            return None
        if same_files(old, columns):
            newpos = identity(old.n)
            self._show_again(columns, newpos, same=True)
        else:
            newpos = positions_by_id(old, columns)
            held = held_indexes([i for _index, i, _c in self._save_persistent()], newpos)
            self._show_again(columns, newpos, held, announce=True)
        return newpos

    def _show_again(
        self,
        columns: FileColumns,
        newpos: array,
        held: Sequence[int] = (),
        *,
        same: bool = False,
        announce: bool = False,
    ) -> None:
        """Show new columns of the loaded root; views keep their place (liveChanged).

        ``same``: the files and their indexes are the same, so the rows are laid out
        again (views keep selection, current file and scroll by themselves) and the files
        held there stay shown. ``announce`` (implied by ``same``): emit ``loaded``.
        """
        self.liveAboutToChange.emit()
        if same:
            self.layoutAboutToBeChanged.emit()
            saved = self._save_persistent()
            held = [i for _index, i, _column in saved]
        else:
            self.beginResetModel()
        try:
            with gc_paused():
                self._take(columns, held)
        finally:
            if same:
                self._restore_persistent(saved)
                self.layoutChanged.emit()
            else:
                self.endResetModel()
        if same or announce:
            self.loaded.emit()
        self.liveChanged.emit(newpos)
        self.decisionsChanged.emit()
        self.filterChanged.emit()

    def _take(self, columns: FileColumns, held: Sequence[int] = ()) -> None:
        """Show ``columns`` of the loaded root: decisions read back, sorted and filtered
        as the view was (inside a model reset or layout change); ``held`` files are shown
        whatever the filter says."""
        self._cols = columns
        self._state = DecisionState(columns, stored_rows(self.catalog, self._root_id))
        self._copies = CopyGroups(columns)
        column, order = self._sort
        self._order = self._sorted(column, order) if column >= 0 else None
        self._mask = filter_mask(columns, self._state, self._filter)
        if self._mask is not None and held:
            mask = bytearray(self._mask)
            for i in held:
                mask[i] = 1
            self._mask = bytes(mask)
        self._rows = visible_rows(columns.n, self._order, self._mask)
        self._forget_totals()

    def root_id(self) -> int | None:
        """The loaded root, None before the first load."""
        return self._root_id

    def root_path(self) -> str:
        """The loaded root's path as scanned ('' before the first load)."""
        return self._cols.root_path if self._cols is not None else ""

    @property
    def columns(self) -> FileColumns | None:
        """The loaded columns (read-only use: the folder model and the treemap read them)."""
        return self._cols

    @property
    def state(self) -> DecisionState | None:
        """The decisions in memory (the DecisionService changes them through apply_*)."""
        return self._state

    def language(self) -> str:
        """The language of reasons and sizes."""
        return self._lang

    def set_language(self, lang: str) -> None:
        """Reasons, words and headers in ``lang`` (install the Qt translator first)."""
        self._lang = lang
        self._reasons = Reasons(self.policy, lang)
        self._cells.retranslate()
        self._retranslate_words()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._sort[0] == TYPE:
            self.sort(*self._sort)
        self._all_changed()
        self.languageChanged.emit()

    # -- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if self._cols is None or not index.isValid():
            return None
        handler = self._roles.get(role)
        if handler is None:
            return None
        row = index.row()
        if row >= len(self._rows):
            return None
        return handler(self._rows[row], index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._cells.words.headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == SIZE:
                return RIGHT
            return None
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the model (index array + key); keeps the filter and the selection."""
        if isinstance(order, int):  # a plain 0/1 from Python callers
            order = Qt.SortOrder(order)
        self._sort = (column, order)
        if self._cols is None:
            return
        self.layoutAboutToBeChanged.emit()
        saved = self._save_persistent()
        self._order = self._sorted(column, order) if column >= 0 else None
        self._rows = visible_rows(self._cols.n, self._order, self._mask)
        self._restore_persistent(saved)
        self.layoutChanged.emit()
        self.filterChanged.emit()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and order sorted on (-1: file order)."""
        return self._sort

    def _sorted(self, column: int, order: Qt.SortOrder) -> array | None:
        return sort_order(
            self._cols,
            self._state,
            column,
            order == Qt.SortOrder.DescendingOrder,
            category_words=self._cells.words.categories,
            policy=self.policy,
        )

    # -- filter -------------------------------------------------------------------------
    def set_filter(self, spec: FileFilter) -> None:
        """Show only the files that ``spec`` lets through (in the model, never a proxy)."""
        self._filter = spec
        if self._cols is None:
            return
        self.layoutAboutToBeChanged.emit()
        saved = self._save_persistent()
        self._mask = filter_mask(self._cols, self._state, spec)
        self._rows = visible_rows(self._cols.n, self._order, self._mask)
        self._visible_totals = None
        self._restore_persistent(saved)
        self.layoutChanged.emit()
        self.filterChanged.emit()

    def filter(self) -> FileFilter:
        """The filter in force."""
        return self._filter

    def refresh_filter(self) -> None:
        """Apply the filter again (after decisions, which leave the rows where they are)."""
        self.set_filter(self._filter)

    def _save_persistent(self) -> list[tuple[QModelIndex, int, int]]:
        rows = self._rows
        saved = []
        for index in self.persistentIndexList():
            if index.isValid() and index.row() < len(rows):
                saved.append((index, rows[index.row()], index.column()))
        return saved

    def _restore_persistent(self, saved: list[tuple[QModelIndex, int, int]]) -> None:
        if not saved:
            return
        rows = self._rows
        if len(saved) <= 16:
            find = self.row_of
        else:
            position = array("i", [-1]) * (self._cols.n if self._cols else 0)
            for row, i in enumerate(rows):
                position[i] = row

            def find(i: int) -> int | None:
                row = position[i]
                return None if row < 0 else row

        old, new = [], []
        for index, file_index, column in saved:
            row = find(file_index)
            old.append(index)
            new.append(QModelIndex() if row is None else self.createIndex(row, column))
        self.changePersistentIndexList(old, new)

    # -- rows and indexes ---------------------------------------------------------------
    def index_at_row(self, row: int) -> int:
        """The file index shown in ``row``."""
        return self._rows[row]

    def rows_to_indexes(self, rows: Iterable[int]) -> list[int]:
        """File indexes of the given rows (e.g. a selection)."""
        return list(map(self._rows.__getitem__, rows))

    def rows_of(self, indexes: Sequence[int]) -> list[int | None]:
        """:meth:`row_of` for many files (one position table instead of a search each)."""
        if len(indexes) <= 16:
            return [self.row_of(i) for i in indexes]
        position = array("i", [-1]) * (self._cols.n if self._cols else 0)
        for row, i in enumerate(self._rows):
            position[i] = row
        return [None if position[i] < 0 else position[i] for i in indexes]

    def row_of(self, index: int) -> int | None:
        """The row that shows a file, None when the filter leaves it out."""
        try:
            return self._rows.index(index)
        except ValueError:
            return None

    def file_count(self) -> int:
        """All files of the loaded root (the filter ignored)."""
        return self._cols.n if self._cols is not None else 0

    def indexes_in_folder(self, folder: str) -> list[int]:
        """All files in ``folder`` and below it (the filter ignored)."""
        if self._cols is None:
            return []
        return self._cols.files_of(self._cols.subtree(folder))

    def duplicates_of(self, index: int) -> list[int]:
        """The other copies of a file (file indexes), none when it has no duplicate."""
        return self._copies.others(index) if self._copies is not None else []

    # -- per file -----------------------------------------------------------------------
    def info(self, index: int) -> FileInfo:
        """Everything about one file (by file index, not row)."""
        return file_info(self._cols, self._state, self._copies, index)

    def reason(self, index: int, lang: str | None = None) -> str:
        """The reason of a file's suggestion in ``lang`` (default: the model's language)."""
        reasons = self._reasons if lang in (None, self._lang) else Reasons(self.policy, lang)
        return reasons.text(rule_id(self._cols, index), file_facts(self._cols, self._copies, index))

    def decision(self, index: int) -> int:
        """The decision that holds for a file."""
        return self._state.decision[index]

    def source(self, index: int) -> str:
        """'employee' or 'suggestion'."""
        return self._state.source_name(index)

    def is_protected(self, index: int) -> bool:
        """Whether a file is a likely official record (never delete)."""
        return bool(self._cols.protected[index])

    # -- totals -------------------------------------------------------------------------
    def totals(self) -> dict[int, tuple[int, int]]:
        """decision -> (files, bytes) over all files of the root."""
        if self._state is None:
            return {0: (0, 0), 1: (0, 0), 2: (0, 0)}
        if self._totals is None:
            self._totals = self._state.totals()
        return self._totals

    def visible_totals(self) -> dict[int, tuple[int, int]]:
        """decision -> (files, bytes) over the rows the filter shows."""
        if self._state is None:
            return {0: (0, 0), 1: (0, 0), 2: (0, 0)}
        if self._mask is None:
            return self.totals()
        if self._visible_totals is None:
            self._visible_totals = self._state.totals(self._mask)
        return self._visible_totals

    def visible_size(self) -> tuple[int, int]:
        """(files, bytes) of the rows the filter shows."""
        if self._cols is None:
            return 0, 0
        if self._mask is None:
            return self._cols.n, sum(self._cols.size)
        return len(self._rows), sum(compress(self._cols.size, self._mask))

    def _forget_totals(self) -> None:
        self._totals = None
        self._visible_totals = None

    # -- changes from the DecisionService ------------------------------------------------
    def apply_file_columns(self, indexes: Sequence[int], rows: RowSet) -> None:
        """Own decisions of files, already committed: update memory and tell the views."""
        self._state.set_file_columns(indexes, rows)
        self._decisions_changed()

    def apply_folder_row(self, rel: str, row: Row | None) -> None:
        """A folder decision, already committed: update memory and tell the views."""
        self._state.set_folder_row(rel, row)
        self._decisions_changed()

    def _decisions_changed(self) -> None:
        self._forget_totals()
        self._all_changed()
        self.decisionsChanged.emit()

    def _all_changed(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
