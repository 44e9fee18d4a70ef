"""A scanned share in the real window with its live view watching, for the live tests."""

from __future__ import annotations

from pathlib import Path

from desktop_app.gui.live_view import LiveStatus
from tests.gui.app_helpers import make_demo, open_window, row_of_name, scan_and_review, select_rows

SETTLE_MS = 15_000


def make_share(tmp_path: Path) -> Path:
    share = tmp_path / "Afdeling"
    (share / "Projecten").mkdir(parents=True)
    (share / "Projecten" / "plan.docx").write_text("plan")
    (share / "notities.txt").write_text("notities")
    (share / "oud verslag.docx").write_text("een oud verslag")
    return share


def open_live(qtbot, tmp_path: Path, lang: str = "nl"):
    """The window on a scanned share whose live view is watching."""
    demo = make_demo(tmp_path)
    share = make_share(tmp_path)
    window, catalog = open_window(qtbot, demo, lang=lang)
    root_id = scan_and_review(qtbot, window, share)
    live = window.review_page.live
    qtbot.waitUntil(lambda: live.state == "watching" and not live._busy, timeout=SETTLE_MS)
    return window, catalog, share, live, root_id


def names(window) -> list[str]:
    cols = window.session.files.columns
    return list(cols.name) if cols is not None else []


def index_of(window, name: str) -> int:
    return window.session.files.columns.name.index(name)


def status(window) -> str:
    return window.findChild(LiveStatus).text()


def decide(qtbot, window, name: str, decision: int) -> None:
    select_rows(window, [row_of_name(window, name)])
    window.review_page.decide_selection(decision)
