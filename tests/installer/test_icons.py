"""The app icon: the committed PNGs and ICO are what make_icons.py renders from the SVG."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from installer import make_icons

ICONS = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(make_icons.PNG_SIGNATURE)
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    return width, height


def test_committed_pngs_have_their_sizes():
    for size in make_icons.PNG_SIZES:
        assert _png_size((ICONS / f"sharetidy-{size}.png").read_bytes()) == (size, size)


def test_committed_ico_holds_every_windows_size():
    data = (ICONS / "sharetidy.ico").read_bytes()
    assert make_icons.ico_sizes(data) == list(make_icons.ICO_SIZES)


def test_ico_container_round_trip_and_order():
    png16 = (ICONS / "sharetidy-16.png").read_bytes()
    png256 = (ICONS / "sharetidy-256.png").read_bytes()
    data = make_icons.ico_bytes([(256, png256), (16, png16)])
    assert make_icons.ico_sizes(data) == [16, 256]  # smallest first, 256 stored as 0
    assert data[6] == 16 and data[6 + 16] == 0
    assert data.endswith(png256)


@pytest.mark.parametrize(
    ("images", "message"),
    [([], "at least one"), ([(300, b"\x89PNG\r\n\x1a\n")], "1 to 256"), ([(16, b"GIF89a")], "PNG")],
)
def test_ico_refuses_what_windows_cannot_read(images, message):
    with pytest.raises(ValueError, match=message):
        make_icons.ico_bytes(images)


def test_not_an_icon_is_refused():
    with pytest.raises(ValueError, match="not an icon"):
        make_icons.ico_sizes(b"\x00\x00\x02\x00\x01\x00")


def test_rendering_the_svg_writes_every_file(qapp, tmp_path):
    shutil.copy(ICONS / make_icons.SVG_NAME, tmp_path / make_icons.SVG_NAME)
    written = make_icons.make_icons(tmp_path)
    assert {p.name for p in written} == {f"sharetidy-{s}.png" for s in make_icons.PNG_SIZES} | {
        "sharetidy.ico"
    }
    assert _png_size((tmp_path / "sharetidy-48.png").read_bytes()) == (48, 48)
    assert make_icons.ico_sizes((tmp_path / "sharetidy.ico").read_bytes()) == list(
        make_icons.ICO_SIZES
    )
