"""The loaded columns as lookups: for the live updater, and for the catch-up listing.

The catalog has no index on folder and name (a scan writes faster without one), while
the review holds every file of the shown share in memory anyway: these answer "which
file is at this path", "which files are below this folder" and "what is known of this
folder" from the columns, at memory speed.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.gui.file_columns import FileColumns


class ColumnsIndex:
    """The loaded columns as the live updater's index of files (no catalog query)."""

    def __init__(self, cols: FileColumns):
        self.cols = cols
        self.scan_id = cols.scan_id
        self._groups: dict[int, list[int]] | None = None

    def find(self, rel: str) -> int | None:
        found = self.cols.locate(rel)
        return self.cols.file_id[found[0]] if found else None

    def below(self, folder: str) -> list[tuple[int, str]]:
        cols = self.cols
        indexes = cols.files_of(cols.subtree(folder))
        return list(zip(map(cols.file_id.__getitem__, indexes), cols.rels(indexes), strict=True))

    def group(self, dup_group: int) -> list[int]:
        if self._groups is None:
            groups: dict[int, list[int]] = {}
            file_id = self.cols.file_id
            for index, group in self.cols.dup_group.items():
                groups.setdefault(group, []).append(file_id[index])
            self._groups = groups
        return list(self._groups.get(dup_group, ()))


def known_folders(cols: FileColumns) -> tuple[Callable[[str], dict | None], list[str]]:
    """What the review knows per folder, read from columns that are never changed again
    (a splice makes new ones), so a worker thread may read them."""
    by_rel: dict[str, int] = {}
    for f, rel in enumerate(cols.folder_rel):
        by_rel.setdefault(rel, f)
    names, size, mtime = cols.name, cols.size, cols.mtime
    first, count = cols.folder_first, cols.folder_count

    def known_folder(rel: str) -> dict | None:
        f = by_rel.get(rel)
        if f is None:
            return None
        a, b = first[f], first[f] + count[f]
        return dict(zip(names[a:b], zip(size[a:b], mtime[a:b], strict=True), strict=True))

    return known_folder, list(cols.folder_rel)
