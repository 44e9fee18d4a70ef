"""The groups of identical copies in one scan's columns, and which copy of each is kept.

Why apart from the model: the groups are a few percent of the files and only needed
when a file's details or reason are asked for, so they are built on first use, once per
columns object (columns are never changed after they are made: a live change or the
copies found later bring new ones, and with them a new :class:`CopyGroups`).
"""

from __future__ import annotations

from desktop_app.core.store import FLAG_DUP_KEEPER
from desktop_app.gui.file_columns import FileColumns


class CopyGroups:
    """Duplicate group -> its files (file indexes, ascending) and the one kept."""

    def __init__(self, cols: FileColumns):
        self.cols = cols
        self._groups: dict[int, list[int]] | None = None
        self._keepers: dict[int, int] = {}

    def _built(self) -> dict[int, list[int]]:
        if self._groups is None:
            groups: dict[int, list[int]] = {}
            for index, group in self.cols.dup_group.items():
                groups.setdefault(group, []).append(index)
            flags = self.cols.flags
            for group, members in groups.items():
                members.sort()
                for m in members:
                    if flags[m] & FLAG_DUP_KEEPER:
                        self._keepers[group] = m
                        break
            self._groups = groups
        return self._groups

    def members(self, group: int) -> list[int]:
        """Every file of a group (the file itself included)."""
        return self._built().get(group, [])

    def others(self, index: int) -> list[int]:
        """The other copies of a file; none when it has no duplicate."""
        group = self.cols.dup_group.get(index)
        if group is None:
            return []
        return [m for m in self.members(group) if m != index]

    def keeper_rel(self, group: int) -> str:
        """The path of the copy that is kept ('' when none is marked)."""
        self._built()
        kept = self._keepers.get(group)
        return self.cols.rel(kept) if kept is not None else ""
