"""One scan's listing: the folder and file rows of a depth-first walk of a root.

The listing itself comes from :mod:`parallel_walk` (in this thread on a local disk, with
threads on a slow root, in the same order either way); this module turns it into rows
and feeds every file that may be read to the duplicate finder.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field

from desktop_app.core import fsnames, parallel_walk
from desktop_app.core.classify import category_index
from desktop_app.core.duplicates import DuplicateFinder
from desktop_app.core.sharepoint import SharePointChecker
from desktop_app.core.store import FLAG_BAD_NAME, FLAG_PLACEHOLDER

WINDOWS = os.name == "nt"
"""Junctions and cloud placeholders exist only there; elsewhere their tests are skipped."""

# Positions in a file row (the tuple written to the catalog's files table).
ID, ROOT, FOLDER, NAME, RAW, SIZE, MTIME, CATEGORY, FLAGS, SP = 0, 2, 3, 4, 5, 6, 7, 8, 9, 10
GROUP, RULE, SUGGESTION, PROTECTED, PARTIAL, FULL = 11, 12, 13, 14, 15, 16
LISTING_FLAGS = FLAG_BAD_NAME | FLAG_PLACEHOLDER
"""The flags a file gets from its listing; the others come from reading it."""


@dataclass
class Folders:
    """The scan's folders, by index (folder id = first id + index)."""

    shown: list[str] = field(default_factory=list)
    """Readable relative path ('' for a root)."""
    fs_rel: list[str] = field(default_factory=list)
    """Relative path as the file system spells it (may hold surrogate escapes)."""
    path: list[str] = field(default_factory=list)
    raw: list[bytes | None] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)


class Walk:
    """One scan's state: the folders, the file rows and what went wrong."""

    def __init__(self, scan_id: int, first_folder: int, first_file: int):
        self.scan_id = scan_id
        self.first_folder = first_folder
        self.first_file = first_file
        self.folders = Folders()
        self.files: list[list] = []
        self.errors: list[tuple[str, str]] = []
        self.bad_names: list[str] = []
        self.bytes = 0
        self.groups: dict[int, tuple[int, str]] = {}

    def file_path(self, index: int) -> str:
        row = self.files[index]
        name = os.fsdecode(row[RAW]) if row[RAW] is not None else row[NAME]
        return os.path.join(self.folders.path[row[FOLDER] - self.first_folder], name)

    def file_rel(self, index: int) -> str:
        row = self.files[index]
        return fsnames.join_rel(self.folders.shown[row[FOLDER] - self.first_folder], row[NAME])

    def add_folder(self, root_id: int, rel: str, path: str, parent: int | None) -> int:
        folders = self.folders
        index = len(folders.shown)
        shown = fsnames.readable(rel)
        raw = None if shown == rel else os.fsencode(rel)
        folders.shown.append(shown)
        folders.fs_rel.append(rel)
        folders.path.append(path)
        folders.raw.append(raw)
        folder_id = self.first_folder + index
        folders.rows.append((folder_id, self.scan_id, root_id, parent, shown, raw))
        return index


def walk_root(
    walk: Walk,
    finder: DuplicateFinder,
    root_id: int,
    root: str,
    checker: SharePointChecker,
    report: Callable[..., None],
    workers: int = 0,
    listing_only: bool = False,
) -> None:
    """List one root depth-first, adding folder and file rows and feeding the finder.

    The listing itself comes from :mod:`parallel_walk`: in this thread on a local disk,
    with ``workers`` threads on a slow (network) root, in the same order either way.
    ``listing_only`` leaves out what follows from the listing (category, SharePoint
    problems, the finder): a rescan first learns whether the listing changed at all,
    and :func:`complete_rows` adds the rest only when it did.
    """
    top = walk.add_folder(root_id, "", root, None)
    walk_tree(walk, finder, top, checker, report, workers, listing_only)


