"""Render ``resources/icons/sharetidy.svg`` into the PNG sizes and the Windows ``.ico``.

The rendered files are committed, so a build (and a Windows runner) needs no SVG
rendering; run this again only after changing the SVG:

    python installer/make_icons.py

The ``.ico`` container is written here rather than by Qt's ``ico`` image plugin,
because that plugin writes one image per file and Windows picks the sharpest of
several sizes (16 px in Explorer lists, 32/48 px on the desktop, 256 px in large
views). Each entry is a PNG, which Windows reads since Vista.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG_NAME = "sharetidy.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""PNG files for the window icon and Linux desktops (``sharetidy-<size>.png``)."""
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""Entries of ``sharetidy.ico``; 256 is the largest size an ICO entry can say."""

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def ico_bytes(images: Sequence[tuple[int, bytes]]) -> bytes:
    """An ICO file holding ``(size, png_data)`` square images, smallest first.

    Layout: a 6-byte ICONDIR (reserved 0, type 1 = icon, count), one 16-byte
    ICONDIRENTRY per image (width and height as one byte each, where 0 means 256;
    colour count 0; reserved 0; planes 1; 32 bits per pixel; data length; data offset),
    then the PNG data in the same order.
    """
    if not images:
        raise ValueError("an icon needs at least one image")
    ordered = sorted(images, key=lambda item: item[0])
    header = struct.pack("<HHH", 0, 1, len(ordered))
    offset = len(header) + 16 * len(ordered)
    entries = []
    for size, data in ordered:
        if not 1 <= size <= 256:
            raise ValueError(f"an ICO entry is 1 to 256 pixels, not {size}")
        if not data.startswith(PNG_SIGNATURE):
            raise ValueError(f"the {size} px image is not PNG data")
        side = 0 if size == 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
    return header + b"".join(entries) + b"".join(data for _, data in ordered)


def ico_sizes(data: bytes) -> list[int]:
    """The image sizes an ICO file declares (checks the header and each entry's PNG)."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1 or count == 0:
        raise ValueError("not an icon file")
    sizes = []
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        if width != height or offset + length > len(data):
            raise ValueError(f"entry {index} is not a square image inside the file")
        if not data[offset : offset + length].startswith(PNG_SIGNATURE):
            raise ValueError(f"entry {index} is not PNG data")
        sizes.append(width or 256)
    return sizes


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent ``size`` x ``size`` PNG, antialiased."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"cannot read the SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def make_icons(folder: Path = ICON_DIR) -> list[Path]:
    """Write every PNG size and the ICO next to the SVG; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = folder / SVG_NAME
    rendered = {size: render_png(svg, size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    written = []
    for size in PNG_SIZES:
        path = folder / f"sharetidy-{size}.png"
        path.write_bytes(rendered[size])
        written.append(path)
    ico = folder / "sharetidy.ico"
    ico.write_bytes(ico_bytes([(size, rendered[size]) for size in ICO_SIZES]))
    written.append(ico)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: render the icons (``--dir`` for a folder other than resources/icons)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=ICON_DIR, help="folder holding sharetidy.svg")
    args = parser.parse_args(argv)
    for path in make_icons(args.dir):
        print(f"{path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
