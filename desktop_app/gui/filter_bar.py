"""The review's quick filters and search box, turned into one FileFilter for the model.

Filtering happens inside the file model (a proxy model is far too slow for a million
rows), so this bar only collects the choices and hands the model a new filter; typing in
the search box waits a moment before filtering so each key press stays instant.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.core.classify import CATEGORIES
from desktop_app.gui.file_model import FileFilter
from desktop_app.gui.i18n import Retranslatable
from desktop_app.gui.labels import category_name, decision_name

SEARCH_DELAY_MS = 250


class FilterBar(Retranslatable, QWidget):
    """Search box, suggestion/decision/type choices and the quick-filter check boxes."""

    filterChanged = Signal(object)
    """The new FileFilter (without the folder: the review adds the folder chosen)."""

    def __init__(self) -> None:
        super().__init__()
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.suggestion_label = QLabel()
        self.suggestion = QComboBox()
        self.suggestion_label.setBuddy(self.suggestion)
        self.decision_label = QLabel()
        self.decision = QComboBox()
        self.decision_label.setBuddy(self.decision)
        self.category_label = QLabel()
        self.category = QComboBox()
        self.category_label.setBuddy(self.category)
        for combo in (self.suggestion, self.decision):
            for value in (None, 0, 1, 2):
                combo.addItem("", value)
        self.category.addItem("", None)
        for index in range(len(CATEGORIES)):
            self.category.addItem("", index)
        self.duplicates = QCheckBox()
        self.sharepoint = QCheckBox()
        self.undecided = QCheckBox()
        self.older = QCheckBox()
        self.years = QSpinBox()
        self.years.setRange(1, 50)
        self.years.setValue(4)
        self.clear_button = QPushButton()
        """Not in the bar's own layout: the review puts it beside its title, where there is room."""

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._emit)
        for combo in (self.suggestion, self.decision, self.category):
            combo.currentIndexChanged.connect(self._emit)
        for box in (self.duplicates, self.sharepoint, self.undecided, self.older):
            box.toggled.connect(self._emit)
        self.years.valueChanged.connect(self._years_changed)
        self.clear_button.clicked.connect(self.clear)

        for combo in (self.suggestion, self.decision, self.category):
            # Long type names must not widen the window on a small screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(7)
        self.search.setMinimumWidth(120)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        row1 = QHBoxLayout()
        row1.addWidget(self.search_label)
        row1.addWidget(self.search, 3)
        for label, combo in (
            (self.suggestion_label, self.suggestion),
            (self.decision_label, self.decision),
            (self.category_label, self.category),
        ):
            row1.addSpacing(6)
            row1.addWidget(label)
            row1.addWidget(combo, 1)
        row2 = QHBoxLayout()
        for box in (self.duplicates, self.sharepoint, self.undecided):
            row2.addWidget(box)
            row2.addSpacing(6)
        row2.addWidget(self.older)
        row2.addWidget(self.years)
        row2.addStretch(1)
        grid.addLayout(row1, 0, 0)
        grid.addLayout(row2, 1, 0)
        self.retranslate()

    def spec(self, folder: str | None = None) -> FileFilter:
        """The filter the bar describes, limited to ``folder`` when given."""
        return FileFilter(
            text=self.search.text().strip(),
            suggestion=self.suggestion.currentData(),
            decision=self.decision.currentData(),
            category=self.category.currentData(),
            duplicates=self.duplicates.isChecked(),
            sharepoint=self.sharepoint.isChecked(),
            older_than_years=self.years.value() if self.older.isChecked() else None,
            folder=folder,
            undecided=self.undecided.isChecked(),
        )

    def clear(self) -> None:
        """Back to every file (one filter change, not one per control)."""
        widgets = (
            self.search,
            self.suggestion,
            self.decision,
            self.category,
            self.duplicates,
            self.sharepoint,
            self.undecided,
            self.older,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.suggestion, self.decision, self.category):
            combo.setCurrentIndex(0)
        for box in (self.duplicates, self.sharepoint, self.undecided, self.older):
            box.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._emit()

    def _years_changed(self, _value: int) -> None:
        if self.older.isChecked():
            self._emit()

    def _emit(self, *_args: object) -> None:
        self._timer.stop()
        self.filterChanged.emit(self.spec())

    def retranslate(self) -> None:
        """Every text of the bar in the current language."""
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Part of a file or folder name (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search by file or folder name"))
        self.suggestion_label.setText(self.tr("Su&ggestion:"))
        self.suggestion.setAccessibleName(self.tr("Show files with this suggestion"))
        self.suggestion.setAccessibleDescription(
            self.tr("The list shows only the files with the suggestion you choose here.")
        )
        self.decision_label.setText(self.tr("Decis&ion:"))
        self.decision.setAccessibleName(self.tr("Show files with this decision"))
        self.decision.setAccessibleDescription(
            self.tr("The list shows only the files with the decision you choose here.")
        )
        self.category_label.setText(self.tr("&Type:"))
        self.category.setAccessibleName(self.tr("Show files of this type"))
        self.category.setAccessibleDescription(
            self.tr("The list shows only the files of the type you choose, such as PDF or image.")
        )
        for combo in (self.suggestion, self.decision):
            combo.setItemText(0, self.tr("All"))
            for row in (1, 2, 3):
                combo.setItemText(row, decision_name(row - 1))
        self.category.setItemText(0, self.tr("All types"))
        for row in range(1, self.category.count()):
            self.category.setItemText(row, category_name(row - 1))
        self.duplicates.setText(self.tr("D&uplicates"))
        self.duplicates.setAccessibleName(self.tr("Show only files with identical copies"))
        self.duplicates.setAccessibleDescription(
            self.tr("These are files that exist more than once with exactly the same content.")
        )
        self.sharepoint.setText(self.tr("Share&Point problems"))
        self.sharepoint.setAccessibleName(self.tr("Show only files SharePoint will not accept"))
        self.sharepoint.setAccessibleDescription(
            self.tr(
                "These are files SharePoint refuses, for example because of a sign in the name."
            )
        )
        self.undecided.setText(self.tr("&Not decided yet"))
        self.undecided.setAccessibleName(self.tr("Show only files you have not decided"))
        self.undecided.setAccessibleDescription(
            self.tr("Hides the files you already made a decision about.")
        )
        self.older.setText(self.tr("Older than"))
        self.older.setAccessibleName(self.tr("Show only files older than"))
        self.older.setAccessibleDescription(
            self.tr("Uses the number of years next to it and looks at when a file last changed.")
        )
        self.years.setSuffix(self.tr(" years"))
        self.years.setAccessibleName(self.tr("Number of years"))
        self.years.setAccessibleDescription(
            self.tr("How many years ago a file last changed, for the Older than filter.")
        )
        self.clear_button.setText(self.tr("&Reset filters"))
        self.clear_button.setAccessibleName(self.tr("Clear every filter"))
        self.clear_button.setAccessibleDescription(
            self.tr("Empties the search and sets every filter back; your decisions stay.")
        )
