"""The ambassador's overview: who in the department handed in, when, and how much they decided.

Reached from View > Department overview. It reads the drop folder in the background with
the migration team's own collect and status code (``desktop_app.team.department``) and
never writes there. Where the drop folder may not be read, which is normal for a
write-only drop folder, the page says so in one calm sentence instead of a table.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.i18n import Retranslatable
from desktop_app.gui.jobs import BackgroundJob
from desktop_app.gui.session import Session
from desktop_app.gui.widgets import ElidedLabel

NAME, DEPARTMENT, SUBMITTED, FILES, DECIDED, HELPER = range(6)
COLUMNS = 6
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def submitted_text(created: str, lang: str) -> str:
    """A manifest's ``created`` time as local date and clock time ('?' when unreadable)."""
    try:
        when = dt.datetime.fromisoformat(created).astimezone()
    except (TypeError, ValueError):
        return "?"
    clock = f"{when.hour:02d}:{when.minute:02d}"
    if lang == "nl":
        return f"{when.day}-{when.month}-{when.year} {clock}"
    return f"{when.year:04d}-{when.month:02d}-{when.day:02d} {clock}"


class PeopleModel(QAbstractTableModel):
    """The colleagues who handed in, one row each, read straight from their list.

    A model rather than a widget per cell (the house rule for lists in the GUI): the view
    asks only for what it paints, and a new read swaps the list in one reset. The texts
    are made once per fill, because the language and locale only change through a refill.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._people: list = []
        self._rows: list[tuple[str, ...]] = []
        self._headers: list[str] = [""] * COLUMNS

    def set_people(self, people: list, lang: str, locale: QLocale) -> None:
        """Show ``people`` (DepartmentView colleagues) with dates and numbers for ``lang``."""
        self.beginResetModel()
        self._people = list(people)
        self._rows = [_cells(person, lang, locale) for person in self._people]
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        """The column titles, already translated by the page (its own tr() context)."""
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (FILES, DECIDED):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return self._people[row].login or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < COLUMNS else None
        return super().headerData(section, orientation, role)


def _cells(person, lang: str, locale: QLocale) -> tuple[str, ...]:
    share = person.decided_share
    return (
        person.name,
        person.department or "",
        submitted_text(person.submitted, lang),
        locale.toString(person.files),
        "–" if share is None else f"{round(share * 100)}%",
        person.assisted_by or "",
    )


def _read(drop: str | None, department: str | None):
    # Imported here: an employee-only build leaves the team tools (and DuckDB) out.
    from desktop_app.team.department import department_overview

    return department_overview(drop, department)


class AmbassadorPage(Retranslatable, QWidget):
    """The department's colleagues in a table, or one sentence why that cannot be shown."""

    backRequested = Signal()

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.view = None
        """The last DepartmentView read (None before, or when reading failed)."""
        self.problem: tuple[str, str] | None = None
        """(code, detail) of the last failed read."""
        self.job: BackgroundJob | None = None
        self._reading = False

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.where = ElidedLabel()
        self.where.setObjectName("fieldLabel")
        self.calm = QLabel()
        self.calm.setObjectName("ambassadorCalm")
        self.calm.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.people = PeopleModel(self)
        self.table = QTableView()
        self.table.setModel(self.people)
        self.table.setObjectName("colleagues")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.backRequested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.where)
        layout.addWidget(self.calm)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        # Without a table (nothing handed in yet, or the folder cannot be read) this takes
        # the room, so that the texts and buttons stay together at the top.
        layout.addStretch(0)
        self._layout = layout
        self.retranslate()

    def first_focus(self) -> QWidget:
        """The table when it shows colleagues, else the button that reads again."""
        return self.table if self.table.isVisible() else self.refresh_button

    def department(self) -> str | None:
        """The ambassador's department; None (every department) when it is not known."""
        return self.session.department or None

    # -- reading ----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.job is None:
            self.refresh()

    def refresh(self) -> None:
        """Read the drop folder again, in the background."""
        drop, department = self.session.config.drop_folder, self.department()
        job = BackgroundJob(lambda _report: _read(drop, department), self, "sharetidy-overview")
        job.succeeded.connect(lambda view, j=job: self._read_done(j, view))
        job.failed.connect(lambda error, j=job: self._read_failed(j, error))
        self.job = job
        self._reading = True
        self.refresh_button.setEnabled(False)
        self._show()
        job.start()

    def is_reading(self) -> bool:
        """Whether the drop folder is being read (until its result is shown)."""
        return self._reading

    def _read_done(self, job: BackgroundJob, view) -> None:
        if job is not self.job:
            return
        self.view, self.problem = view, None
        self._finish()

    def _read_failed(self, job: BackgroundJob, error: BaseException) -> None:
        if job is not self.job:
            return
        code = getattr(error, "code", None)
        if isinstance(error, ModuleNotFoundError):
            code = "missing"
        self.view, self.problem = None, (code or "error", str(error))
        self._finish()

    def _finish(self) -> None:
        self._reading = False
        refocus = self.refresh_button.hasFocus() or self.focusWidget() is None
        self.refresh_button.setEnabled(True)
        self._show()
        if refocus and self.isVisible():
            self.first_focus().setFocus()

    # -- showing ----------------------------------------------------------------------
    def _problem_text(self, code: str, detail: str) -> str:
        texts = {
            "denied": self.tr(
                "You may hand in to the drop folder but not look inside it; that is normal, "
                "and the migration team can tell you how far your department is."
            ),
            "unreachable": self.tr(
                "The drop folder cannot be reached right now; please try again later."
            ),
            "none": self.tr(
                "Your organisation's settings name no drop folder, so there is nothing to show yet."
            ),
            "missing": self.tr(
                "This version of ShareTidy has no department overview; the migration team "
                "can tell you how far your department is."
            ),
        }
        if code in texts:
            return texts[code]
        return self.tr("The drop folder could not be read: %1").replace("%1", detail)

    def _show(self) -> None:
        view, reading = self.view, self._reading
        if reading and view is None:
            self.calm.setText(self.tr("Reading the drop folder…"))
        elif self.problem is not None:
            self.calm.setText(self._problem_text(*self.problem))
        elif view is not None and not view.colleagues:
            department = self.department()
            self.calm.setText(
                self.tr("Nobody of %1 has handed in yet.").replace("%1", department)
                if department
                else self.tr("Nobody has handed in yet.")
            )
        else:
            self.calm.setText("")
        self.calm.setVisible(bool(self.calm.text()))
        shown = view is not None and bool(view.colleagues) and self.problem is None
        self.table.setVisible(shown)
        self.summary.setVisible(shown)
        self._layout.setStretch(self._layout.count() - 1, 0 if shown else 1)
        if shown:
            self._fill(view)

    def _fill(self, view) -> None:
        lang = self.session.lang
        department = self.department()
        people = view.colleagues
        text = (
            self.tr("%n colleague(s) of %1 handed in.", "", len(people)).replace("%1", department)
            if department
            else self.tr("%n colleague(s) handed in.", "", len(people))
        )
        if view.files:
            share = round(100 * view.decided / view.files)
            text += " " + self.tr(
                "They decided %1% of their files themselves; the rest keeps the suggestion."
            ).replace("%1", str(share))
        if view.rejected:
            text += " " + self.tr(
                "%n file(s) in the drop folder could not be used; the migration team sees "
                "that too.",
                "",
                view.rejected,
            )
        self.summary.setText(text)
        self.people.set_people(people, lang, self.session.locale())
        self.table.setColumnHidden(DEPARTMENT, department is not None)

    def retranslate(self) -> None:
        """Every text of the page in the current language."""
        self.title.setText(self.tr("Your department at a glance"))
        self.intro.setText(
            self.tr(
                "Here you see who handed in and when, and how much of their files each "
                "colleague decided themselves. The numbers come from the drop folder, just as "
                "the migration team sees them."
            )
        )
        drop = self.session.config.drop_folder
        self.where.setText(self.tr("Drop folder: %1").replace("%1", drop) if drop else "")
        self.people.set_headers(
            [
                self.tr("Name"),
                self.tr("Department"),
                self.tr("Handed in"),
                self.tr("Files"),
                self.tr("Decided themselves"),
                self.tr("Helped by"),
            ]
        )
        self.table.setAccessibleName(self.tr("Colleagues who handed in"))
        self.refresh_button.setText(self.tr("&Read again"))
        self.refresh_button.setAccessibleName(self.tr("Read the drop folder again"))
        self.refresh_button.setAccessibleDescription(
            self.tr("Fetches the newest hand-ins from the drop folder.")
        )
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Go back to where you were"))
        self.back_button.setAccessibleDescription(self.tr("Returns to the screen you came from."))
        self._show()
