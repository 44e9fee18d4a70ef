"""The exception hook: logs the traceback, shows one calm dialog naming the log, carries on."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core import logs
from desktop_app.gui import crash_dialog
from desktop_app.gui.i18n import translator_for


@pytest.fixture
def shown(monkeypatch, qapp):
    """QMessageBox.warning replaced by a recorder (no modal dialog in a test)."""
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda parent, title, text: calls.append((title, text))),
    )
    old_hooks = sys.excepthook, threading.excepthook
    before = list(logging.getLogger().handlers)
    yield calls
    sys.excepthook, threading.excepthook = old_hooks
    for handler in list(logging.getLogger().handlers):
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()
    translator_for(qapp).reset()


def _raise_and_hook(hook, message="kapot"):
    try:
        raise ValueError(message)
    except ValueError:
        hook(*sys.exc_info())


def _log_text() -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return logs.log_path().read_text(encoding="utf-8")


def test_hook_logs_traceback_and_shows_english_dialog(shown):
    hook = crash_dialog.install_excepthook(lambda: "en")
    assert sys.excepthook is hook
    _raise_and_hook(hook)
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "ShareTidy ran into a problem"
    assert "decisions so far are saved" in text
    assert str(logs.log_path()) in text
    log = _log_text()
    assert "Traceback (most recent call last)" in log
    assert "ValueError: kapot" in log
    assert "_raise_and_hook" in log


def test_dialog_speaks_dutch_without_an_installed_translator(shown):
    hook = crash_dialog.install_excepthook(lambda: "nl")
    _raise_and_hook(hook)
    title, text = shown[0]
    assert title == "ShareTidy heeft een probleem"
    assert "besluiten" in text and str(logs.log_path()) in text


def test_dialog_follows_the_installed_language(shown, qapp):
    translator_for(qapp).switch("nl")
    hook = crash_dialog.install_excepthook(lambda: "nl")
    _raise_and_hook(hook)
    assert shown[0][0] == "ShareTidy heeft een probleem"
    hook2 = crash_dialog.install_excepthook(lambda: "en")
    _raise_and_hook(hook2)
    assert shown[1][0] == "ShareTidy ran into a problem"


def test_source_texts_match_the_lookup_constants(qapp):
    translator_for(qapp).reset()
    assert crash_dialog._source_texts() == (crash_dialog._TITLE_SOURCE, crash_dialog._BODY_SOURCE)


def test_a_failing_language_getter_still_shows_a_dialog(shown):
    def broken() -> str:
        raise RuntimeError("no session yet")

    hook = crash_dialog.install_excepthook(broken)
    _raise_and_hook(hook)
    assert shown[0][0] == "ShareTidy ran into a problem"


def test_a_failing_dialog_is_logged_and_the_hook_returns(shown, monkeypatch):
    def explode(*_args):
        raise RuntimeError("no screen")

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(explode))
    hook = crash_dialog.install_excepthook(lambda: "en")
    _raise_and_hook(hook, "first")
    assert not hook.showing
    assert "The crash dialog could not be shown" in _log_text()


def test_thread_errors_are_logged(shown):
    crash_dialog.install_excepthook(lambda: "en")

    def work():
        raise OSError("share went away")

    thread = threading.Thread(target=work, name="scan-worker")
    thread.start()
    thread.join()
    log = _log_text()
    assert "Unexpected error in thread scan-worker" in log and "OSError: share went away" in log
    assert shown == []


def test_uninstall_puts_the_previous_hooks_back(shown):
    before = sys.excepthook, threading.excepthook
    hook = crash_dialog.install_excepthook(lambda: "en")
    assert sys.excepthook is hook
    hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
