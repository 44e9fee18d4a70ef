"""Renaming to fix a SharePoint problem as a step on the session's undo stack.

The rename itself is :mod:`desktop_app.core.rename` (never over an existing name,
recorded in the catalog). This wraps it so that Ctrl+Z and the Edit menu undo it like a
decision, and brings the window's columns up to date afterwards: the catalog's rows
changed in place, so the root's column snapshot is dropped and the share read again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop_app.core import rename
from desktop_app.core.rename import Renamed, RenameError
from desktop_app.gui import column_cache
from desktop_app.gui.decide import DecisionOutcome
from desktop_app.gui.session import Session
from desktop_app.gui.undo import DecisionCommand

Report = Callable[[str], None]


def error_text(error: RenameError, new_name: str) -> str:
    """Why a rename did not happen, in plain words (nothing was changed)."""
    if error.code == "exists":
        return QCoreApplication.translate(
            "GuidedRename",
            "There is already a file or folder called “%1” there. ShareTidy never overwrites "
            "anything: choose another name.",
        ).replace("%1", new_name)
    if error.code == "invalid":
        problem = rename.name_problem(new_name)
        if problem == "empty":
            return QCoreApplication.translate("GuidedRename", "Type the new name first.")
        if problem == "separator":
            return QCoreApplication.translate("GuidedRename", "A name cannot contain / or \\.")
        if problem == "too-long":
            return QCoreApplication.translate(
                "GuidedRename", "This name is too long: 255 characters at most."
            )
        return QCoreApplication.translate(
            "GuidedRename", "SharePoint does not accept this name either. Choose another name."
        )
    if error.code == "same":
        return QCoreApplication.translate(
            "GuidedRename", "The new name is the same as the old one."
        )
    if error.code == "missing":
        return QCoreApplication.translate(
            "GuidedRename",
            "It is no longer there: it may have been moved or renamed. Scan the folder again.",
        )
    if error.code == "practice":
        return QCoreApplication.translate(
            "GuidedRename", "In practice mode ShareTidy only renames the practice files."
        )
    if error.code == "not-scanned":
        return QCoreApplication.translate("GuidedRename", "Scan the folder first.")
    return QCoreApplication.translate(
        "GuidedRename", "It could not be renamed (%1). Is it open in another program?"
    ).replace("%1", str(error))


def refresh_after_rename(session: Session, root_id: int) -> None:
    """Read the share again from the catalog, whose rows were changed in place."""
    column_cache.forget(session.catalog.path, root_id)
    if session.root_id == root_id:
        session.load_root(root_id)


class RenameCommand(DecisionCommand):
    """A rename that was made; undo gives the old name back, redo the new one again.

    A DecisionCommand so that the Edit menu's text follows the language like every
    other step on the stack.
    """

    def __init__(self, session: Session, renamed: Renamed, report: Report):
        self.renamed = renamed
        self.report = report
        super().__init__(session, DecisionOutcome(0, [], root_id=renamed.root_id), self.describe)

    def describe(self) -> str:
        """'Rename: old -> new' for the Edit menu."""
        return (
            QCoreApplication.translate("GuidedRename", "Rename “%1” to “%2”")
            .replace("%1", self.renamed.old_name)
            .replace("%2", self.renamed.new_name)
        )

    def redo(self) -> None:
        if self._done:  # pushing calls redo(); the rename was already made
            return
        try:
            rename.redo_rename(self.session.catalog, self.renamed)
        except RenameError as error:
            self.setObsolete(True)
            self.report(error_text(error, self.renamed.new_name))
            return
        finally:
            refresh_after_rename(self.session, self.renamed.root_id)
        self._done = True
        self.report(
            QCoreApplication.translate("GuidedRename", "Renamed again: “%1” is now called “%2”.")
            .replace("%1", self.renamed.old_name)
            .replace("%2", self.renamed.new_name)
        )

    def undo(self) -> None:
        try:
            rename.undo_rename(self.session.catalog, self.renamed)
        except RenameError as error:
            self.setObsolete(True)
            self.report(error_text(error, self.renamed.old_name))
            return
        finally:
            refresh_after_rename(self.session, self.renamed.root_id)
        self._done = False
        self.report(
            QCoreApplication.translate("GuidedRename", "Undone: the name is “%1” again.").replace(
                "%1", self.renamed.old_name
            )
        )


def rename_item(
    session: Session, root_id: int, kind: str, rel: str, new_name: str, report: Report
) -> Renamed:
    """Rename on disk and in the catalog, show it, and put it on the undo stack.

    Raises RenameError (nothing changed) when it cannot be done.
    """
    may_change = getattr(session, "may_change", None)
    path = rename.disk_path(session.catalog.root(root_id).path, rel)
    if may_change is not None and not may_change(path):
        raise RenameError("practice", f"{path} is outside the practice folder")
    renamed = rename.rename_in_place(session.catalog, root_id, kind, rel, new_name)
    refresh_after_rename(session, root_id)
    session.undo_stack.push(RenameCommand(session, renamed, report))
    return renamed
