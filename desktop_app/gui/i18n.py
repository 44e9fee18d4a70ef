"""The app's language: chosen at start, switchable while it runs.

Every visible text is an English source string passed through Qt's translation system.
Switching installs a new QTranslator; Qt then sends a LanguageChange event to every widget,
and each of our widgets answers it by setting its texts again (``retranslate``), so the
whole window changes language without a restart and without losing the user's place.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from desktop_app.gui import translations

LANGUAGES = ("nl", "en")


class Retranslatable:
    """Mixin for widgets that set their texts again when the language switches.

    Put it before the Qt base class; the widget provides ``retranslate()``.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


def system_language() -> str:
    """Dutch on a Dutch system locale, English everywhere else."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def qlocale(lang: str) -> QLocale:
    """The locale used to write numbers and dates in ``lang`` (1.234 versus 1,234)."""
    if lang == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class Translations(QObject):
    """Owns the installed translators of the application; one per application."""

    languageChanged = Signal(str)

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.app = app
        self.lang = ""
        self._installed: list[QTranslator] = []

    def switch(self, lang: str) -> None:
        """Install the translations of ``lang`` (``nl`` or ``en``) and tell every widget."""
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        if lang == self.lang:
            return
        for old in self._installed:
            self.app.removeTranslator(old)
        self._installed = []
        qm = translations.ensure_built(lang)
        if qm is not None:
            self._install(str(qm.parent), qm.stem)
        # Qt's own texts (buttons of standard dialogs, context menus of text fields).
        self._install(
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"
        )
        QLocale.setDefault(qlocale(lang))
        self.lang = lang
        # Qt posts the LanguageChange events; deliver them now, so that every text has
        # changed when switch() returns (and nothing shows half one language).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.languageChanged.emit(lang)

    def reset(self) -> None:
        """Back to the source texts (English) with no translator installed.

        For tests and tools that share one QApplication: nothing of one window's language
        choice leaks into the next.
        """
        for old in self._installed:
            self.app.removeTranslator(old)
        self._installed = []
        self.lang = ""
        QLocale.setDefault(QLocale.system())
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _install(self, folder: str, name: str) -> None:
        translator = QTranslator(self)
        if translator.load(name, folder):
            self.app.installTranslator(translator)
            self._installed.append(translator)


def translator_for(app: QCoreApplication) -> Translations:
    """The application's :class:`Translations`, made on first use."""
    found = app.findChild(Translations)
    if isinstance(found, Translations):
        return found
    return Translations(app)
