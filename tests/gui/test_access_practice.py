"""Practice mode on the demo share: clearly marked, and nothing outside the demo folder changes.

The main test runs ``run_app`` itself, as ``sharetidy demo`` does, and practises everything
an employee can do: scan the demo shares and a real folder of their own, decide, hand in.
Meanwhile a Python audit hook records every file the process writes, renames, removes or
creates, and every SQLite file it opens. Afterwards the real folder, the employee's real
data folder (with a real manifest waiting in its outbox) and the real catalog are exactly
as before, and every change lies inside the demo folder.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.core import locations
from desktop_app.core.config import load_config
from desktop_app.core.manifest import UserInfo
from desktop_app.core.outbox import pending
from desktop_app.core.policy import DELETE, KEEP
from desktop_app.core.scanner import scan
from desktop_app.core.store import Catalog
from desktop_app.core.submission import submit
from desktop_app.gui import practice
from desktop_app.gui.app import run_app
from desktop_app.gui.appearance import Look, apply_look
from desktop_app.gui.i18n import translator_for
from desktop_app.gui.main_window import MainWindow
from tests.gui.app_helpers import make_demo, window_over

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
CHANGING_EVENTS = {
    "os.rename": 2,
    "os.remove": 1,
    "os.rmdir": 1,
    "os.mkdir": 1,
    "os.link": 2,
    "os.symlink": 2,
    "os.truncate": 1,
    "os.chmod": 1,
    "os.chown": 1,
    "os.utime": 1,
    "shutil.rmtree": 1,
    "shutil.move": 2,
    "shutil.copyfile": 2,
    "sqlite3.connect": 1,
}
"""Audit events that change the disk, and how many of their first arguments are paths."""

_RECORDER: dict[str, list | None] = {"paths": None}


def _audit(event: str, args: tuple) -> None:
    paths = _RECORDER["paths"]
    if paths is None:
        return
    if event == "open":
        path, mode, flags = [*args, None, None, 0][:3]
        if not (mode and any(c in str(mode) for c in "wax+")) and not (
            isinstance(flags, int) and flags & WRITE_FLAGS
        ):
            return
        targets = [path]
    elif event in CHANGING_EVENTS:
        targets = list(args[: CHANGING_EVENTS[event]])
    else:
        return
    for target in targets:
        if not isinstance(target, str | bytes | os.PathLike):
            continue  # a file descriptor: its open was recorded
        text = os.fsdecode(target)
        if event == "sqlite3.connect" and text.startswith("file:"):
            text, _, query = text.removeprefix("file:").partition("?")
            if "mode=ro" in query:
                continue  # opened read-only
        paths.append((event, text))


sys.addaudithook(_audit)  # hooks cannot be removed; it records only while a test asks


@pytest.fixture(autouse=True)
def _normal_look(qapp):
    yield
    translator_for(qapp).reset()
    apply_look(qapp, Look())


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder below ``folder`` with its size and modification time."""
    found = {}
    for base, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(base) / name
            info = path.lstat()
            found[str(path.relative_to(folder))] = (info.st_size, info.st_mtime_ns)
    return found


def _real_folder(tmp_path: Path) -> Path:
    real = tmp_path / "echte-schijf"
    (real / "Projecten").mkdir(parents=True)
    (real / "Projecten" / "begroting 2019.xlsx").write_bytes(b"cijfers" * 100)
    (real / "setup.exe").write_bytes(b"MZ" + b"\0" * 5000)
    (real / "Thumbs.db").write_bytes(b"\0" * 300)
    return real


def _waiting_real_manifest(real: Path, tmp_path: Path) -> None:
    """A real hand-in that waits in the real outbox (its drop folder is unreachable)."""
    config = load_config(locations.resources_dir() / "default_config.toml")
    with Catalog(locations.catalog_path()) as catalog:
        result = scan(catalog, [str(real)], config)
        outcome = submit(
            catalog,
            config,
            result.root_ids,
            drop=str(tmp_path / "netwerk-weg"),
            user=UserInfo("tester", "GEMEENTE", "Tester", None),
        )
    assert not outcome.delivered


class Practice:
    """Drives the window inside run_app, one step per timer tick; never raises (the crash
    dialog would catch it): problems are collected and the window closes."""

    def __init__(self, demo, real: Path):
        self.demo, self.real = demo, real
        self.problems: list[str] = []
        self.step = 0
        self.seen: dict[str, object] = {}
        self.timer = QTimer()
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.tick)

    def window(self) -> MainWindow | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        return found[0] if found else None

    def tick(self) -> None:
        window = self.window()
        if window is None or not window.isVisible():
            return
        try:
            if self.act(window):
                self.step += 1
        except Exception as exc:  # report it; the window must close either way
            self.problems.append(f"step {self.step}: {exc!r}")
            self.timer.stop()
            window.close()

    def act(self, window: MainWindow) -> bool:
        session, review = window.session, window.review_page
        if self.step == 0:
            self.seen["banner"] = window.practice_banner.isVisible()
            self.seen["banner_text"] = window.practice_banner.text()
            self.seen["catalog"] = str(session.catalog.path)
            session.add_folder(str(self.real))  # a real folder: scanning only reads it
            window.start_scan(str(self.real), "echt")
            return True
        if self.step in (1, 3):
            return window.current_page() == "review" and not window.scan_page.is_running()
        if self.step == 2:
            review.table.selectRow(0)
            review.decide_selection(DELETE)
            window.start_scan(str(self.demo.department), "G")
            return True
        if self.step == 4:
            review.table.selectRow(1)
            review.decide_selection(KEEP)
            window.show_page("submit")
            return True
        if self.step == 5:
            page = window.submit_page
            if page.is_counting() or page.is_delivering() or not page.submit_button.isEnabled():
                return False
            page.helper.setText("Fatima de Vries")
            page.submit()
            return True
        if self.step == 6:
            if window.submit_page.is_busy():
                return False
            outcome = window.submit_page.outcome
            self.seen["delivered"] = outcome is not None and outcome.delivered
            self.seen["may_change_real"] = session.may_change(self.real / "setup.exe")
            self.timer.stop()
            window.close()
            return True
        return False


