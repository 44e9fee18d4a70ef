"""Start the desktop app: the QApplication, its translations, the catalog and the window.

:func:`build_main_window` is what :func:`run_app` uses to make the window; tests call it
too, so they drive the very window an employee gets, only on temporary storage.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.core import locations
from desktop_app.core.config import ConfigError, OrgConfig, find_config, load_config
from desktop_app.core.store import Catalog
from desktop_app.gui.crash_dialog import install_excepthook
from desktop_app.gui.i18n import Translations, system_language, translator_for
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.session import Session
from desktop_app.gui.single_instance import SingleInstance

QUIT_AFTER_ENV = "SHARETIDY_QUIT_AFTER_MS"
"""Close the app this many milliseconds after the window shows (smoke tests, demos)."""

MIN_POINT_SIZE = 10
"""Text smaller than this is hard to read for many employees."""


def application() -> QApplication:
    """The QApplication (made once), named and styled as ShareTidy."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)

    app.setApplicationName("ShareTidy")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ShareTidy")
    font = QFont(app.font())
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    style = locations.resources_dir() / "styles" / "sharetidy.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
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
) -> MainWindow:
    """The main window on ``catalog``, in ``lang``; the caller shows it."""
    app = application()
    translations = translations or translator_for(app)
    translations.switch(lang)
    session = Session(config, catalog, translations, lang, user=user, demo=demo, guided=guided)
    window = MainWindow(session)
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
