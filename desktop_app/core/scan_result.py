"""What a scan reports while it runs and what it found: the types callers of ``scan`` use."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop_app.core.sharepoint import CODES

if TYPE_CHECKING:
    from desktop_app.core.duplicates import DuplicateFinder
    from desktop_app.core.scan_walk import Walk

SP_BITS = {code: 1 << i for i, code in enumerate(CODES)}
"""The bit of each SharePoint problem code in a file row's ``sp`` mask."""


class ScanCancelled(Exception):
    """The scan was cancelled through its progress callback; nothing became current."""


@dataclass(frozen=True, slots=True)
class ScanProgress:
    """A snapshot of a running scan for a progress bar."""

    phase: str
    """'list', 'hash', 'policy' or 'save'."""
    files: int
    folders: int
    bytes: int
    current: str
    elapsed: float
    done: int = 0
    total: int = 0


ProgressCallback = Callable[[ScanProgress], bool | None]
"""Called a few times a second; returning ``False`` cancels the scan."""
RowsReady = Callable[["ScanResult", bool], None]
"""Called once the suggestions are final, before anything is stored, with the result
so far and whether the catalog is about to be written (see ``core.split_export``)."""


@dataclass
class ScanResult:
    """What a finished scan found."""

    scan_id: int
    root_ids: list[int]
    files: int
    folders: int
    bytes: int
    duplicate_groups: int
    errors: list[tuple[str, str]] = field(default_factory=list)
    """(readable path, message) for everything that could not be read."""
    bad_names: list[str] = field(default_factory=list)
    """Readable paths of names that are not valid UTF-8."""
    elapsed: float = 0.0
    files_read: int = 0
    duplicates_pending: bool = False
    """Stored before any file was read: :func:`find_duplicates_later` adds the copies."""
    _walk: Walk | None = field(default=None, repr=False)
    _finder: DuplicateFinder | None = field(default=None, repr=False)
    _listing: str | None = field(default=None, repr=False)
    """The listing signature, noted on the scan once its copies are found."""

    def rows(self, start: int = 0, stop: int | None = None) -> Iterator[tuple]:
        """Every file as stored: ``(root path, folder, name, size, mtime_ns, category,
        flags, sp, dup_group, rule, suggestion, protected)``, in catalog order; ``start``
        and ``stop`` pick a slice of them (for an export written in parts)."""
        walk = self._walk
        if walk is None:
            return
        shown = walk.folders.shown
        paths = walk.folders.path
        first_folder = walk.first_folder
        root_paths = {
            row[2]: paths[row[0] - first_folder] for row in walk.folders.rows if row[3] is None
        }
        files = walk.files if start == 0 and stop is None else walk.files[start:stop]
        for r in files:
            yield (root_paths[r[2]], shown[r[3] - first_folder], *r[4:5], *r[6:15])

    def groups(self) -> dict[int, tuple[int, str]]:
        """Per duplicate group id: the number of copies and the relative path kept."""
        return self._walk.groups if self._walk is not None else {}


def sp_codes(mask: int) -> tuple[str, ...]:
    """The SharePoint problem codes stored as a bit mask."""
    return tuple(code for code, bit in SP_BITS.items() if mask & bit)


def group_id_of(digest: bytes) -> int:
    """A stable id for a duplicate group: from its content, not from the scan order."""
    return int.from_bytes(digest[:6], "big")


def group_label(group_id: int | None) -> str:
    """The id of a duplicate group as people and CSV files see it (12 hex digits)."""
    return "" if group_id is None else f"{group_id:012x}"
