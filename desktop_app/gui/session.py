"""One working session of the app: the config, the catalog, the models and the undo stack.

The pages share one :class:`Session` instead of talking to each other: the start page
asks it for the shares, the scan page tells it a scan finished, the review and the
overview show its models. It owns the only catalog connection of the GUI thread.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.core import shares
from desktop_app.core.config import OrgConfig
from desktop_app.core.decisions import FILE
from desktop_app.core.store import Catalog, Root
from desktop_app.gui.decide import DecisionService
from desktop_app.gui.file_columns import FileColumns
from desktop_app.gui.file_model import FileTableModel
from desktop_app.gui.file_query import identity
from desktop_app.gui.folder_model import FolderTreeModel
from desktop_app.gui.i18n import Translations, qlocale
from desktop_app.gui.practice import inside

_EXTRA_KEY = "extra_folders"
_DEPARTMENT_KEY = "department"
_ASSISTED_KEY = "assisted_by"


def today() -> str:
    """Today's date (ISO); how long the helper's name is kept."""
    return dt.date.today().isoformat()


def share_key(path: str) -> str:
    """How two spellings of one share compare (case-insensitive, as Windows does)."""
    return shares.unc_path(path).replace("\\", "/").rstrip("/").casefold()


class Session(QObject):
    """Everything the pages share while the app is open."""

    rootLoaded = Signal(int)
    """A root's current scan is now in the models."""
    languageChanged = Signal(str)
    sharesChanged = Signal()
    """A folder was added or the department changed: the start page lists anew."""
    assistedByChanged = Signal(str)
    """The name of the colleague helping (the ambassador) changed."""

    def __init__(
        self,
        config: OrgConfig,
        catalog: Catalog,
        translations: Translations,
        lang: str,
        *,
        user: str | None = None,
        demo: bool = False,
        guided: bool = False,
        practice_root: str | os.PathLike[str] | None = None,
    ):
        super().__init__()
        self.config = config
        self.catalog = catalog
        self.translations = translations
        self.lang = lang
        self.user = user or shares.login_name()
        self.practice_root = Path(practice_root) if practice_root else None
        """Practice mode: the demo folder, the only place where anything may change."""
        self.demo = demo or self.practice_root is not None
        self._assisted: tuple[str, str] | None = None
        self.guided = guided
        self.undo_stack = QUndoStack(self)
        self.files = FileTableModel(catalog, config.policy, lang, self)
        self.folders = FolderTreeModel(self.files)
        self.service = DecisionService(catalog, self.files)
        self.root_id: int | None = None
        self.root_name = ""
        self.root_target = ""

    # -- language ---------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch every text of the app, the reasons in the table included."""
        if lang == self.lang and self.translations.lang == lang:
            return
        self.lang = lang  # first: the pages read it while they retranslate
        self.translations.switch(lang)
        self.files.set_language(lang)
        self.languageChanged.emit(lang)

    def locale(self):
        """The QLocale for numbers and dates in the current language."""
        return qlocale(self.lang)

    # -- settings kept in the catalog -------------------------------------------------
    def meta(self, key: str) -> str | None:
        return self.catalog.meta(key)

    def set_meta(self, key: str, value: str | None) -> None:
        self.catalog.set_meta(key, value)

    @property
    def department(self) -> str:
        """The config's department, else the one the employee chose (stored), else ''."""
        return self.config.department or self.meta(_DEPARTMENT_KEY) or ""

    def set_department(self, name: str) -> None:
        """Remember the employee's department; department shares then appear."""
        self.set_meta(_DEPARTMENT_KEY, name or None)
        self.sharesChanged.emit()

    def extra_folders(self) -> list[str]:
        """Folders the employee added on the start page."""
        text = self.meta(_EXTRA_KEY)
        if not text:
            return []
        try:
            value = json.loads(text)
        except ValueError:
            return []
        return [str(item) for item in value if isinstance(item, str)]

    def add_folder(self, path: str) -> None:
        """Add a folder to the start page (once)."""
        path = os.path.abspath(path)
        folders = self.extra_folders()
        if all(share_key(path) != share_key(known) for known in folders):
            folders.append(path)
            self.set_meta(_EXTRA_KEY, json.dumps(folders, ensure_ascii=False))
        self.sharesChanged.emit()

    @property
    def assisted_by(self) -> str:
        """The ambassador's name for the manifest, as typed today ('' on another day).

        Kept for the day, so a restart while helping keeps it; not longer, so an
        employee who hands in again alone next week does not hand in "assisted".
        """
        if self._assisted is None:
            try:
                value = json.loads(self.meta(_ASSISTED_KEY) or "{}")
            except ValueError:
                value = {}
            valid = isinstance(value, dict) and isinstance(value.get("name"), str)
            self._assisted = (value["name"], str(value.get("day"))) if valid else ("", "")
        name, day = self._assisted
        return name if day == today() else ""

    def set_assisted_by(self, name: str) -> None:
        """Remember who helps today (an empty name forgets it)."""
        name = name.strip()
        if name == self.assisted_by:
            return
        day = today()
        stored = json.dumps({"name": name, "day": day}, ensure_ascii=False) if name else None
        self.set_meta(_ASSISTED_KEY, stored)
        self._assisted = (name, day)
        self.assistedByChanged.emit(name)

    # -- practice mode ----------------------------------------------------------------
    def may_change(self, path: str | os.PathLike[str]) -> bool:
        """Whether the app may change ``path`` (rename, recycle bin, hand in there).

        Always outside practice mode (the safety rules of each action still hold); in
        practice mode only inside the demo folder.
        """
        return self.practice_root is None or inside(path, self.practice_root)

    # -- shares and roots -------------------------------------------------------------
    def discover(self) -> list[shares.ShareCandidate]:
        """The employee's shares: config templates, mapped drives, added folders."""
        return shares.discover(self.config, self.user, self.department, self.extra_folders())

    def root_of(self, path: str) -> Root | None:
        """The catalog's root for a share path, if it was ever scanned."""
        key = share_key(path)
        for root in self.catalog.roots():
            if share_key(root.path) == key and root.scan_id is not None:
                return root
        return None

    def load_root(self, root_id: int, columns: FileColumns | None = None) -> None:
        """Show this root's current scan in the review and the overview.

        ``columns`` are the ones the scan worker prepared, if it just scanned this root.
        """
        root = self.catalog.root(root_id)
        # Kept here so that retranslating (which may happen at any moment, even while the
        # window closes) never needs the catalog.
        self.root_name = self._label_of(root.path)
        self.folders.root_label = self.root_name
        self.files.load(root_id, columns)
        self.root_id = root_id
        self.root_target = root.target or ""
        self.rootLoaded.emit(root_id)

    def show_copies(self, root_id: int, columns: FileColumns) -> None:
        """Show the copies a scan found after its listing was shown (``columns``: the
        worker's columns of that scan, with them).

        The review keeps its place: the same files stay selected and current, the list
        stays where it was scrolled, the details show the file's new suggestion. Only
        when the columns are not of the scan shown is the root loaded afresh.
        """
        if self.root_id != root_id:
            return  # another share is shown: it reads its copies when it is shown again
        newpos = self.files.show_copies(columns)
        if newpos is None:
            self.load_root(root_id, columns)
        elif newpos != identity(len(newpos)):  # after a rename meanwhile: other indexes
            self.forget_undo_indexes(root_id)

    def forget_undo_indexes(self, root_id: int) -> None:
        """Undo steps keep file indexes of the columns they were made on; after new columns
        with other indexes (a live change, the copies found after a rename) those point
        elsewhere, so the steps find their files by path instead (as after a rescan)."""
        stack = self.undo_stack
        for number in range(stack.count()):
            outcome = getattr(stack.command(number), "outcome", None)
            if outcome is None or outcome.root_id != root_id:
                continue
            outcome.changes = tuple(
                dataclasses.replace(change, scan_id=None) if change.kind == FILE else change
                for change in outcome.changes
            )

    def ensure_root(self, root_id: int) -> None:
        """Load ``root_id`` unless it is the one shown (undo of another share's step)."""
        if self.root_id != root_id:
            self.load_root(root_id)

    def reload(self) -> None:
        """Read the shown root again (after a new scan of it)."""
        if self.root_id is not None:
            self.load_root(self.root_id)

    def root_label(self) -> str:
        """The name of the share shown ('' before one is loaded)."""
        return self.root_name

    def _label_of(self, path: str) -> str:
        """The name the start page gives a share, else its folder name."""
        found = shares.discover(
            self.config, self.user, self.department, self.extra_folders(), probe=False
        )
        for candidate in found:
            if share_key(candidate.path) == share_key(path):
                return candidate.name
        return os.path.basename(path.rstrip("/\\")) or path
