"""The treemap: its squarified layout, its painting, mouse and keyboard, on a real scan."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from desktop_app.core.config import OrgConfig
from desktop_app.core.policy import DELETE, KEEP
from desktop_app.gui.treemap import DECIDED_COLOURS, SUGGESTED_COLOURS, TreemapWidget
from desktop_app.gui.treemap_layout import squarify
from tests.gui.test_models import Share


@pytest.fixture
def share(tmp_path: Path, config: OrgConfig, qapp) -> Share:
    return Share(tmp_path, config)


@pytest.fixture
def treemap(share: Share, qtbot) -> TreemapWidget:
    widget = TreemapWidget(share.files, share.folders)
    qtbot.addWidget(widget)
    widget.resize(640, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _overlap(a: tuple, b: tuple) -> float:
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return max(0.0, w) * max(0.0, h)


@pytest.mark.parametrize("seed", range(8))
def test_squarify_covers_the_area_in_proportion(seed: int) -> None:
    rng = random.Random(seed)
    weights = sorted((rng.paretovariate(1.2) for _ in range(rng.randrange(1, 60))), reverse=True)
    rect = (10.0, 20.0, rng.uniform(50, 900), rng.uniform(50, 700))
    tiles = squarify(weights, rect)
    area = rect[2] * rect[3]
    assert sum(w * h for _, _, w, h in tiles) == pytest.approx(area)
    total = sum(weights)
    for weight, (x, y, w, h) in zip(weights, tiles, strict=True):
        assert w * h == pytest.approx(area * weight / total, rel=1e-6)
        assert rect[0] - 1e-6 <= x and x + w <= rect[0] + rect[2] + 1e-6
        assert rect[1] - 1e-6 <= y and y + h <= rect[1] + rect[3] + 1e-6
    for a in range(len(tiles)):
        for b in range(a + 1, len(tiles)):
            assert _overlap(tiles[a], tiles[b]) < 1e-6 * area


def test_squarify_keeps_tiles_near_square_and_skips_empty_weights() -> None:
    tiles = squarify([1.0] * 16, (0, 0, 400, 400))
    assert all(w == pytest.approx(100) and h == pytest.approx(100) for _, _, w, h in tiles)
    empty = squarify([5.0, 0.0, 3.0], (0, 0, 80, 10))
    assert empty[1][2:] == (0.0, 0.0) and empty[0][2] * empty[0][3] == pytest.approx(500)
    assert squarify([], (0, 0, 10, 10)) == [] and squarify([0, 0], (0, 0, 10, 10))[0][2] == 0


def test_tiles_are_the_folders_and_files_in_proportion(
    treemap: TreemapWidget, share: Share
) -> None:
    tiles = treemap.tiles()
    kinds = {t.key: t.kind for t in tiles}
    assert kinds["Projecten"] == "folder" and "Leeg" not in kinds  # no bytes, no tile
    assert {t.label for t in tiles if t.kind == "file"} == {"setup.exe"}
    content = treemap._content_rect()
    total = sum(t.size for t in tiles)
    assert total == share.folders.folder_size("")  # (the empty file has no area)
    covered = sum(t.rect.width() * t.rect.height() for t in tiles)
    assert covered == pytest.approx(content.width() * content.height())
    for tile in tiles:
        share_of_area = (
            tile.rect.width() * tile.rect.height() / (content.width() * content.height())
        )
        assert share_of_area == pytest.approx(tile.size / total, rel=1e-6)
        assert sum(tile.parts) == tile.size
    projecten = next(t for t in tiles if t.key == "Projecten")
    assert projecten.size == share.folders.folder_size("Projecten")


def test_paints_coloured_tiles_and_a_legend(treemap: TreemapWidget, share: Share) -> None:
    image = treemap.grab().toImage()
    assert not image.isNull() and image.width() == 640
    colours = {image.pixel(x, y) for x in range(0, 640, 4) for y in range(0, 420, 4)}
    assert len(colours) > 8  # not blank
    suggested = {QColor(c).rgb() for c in SUGGESTED_COLOURS}
    assert colours & suggested  # nothing decided yet: the light colours
    legend = treemap.legend()
    assert [text for _, text in legend[:3]] == ["Keep", "Archive", "Delete"] and len(legend) == 6
    share.service.decide_folder("", DELETE)
    treemap.repaint()
    image = treemap.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, 640, 3) for y in range(0, 420, 3)}
    assert QColor(DECIDED_COLOURS[DELETE]).rgb() in colours


def test_click_on_a_folder_tile_opens_it(treemap: TreemapWidget, qtbot) -> None:
    tile = next(t for t in treemap.tiles() if t.key == "Projecten")
    with qtbot.waitSignal(treemap.folderActivated) as signal:
        qtbot.mouseClick(treemap, Qt.MouseButton.LeftButton, pos=tile.rect.center().toPoint())
    assert signal.args == ["Projecten"]
    assert treemap.folder() == "Projecten"
    labels = {t.label for t in treemap.tiles()}
    assert {"Deel A", "kopie"} <= labels and any(t.kind == "up" for t in treemap.tiles())
    up = treemap.tiles()[0]
    with qtbot.waitSignal(treemap.folderActivated) as signal:
        qtbot.mouseClick(treemap, Qt.MouseButton.LeftButton, pos=up.rect.center().toPoint())
    assert signal.args == [""] and treemap.folder() == ""


def test_keyboard_moves_between_tiles_enter_opens_backspace_goes_up(
    treemap: TreemapWidget, qtbot
) -> None:
    treemap.setFocus()
    qtbot.waitUntil(treemap.hasFocus)
    start = treemap.focused_tile()
    seen = {start.key}
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up) * 3:
        qtbot.keyClick(treemap, key)
        seen.add(treemap.focused_tile().key)
    assert len(seen) >= 3  # the arrows reach other tiles
    assert treemap.accessibleDescription() == treemap.tile_text(treemap.focused_tile())
    treemap.set_focused(next(n for n, t in enumerate(treemap.tiles()) if t.key == "Projecten"))
    with qtbot.waitSignal(treemap.folderActivated) as signal:
        qtbot.keyClick(treemap, Qt.Key.Key_Return)
    assert signal.args == ["Projecten"] and treemap.folder() == "Projecten"
    with qtbot.waitSignal(treemap.folderActivated) as signal:
        qtbot.keyClick(treemap, Qt.Key.Key_Backspace)
    assert signal.args == [""] and treemap.folder() == ""


def test_tooltips_and_texts_name_the_size_and_decisions(
    treemap: TreemapWidget, share: Share
) -> None:
    share.service.decide_files([share.index("setup.exe")], KEEP)
    tile = next(t for t in treemap.tiles() if t.key == share.index("setup.exe"))
    text = treemap.tile_text(tile)
    assert text.startswith("setup.exe: 88 KB") and "Keep 88 KB" in text and "100% decided" in text
    assert treemap.tile_at(QPointF(tile.rect.center())) is not None
    assert treemap.accessibleName()
    with_file = []
    treemap.fileActivated.connect(with_file.append)
    treemap.activate(treemap.tiles().index(tile))
    assert with_file == [share.index("setup.exe")]
    assert treemap.tile_at(QPointF(QPoint(-5, -5))) is None


def test_follows_a_reload(treemap: TreemapWidget, share: Share) -> None:
    treemap.set_folder("Projecten")
    share.files.load(share.root_id)
    assert treemap.folder() == "" and treemap.tiles()