def test_practice_changes_nothing_outside_the_demo_folder(qapp, tmp_path, monkeypatch):
    real_state = Path(os.environ["SHARETIDY_DATA_DIR"])
    real = _real_folder(tmp_path)
    _waiting_real_manifest(real, tmp_path)
    demo = make_demo(tmp_path)
    before_real, before_state = _tree(real), _tree(real_state)
    monkeypatch.setenv("SHARETIDY_DATA_DIR", str(real_state))  # restored after the test
    monkeypatch.setenv("SHARETIDY_QUIT_AFTER_MS", "90000")  # a safety net only

    script = Practice(demo, real)
    script.timer.start()
    _RECORDER["paths"] = []
    try:
        code = run_app(lang="nl", config_path=demo.config, demo=demo)
    finally:
        touched, _RECORDER["paths"] = _RECORDER["paths"], None
        script.timer.stop()
    assert script.problems == []
    assert code == 0 and script.step == 7

    assert script.seen["banner"] and str(script.seen["banner_text"]).startswith("Oefenen:")
    assert Path(str(script.seen["catalog"])).is_relative_to(practice.state_dir(demo.root))
    assert script.seen["delivered"] and script.seen["may_change_real"] is False
    outside = sorted(
        {
            (event, path)
            for event, path in touched
            if not practice.inside(path, demo.root) and "__pycache__" not in path
        }
    )
    assert outside == []
    assert touched  # the hook did see the practice session's own writes

    assert os.environ["SHARETIDY_DATA_DIR"] == str(practice.state_dir(demo.root))
    assert _tree(real) == before_real
    assert _tree(real_state) == before_state
    monkeypatch.setenv("SHARETIDY_DATA_DIR", str(real_state))
    (waiting,) = pending()  # the real manifest still waits for the real drop folder
    assert waiting.path.is_relative_to(real_state)
    (manifest,) = sorted(demo.drop.glob("*.sharetidy.jsonl"))
    header = json.loads(manifest.read_text(encoding="utf-8").splitlines()[0])
    assert header["assisted_by"] == "Fatima de Vries"


def _practice_window(qtbot, demo):
    catalog = Catalog(practice.state_dir(demo.root) / "catalog.sqlite3")
    window = window_over(
        qtbot, load_config(demo.config), catalog, lang="nl", practice_root=demo.root, user="tester"
    )
    window.show()
    qtbot.waitExposed(window)
    return window, catalog


def test_the_banner_shows_on_every_page_and_follows_the_language(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    practice.state_dir(demo.root).mkdir()
    window, catalog = _practice_window(qtbot, demo)
    banner = window.practice_banner
    for key in window.pages:
        window.show_page(key)
        assert banner.isVisible(), key
    assert banner.text().startswith("Oefenen: dit zijn voorbeeldbestanden")
    assert banner.accessibleName() == "Oefenen"
    assert window.windowTitle().endswith("oefenomgeving")
    window.session.set_language("en")
    assert banner.text().startswith("Practice: these are sample files")
    window.session.set_language("nl")
    catalog.close()


def test_handing_in_outside_the_demo_folder_is_refused(qtbot, tmp_path):
    demo = make_demo(tmp_path)
    elsewhere = tmp_path / "echte-inlevermap"
    elsewhere.mkdir()
    text = demo.config.read_text(encoding="utf-8")
    lines = [
        "drop_folder = " + json.dumps(str(elsewhere)) if line.startswith("drop_folder =") else line
        for line in text.splitlines()
    ]
    demo.config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    practice.state_dir(demo.root).mkdir()
    window, catalog = _practice_window(qtbot, demo)
    window.start_scan(str(demo.department), "G")
    qtbot.waitUntil(lambda: window.current_page() == "review", timeout=60_000)
    window.show_page("submit")
    page = window.submit_page
    qtbot.waitUntil(lambda: page.submit_button.isEnabled(), timeout=20_000)
    page.submit()
    assert page.status.text() == (
        "Bij het oefenen levert ShareTidy alleen in bij de inlevermap van de oefening."
    )
    assert not page.is_busy()
    assert list(elsewhere.iterdir()) == []
    catalog.close()


def test_inside_compares_as_windows_does(tmp_path):
    root = tmp_path / "Demo"
    assert practice.inside(root / "netwerk" / "a.txt", root)
    assert practice.inside(root, root)
    assert practice.inside(str(root).upper() + "/x", root)
    assert not practice.inside(tmp_path / "Demo-echt" / "a.txt", root)
    assert not practice.inside(root / ".." / "echt", root)


def test_entering_practice_needs_a_demo_folder_and_starts_clean(tmp_path, monkeypatch):
    monkeypatch.setenv("SHARETIDY_DATA_DIR", os.environ["SHARETIDY_DATA_DIR"])
    with pytest.raises(ValueError):
        practice.enter(tmp_path)
    demo = make_demo(tmp_path)
    old = practice.state_dir(demo.root) / "catalog.sqlite3"
    old.parent.mkdir()
    old.write_bytes(b"from the last practice")
    state = practice.enter(demo.root)
    assert state == practice.state_dir(demo.root) and list(state.iterdir()) == []
    assert locations.data_dir() == state
