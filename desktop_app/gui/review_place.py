"""Keeping the employee's place in the review when files change on the disk.

A batch of live changes resets the review's rows (the columns are spliced, indexes
shift). The employee must not notice more than the new or vanished rows: the same files
stay selected, the same file stays current (its details shown), the list stays scrolled
to the same file, and the folder tree keeps its open folders and its chosen folder.
Everything is remembered by file index before the reset and found again through the
old-to-new index table after it.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint
from PySide6.QtWidgets import QAbstractItemView

if TYPE_CHECKING:
    from desktop_app.gui.review_page import ReviewPage


@dataclass(frozen=True)
class Place:
    """What the review showed, by file index (of the columns before the change)."""

    selected: list[int]
    current: int | None
    column: int
    top: int | None
    expanded: list[str]
    folder: str | None


def save(page: ReviewPage) -> Place:
    """Remember what is selected and shown, by file, before the rows are reset."""
    model, table = page.session.files, page.table
    selected = page.selected_indexes() if table.selectionModel().hasSelection() else []
    current = table.currentIndex()
    top = table.indexAt(QPoint(0, 0))
    return Place(
        selected,
        model.index_at_row(current.row()) if current.isValid() else None,
        current.column() if current.isValid() else 0,
        model.index_at_row(top.row()) if top.isValid() else None,
        expanded_folders(page),
        page.current_tree_folder() if page.tree.currentIndex().isValid() else None,
    )


def restore_folders(page: ReviewPage, place: Place) -> str | None:
    """Open the same folders again and choose the same one (by path); returns the folder
    chosen: the same, or the nearest one above it when it was removed."""
    folders = page.session.folders
    for rel in place.expanded:
        found = folders.index_of(rel)
        if found.isValid():
            page.tree.setExpanded(found, True)
    rel = place.folder
    while rel is not None:
        found = folders.index_of(rel)
        if found.isValid():
            page.tree.selectionModel().setCurrentIndex(
                found, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            return rel
        rel = rel.rpartition("/")[0] if rel else None
    return None


def restore_files(page: ReviewPage, place: Place, newpos: array) -> None:
    """Select, show and scroll to the same files again (those that are still there)."""
    model = page.session.files

    def moved(index: int | None) -> int | None:
        if index is None or index >= len(newpos) or newpos[index] < 0:
            return None
        return int(newpos[index])

    rows = model.rows_of([i for i in map(moved, place.selected) if i is not None])
    selection = QItemSelection()
    last = model.columnCount() - 1
    for first, final in runs(sorted(r for r in rows if r is not None)):
        selection.select(model.index(first, 0), model.index(final, last))
    selection_model = page.table.selectionModel()
    if not selection.isEmpty():
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    at = moved(place.current)
    row = model.row_of(at) if at is not None else None
    if row is not None:
        selection_model.setCurrentIndex(
            model.index(row, place.column), QItemSelectionModel.SelectionFlag.NoUpdate
        )
    else:
        page.details.show_file(None)
    top_at = moved(place.top)
    top_row = model.row_of(top_at) if top_at is not None else None
    if top_row is not None:
        page.table.scrollTo(model.index(top_row, 0), QAbstractItemView.ScrollHint.PositionAtTop)


def expanded_folders(page: ReviewPage) -> list[str]:
    """Rels of the expanded folders in the tree, parents first."""
    folders = page.session.folders
    out: list[str] = []
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(folders.rowCount(parent)):
            index = folders.index(row, 0, parent)
            if page.tree.isExpanded(index):
                out.append(folders.folder_of(index))
                stack.append(index)
    return out


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive rows as (first, last) pairs, for a selection of ranges."""
    out: list[tuple[int, int]] = []
    for row in rows:
        if out and row == out[-1][1] + 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out