def walk_tree(
    walk: Walk,
    finder: DuplicateFinder | None,
    top: int,
    checker: SharePointChecker,
    report: Callable[..., None],
    workers: int = 0,
    listing_only: bool = False,
) -> None:
    """List the folder ``top`` (already added to ``walk``) and everything below it, in
    the order of a walk of the whole root; ``finder`` None leaves the files unread (a
    forked walker of :mod:`scan_split` hands them over instead)."""
    folders = walk.folders
    stack = [top]
    current = [folders.path[top]]
    listings = parallel_walk.walk(
        folders.path[top], workers=workers, tick=lambda: report("list", current[0])
    )
    with closing(listings):
        for listing in listings:
            index = stack.pop()
            stack.extend(add_listing(walk, finder, index, listing, checker, listing_only))
            current[0] = folders.shown[index] or folders.path[top]
            report("list", current[0])
            if finder is not None:
                finder.listed()


def add_listing(
    walk: Walk,
    finder: DuplicateFinder | None,
    index: int,
    listing: parallel_walk.Listing,
    checker: SharePointChecker,
    listing_only: bool = False,
) -> list[int]:
    """Add the files of folder ``index`` as listed and its subfolders; returns the
    subfolders' indexes in the order a depth-first walk pushes them (last first)."""
    folders = walk.folders
    files = walk.files
    scan_id = walk.scan_id
    first_file = walk.first_file
    sp_mask = checker.mask
    add = None if finder is None or listing_only else finder.add
    category_of = category_index
    windows = WINDOWS
    folder_path = folders.path[index]
    shown_rel = folders.shown[index]
    folder_id = walk.first_folder + index
    root_id = folders.rows[index][2]
    if listing.error is not None:
        walk.errors.append((fsnames.readable(folder_path), why(listing.error)))
    listed = 0
    for name, st in listing.files:
        flags = 0
        raw = None
        if not name.isascii() and not fsnames.is_valid_text(name):
            flags = FLAG_BAD_NAME
            raw = os.fsencode(name)
            walk.bad_names.append(fsnames.readable(os.path.join(folder_path, name)))
            name = fsnames.readable(name)
        size = st.st_size
        sp = category = 0
        if not listing_only:
            category = category_of(name)
            sp = sp_mask(shown_rel, name, size)
        file_index = len(files)
        if windows and fsnames.is_placeholder(st):
            flags |= FLAG_PLACEHOLDER  # listed, never read: reading would download it
        elif add is not None:
            add(file_index, size, st.st_mtime_ns)
        listed += size
        files.append(
            [
                first_file + file_index,
                scan_id,
                root_id,
                folder_id,
                name,
                raw,
                size,
                st.st_mtime_ns,
                category,
                flags,
                sp,
                None,
                None,
                None,
                0,
                None,
                None,
            ]
        )
    walk.bytes += listed
    fs_rel = folders.fs_rel[index]
    return [
        walk.add_folder(
            root_id,
            f"{fs_rel}/{name}" if fs_rel else name,
            os.path.join(folder_path, name),
            folder_id,
        )
        for name in reversed(listing.folders)
    ]


def complete_rows(
    walk: Walk, finder: DuplicateFinder, checkers: dict[int, SharePointChecker]
) -> None:
    """Add to rows listed with ``listing_only`` what :func:`walk_root` leaves out then."""
    shown = walk.folders.shown
    first_folder = walk.first_folder
    add = finder.add
    category_of = category_index
    for index, row in enumerate(walk.files):
        name, size = row[NAME], row[SIZE]
        row[SP] = checkers[row[ROOT]].mask(shown[row[FOLDER] - first_folder], name, size)
        row[CATEGORY] = category_of(name)
        if not row[FLAGS] & FLAG_PLACEHOLDER:
            add(index, size, row[MTIME])


def why(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "no permission to read this folder"
    if isinstance(exc, FileNotFoundError):
        return "the folder disappeared during the scan"
    return exc.strerror or str(exc)
