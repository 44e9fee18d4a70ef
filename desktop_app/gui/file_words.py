"""The words of the review table, translated through Qt with literal English sources.

Every call spells out ``QCoreApplication.translate("FileTableModel", "...")`` so that
lupdate finds each string (it does not follow aliases or built strings). The reasons are
not here: they come from the organisation's policy, in its own two languages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def decision_words() -> tuple[str, str, str]:
    """'Keep', 'Archive', 'Delete' in the current language (index = decision)."""
    return (
        QCoreApplication.translate("FileTableModel", "Keep"),
        QCoreApplication.translate("FileTableModel", "Archive"),
        QCoreApplication.translate("FileTableModel", "Delete"),
    )


def category_words() -> tuple[str, ...]:
    """One word per category, in the order of ``desktop_app.core.classify.CATEGORIES``."""
    return (
        QCoreApplication.translate("FileTableModel", "Document"),
        QCoreApplication.translate("FileTableModel", "Spreadsheet"),
        QCoreApplication.translate("FileTableModel", "Presentation"),
        QCoreApplication.translate("FileTableModel", "PDF"),
        QCoreApplication.translate("FileTableModel", "E-mail"),
        QCoreApplication.translate("FileTableModel", "Picture"),
        QCoreApplication.translate("FileTableModel", "Sound or music"),
        QCoreApplication.translate("FileTableModel", "Video"),
        QCoreApplication.translate("FileTableModel", "Compressed folder (zip)"),
        QCoreApplication.translate("FileTableModel", "Installer"),
        QCoreApplication.translate("FileTableModel", "Temporary or system file"),
        QCoreApplication.translate("FileTableModel", "Shortcut"),
        QCoreApplication.translate("FileTableModel", "Other"),
    )


def header_words() -> tuple[str, ...]:
    """Column headers, in the order of ``FileTableModel.COLUMNS``."""
    return (
        QCoreApplication.translate("FileTableModel", "Name"),
        QCoreApplication.translate("FileTableModel", "Folder"),
        QCoreApplication.translate("FileTableModel", "Size"),
        QCoreApplication.translate("FileTableModel", "Modified"),
        QCoreApplication.translate("FileTableModel", "Type"),
        QCoreApplication.translate("FileTableModel", "Suggestion"),
        QCoreApplication.translate("FileTableModel", "Reason"),
        QCoreApplication.translate("FileTableModel", "Decision"),
    )


class TableWords:
    """All words of the table for one language, fetched once (``data()`` runs often)."""

    def __init__(self) -> None:
        self.decisions = decision_words()
        self.categories = category_words()
        self.headers = header_words()
        self.top_folder = QCoreApplication.translate("FileTableModel", "(top folder)")
        self.protected = QCoreApplication.translate(
            "FileTableModel",
            "Protected: this looks like an official record, so it is never deleted.",
        )
        self.changed = QCoreApplication.translate(
            "FileTableModel", "Changed since you decided: please look at it again."
        )
        self.changed_short = QCoreApplication.translate(
            "FileTableModel", "changed since you decided"
        )
        self.by_folder = QCoreApplication.translate(
            "FileTableModel", "Decided for the whole folder %1."
        )
        self.undecided = QCoreApplication.translate(
            "FileTableModel", "This is the suggestion; you have not decided yet."
        )
        self.decided_by_you = QCoreApplication.translate("FileTableModel", "%1, decided by you")
        self.suggested = QCoreApplication.translate("FileTableModel", "%1, suggested")
        self.changed_decision = QCoreApplication.translate(
            "FileTableModel", "%1, changed since you decided"
        )
        self.protected_short = QCoreApplication.translate("FileTableModel", "%1, protected")
