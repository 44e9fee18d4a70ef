"""The SharePoint problems of a share as a small table: what, where, why, and a new name."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from desktop_app.core.sharepoint import describe
from desktop_app.gui.guided.name_problems import FOLDER, NameProblem
from desktop_app.gui.session import Session

KIND, NAME, WHERE, PROBLEM, PROPOSAL = range(5)


class GuidedProblemList(QAbstractTableModel):
    """One row per file or folder whose name SharePoint will not take."""

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.problems: list[NameProblem] = []
        self._rows: dict[tuple[str, str], int] = {}
        session.languageChanged.connect(self._language_changed)

    def _language_changed(self, _lang: str) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.problems:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.problems) - 1, self.columnCount() - 1)
            )

    def set_problems(self, problems: list[NameProblem]) -> None:
        """Show these problems."""
        self.beginResetModel()
        self.problems = list(problems)
        self._rows = {(p.kind, p.rel): row for row, p in enumerate(self.problems)}
        self.endResetModel()

    def row_of(self, problem: NameProblem) -> int | None:
        """The row of the same file or folder (by kind and path) in the current list."""
        return self._rows.get((problem.kind, problem.rel))

    def problem(self, row: int) -> NameProblem | None:
        """The problem in ``row``."""
        return self.problems[row] if 0 <= row < len(self.problems) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return super().headerData(section, orientation, role)
        titles = (
            self.tr("What"),
            self.tr("Name now"),
            self.tr("In folder"),
            self.tr("What is wrong"),
            self.tr("Proposed name"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        problem = self.problem(index.row()) if index.isValid() else None
        if problem is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(problem, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                self.headerData(index.column(), Qt.Orientation.Horizontal)
                + ": "
                + self.cell(problem, index.column())
            )
        return None

    def cell(self, problem: NameProblem, column: int) -> str:
        """The text of one cell."""
        if column == KIND:
            if problem.kind == FOLDER:
                return self.tr("Folder (%n file(s))", "", problem.files)
            return self.tr("File")
        if column == NAME:
            name = problem.name
            # A space at the start or the end is the problem, and invisible without quotes.
            return f"“{name}”" if name != name.strip(" ") else name
        if column == WHERE:
            return problem.folder or self.tr("(top of the share)")
        if column == PROBLEM:
            return self.explain(problem)
        if problem.proposal is not None:
            return problem.proposal
        if problem.renamable:
            return self.tr("choose a shorter name")
        return self.tr("cannot be fixed by a new name")

    def explain(self, problem: NameProblem) -> str:
        """Every reason of a problem, in plain sentences."""
        lang = self.session.lang
        return " ".join(describe(code, lang) for code in problem.codes)
