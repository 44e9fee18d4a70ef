"""Where the space goes: a squarified treemap of one folder's contents, coloured by decision.

Why drawn with QPainter: QtCharts is not in PySide6-Essentials and has no treemap. Each
tile is a subfolder (or one of the biggest files directly in the folder, the rest as one
tile), its area its size; the tile is split into bands by what its bytes end up as:
keep, archive or delete, each lighter where it is still only the suggestion. The colours
are from the Okabe-Ito palette (readable with every common colour blindness) and delete
is also hatched, so no meaning rests on colour alone. Everything works from the
keyboard: arrows move between tiles, Enter opens a folder, Backspace goes up.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.core.policy import human_size
from desktop_app.gui.file_model import FileTableModel
from desktop_app.gui.file_words import decision_words
from desktop_app.gui.folder_model import FolderTreeModel
from desktop_app.gui.folder_stats import CODES
from desktop_app.gui.treemap_layout import squarify

DECIDED_COLOURS = (QColor("#009E73"), QColor("#0072B2"), QColor("#D55E00"))
"""Keep, archive, delete as decided (Okabe-Ito bluish green, blue, vermillion)."""
MAX_FILE_TILES = 24
"""Largest files of a folder shown as their own tile; the others share one tile."""
_UP_HEIGHT = 26
_LEGEND_HEIGHT = 24
_GAP = 1.0


def _lighter(colour: QColor, amount: float = 0.55) -> QColor:
    return QColor(
        round(colour.red() + (255 - colour.red()) * amount),
        round(colour.green() + (255 - colour.green()) * amount),
        round(colour.blue() + (255 - colour.blue()) * amount),
    )


SUGGESTED_COLOURS = tuple(_lighter(c) for c in DECIDED_COLOURS)
PART_COLOURS = (*SUGGESTED_COLOURS, *DECIDED_COLOURS)
"""Colour of each code: 0-2 keep/archive/delete suggested, 3-5 the same decided."""
_BAND_ORDER = (3, 0, 4, 1, 5, 2)
"""Bands inside a tile: keep (decided, suggested), archive (...), delete (...)."""


@dataclass
class Tile:
    """One tile of the map."""

    kind: str
    """'folder', 'file', 'rest' (the smaller files of the folder) or 'up'."""
    key: str | int
    """The folder rel, the file index, or the shown folder's rel for 'rest' and 'up'."""
    label: str
    size: int
    parts: tuple[int, ...]
    """Bytes per code (0-5)."""
    rect: QRectF
    files: int = 0


