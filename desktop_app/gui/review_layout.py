"""How wide the review's parts are: the file list's columns and the folders | files | details panes.

Why this is worked out rather than fixed: widths are pixels, and at 150% or 175% text a
fixed 330-pixel folder tree shows "B…" and "D…" instead of the folder names (its size
and "decided" columns alone take most of it). So the columns grow with the text size,
and the folder tree gets the width its names need at the current size (the share's top
two levels, as far as a share of a million files allows a quick look), within a share of
the window that leaves the file list room. A width the employee drags the divider to is
kept, per text size, in the catalog's settings: the next start and the next time that
size is chosen bring it back.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QStyle

from desktop_app.gui import text_size

if TYPE_CHECKING:
    from desktop_app.gui.review_page import ReviewPage

COLUMN_WIDTHS = (210, 170, 80, 100, 110, 100, 320, 165)
"""Per model column at the normal text size: name, folder, size, modified, type, suggestion,
reason, decision. They grow with the text size (:meth:`ReviewLayout.fit_columns`)."""
PANES_KEY = "review_panes"
"""Catalog setting: {text factor: [folder tree width, details width]} the employee chose."""
TREE_SHARE, DETAILS_SHARE = 0.38, 0.26
"""At most this part of the width for the folder tree, and for the details."""
TREE_WIDTH, DETAILS_WIDTH = 330, 330
"""The panes' widths at the normal text size (the tree gets more if its names need it)."""
NAMES_LOOKED_AT = 400
"""Folder names measured for the tree's width (the first ones of the top two levels)."""
SAVE_AFTER_MS = 500


class ReviewLayout(QObject):
    """Sets the review's column widths and pane widths for the text size in use."""

    def __init__(self, page: ReviewPage):
        super().__init__(page)
        self.page = page
        self._column_factor = 0.0
        self._panes_due = True
        self._save = QTimer(self)
        self._save.setSingleShot(True)
        self._save.setInterval(SAVE_AFTER_MS)
        self._save.timeout.connect(self._remember)
        page.splitter.splitterMoved.connect(lambda _pos, _index: self._save.start())

    # -- the file list's columns ---------------------------------------------------------
    def fit_columns(self) -> None:
        """Give the file list's columns their widths for the current text size.

        Called again when the look changes; a change that leaves the text size alone
        (high contrast) keeps the widths the employee dragged the columns to.
        """
        factor = text_size.current_factor()
        if factor == self._column_factor:
            return
        self._column_factor = factor
        for column, width in enumerate(COLUMN_WIDTHS):
            self.page.table.setColumnWidth(column, round(width * factor))
        self.panes_due()

    # -- the panes ------------------------------------------------------------------------
    def panes_due(self) -> None:
        """The panes need their widths again (new text size, another share)."""
        self._panes_due = True
        if self.page.isVisible():
            self.fit_panes()

    def shown(self) -> None:
        """The page is shown: now the splitter has its real width."""
        if self._panes_due:
            self.fit_panes()

    def fit_panes(self) -> None:
        """Folder tree, file list and details at the widths for this text size."""
        splitter = self.page.splitter
        total = splitter.width() - splitter.handleWidth() * (splitter.count() - 1)
        if total <= 0:
            return
        self._panes_due = False
        factor = text_size.current_factor()
        chosen = self._chosen().get(_key(factor))
        if chosen is not None:
            tree, details = chosen
        else:
            tree = max(round(TREE_WIDTH * factor), self.tree_need())
            details = round(DETAILS_WIDTH * factor)
        tree = max(120, min(tree, round(total * TREE_SHARE)))
        details = max(self.page.details.minimumWidth(), min(details, round(total * DETAILS_SHARE)))
        splitter.setSizes([tree, max(0, total - tree - details), details])

    def tree_need(self) -> int:
        """The width that shows the folder names of the share's top two levels whole, with
        the size and "decided" columns beside them."""
        tree = self.page.tree
        folders = self.page.session.folders
        metrics = tree.fontMetrics()
        indent = tree.indentation()
        widest, looked = 0, 0
        level = [(QModelIndex(), 0)]
        for _depth in range(3):  # the top item (the share itself), and two levels below it
            below = []
            for parent, depth in level:
                for row in range(folders.rowCount(parent)):
                    if looked >= NAMES_LOOKED_AT:
                        break
                    index = folders.index(row, 0, parent)
                    name = folders.data(index, Qt.ItemDataRole.DisplayRole) or ""
                    widest = max(widest, metrics.horizontalAdvance(name) + indent * (depth + 1))
                    looked += 1
                    below.append((index, depth + 1))
            level = below
        header = tree.header()
        numbers = sum(
            max(header.sectionSizeHint(c), tree.sizeHintForColumn(c))
            for c in range(1, folders.columnCount())
        )
        scroll = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        padding = 4 * metrics.averageCharWidth()  # the cell margins and a little air
        return widest + numbers + scroll + padding + 2 * tree.frameWidth()

    def _chosen(self) -> dict[str, list[int]]:
        """The widths the employee dragged the panes to, per text size."""
        try:
            value = json.loads(self.page.session.meta(PANES_KEY) or "{}")
        except ValueError:
            return {}
        if not isinstance(value, dict):
            return {}
        return {
            str(key): [int(v) for v in widths]
            for key, widths in value.items()
            if isinstance(widths, list)
            and len(widths) == 2
            and all(isinstance(v, int) and v > 0 for v in widths)
        }

    def _remember(self) -> None:
        tree, _files, details = self.page.splitter.sizes()
        chosen = self._chosen()
        chosen[_key(text_size.current_factor())] = [tree, details]
        self.page.session.set_meta(PANES_KEY, json.dumps(chosen, sort_keys=True))


def _key(factor: float) -> str:
    return f"{factor:g}"
