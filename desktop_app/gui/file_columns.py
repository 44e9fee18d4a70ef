"""The files of one root's current scan as compact columns (no Qt, no object per file).

Why columns: a share may hold a million files. One Python object per file costs a few
hundred bytes and seconds to build; an ``array``/``bytearray`` per field costs about 60
bytes a file (mostly the names) and lets the review sort, filter and count with
C-speed primitives (``sorted`` with an index key, ``bytes.translate``, ``compress``).

Files are kept grouped by folder (each folder's files are one contiguous run of file
indexes, as the scanner writes them), so everything per folder is a slice. Reading the
columns from SQLite is :mod:`desktop_app.gui.column_reader`; keeping them in a snapshot
beside the catalog is :mod:`desktop_app.gui.column_cache`.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktop_app.core import fsnames
from desktop_app.core.store import Root

BYTE = tuple(bytes((i,)) for i in range(256))
"""One-byte ``bytes`` objects, to repeat a per-folder value over a folder's run."""


@dataclass
class FileColumns:
    """One root's current scan: per-file columns in folder-grouped order, and its folders."""

    root_id: int
    root_path: str
    scan_id: int | None
    file_id: array  # 'q'
    folder: array  # 'i': folder index of each file
    name: list[str]  # readable names (U+FFFD for undecodable bytes)
    size: array  # 'q'
    mtime: array  # 'q' nanoseconds
    category: bytearray
    suggestion: bytearray
    protected: bytearray
    flags: bytearray
    rule: bytearray  # index into rule_ids
    rule_ids: list[str]
    folder_rel: list[str]
    folder_first: array  # 'i': first file index of each folder's run
    folder_count: array  # 'i': files directly in each folder
    sp: dict[int, int] = field(default_factory=dict)  # file index -> SharePoint bit mask
    dup_group: dict[int, int] = field(default_factory=dict)  # file index -> group id
    raw_name: dict[int, bytes] = field(default_factory=dict)  # file index -> real name bytes
    folder_raw: dict[int, bytes] = field(default_factory=dict)  # folder index -> real rel bytes
    orders: dict[str, array] = field(default_factory=dict)
    """Sort indexes: ascending file order per column name ('name', 'size', ...)."""
    tree: dict[str, array] = field(default_factory=dict)
    """The folder tree as arrays (see ``folder_stats.folder_tree``), once made."""
    _derived: dict[str, object] = field(default_factory=dict, repr=False)

    # -- sizes ------------------------------------------------------------------------
    @property
    def n(self) -> int:
        """Number of files."""
        return len(self.name)

    @property
    def folder_total(self) -> int:
        """Number of folders (the root folder '' included)."""
        return len(self.folder_rel)

    # -- per file ---------------------------------------------------------------------
    def rel(self, index: int) -> str:
        """The readable ``/``-separated path of a file below its root (the decision key)."""
        return fsnames.join_rel(self.folder_rel[self.folder[index]], self.name[index])

    def rels(self, indexes: Iterable[int]) -> list[str]:
        """The rels of many files (one string join each, folder prefixes made once)."""
        prefix = self._derived.get("prefix")
        if prefix is None:
            prefix = [rel + "/" if rel else "" for rel in self.folder_rel]
            self._derived["prefix"] = prefix
        folder, names = self.folder, self.name
        return [prefix[folder[i]] + names[i] for i in indexes]  # type: ignore[index]

    def path(self, index: int) -> str:
        """The real absolute path of a file, as the file system spells it (to open it)."""
        root = self.root_path
        sep = "\\" if "\\" in root and "/" not in root else os.sep
        folder_index = self.folder[index]
        raw_folder = self.folder_raw.get(folder_index)
        folder = (
            os.fsdecode(raw_folder) if raw_folder is not None else self.folder_rel[folder_index]
        )
        raw = self.raw_name.get(index)
        name = os.fsdecode(raw) if raw is not None else self.name[index]
        parts = [root.rstrip("/\\")]
        if folder:
            parts.append(folder.replace("/", sep))
        parts.append(name)
        return sep.join(parts)

    # -- folders ----------------------------------------------------------------------
    def folder_indexes(self, rel: str) -> list[int]:
        """Indexes of the folders with this readable rel (normally one)."""
        by_rel = self._derived.get("by_rel")
        if by_rel is None:
            by_rel = {}
            for index, folder in enumerate(self.folder_rel):
                by_rel.setdefault(folder, []).append(index)
            self._derived["by_rel"] = by_rel
        return by_rel.get(rel, [])  # type: ignore[union-attr]

    def subtree(self, rel: str) -> list[int]:
        """Folder indexes of ``rel`` and everything below it, by path (as decisions hold)."""
        if not rel:
            return list(range(self.folder_total))
        prefix = rel + "/"
        return [i for i, r in enumerate(self.folder_rel) if r == rel or r.startswith(prefix)]

    def files_of(self, folders: Iterable[int]) -> list[int]:
        """File indexes directly in the given folders."""
        first, count = self.folder_first, self.folder_count
        out: list[int] = []
        for f in folders:
            start = first[f]
            out.extend(range(start, start + count[f]))
        return out

    def run_order(self) -> list[int]:
        """Folders with files, in file order: expanding per-folder values follows it."""
        order = self._derived.get("runs")
        if order is None:
            count = self.folder_count
            order = sorted(
                (f for f in range(self.folder_total) if count[f]), key=self.folder_first.__getitem__
            )
            self._derived["runs"] = order
        return order  # type: ignore[return-value]

    def expand(self, per_folder: bytes | bytearray) -> bytes:
        """A per-file byte column from one byte per folder (C-speed over the runs)."""
        count = self.folder_count
        return b"".join([BYTE[per_folder[f]] * count[f] for f in self.run_order()])

    def locate(self, rel: str) -> list[int]:
        """File indexes whose readable rel is ``rel`` (normally at most one)."""
        folder, _, name = rel.rpartition("/")
        found: list[int] = []
        for f in self.folder_indexes(folder):
            start, stop = self.folder_first[f], self.folder_first[f] + self.folder_count[f]
            if stop - start > 64:
                found.extend(self._names_of(f).get(name, ()))
                continue
            names = self.name
            at = start
            while True:
                try:
                    at = names.index(name, at, stop)
                except ValueError:
                    break
                found.append(at)
                at += 1
        return found

    def locate_many(self, rels: Sequence[str]) -> list[list[int]]:
        """:meth:`locate` for many rels at once, one name table per folder involved."""
        split = [rel.rpartition("/") for rel in rels]
        by_folder: dict[str, list[int]] = {}
        for k, (folder, _sep, _name) in enumerate(split):
            by_folder.setdefault(folder, []).append(k)
        out: list[list[int]] = [[] for _ in rels]
        first, count, names = self.folder_first, self.folder_count, self.name
        for folder, wanted in by_folder.items():
            for f in self.folder_indexes(folder):
                start, stop = first[f], first[f] + count[f]
                if len(wanted) < 4:
                    for k in wanted:
                        out[k].extend(self.locate(rels[k]))
                    break
                table = dict(zip(names[start:stop], range(start, stop), strict=True))
                for k in wanted:
                    i = table.get(split[k][2])
                    if i is not None:
                        out[k].append(i)
        return out

    def _names_of(self, folder: int) -> dict[str, list[int]]:
        cache = self._derived.setdefault("names_of", {})
        names = cache.get(folder)  # type: ignore[union-attr]
        if names is None:
            names = {}
            start = self.folder_first[folder]
            for i in range(start, start + self.folder_count[folder]):
                names.setdefault(self.name[i], []).append(i)
            cache[folder] = names  # type: ignore[index]
        return names

    def ambiguous(self) -> dict[int, list[int]]:
        """Files that share their readable rel with another file: index -> all of them.

        Only possible for names that are not valid UTF-8 (they read the same once each
        bad byte is U+FFFD); the decision, keyed on the rel, then holds for all of them.
        """
        found = self._derived.get("ambiguous")
        if found is None:
            suspects: dict[str, list[int]] = {}
            dup_folders = {f for idx in self._folder_dups() for f in idx}
            for i in self.raw_name:
                suspects.setdefault(self.rel(i), []).append(i)
            for f in dup_folders:
                start = self.folder_first[f]
                for i in range(start, start + self.folder_count[f]):
                    suspects.setdefault(self.rel(i), []).append(i)
            found = {}
            for members in suspects.values():
                everyone = sorted(
                    set(members) | {j for m in members for j in self.locate(self.rel(m))}
                )
                if len(everyone) > 1:
                    for i in everyone:
                        found[i] = everyone
            self._derived["ambiguous"] = found
        return found  # type: ignore[return-value]

    def _folder_dups(self) -> list[list[int]]:
        if len(set(self.folder_rel)) == len(self.folder_rel):
            return []
        self.folder_indexes("")
        by_rel = self._derived["by_rel"]
        return [v for v in by_rel.values() if len(v) > 1]  # type: ignore[union-attr]


def empty_columns(root: Root) -> FileColumns:
    """Columns of a root that has no current scan (nothing to show)."""
    return FileColumns(
        root.id, root.path, root.scan_id, array("q"), array("i"), [], array("q"), array("q"),
        bytearray(), bytearray(), bytearray(), bytearray(), bytearray(), [], [""],
        array("i", [0]), array("i", [0]),
    )  # fmt: skip
