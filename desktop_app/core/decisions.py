"""The decision that holds for each file: its own, else its nearest folder's, else the
suggestion.

The employee may decide a single file or a whole folder (which then holds for everything
below it, unless something deeper has its own decision). Protected items (likely
official records) can never end up as delete, whatever a folder decision says: for them
a folder's delete falls back to the suggestion.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop_app.core.policy import DECISIONS, DELETE
from desktop_app.core.store import Catalog

FILE, FOLDER = "file", "folder"


@dataclass(frozen=True, slots=True)
class Effective:
    """One file of a root's current scan with the decision that results for it."""

    file_id: int
    folder: str
    name: str
    size: int
    mtime_ns: int
    category: int
    flags: int
    sp: int
    dup_group: int | None
    rule: str
    suggestion: int
    protected: bool
    decision: int
    source: str
    """'employee' when the employee decided (the file or a folder above it), else
    'suggestion'."""
    decided_at: float | None
    decided_size: int | None
    decided_mtime_ns: int | None

    @property
    def rel(self) -> str:
        """The ``/``-separated path below the root."""
        return f"{self.folder}/{self.name}" if self.folder else self.name

    @property
    def decision_name(self) -> str:
        """'keep', 'archive' or 'delete'."""
        return DECISIONS[self.decision]

    @property
    def changed_since_decided(self) -> bool:
        """The file's own decision was made on a different size or time than it has now."""
        if self.decided_size is None or self.decided_mtime_ns is None:
            return False
        return self.decided_size != self.size or self.decided_mtime_ns != self.mtime_ns


class FolderDecisions:
    """Resolves the nearest folder decision for a folder path, with a cache per folder."""

    def __init__(self, folder_rows: dict[str, tuple[int, float]]):
        self._own = folder_rows
        self._cache: dict[str, tuple[int, float] | None] = {}

    def for_folder(self, folder: str) -> tuple[int, float] | None:
        """(decision, decided_at) of ``folder`` or its nearest decided ancestor."""
        if folder in self._cache:
            return self._cache[folder]
        found = self._own.get(folder)
        if found is None and folder:
            cut = folder.rfind("/")
            found = self.for_folder(folder[:cut] if cut > 0 else "")
        self._cache[folder] = found
        return found


def resolve(
    suggestion: int,
    protected: bool,
    own: tuple[int, float] | None,
    inherited: tuple[int, float] | None,
) -> tuple[int, str, float | None]:
    """(decision, source, decided_at) for one file; protected items never become delete."""
    for choice in (own, inherited):
        if choice is None:
            continue
        if protected and choice[0] == DELETE:
            continue
        return choice[0], "employee", choice[1]
    return suggestion, "suggestion", None


def effective_decisions(catalog: Catalog, root_id: int) -> Iterator[Effective]:
    """Every file of the root's current scan with its resulting decision."""
    stored = catalog.decisions(root_id)
    files = {rel: value for (kind, rel), value in stored.items() if kind == FILE}
    folders = FolderDecisions(
        {rel: (value[0], value[1]) for (kind, rel), value in stored.items() if kind == FOLDER}
    )
    for row in catalog.iter_files(root_id):
        (
            fid,
            folder,
            name,
            _raw,
            size,
            mtime_ns,
            category,
            flags,
            sp,
            group,
            rule,
            suggestion,
            protected,
            _folder_raw,
        ) = row
        rel = f"{folder}/{name}" if folder else name
        own_row = files.get(rel)
        own = (own_row[0], own_row[1]) if own_row is not None else None
        decision, source, decided_at = resolve(
            suggestion, bool(protected), own, folders.for_folder(folder)
        )
        yield Effective(
            fid,
            folder,
            name,
            size,
            mtime_ns,
            category,
            flags,
            sp,
            group,
            rule,
            suggestion,
            bool(protected),
            decision,
            source,
            decided_at,
            own_row[2] if own_row is not None else None,
            own_row[3] if own_row is not None else None,
        )
