"""Start the desktop app: the QApplication, its translations, the catalog and the window.

:func:`build_main_window` is what :func:`run_app` uses to make the window; tests call it
too, so they drive the very window an employee gets, only on temporary storage.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.core import locations
from desktop_app.core.config import ConfigError, OrgConfig, find_config, load_config
from desktop_app.core.store import Catalog
from desktop_app.gui import practice
from desktop_app.gui.appearance import Look, applied_look, apply_look
from desktop_app.gui.crash_dialog import install_excepthook
from desktop_app.gui.guided import install_guided
from desktop_app.gui.i18n import Translations, system_language, translator_for
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.session import Session
from desktop_app.gui.single_instance import SingleInstance

QUIT_AFTER_ENV = "SHARETIDY_QUIT_AFTER_MS"
"""Close the app this many milliseconds after the window shows (smoke tests, demos)."""


def application() -> QApplication:
    """The QApplication (made once), named and styled as ShareTidy."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)

    app.setApplicationName("ShareTidy")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ShareTidy")
    if applied_look(app) is None:
        # The normal look (readable text size, style sheet) until a window applies the
        # text size and contrast stored in its catalog.
        apply_look(app, Look())
    return app


def build_main_window(
    config: OrgConfig,
    catalog: Catalog,
    *,
    lang: str,
    translations: Translations | None = None,
    guided: bool = False,
    demo: bool = False,
    user: str | None = None,
    practice_root: str | os.PathLike[str] | None = None,
) -> MainWindow:
    """The main window on ``catalog``, in ``lang``; the caller shows it.

    ``practice_root`` (the demo folder) turns on practice mode: nothing outside it changes.
    """
    app = application()
    translations = translations or translator_for(app)
    translations.switch(lang)
    session = Session(
        config,
        catalog,
        translations,
        lang,
        user=user,
        demo=demo,
        guided=guided,
        practice_root=practice_root,
    )
    window = MainWindow(session)
    install_guided(window)  # View > Step by step; opens at once for --guided
    return window


def _error(title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.setAccessibleName(title)
    box.exec()


def run_app(
    lang: str | None = None,
    guided: bool = False,
    config_path: str | os.PathLike[str] | None = None,
    demo: object | None = None,
) -> int:
    """Open the app and run it until the window closes; returns the exit code.

    A config that cannot be used gives one clear dialog and exit code 2.
    """
    practice_root = getattr(demo, "root", None)
    if practice_root is not None:
        practice.enter(practice_root)  # before anything opens the catalog or the outbox
    app = application()
    translations = translator_for(app)
    lang = lang or system_language()
    translations.switch(lang)
    crash_hook = install_excepthook(lambda: translations.lang or "en")
    try:
        return _run_app(app, translations, lang, guided, config_path, demo)
    finally:
        crash_hook.uninstall()


def _run_app(
    app: QApplication,
    translations: Translations,
    lang: str,
    guided: bool,
    config_path: str | os.PathLike[str] | None,
    demo: object | None,
) -> int:
    try:
        config = load_config(find_config(config_path))
    except ConfigError as exc:
        _error(
            QCoreApplication.translate("App", "ShareTidy cannot start"),
            QCoreApplication.translate(
                "App",
                "The settings file of your organisation has an error, so ShareTidy cannot "
                "start. Please tell the service desk:\n\n%1",
            ).replace("%1", str(exc)),
        )
        print(f"sharetidy: bad config: {exc}", file=sys.stderr)
        return 2
    instance = SingleInstance()
    if not instance.claim():
        # Another copy of this user runs: bring its window forward instead of a second
        # catalog writer. Only when it does not answer, say so.
        if instance.send_to_running("show"):
            return 0
        _error(
            QCoreApplication.translate("App", "ShareTidy is already open"),
            QCoreApplication.translate(
                "App", "ShareTidy is already open on this computer. Use that window."
            ),
        )
        return 1
    lock = QLockFile(str(locations.data_dir() / "sharetidy.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        instance.release()
        _error(
            QCoreApplication.translate("App", "ShareTidy is already open"),
            QCoreApplication.translate(
                "App", "ShareTidy is already open on this computer. Use that window."
            ),
        )
        return 1
    try:
        catalog = Catalog(locations.catalog_path())
    except RuntimeError as exc:  # a catalog made by a newer version
        _error(QCoreApplication.translate("App", "ShareTidy cannot start"), str(exc))
        lock.unlock()
        instance.release()
        return 2
    try:
        window = build_main_window(
            config,
            catalog,
            lang=lang,
            translations=translations,
            guided=guided,
            demo=demo is not None,
            practice_root=getattr(demo, "root", None),
        )
        instance.message_received.connect(lambda _message: window.bring_forward())
        window.show()
        quit_after = os.environ.get(QUIT_AFTER_ENV)
        if quit_after:
            QTimer.singleShot(int(quit_after), window.close)
        code = app.exec()
        window.deleteLater()
        return int(code)
    finally:
        catalog.close()
        lock.unlock()
        instance.release()
