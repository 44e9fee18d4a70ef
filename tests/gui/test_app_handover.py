"""A second start of ShareTidy brings the running window forward instead of a second copy."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.gui import app as gui_app
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.single_instance import SingleInstance


def test_a_second_start_hands_over_and_exits_0(monkeypatch, qtbot):
    running = SingleInstance()
    assert running.claim()
    got: list[str] = []
    running.message_received.connect(got.append)
    errors = []
    monkeypatch.setattr(gui_app, "_error", lambda title, text: errors.append(title))
    try:
        assert gui_app.run_app(lang="en") == 0
        qtbot.waitUntil(lambda: got == ["show"], timeout=3000)
    finally:
        running.release()
    assert errors == []


def test_the_running_window_comes_forward(monkeypatch, qtbot):
    forward = []
    monkeypatch.setattr(MainWindow, "bring_forward", lambda self: forward.append(self))

    def fake_exec(_self=None) -> int:
        assert SingleInstance().send_to_running("show")
        qtbot.waitUntil(lambda: forward != [], timeout=3000)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert gui_app.run_app(lang="en") == 0
    assert len(forward) == 1 and isinstance(forward[0], MainWindow)


def test_bring_forward_restores_a_minimized_window(qtbot, tmp_path):
    from tests.gui.app_helpers import make_demo, open_window

    window, _catalog = open_window(qtbot, make_demo(tmp_path), lang="en")
    window.showMinimized()
    window.bring_forward()
    assert window.isVisible() and not window.isMinimized()
