"""Deciding, with undo and redo for the whole session.

Every decision goes through :func:`decide_files`, :func:`decide_folder` or
:func:`accept_suggestions`: the DecisionService commits it to SQLite and only then
updates the model, and the step lands on the session's QUndoStack. Undo and redo call
the service again, so they are committed before they show as well. A step made on
another share than the one shown first brings that share back, so the user sees what
is undone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.gui.decide import DecisionOutcome
from desktop_app.gui.labels import decision_name
from desktop_app.gui.session import Session


class DecisionCommand(QUndoCommand):
    """One decision step that has already been made (pushing it does not repeat it)."""

    def __init__(self, session: Session, outcome: DecisionOutcome, describe):
        super().__init__()
        self.session = session
        self.outcome = outcome
        self.root_id = outcome.root_id
        self._describe = describe
        self._done = True
        self.retranslate()

    def retranslate(self) -> None:
        """Set the text of the Edit menu entry in the current language."""
        self.setText(self._describe())

    def redo(self) -> None:
        if self._done:  # QUndoStack.push() calls redo(); the step was already made
            return
        if self.root_id is not None:
            self.session.ensure_root(self.root_id)
        self.session.service.redo(self.outcome)
        self._done = True

    def undo(self) -> None:
        if self.root_id is not None:
            self.session.ensure_root(self.root_id)
        self.session.service.undo(self.outcome)
        self._done = False


def _push(session: Session, outcome: DecisionOutcome, describe) -> DecisionOutcome:
    if outcome.changed:
        session.undo_stack.push(DecisionCommand(session, outcome, describe))
    return outcome


def decide_files(session: Session, indexes: Sequence[int], decision: int | None) -> DecisionOutcome:
    """Decide the given files (model indexes); None takes them back to the suggestion."""
    outcome = session.service.decide_files(list(indexes), decision)
    count = outcome.decided

    def describe() -> str:
        if decision is None:
            return QCoreApplication.translate(
                "DecisionCommand", "%n file(s) back to the suggestion", "", count
            )
        return QCoreApplication.translate("DecisionCommand", "%1: %n file(s)", "", count).replace(
            "%1", decision_name(decision)
        )

    return _push(session, outcome, describe)


def decide_folder(session: Session, folder: str, decision: int | None) -> DecisionOutcome:
    """Decide a whole folder (it holds for everything below without its own decision)."""
    outcome = session.service.decide_folder(folder, decision)
    shown = folder or QCoreApplication.translate("DecisionCommand", "the whole share")

    def describe() -> str:
        if decision is None:
            return QCoreApplication.translate(
                "DecisionCommand", "Folder %1 back to the suggestions"
            ).replace("%1", shown)
        return (
            QCoreApplication.translate("DecisionCommand", "%1: folder %2")
            .replace("%1", decision_name(decision))
            .replace("%2", shown)
        )

    return _push(session, outcome, describe)


def accept_suggestions(session: Session, folder: str) -> DecisionOutcome:
    """Make every suggestion in a folder the employee's own decision."""
    outcome = session.service.accept_suggestions(folder)
    shown = folder or QCoreApplication.translate("DecisionCommand", "the whole share")

    def describe() -> str:
        return QCoreApplication.translate(
            "DecisionCommand", "Accept the suggestions in %1"
        ).replace("%1", shown)

    return _push(session, outcome, describe)


def retranslate_stack(session: Session) -> None:
    """Give every step on the undo stack its text in the new language."""
    stack = session.undo_stack
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, DecisionCommand):
            command.retranslate()
