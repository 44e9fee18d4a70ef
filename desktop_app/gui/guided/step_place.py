"""Keeping the employee's place in a guided step when its list is made again.

A step's list is a part of the share's columns (see file_sets). New columns of the same
share come while the employee works: the copies found after the listing was shown (the
review's ``loaded``), or a live change on the disk. The lists are then made again, and
the employee must not lose the file they were on: the same file stays current, the
same files stay selected, the list stays scrolled so that the same file is in the same
place on the screen.

The place is remembered before the columns change (``liveAboutToChange``), by file
index *and* file id, because the old columns are gone once the new ones are shown.
Usually the copies leave every file at its index, so one comparison per remembered file
finds it again; otherwise the file ids are looked up once. A file may leave the step
(a file that turned out to be a spare copy moves to the quick wins): the cursor then
goes to the nearest next file of the list, never back to the top.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop_app.gui.file_columns import FileColumns
from desktop_app.gui.guided.file_list import GuidedFileList
from desktop_app.gui.review_place import runs
from desktop_app.gui.session import Session

FOLLOWING = 64
"""How many files after the current one are remembered, to land on when the current
file and those right after it are gone from the share altogether."""

File = tuple[int, int]
"""A file as (file index in the old columns, file id)."""


@dataclass
class StepPlace:
    """What a step's table showed, by file, before the columns changed."""

    root_id: int | None
    row: int = -1
    column: int = 0
    current: list[File] = field(default_factory=list)
    """The current file first, then the files after it in the list."""
    current_selected: bool = False
    selected: array = field(default_factory=lambda: array("i"))
    """File indexes (old columns) of the selected rows; a whole list may be selected."""
    selected_ids: array = field(default_factory=lambda: array("q"))
    hold_current: bool = False
    """The current file was in view: the cursor's row goes back to the same spot."""
    anchor: File | None = None
    """Else the file the screen is held on: the top one."""
    anchor_y: int = 0
    """Where that row was in the viewport (pixels from its top)."""
    scroll: int = 0
    ticks: dict[int, int] = field(default_factory=dict)
    """File id -> tick (lists with tick boxes): the employee's own ticks survive."""


def save_place(table: QTableView, model: GuidedFileList, cols: FileColumns | None) -> StepPlace:
    """Remember the current file, the selection and the scroll position of ``table``."""
    place = StepPlace(model.session.files.root_id(), scroll=table.verticalScrollBar().value())
    count = model.rowCount()
    if cols is None or not count:
        return place
    indexes, ids = model.indexes, cols.file_id

    def file(row: int) -> File:
        index = indexes[row]
        return index, ids[index]

    current = table.currentIndex()
    if current.isValid() and current.row() < count:
        place.row, place.column = current.row(), current.column()
        place.current = [file(r) for r in range(place.row, min(place.row + FOLLOWING, count))]
        selection = table.selectionModel()
        place.current_selected = selection.isRowSelected(place.row)
    for span in table.selectionModel().selection():
        place.selected.extend(indexes[span.top() : min(span.bottom() + 1, count)])
    place.selected_ids = array("q", map(ids.__getitem__, place.selected))
    row, height = place.row, table.viewport().height()
    if row >= 0 and -table.rowHeight(row) < table.rowViewportPosition(row) < height:
        place.hold_current = True
        place.anchor_y = table.rowViewportPosition(row)
    elif (top := table.rowAt(0)) >= 0:
        place.anchor = file(top)
        place.anchor_y = table.rowViewportPosition(top)
    if model.checkable:
        place.ticks = dict(zip(map(ids.__getitem__, indexes), model.checked, strict=True))
    return place


class Finder:
    """Finds remembered files in the new columns: at the same index when the file is
    still there, else by file id (the table of ids is made only when needed)."""

    def __init__(self, cols: FileColumns, newpos: array | None = None):
        self.cols = cols
        self.newpos = newpos
        self._by_id: dict[int, int] | None = None

    def index(self, file: File) -> int | None:
        """The file's index in the new columns, None when it is gone."""
        old, file_id = file
        ids = self.cols.file_id
        if self.newpos is not None:
            new = self.newpos[old] if 0 <= old < len(self.newpos) else -1
            return new if new >= 0 else None
        if old < len(ids) and ids[old] == file_id:
            return old
        if self._by_id is None:
            self._by_id = dict(zip(ids, range(self.cols.n), strict=True))
        return self._by_id.get(file_id)


def row_in(indexes: array, file_index: int) -> int | None:
    """The row of ``file_index`` in a step's list (its indexes go up, in column order)."""
    row = bisect_left(indexes, file_index)
    return row if row < len(indexes) and indexes[row] == file_index else None


def new_ticks(cols: FileColumns, indexes: array, default: bytes, place: StepPlace) -> bytes:
    """The ticks of a list made again: a file that was listed keeps its tick, a new file
    gets the default."""
    ids = cols.file_id
    return bytes(place.ticks.get(ids[i], on) for i, on in zip(indexes, default, strict=True))


