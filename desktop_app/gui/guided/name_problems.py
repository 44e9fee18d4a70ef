"""The SharePoint problems of a share as things the employee can fix: one per bad name.

The scanner stores per file which SharePoint rules it breaks, including the rules its
folders break. People fix names, not files: a folder called ``Startpagina_bestanden``
is one problem (rename the folder) however many files are in it. So this module turns
the per-file codes into one item per file or folder whose own name is the problem, with
the name that :func:`desktop_app.core.sharepoint.propose_name` suggests; a path that is
only too long, or a file that is too large, is listed without a proposal.

Files the employee put on delete do not move, so their names do not matter and they are
left out. Names that are not valid text (they cannot be renamed safely by their readable
form) are left out too: the hand-in step lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.policy import DELETE
from desktop_app.core.scanner import sp_codes
from desktop_app.core.sharepoint import SharePointChecker, propose_name
from desktop_app.gui.decision_state import DecisionState
from desktop_app.gui.file_columns import FileColumns

FILE, FOLDER = "file", "folder"
_LENGTH_CODES = ("path-too-long", "too-large")
_NAMES_ONLY = SharePointChecker(None)


@dataclass(frozen=True)
class NameProblem:
    """One file or folder whose name (or place) SharePoint will not accept."""

    kind: str
    """'file' or 'folder'."""
    rel: str
    """The path of the file or folder below the root (what is renamed)."""
    codes: tuple[str, ...]
    """The SharePoint codes this item's own name (or its length or size) causes."""
    proposal: str | None
    """A name SharePoint accepts, or None when the name itself is not the problem."""
    files: int
    """Files affected (1 for a file; for a folder, the files in and below it)."""
    index: int | None = None
    """The file's index in the columns (files only)."""

    @property
    def name(self) -> str:
        """The current name."""
        return self.rel.rpartition("/")[2]

    @property
    def folder(self) -> str:
        """The folder it is in ('' for the top of the share)."""
        return self.rel.rpartition("/")[0]

    @property
    def renamable(self) -> bool:
        """Whether a new name can fix it (a file that is too large cannot be fixed so)."""
        return self.proposal is not None or "path-too-long" in self.codes


def _segment_codes(folder_rel: str) -> tuple[str, ...]:
    """Codes of the last folder name in ``folder_rel`` on its own (at its depth)."""
    depth = folder_rel.count("/")
    name = folder_rel.rpartition("/")[2]
    probe = "/".join(["x"] * depth + [name])
    return tuple(c for c in _NAMES_ONLY.check(probe, "x", 0) if c not in _LENGTH_CODES)


def _folder_problems(folder_rel: str) -> list[str]:
    """The rels of the folders along ``folder_rel`` whose own name is a problem."""
    found = []
    parts = folder_rel.split("/") if folder_rel else []
    for depth, segment in enumerate(parts):
        if propose_name(segment, True, at_root=depth == 0) != segment:
            found.append("/".join(parts[: depth + 1]))
    return found


def find_problems(cols: FileColumns | None, state: DecisionState | None) -> list[NameProblem]:
    """Every fixable SharePoint problem of the loaded share: folders first, then files."""
    if cols is None or state is None:
        return []
    folder_files: dict[str, int] = {}
    folder_moving: dict[str, bool] = {}
    files: list[NameProblem] = []
    folder_cache: dict[int, list[str]] = {}
    for index, mask in sorted(cols.sp.items()):
        if not mask or index in cols.raw_name:
            continue
        moving = state.decision[index] != DELETE
        folder_index = cols.folder[index]
        bad_folders = folder_cache.get(folder_index)
        if bad_folders is None:
            rel = cols.folder_rel[folder_index]
            bad_folders = [] if folder_index in cols.folder_raw else _folder_problems(rel)
            folder_cache[folder_index] = bad_folders
        for folder in bad_folders:
            folder_files[folder] = folder_files.get(folder, 0) + 1
            folder_moving[folder] = folder_moving.get(folder, False) or moving
        if not moving:
            continue
        codes = sp_codes(mask)
        name = cols.name[index]
        proposal = propose_name(name)
        own = tuple(c for c in _NAMES_ONLY.check("", name, 0) if c not in _LENGTH_CODES)
        own += tuple(c for c in _LENGTH_CODES if c in codes)
        if proposal != name:
            files.append(NameProblem(FILE, cols.rel(index), own, proposal, 1, index))
        elif any(c in codes for c in _LENGTH_CODES):
            files.append(NameProblem(FILE, cols.rel(index), own, None, 1, index))
    folders = [
        NameProblem(
            FOLDER,
            rel,
            _segment_codes(rel),
            propose_name(rel.rpartition("/")[2], True, at_root="/" not in rel),
            count,
        )
        for rel, count in sorted(folder_files.items())
        if folder_moving.get(rel)
    ]
    return folders + files
