"""The details of one file: the full reason, the rule, the other copies and SharePoint problems.

An employee who doubts a suggestion looks here: it says in plain words why ShareTidy
suggests what it does, whether the file is protected (a likely official record), where
its identical copies are and what SharePoint would not accept, and it opens the file or
its folder so the employee can look for themselves.
"""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.policy import human_size
from desktop_app.core.sharepoint import describe
from desktop_app.gui.i18n import Retranslatable
from desktop_app.gui.labels import category_name, decision_meaning, decision_name
from desktop_app.gui.rule_names import rule_name
from desktop_app.gui.session import Session


def _wrapped(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class DetailsPane(Retranslatable, QScrollArea):
    """Everything about the current file; empty with a hint when nothing is selected."""

    copyActivated = Signal(int)
    """The user wants to see another copy of a duplicate (its model index)."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.index: int | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(220)

        body = QWidget()
        body.setObjectName("detailsBody")
        self.hint = _wrapped("hint")
        self.title = _wrapped("detailsTitle")
        self.where = _wrapped("cardPath")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.size_label, self.size_value = QLabel(), _wrapped()
        self.modified_label, self.modified_value = QLabel(), _wrapped()
        self.type_label, self.type_value = QLabel(), _wrapped()
        self.suggestion_label, self.suggestion_value = QLabel(), _wrapped()
        self.decision_label, self.decision_value = QLabel(), _wrapped()
        for label, value in (
            (self.size_label, self.size_value),
            (self.modified_label, self.modified_value),
            (self.type_label, self.type_value),
            (self.suggestion_label, self.suggestion_value),
            (self.decision_label, self.decision_value),
        ):
            label.setObjectName("fieldLabel")
            self.form.addRow(label, value)
        # Headings wrap like the rest: at a large text size none may be wider than the pane.
        self.reason_heading = _wrapped("sectionTitle")
        self.reason = _wrapped("reason")
        self.protected = _wrapped("protectedNote")
        self.changed = _wrapped("warningNote")
        self.copies_heading = _wrapped("sectionTitle")
        self.copies = _wrapped()
        self.sharepoint_heading = _wrapped("sectionTitle")
        self.sharepoint = _wrapped()
        self.open_button = QPushButton()
        self.folder_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_in_folder)

        buttons = self.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.hint)
        layout.addWidget(self.title)
        layout.addWidget(self.where)
        layout.addLayout(self.form)
        layout.addWidget(self.reason_heading)
        layout.addWidget(self.reason)
        layout.addWidget(self.protected)
        layout.addWidget(self.changed)
        layout.addWidget(self.copies_heading)
        layout.addWidget(self.copies)
        layout.addWidget(self.sharepoint_heading)
        layout.addWidget(self.sharepoint)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
        session.files.decisionsChanged.connect(self.refresh)
        session.languageChanged.connect(self.refresh)
        self.retranslate()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._stack_buttons()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._stack_buttons()  # another text size: the buttons' widths changed

    def _stack_buttons(self) -> None:
        """The two buttons side by side where they fit, else one above the other (a narrow
        pane at a large text size must not need a sideways scroll bar)."""
        margins = self.widget().layout().contentsMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        need = (
            self.open_button.sizeHint().width()
            + self.buttons.spacing()
            + self.folder_button.sizeHint().width()
        )
        wanted = (
            QBoxLayout.Direction.LeftToRight if need <= room else QBoxLayout.Direction.TopToBottom
        )
        if self.buttons.direction() != wanted:
            self.buttons.setDirection(wanted)

    def show_file(self, index: int | None) -> None:
        """Show the file with this model index (None: nothing selected)."""
        self.index = index
        self.refresh()

    def path(self) -> str | None:
        """The full path of the file shown."""
        if self.index is None:
            return None
        return self.session.files.info(self.index).path

    def open_file(self) -> None:
        """Open the file in its own program (the employee's explicit wish)."""
        path = self.path()
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def show_in_folder(self) -> None:
        """Open the folder that holds the file."""
        path = self.path()
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(path)))

    # -- texts ------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        """Fill every field from the model (after a decision, too)."""
        shown = self.index is not None
        for widget in (
            self.title,
            self.where,
            self.size_label,
            self.size_value,
            self.modified_label,
            self.modified_value,
            self.type_label,
            self.type_value,
            self.suggestion_label,
            self.suggestion_value,
            self.decision_label,
            self.decision_value,
            self.reason_heading,
            self.reason,
            self.open_button,
            self.folder_button,
        ):
            widget.setVisible(shown)
        self.hint.setVisible(not shown)
        if self.index is None:
            for widget in (
                self.protected,
                self.changed,
                self.copies_heading,
                self.copies,
                self.sharepoint_heading,
                self.sharepoint,
            ):
                widget.setVisible(False)
            return
        session = self.session
        lang = session.lang
        model = session.files
        info = model.info(self.index)
        self.title.setText(info.name)
        folder = info.folder or self.tr("(top folder of the share)")
        self.where.setText(self.tr("In folder: %1").replace("%1", folder))
        self.size_value.setText(human_size(info.size, lang))
        modified = dt.datetime.fromtimestamp(info.mtime_ns / 1e9)
        self.modified_value.setText(session.locale().toString(modified.date(), "d MMMM yyyy"))
        self.type_value.setText(category_name(info.category))
        # The rule by a name in words: its id in the config means nothing to an employee.
        self.suggestion_value.setText(
            self.tr("%1 (rule: %2)")
            .replace("%1", decision_name(info.suggestion))
            .replace("%2", rule_name(model.policy, info.rule, lang))
        )
        if info.source == "employee" and info.inherited_from is not None:
            decided = (
                self.tr("%1, decided by you for the folder %2")
                .replace("%1", decision_name(info.decision))
                .replace("%2", info.inherited_from or self.tr("(top folder of the share)"))
            )
        elif info.source == "employee":
            decided = self.tr("%1, decided by you").replace("%1", decision_name(info.decision))
        else:
            decided = self.tr("%1, the suggestion (not decided yet)").replace(
                "%1", decision_name(info.decision)
            )
        self.decision_value.setText(decided + "\n" + decision_meaning(info.decision))
        self.reason.setText(model.reason(self.index, lang))
        self.protected.setVisible(bool(info.protected))
        self.protected.setText(
            self.tr(
                "Protected: this looks like an official record. It cannot be deleted; "
                "choose Archive or Keep."
            )
        )
        self.changed.setVisible(bool(info.changed))
        self.changed.setText(
            self.tr("This file changed after you decided. Please look at it again.")
        )
        copies = [model.info(other) for other in model.duplicates_of(self.index)]
        self.copies_heading.setVisible(bool(copies))
        self.copies.setVisible(bool(copies))
        self.copies_heading.setText(self.tr("Other copies (%n)", "", len(copies)))
        self.copies.setText("\n".join("• " + other.rel for other in copies))
        problems = [describe(code, lang) for code in info.sp_codes]
        self.sharepoint_heading.setVisible(bool(problems))
        self.sharepoint.setVisible(bool(problems))
        self.sharepoint_heading.setText(self.tr("Problems for SharePoint"))
        self.sharepoint.setText("\n".join("• " + text for text in problems))

    def retranslate(self) -> None:
        """Every text of the pane in the current language."""
        self.hint.setText(self.tr("Choose a file in the list to see why ShareTidy suggests this."))
        self.size_label.setText(self.tr("Size:"))
        self.modified_label.setText(self.tr("Last changed:"))
        self.type_label.setText(self.tr("Type:"))
        self.suggestion_label.setText(self.tr("Suggestion:"))
        self.decision_label.setText(self.tr("Decision:"))
        self.reason_heading.setText(self.tr("Why?"))
        self.open_button.setText(self.tr("&Open the file"))
        self.open_button.setAccessibleName(self.tr("Open the file"))
        self.open_button.setAccessibleDescription(
            self.tr("Opens the file in its own program, so you can see what is in it.")
        )
        self.folder_button.setText(self.tr("Show in fo&lder"))
        self.folder_button.setAccessibleName(self.tr("Show the file in its folder"))
        self.folder_button.setAccessibleDescription(
            self.tr("Opens the folder that holds this file.")
        )
        self.setAccessibleName(self.tr("Details of the file"))
        self.setAccessibleDescription(
            self.tr("Shows the size, the date, the suggestion and the reason for the chosen file.")
        )
        self.refresh()
        self._stack_buttons()
