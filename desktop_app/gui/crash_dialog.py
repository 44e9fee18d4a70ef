"""A calm message instead of a vanished window when the app hits an error it did not expect.

Python's default hook prints the traceback to a console the employee never sees, and a
PySide6 app can then quit mid-work. This hook writes the full traceback to the log file,
tells the employee in a short dialog (in their language) that their decisions are saved
and where the log is for the service desk, and lets the app carry on.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core import logs
from desktop_app.gui import translations
from desktop_app.gui.i18n import translator_for

log = logging.getLogger("sharetidy.crash")

CONTEXT = "CrashDialog"


def _source_texts() -> tuple[str, str]:
    # Written as literal translate() calls so that pyside6-lupdate finds them.
    title = QCoreApplication.translate("CrashDialog", "ShareTidy ran into a problem")
    body = QCoreApplication.translate(
        "CrashDialog",
        "Something went wrong, but your decisions so far are saved and you can carry on "
        "working.\n\nIf this keeps happening, please send this file to the service desk:\n%1",
    )
    return title, body


_TITLE_SOURCE = "ShareTidy ran into a problem"
_BODY_SOURCE = (
    "Something went wrong, but your decisions so far are saved and you can carry on "
    "working.\n\nIf this keeps happening, please send this file to the service desk:\n%1"
)


def _installed_language() -> str:
    app = QCoreApplication.instance()
    if app is None:
        return ""
    return translator_for(app).lang or "en"


def crash_texts(lang: str) -> tuple[str, str]:
    """Title and body (with ``%1`` for the log's path) in ``lang``.

    Normally the app's installed translator already speaks ``lang``; when it does not
    (the error came before the language was set up), the text is looked up directly.
    """
    if lang == _installed_language():
        return _source_texts()
    if lang == "en":
        return _TITLE_SOURCE, _BODY_SOURCE
    qm = translations.ensure_built(lang)
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        return _source_texts()
    title = translator.translate(CONTEXT, _TITLE_SOURCE) or _TITLE_SOURCE
    body = translator.translate(CONTEXT, _BODY_SOURCE) or _BODY_SOURCE
    return title, body


class CrashHandler:
    """The installed hook: logs every uncaught exception and shows one dialog at a time."""

    def __init__(self, language: Callable[[], str]):
        self.language = language
        self.showing = False
        self.previous = sys.excepthook
        self.previous_thread_hook = threading.excepthook

    def uninstall(self) -> None:
        """Put the hooks back that were there before (the app closed; tests)."""
        if sys.excepthook is self:
            sys.excepthook = self.previous
        if threading.excepthook == self.thread_hook:
            threading.excepthook = self.previous_thread_hook

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        if self.showing or QApplication.instance() is None:
            return  # one dialog at a time; without a GUI the log is all we can do
        self.showing = True
        try:
            try:
                lang = self.language()
            except Exception:  # the getter itself may be what broke
                lang = "en"
            title, body = crash_texts(lang)
            text = body.replace("%1", str(logs.log_path()))
            QMessageBox.warning(QApplication.activeWindow(), title, text)
        except Exception:
            log.exception("The crash dialog could not be shown")
        finally:
            self.showing = False

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """Uncaught errors in worker threads: logged (a dialog may only open on the GUI thread)."""
        if args.exc_type is SystemExit:
            return
        log.error(
            "Unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )


def install_excepthook(app_language_getter: Callable[[], str]) -> CrashHandler:
    """Replace ``sys.excepthook`` (and ``threading.excepthook``) with the calm handler."""
    logs.setup_logging()
    handler = CrashHandler(app_language_getter)
    sys.excepthook = handler
    threading.excepthook = handler.thread_hook
    return handler