def restore_place(
    table: QTableView, model: GuidedFileList, place: StepPlace, newpos: array | None = None
) -> None:
    """Make the same file current again (or the nearest next one), select the same
    files and scroll the list so the screen shows the same place."""
    cols = model.session.files.columns
    count = model.rowCount()
    if cols is None or not count or place.row < 0:
        _show_first(table, model)
        return
    find = Finder(cols, newpos)
    indexes = model.indexes
    row, kept = _current_row(find, indexes, place)
    selection = QItemSelection()
    last = model.columnCount() - 1
    rows = set(_rows_of_selected(find, indexes, place))
    if place.current_selected and not kept:
        rows.add(row)  # the cursor moved on: what it stands on is what the bar acts on
    for first, final in runs(sorted(rows)):
        selection.select(model.index(first, 0), model.index(final, last))
    chooser = table.selectionModel()
    chooser.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    chooser.setCurrentIndex(
        model.index(row, min(place.column, last)), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    _scroll_back(table, find, indexes, place, row)


def _row_of(find: Finder, indexes: array, file: File) -> int | None:
    new = find.index(file)
    return row_in(indexes, new) if new is not None else None


def _rows_of_selected(find: Finder, indexes: array, place: StepPlace) -> list[int]:
    """The rows of the selected files that are still listed (at C speed in the usual
    case, where every file kept its index: a selection may hold a whole share)."""
    old, n = place.selected, find.cols.n
    if find.newpos is not None:
        moved = [i for i in map(find.newpos.__getitem__, old) if i >= 0]
    elif (not old or max(old) < n) and array(
        "q", map(find.cols.file_id.__getitem__, old)
    ) == place.selected_ids:
        moved = old
    else:
        found = map(find.index, zip(old, place.selected_ids, strict=True))
        moved = [i for i in found if i is not None]
    wanted = bytearray(n)
    for i in moved:
        wanted[i] = 1
    return list(compress(range(len(indexes)), map(wanted.__getitem__, indexes)))


def _current_row(find: Finder, indexes: array, place: StepPlace) -> tuple[int, bool]:
    """The row for the cursor and whether it is the same file: the file itself, else the
    first file of the list after where it stood (the list is in column order)."""
    for number, file in enumerate(place.current):
        new = find.index(file)
        if new is None:
            continue  # gone from the share: try the file that came after it
        row = bisect_left(indexes, new)
        same = number == 0 and row < len(indexes) and indexes[row] == new
        return min(row, len(indexes) - 1), same
    return min(place.row, len(indexes) - 1), False


def _scroll_back(
    table: QTableView, find: Finder, indexes: array, place: StepPlace, current_row: int
) -> None:
    """Put the cursor's row where the current file was on the screen (when it was in
    view: a file that left the step gives its spot to the next one), else the top file
    back on top; failing both keep the scroll value. The cursor ends up in view."""
    _lay_out(table)
    bar = table.verticalScrollBar()
    row = current_row if place.hold_current else None
    if place.anchor is not None:
        row = _row_of(find, indexes, place.anchor)
    if row is None:
        bar.setValue(place.scroll)
    else:
        table.scrollTo(_first_cell(table, row), QAbstractItemView.ScrollHint.PositionAtTop)
        off = place.anchor_y - table.rowViewportPosition(row)
        if table.verticalScrollMode() != QAbstractItemView.ScrollMode.ScrollPerPixel:
            off = round(off / max(table.rowHeight(row), 1))  # the bar counts rows
        bar.setValue(bar.value() - off)
    table.scrollTo(_first_cell(table, current_row), QAbstractItemView.ScrollHint.EnsureVisible)


def _first_cell(table: QTableView, row: int):
    """The first cell of ``row`` in the table's model."""
    return table.model().index(row, 0)


def _lay_out(table: QTableView) -> None:
    """Lay out the rows now: after a reset the view does it later, and the scroll range
    must fit the new rows before a position is set (also when the step is hidden)."""
    table.executeDelayedItemsLayout()
    table.updateGeometries()


def _show_first(table: QTableView, model: GuidedFileList) -> None:
    """A list shown afresh (another share): the cursor on its first file."""
    if model.rowCount():
        table.setCurrentIndex(model.index(0, 0))
    table.scrollToTop()


class PlaceKeeper(QObject):
    """Makes a step's list again when the share's columns change, keeping the place.

    ``rebuild`` makes the list again from the shown columns (it may use the saved place,
    for the ticks). New columns of the same share restore the place; another share's
    columns start at the first row.
    """

    def __init__(
        self,
        session: Session,
        table: QTableView,
        model: GuidedFileList,
        rebuild: Callable[[StepPlace | None], None],
    ):
        super().__init__(model)
        self.session = session
        self.table = table
        self.model = model
        self.rebuild = rebuild
        self.pending: StepPlace | None = None
        files = session.files
        files.liveAboutToChange.connect(self._about_to_change)
        files.loaded.connect(self._loaded)
        files.liveChanged.connect(self._live_changed)

    def _about_to_change(self) -> None:
        self.pending = save_place(self.table, self.model, self.session.files.columns)

    def _loaded(self) -> None:
        place, self.pending = self.pending, None
        self._show(place, None)

    def _live_changed(self, newpos: array) -> None:
        place, self.pending = self.pending, None
        if place is not None:  # not shown by ``loaded``: a change on the disk
            self._show(place, newpos)

    def show_first(self) -> None:
        """The cursor on the list's first file (a list shown afresh)."""
        _show_first(self.table, self.model)

    def _show(self, place: StepPlace | None, newpos: array | None) -> None:
        if place is not None and place.root_id != self.session.files.root_id():
            place = None
        self.rebuild(place)
        if place is None:
            self.show_first()
        else:
            restore_place(self.table, self.model, place, newpos)
