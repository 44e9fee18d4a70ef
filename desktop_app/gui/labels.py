"""Translated names for the core's codes: decisions, categories and where a decision came from.

The core stores numbers and short codes; people read words. Keeping the words here, with
literal source strings, lets lupdate find every one of them and keeps the pages short.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.classify import CATEGORIES


def decision_name(decision: int | None) -> str:
    """'Keep', 'Archive' or 'Delete' (translated); '' for no decision."""
    if decision == 0:
        return QCoreApplication.translate("Labels", "Keep")
    if decision == 1:
        return QCoreApplication.translate("Labels", "Archive")
    if decision == 2:
        return QCoreApplication.translate("Labels", "Delete")
    return ""


def decision_meaning(decision: int) -> str:
    """What a decision means for the move, in one short sentence."""
    if decision == 0:
        return QCoreApplication.translate("Labels", "Moves to Microsoft 365.")
    if decision == 1:
        return QCoreApplication.translate("Labels", "Goes to the archive (records management).")
    return QCoreApplication.translate(
        "Labels", "Does not move. The migration team can still restore it for a while."
    )


def category_name(index: int) -> str:
    """The translated name of a category index of :data:`CATEGORIES`."""
    names = {
        "document": QCoreApplication.translate("Labels", "Document"),
        "spreadsheet": QCoreApplication.translate("Labels", "Spreadsheet"),
        "presentation": QCoreApplication.translate("Labels", "Presentation"),
        "pdf": QCoreApplication.translate("Labels", "PDF"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "image": QCoreApplication.translate("Labels", "Picture"),
        "audio": QCoreApplication.translate("Labels", "Sound or music"),
        "video": QCoreApplication.translate("Labels", "Video"),
        "archive": QCoreApplication.translate("Labels", "Compressed folder (zip)"),
        "installer": QCoreApplication.translate("Labels", "Installer"),
        "temporary": QCoreApplication.translate("Labels", "Temporary or system file"),
        "shortcut": QCoreApplication.translate("Labels", "Shortcut"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return names[CATEGORIES[index]] if 0 <= index < len(CATEGORIES) else names["other"]