class TreemapWidget(QWidget):
    """The treemap of one folder of the loaded root."""

    folderActivated = Signal(str)
    """A folder tile was clicked or chosen with Enter (also the up tile: its folder)."""
    fileActivated = Signal(int)
    """A file tile was clicked or chosen with Enter (its file index)."""
    folderShown = Signal(str)
    """The map now shows this folder."""

    def __init__(
        self, files: FileTableModel, folders: FolderTreeModel, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.files = files
        self.folders = folders
        self.drill_down = True
        """Whether activating a folder tile also shows that folder in the map."""
        self.show_legend = True
        self._folder = ""
        self._tiles: list[Tile] = []
        self._focus = 0
        self._laid_out = False
        self._scan: tuple[int, int | None] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(160, 120)
        self.setAccessibleName(
            QCoreApplication.translate("TreemapWidget", "Map of the folders by size")
        )
        files.loaded.connect(self._loaded)
        files.decisionsChanged.connect(self._recolour)
        files.languageChanged.connect(self._relabel)

    # -- what to show -------------------------------------------------------------------
    def folder(self) -> str:
        """The folder shown."""
        return self._folder

    def set_folder(self, folder: str) -> None:
        """Show the contents of ``folder`` ('' is the root)."""
        if folder == self._folder and self._laid_out:
            return
        self._folder = folder
        self._focus = 0
        self._layout()
        self.update()
        self.folderShown.emit(folder)

    def go_up(self) -> None:
        """Show the parent folder (nothing at the root)."""
        if self._folder:
            parent = self._folder.rpartition("/")[0]
            self.set_folder(parent)
            self.folderActivated.emit(parent)

    def tiles(self) -> list[Tile]:
        """The tiles as laid out now (the up tile first when there is one)."""
        if not self._laid_out:
            self._layout()
        return list(self._tiles)

    def focused_tile(self) -> Tile | None:
        """The tile with the keyboard focus."""
        tiles = self.tiles()
        return tiles[self._focus] if 0 <= self._focus < len(tiles) else None

    def legend(self) -> list[tuple[QColor, str]]:
        """Colour and words of each band kind, for a legend outside the map."""
        words = decision_words()
        suggested = QCoreApplication.translate("TreemapWidget", "%1 (suggestion, not decided yet)")
        return [(DECIDED_COLOURS[d], words[d]) for d in range(3)] + [
            (SUGGESTED_COLOURS[d], suggested.replace("%1", words[d])) for d in range(3)
        ]

    def tile_text(self, tile: Tile) -> str:
        """A tile in words: its name, size and what its bytes end up as."""
        lang = self.files.language()
        words = decision_words()
        parts = []
        for d in range(3):
            amount = tile.parts[d] + tile.parts[d + 3]
            if amount:
                parts.append(f"{words[d]} {human_size(amount, lang)}")
        if tile.kind == "up":
            return tile.label
        text = f"{tile.label}: {human_size(tile.size, lang)}"
        if parts:
            text += " (" + ", ".join(parts) + ")"
        decided = sum(tile.parts[3:])
        if tile.size and decided:
            share = QCoreApplication.translate("TreemapWidget", "%1% decided by you")
            text += "; " + share.replace("%1", str(int(100 * decided / tile.size)))
        return text

    # -- building tiles -----------------------------------------------------------------
    def _loaded(self) -> None:
        cols = self.files.columns
        scan = (cols.root_id, cols.scan_id) if cols is not None else None
        gone = cols is None or bool(self._folder and not cols.folder_indexes(self._folder))
        if scan != self._scan or gone:  # another scan: start at its top (its copies: stay)
            self._scan = scan
            self._folder = ""
            self._focus = 0
        self._laid_out = False
        self.update()

    def _recolour(self) -> None:
        self._laid_out = False  # sizes stay; parts (colours) and the rest tile change
        self.update()

    def _relabel(self) -> None:
        self.setAccessibleName(
            QCoreApplication.translate("TreemapWidget", "Map of the folders by size")
        )
        self._laid_out = False
        self.update()

    def _content_rect(self) -> QRectF:
        top = _UP_HEIGHT if self._folder else 0
        bottom = _LEGEND_HEIGHT if self.show_legend else 0
        return QRectF(0, top, self.width(), max(0, self.height() - top - bottom))

    def _layout(self) -> None:
        self._laid_out = True
        tiles: list[Tile] = []
        folder = self._folder
        cols = self.files.columns
        stats = self.folders.stats
        if self._folder:
            up = QCoreApplication.translate("TreemapWidget", "Up to %1").replace(
                "%1", self.folders.display_name(folder.rpartition("/")[0])
            )
            tiles.append(
                Tile(
                    "up",
                    folder,
                    "\u2191 " + up,
                    0,
                    (0,) * CODES,
                    QRectF(0, 0, self.width(), _UP_HEIGHT - 2),
                )
            )
        items: list[Tile] = []
        if cols is not None and stats is not None:
            for rel in self.folders.children_of(folder):
                size = self.folders.folder_size(rel)
                if size > 0:
                    name = self.folders.display_name(rel)
                    parts = self.folders.decision_bytes(rel)
                    count = self.folders.folder_files(rel)
                    items.append(Tile("folder", rel, name, size, parts, QRectF(), count))
            items.extend(self._file_tiles(folder))
        items.sort(key=lambda t: t.size, reverse=True)
        area = self._content_rect()
        rects = squarify([t.size for t in items], (area.x(), area.y(), area.width(), area.height()))
        for tile, (x, y, w, h) in zip(items, rects, strict=True):
            tile.rect = QRectF(x, y, w, h)
        self._tiles = tiles + items
        self._focus = min(self._focus, max(0, len(self._tiles) - 1))
        self._describe_focus()

    def _file_tiles(self, folder: str) -> list[Tile]:
        cols, stats = self.files.columns, self.folders.stats
        found = cols.folder_indexes(folder)
        if not found:
            return []
        indexes = cols.files_of(found)
        size = cols.size
        indexes.sort(key=size.__getitem__, reverse=True)
        total_own = [0] * CODES
        for f in found:
            for k, value in enumerate(stats.own_code_bytes(f)):
                total_own[k] += value
        tiles = []
        for i in indexes[:MAX_FILE_TILES]:
            if size[i] <= 0:
                break
            parts = [0] * CODES
            parts[stats.code_of(i)] = size[i]
            for k in range(CODES):
                total_own[k] -= parts[k]
            tiles.append(Tile("file", i, cols.name[i], size[i], tuple(parts), QRectF(), 1))
        rest = indexes[len(tiles) :]
        rest_size = sum(size[i] for i in rest)
        if rest_size > 0:
            label = QCoreApplication.translate("TreemapWidget", "%1 more files").replace(
                "%1", str(len(rest))
            )
            tiles.append(
                Tile("rest", folder, label, rest_size, tuple(total_own), QRectF(), len(rest))
            )
        return tiles

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event: QEvent) -> None:
        if not self._laid_out:
            self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.window())
        for n, tile in enumerate(self._tiles):
            if tile.kind == "up":
                self._paint_up(painter, tile, n == self._focus)
            else:
                self._paint_tile(painter, tile, n == self._focus)
        if not any(t.kind != "up" for t in self._tiles):
            painter.setPen(palette.windowText().color())
            empty = QCoreApplication.translate("TreemapWidget", "Nothing to show in this folder")
            painter.drawText(self._content_rect(), Qt.AlignmentFlag.AlignCenter, empty)
        if self.show_legend:
            self._paint_legend(painter)
        painter.end()

    def _paint_tile(self, painter: QPainter, tile: Tile, focused: bool) -> None:
        rect = tile.rect.adjusted(_GAP, _GAP, -_GAP, -_GAP)
        if rect.width() <= 0 or rect.height() <= 0:
            return
        total = sum(tile.parts) or 1
        vertical = rect.width() >= rect.height()  # bands side by side along the long side
        offset = 0.0
        length = rect.width() if vertical else rect.height()
        for code in _BAND_ORDER:
            amount = tile.parts[code]
            if not amount:
                continue
            span = length * amount / total
            band = (
                QRectF(rect.x() + offset, rect.y(), span, rect.height())
                if vertical
                else QRectF(rect.x(), rect.y() + offset, rect.width(), span)
            )
            painter.fillRect(band, PART_COLOURS[code])
            if code in (2, 5):  # delete: hatched, so it does not rest on colour alone
                painter.fillRect(band, _hatch())
            offset += span
        fm = QFontMetrics(self.font())
        if rect.width() >= 36 and rect.height() >= fm.height() + 4:
            lines = [tile.label]
            if rect.height() >= 2 * fm.height() + 6:
                lines.append(human_size(tile.size, self.files.language()))
            width = min(rect.width() - 6, max(fm.horizontalAdvance(s) for s in lines) + 8)
            box = QRectF(rect.x() + 3, rect.y() + 3, width, len(lines) * fm.height() + 4)
            background = QColor(self.palette().base().color())
            background.setAlpha(215)
            painter.fillRect(box, background)
            painter.setPen(self.palette().text().color())
            for k, line in enumerate(lines):
                text = fm.elidedText(line, Qt.TextElideMode.ElideRight, int(box.width() - 8))
                painter.drawText(
                    QPointF(box.x() + 4, box.y() + 2 + fm.ascent() + k * fm.height()), text
                )
        if focused and self.hasFocus():
            self._paint_focus(painter, rect)

    def _paint_up(self, painter: QPainter, tile: Tile, focused: bool) -> None:
        rect = tile.rect.adjusted(2, 2, -2, 0)
        painter.fillRect(rect, self.palette().button())
        painter.setPen(self.palette().buttonText().color())
        fm = QFontMetrics(self.font())
        text = fm.elidedText(tile.label, Qt.TextElideMode.ElideMiddle, int(rect.width() - 12))
        painter.drawText(rect.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter, text)
        if focused and self.hasFocus():
            self._paint_focus(painter, rect)

    def _paint_focus(self, painter: QPainter, rect: QRectF) -> None:
        pen = QPen(self.palette().highlight().color(), 3)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        inner = QPen(self.palette().base().color(), 1, Qt.PenStyle.DashLine)
        painter.setPen(inner)
        painter.drawRect(rect.adjusted(4, 4, -4, -4))

    def _paint_legend(self, painter: QPainter) -> None:
        y = self.height() - _LEGEND_HEIGHT + 4
        x = 4.0
        fm = QFontMetrics(self.font())
        words = decision_words()
        painter.setPen(self.palette().windowText().color())
        for d in range(3):
            for code in (d + 3, d):
                swatch = QRectF(x, y + 2, 12, 12)
                painter.fillRect(swatch, PART_COLOURS[code])
                if d == 2:
                    painter.fillRect(swatch, _hatch())
                x += 13
            painter.drawText(QPointF(x + 3, y + 2 + fm.ascent() - 1), words[d])
            x += fm.horizontalAdvance(words[d]) + 16
        hint = QCoreApplication.translate("TreemapWidget", "lighter: suggestion, not decided yet")
        room = max(0, int(self.width() - x - 8))
        text = fm.elidedText(hint, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QPointF(x + 4, y + 2 + fm.ascent() - 1), text)

    # -- input --------------------------------------------------------------------------
    def tile_at(self, pos: QPointF) -> int | None:
        """The tile under a point, by its position in :meth:`tiles`."""
        for n, tile in enumerate(self.tiles()):
            if tile.rect.contains(pos):
                return n
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.tile_at(event.position())
            if hit is not None:
                self._set_focus_tile(hit)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.tile_at(event.position())
            if hit is not None and hit == self._focus:
                self.activate(hit)
                return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in moves:
            self._move(*moves[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate(self._focus)
        elif key == Qt.Key.Key_Backspace:
            self.go_up()
        elif key == Qt.Key.Key_Home:
            self._set_focus_tile(0)
        elif key == Qt.Key.Key_End:
            self._set_focus_tile(len(self.tiles()) - 1)
        else:
            super().keyPressEvent(event)

    def activate(self, n: int) -> None:
        """What a click or Enter on tile ``n`` does."""
        tiles = self.tiles()
        if not 0 <= n < len(tiles):
            return
        tile = tiles[n]
        if tile.kind == "up":
            self.go_up()
        elif tile.kind == "folder":
            rel = str(tile.key)
            if self.drill_down:
                self.set_folder(rel)
            self.folderActivated.emit(rel)
        elif tile.kind == "file":
            self.fileActivated.emit(int(tile.key))

    def _move(self, dx: int, dy: int) -> None:
        """Focus the nearest tile in a direction (by tile centres)."""
        tiles = self.tiles()
        if not tiles:
            return
        here = tiles[self._focus].rect.center()
        best, best_score = None, None
        for n, tile in enumerate(tiles):
            if n == self._focus:
                continue
            c = tile.rect.center()
            ahead = (c.x() - here.x()) * dx + (c.y() - here.y()) * dy
            if ahead <= 0.5:
                continue
            across = abs((c.x() - here.x()) * dy) + abs((c.y() - here.y()) * dx)
            score = ahead + 2 * across
            if best_score is None or score < best_score:
                best, best_score = n, score
        if best is not None:
            self._set_focus_tile(best)

    def set_focused(self, n: int) -> None:
        """Give tile ``n`` (position in :meth:`tiles`) the keyboard focus."""
        self.tiles()
        self._set_focus_tile(n)

    def _set_focus_tile(self, n: int) -> None:
        if 0 <= n < len(self._tiles) and n != self._focus:
            self._focus = n
            self._describe_focus()
            self.update()

    def _describe_focus(self) -> None:
        tile = self._tiles[self._focus] if 0 <= self._focus < len(self._tiles) else None
        self.setAccessibleDescription(self.tile_text(tile) if tile is not None else "")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self.tile_at(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tile_text(self._tiles[hit]), self)
            return True
        return super().event(event)

    def resizeEvent(self, event: QEvent) -> None:
        self._laid_out = False
        super().resizeEvent(event)

    def focusInEvent(self, event: QEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(480, 320)


def _hatch() -> QBrush:
    return QBrush(QColor(0, 0, 0, 60), Qt.BrushStyle.BDiagPattern)
