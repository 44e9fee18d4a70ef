"""The overview: where the space goes (a treemap), the totals per decision, and what moves.

Employees want to know what their decisions add up to and what will be waiting for them
in Microsoft 365; the treemap shows the big folders at a glance, coloured by decision, and
a click opens that folder in the review.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.policy import human_size
from desktop_app.gui.i18n import Retranslatable
from desktop_app.gui.labels import decision_name
from desktop_app.gui.session import Session
from desktop_app.gui.treemap import TreemapWidget
from desktop_app.gui.widgets import ElidedLabel


class OverviewPage(Retranslatable, QWidget):
    """Treemap on the left, totals and 'what moves to Microsoft 365' on the right."""

    folderActivated = Signal(str)
    """Open this folder in the review."""
    fileActivated = Signal(int)
    """Open the review on this file (its file index)."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.treemap = TreemapWidget(session.files, session.folders)
        self.treemap.setMinimumSize(240, 180)
        self.treemap.folderShown.connect(self._folder_shown)
        self.treemap.fileActivated.connect(self._file_activated)
        self.shown = QLabel()
        self.shown.setObjectName("fieldLabel")
        self.shown.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_in_review)

        self.totals_title = QLabel()
        self.totals_title.setObjectName("sectionTitle")
        self.grid = QGridLayout()
        self.head_decision, self.head_files, self.head_size = QLabel(), QLabel(), QLabel()
        for column, label in enumerate((self.head_decision, self.head_files, self.head_size)):
            label.setObjectName("fieldLabel")
            self.grid.addWidget(label, 0, column)
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []
        for decision in range(4):
            row = (QLabel(), QLabel(), QLabel())
            if decision < 3:
                row[0].setObjectName(("keepText", "archiveText", "deleteText")[decision])
            for column, label in enumerate(row):
                self.grid.addWidget(label, decision + 1, column)
            self.rows.append(row)
        self.moves_title = QLabel()
        self.moves_title.setObjectName("sectionTitle")
        self.moves_keep, self.moves_archive, self.moves_delete, self.moves_note = (
            QLabel(),
            QLabel(),
            QLabel(),
            QLabel(),
        )
        for label in (self.moves_keep, self.moves_archive, self.moves_delete, self.moves_note):
            label.setWordWrap(True)
        self.moves_note.setObjectName("fieldLabel")
        self.moves_target = ElidedLabel()
        self.moves_target.setObjectName("cardPath")

        side = QFrame()
        side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.totals_title)
        side_layout.addLayout(self.grid)
        side_layout.addSpacing(12)
        side_layout.addWidget(self.moves_title)
        for label in (
            self.moves_keep,
            self.moves_target,
            self.moves_archive,
            self.moves_delete,
            self.moves_note,
        ):
            side_layout.addWidget(label)
        side_layout.addStretch(1)
        map_row = QHBoxLayout()
        map_row.addWidget(self.shown, 1)
        map_row.addWidget(self.open_button)
        map_box = QVBoxLayout()
        map_box.addWidget(self.treemap, 1)
        map_box.addLayout(map_row)
        body = QHBoxLayout()
        body.addLayout(map_box, 3)
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setWidget(side)
        self.side_scroll.setMinimumWidth(260)
        self.side_scroll.setMaximumWidth(440)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(self.side_scroll, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)

        session.files.decisionsChanged.connect(self.refresh)
        session.rootLoaded.connect(self.refresh)
        session.rootLoaded.connect(self._folder_shown)
        self.retranslate()

    def first_focus(self) -> QWidget:
        """The treemap takes the keyboard first (arrows choose, Enter opens a folder)."""
        return self.treemap

    def open_in_review(self) -> None:
        """Show the folder the map shows in the review."""
        self.folderActivated.emit(self.treemap.folder())

    def _folder_shown(self, _folder: str) -> None:
        self._retranslate_shown()

    def _file_activated(self, index: int) -> None:
        self.fileActivated.emit(index)

    def _retranslate_shown(self) -> None:
        folder = self.treemap.folder()
        name = folder or self.session.root_label() or self.tr("the whole share")
        self.shown.setText(self.tr("The map shows: %1").replace("%1", name))
        self.open_button.setText(self.tr("&Open this folder in the list"))
        self.open_button.setAccessibleName(
            self.tr("Open %1 in the list of files").replace("%1", name)
        )
        self.open_button.setAccessibleDescription(
            self.tr("Goes to the list of files and shows only the files of this folder.")
        )

    def totals(self) -> dict[int, tuple[int, int]]:
        """decision -> (files, bytes) over the whole share, decisions and suggestions."""
        return self.session.files.totals()

    def refresh(self, *_args: object) -> None:
        """Fill the totals and the 'what moves' text from the model."""
        lang = self.session.lang
        locale = self.session.locale()
        totals = self.totals()
        all_files = sum(files for files, _ in totals.values())
        all_bytes = sum(size for _, size in totals.values())
        for decision in range(3):
            files, size = totals.get(decision, (0, 0))
            name, count, amount = self.rows[decision]
            name.setText(decision_name(decision))
            count.setText(locale.toString(files))
            amount.setText(human_size(size, lang))
        name, count, amount = self.rows[3]
        name.setText(self.tr("Total"))
        count.setText(locale.toString(all_files))
        amount.setText(human_size(all_bytes, lang))
        keep = totals.get(0, (0, 0))
        archive = totals.get(1, (0, 0))
        delete = totals.get(2, (0, 0))
        target = self.session.root_target
        self.moves_keep.setText(
            self.tr("%n file(s) (%1) move to Microsoft 365.", "", keep[0]).replace(
                "%1", human_size(keep[1], lang)
            )
        )
        self.moves_target.setVisible(bool(target))
        self.moves_target.setText(self.tr("Their new place: %1").replace("%1", target))
        self.moves_archive.setText(
            self.tr("%n file(s) (%1) go to the archive.", "", archive[0]).replace(
                "%1", human_size(archive[1], lang)
            )
        )
        self.moves_delete.setText(
            self.tr("%n file(s) (%1) do not move.", "", delete[0]).replace(
                "%1", human_size(delete[1], lang)
            )
        )
        self.moves_note.setText(
            self.tr(
                "Files you did not decide yet count with their suggestion. Nothing is deleted "
                "until the migration team carries out the plan, and they can restore files."
            )
        )

    def retranslate(self) -> None:
        """Every text of the page in the current language."""
        self.title.setText(self.tr("Overview"))
        self.intro.setText(
            self.tr(
                "Each block is a folder; the bigger the block, the more space it takes. "
                "The colour shows the decision. Click a block (or press Enter) to look "
                "inside that folder."
            )
        )
        self.totals_title.setText(self.tr("Totals"))
        self.head_decision.setText(self.tr("Decision"))
        self.head_files.setText(self.tr("Files"))
        self.head_size.setText(self.tr("Size"))
        self.moves_title.setText(self.tr("What moves to Microsoft 365"))
        self.treemap.setAccessibleName(self.tr("Map of the folders by size"))
        self.side_scroll.setAccessibleName(self.tr("Totals and what moves"))
        self.side_scroll.setAccessibleDescription(
            self.tr("Shows how many files go where, counting your decisions and the suggestions.")
        )
        self._retranslate_shown()
        self.refresh()
