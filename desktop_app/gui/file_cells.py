"""What one file shows: the details pane's record and the table's cell texts per role.

Kept apart from the model so that the model is about rows (loading, sorting, filtering,
decisions) and this is about words: ``data()`` formats only the cells the view asks for,
through :class:`CellTexts`, with the words of the current language fetched once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop_app.core.policy import FileFacts, Policy, human_size
from desktop_app.core.reasons import Reasons
from desktop_app.gui.decision_state import FOLDER_SOURCE, SUGGESTION
from desktop_app.gui.file_query import (
    DECISION,
    FOLDER,
    MODIFIED,
    NAME,
    REASON,
    SIZE,
    SUGGESTED,
    TYPE,
)
from desktop_app.gui.file_words import TableWords

if TYPE_CHECKING:
    from desktop_app.gui.file_model import FileTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class FileInfo:
    """Everything the details pane shows about one file."""

    index: int
    file_id: int
    root_id: int
    folder: str
    name: str
    rel: str
    path: str
    """The real absolute path, to open the file or show it in its folder."""
    size: int
    mtime_ns: int
    category: int
    suggestion: int
    rule: str
    protected: bool
    decision: int
    source: str
    """'employee' (own or folder decision) or 'suggestion'."""
    decided_at: float | None
    changed: bool
    """The own decision was made on another size or modification time."""
    dup_group: int | None
    sp_codes: tuple[str, ...]
    copies: int = 1
    keeper: str = ""
    """Relative path of the copy of its duplicate group that is kept."""
    is_keeper: bool = False
    inherited_from: str | None = None
    """The folder whose decision holds for this file, when that is where it comes from."""
    placeholder: bool = False
    unreadable: bool = False
    bad_name: bool = False

    def facts(self) -> FileFacts:
        """The policy's view of this file (for its reason)."""
        return FileFacts(
            self.name,
            self.folder,
            self.category,
            self.size,
            self.mtime_ns,
            duplicate=self.dup_group is not None and not self.is_keeper,
            copies=self.copies,
            keeper=self.keeper,
        )

    def reason(self, policy: Policy, lang: str) -> str:
        """Why the policy suggests what it suggests, in plain words."""
        return Reasons(policy, lang).text(self.rule, self.facts())


class CellTexts:
    """The text of every cell and role, in the model's language (``data()`` calls these)."""

    def __init__(self, model: FileTableModel):
        self.model = model
        self.words = TableWords()
        self.italic = QFont()
        self.italic.setItalic(True)

    def retranslate(self) -> None:
        """Fetch the words again (after the translator changed)."""
        self.words = TableWords()

    def display(self, i: int, column: int):
        cols = self.model.columns
        if column == NAME:
            return cols.name[i]
        if column == FOLDER:
            return cols.folder_rel[cols.folder[i]] or self.words.top_folder
        if column == SIZE:
            return human_size(cols.size[i], self.model.language())
        if column == MODIFIED:
            return date_text(cols.mtime[i], self.model.language())
        if column == TYPE:
            return self.words.categories[min(cols.category[i], len(self.words.categories) - 1)]
        if column == SUGGESTED:
            return self.words.decisions[cols.suggestion[i]]
        if column == REASON:
            return self.model.reason(i)
        if column == DECISION:
            state = self.model.state
            word = self.words.decisions[state.decision[i]]
            if state.changed(i):
                return "\u26a0 " + word
            if state.source[i] != SUGGESTION:
                return "\u2713 " + word
            return word
        return None

    def tooltip(self, i: int, column: int) -> str:
        cols, state, words = self.model.columns, self.model.state, self.words
        lines = [cols.rel(i)] if column in (NAME, FOLDER) else []
        lines.append(self.model.reason(i))
        if cols.protected[i]:
            lines.append("\U0001f512 " + words.protected)
        if state.changed(i):
            lines.append("\u26a0 " + words.changed)
        source = state.source[i]
        if source == FOLDER_SOURCE:
            folder = state.inherited_from(i) or words.top_folder
            lines.append(words.by_folder.replace("%1", folder))
        elif source == SUGGESTION:
            lines.append(words.undecided)
        return "\n".join(lines)

    def accessible(self, i: int, column: int):
        cols, state, words = self.model.columns, self.model.state, self.words
        if column == DECISION:
            word = words.decisions[state.decision[i]]
            if state.changed(i):
                return words.changed_decision.replace("%1", word)
            if state.source[i] == SUGGESTION:
                return words.suggested.replace("%1", word)
            return words.decided_by_you.replace("%1", word)
        if column == NAME and cols.protected[i]:
            return words.protected_short.replace("%1", cols.name[i])
        return self.display(i, column)

    def alignment(self, _i: int, column: int):
        return RIGHT if column == SIZE else None

    def font(self, i: int, column: int):
        if column == DECISION and self.model.state.source[i] == SUGGESTION:
            return self.italic
        return None


def date_text(mtime_ns: int, lang: str = "en") -> str:
    """A modification time as a local date ('?' when out of range).

    Dutch readers write 14-3-2012; in English the unambiguous 2012-03-14 is used.
    """
    try:
        tm = time.localtime(mtime_ns // 1_000_000_000)
    except (OverflowError, OSError, ValueError):
        return "?"
    if lang == "nl":
        return f"{tm.tm_mday}-{tm.tm_mon}-{tm.tm_year}"
    return f"{tm.tm_year:04d}-{tm.tm_mon:02d}-{tm.tm_mday:02d}"
