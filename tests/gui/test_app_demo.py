"""``sharetidy demo`` and run_app: the window opens on the sample share; bad input is clear."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication

from desktop_app import cli
from desktop_app.core import locations
from desktop_app.core.demo_share import MARKER
from desktop_app.gui import app as gui_app
from desktop_app.gui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def shown_windows(monkeypatch):
    """Run the app without an event loop; record each main window that exec() would run."""
    seen: list[dict] = []

    def fake_exec(_self=None) -> int:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(
                    {
                        "title": widget.windowTitle(),
                        "heading": widget.start_page.title.text(),
                        "cards": [card.candidate.name for card in widget.start_page.cards],
                        "demo": widget.practice_banner.isVisible(),
                    }
                )
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return seen


def test_demo_builds_the_share_and_opens_the_window(tmp_path, shown_windows):
    target = tmp_path / "demo"
    assert cli.main(["demo", "--dir", str(target), "--lang", "en"]) == 0
    assert (target / MARKER).is_file() and (target / "sharetidy.toml").is_file()
    assert (target / "inleveren").is_dir()
    (window,) = shown_windows
    assert "ShareTidy" in window["title"]
    assert window["heading"] == "Welcome to ShareTidy"
    assert window["cards"] == ["Mijn persoonlijke schijf (H:)", "Afdelingsschijf (G:)"]
    assert window["demo"]


def test_the_top_level_language_option_reaches_the_demo(tmp_path, shown_windows):
    assert cli.main(["--lang", "nl", "demo", "--dir", str(tmp_path / "d")]) == 0
    assert shown_windows[0]["heading"] == "Welkom bij ShareTidy"


def test_demo_refuses_a_folder_it_did_not_make(tmp_path, capsys):
    (tmp_path / "mine.txt").write_text("mine")
    assert cli.main(["demo", "--dir", str(tmp_path)]) == 2
    assert "not made by 'sharetidy demo'" in capsys.readouterr().err
    assert (tmp_path / "mine.txt").read_text() == "mine"


def test_demo_runs_as_a_real_process_and_quits(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        gui_app.QUIT_AFTER_ENV: "1500",
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "demo", "--dir", str(tmp_path / "demo")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "demo share in" in done.stderr


def test_a_bad_config_gives_one_clear_message_and_exit_2(tmp_path, monkeypatch):
    bad = tmp_path / "bad.toml"
    bad.write_text("[organisation]\nnaam = 'typo'\n", encoding="utf-8")
    messages = []
    monkeypatch.setattr(gui_app, "_error", lambda title, text: messages.append((title, text)))
    assert gui_app.run_app(lang="en", config_path=bad) == 2
    ((title, text),) = messages
    assert title == "ShareTidy cannot start"
    assert "bad.toml:2" in text and "naam" in text


def test_a_second_instance_says_the_app_is_open(monkeypatch, shown_windows):
    held = QLockFile(str(locations.data_dir() / "sharetidy.lock"))
    assert held.tryLock(100)
    messages = []
    monkeypatch.setattr(gui_app, "_error", lambda title, text: messages.append(title))
    try:
        assert gui_app.run_app(lang="en") == 1
    finally:
        held.unlock()
    assert messages == ["ShareTidy is already open"]
    assert shown_windows == []
