"""Listing a local root in two processes: a forked walker takes the last top folders.

Why: on a local disk the walk is Python work for every file (its row, category and
SharePoint check), done by one core, while the other core is only partly busy reading
ahead. So once the root itself is listed, a forked child walks top-level folders from
the end while this process walks them from the start; each claims the next one under a
POSIX record lock on a shared temporary file (the kernel drops a lock whose holder
dies, so a killed child cannot leave this process waiting). The child's folders are the
last ones of the walk, so its rows come after this process's rows in walk order: they
are renumbered and appended, and only then is the duplicate finder given its files, in
the same order as a walk in one process gives them. The rows, ids and errors are
exactly those of that walk (tests compare the catalogs). A child that fails costs only
time: its folders are walked here.

Only where :func:`forking.fork_is_safe` holds (the command line on Linux); the desktop
app walks in one process.
"""

from __future__ import annotations

import fcntl
import marshal
import os
import struct
import tempfile
from collections.abc import Callable, Iterator
from typing import BinaryIO

from desktop_app.core import parallel_walk
from desktop_app.core.duplicates import DuplicateFinder
from desktop_app.core.forking import fork_is_safe, start_child, stop_child, wait_child
from desktop_app.core.scan_walk import (
    FLAGS,
    FOLDER,
    ID,
    MTIME,
    SIZE,
    Walk,
    add_listing,
    walk_tree,
)
from desktop_app.core.sharepoint import SharePointChecker
from desktop_app.core.store import FLAG_PLACEHOLDER

MIN_FOLDERS = 4
"""Top folders a root needs before a child is worth forking."""
_HEAD = struct.Struct("=QQ")
"""Before each part of the child's output: its top folder number and its length."""


def walk_local_root(
    walk: Walk,
    finder: DuplicateFinder,
    root_id: int,
    root: str,
    checker: SharePointChecker,
    report: Callable[..., None],
    listing_only: bool = False,
) -> None:
    """What :func:`scan_walk.walk_root` does for a local root, in two processes where
    that is possible."""
    top = walk.add_folder(root_id, "", root, None)
    listing = parallel_walk.list_folder(root)
    tops = add_listing(walk, finder, top, listing, checker, listing_only)[::-1]
    report("list", root)
    finder.listed()
    if len(tops) < MIN_FOLDERS or not fork_is_safe():
        for index in tops:
            walk_tree(walk, finder, index, checker, report, 0, listing_only)
        return
    with tempfile.TemporaryFile() as claims, tempfile.TemporaryFile() as out:
        claims.write(struct.pack("=qq", 0, len(tops) - 1))
        claims.flush()
        lock = claims.fileno()

        def child() -> None:
            done = []
            while (i := _claim(lock, front=False)) is not None:
                done.append((i, marshal.dumps(_walk_alone(walk, tops[i], checker, listing_only))))
            for i, blob in reversed(done):  # in walk order; one part at a time to load
                out.write(_HEAD.pack(i, len(blob)))
                out.write(blob)
            out.flush()

        pid = start_child(child)
        try:
            while (i := _claim(lock, front=True)) is not None:
                walk_tree(walk, finder, tops[i], checker, report, 0, listing_only)
            finished = wait_child(pid)
        except BaseException:
            stop_child(pid)
            raise
        mine = struct.unpack("=q", os.pread(lock, 8, 0))[0]  # tops before this are walked
        heads = _heads(out) if finished else None
        if heads is None or [number for number, _, _ in heads] != list(range(mine, len(tops))):
            for index in tops[mine:]:  # the child failed: walk its folders here
                walk_tree(walk, finder, index, checker, report, 0, listing_only)
            return
        for i, part in _parts(out, heads):
            _append(walk, None if listing_only else finder, tops[i], part)
    report("list", root, force=True)
    finder.listed()


def _claim(lock: int, front: bool) -> int | None:
    """The next top folder to walk, from the front (this process) or the back (the
    child); None when the two have met."""
    fcntl.lockf(lock, fcntl.LOCK_EX)
    try:
        low, high = struct.unpack("=qq", os.pread(lock, 16, 0))
        if low > high:
            return None
        if front:
            os.pwrite(lock, struct.pack("=q", low + 1), 0)
            return low
        os.pwrite(lock, struct.pack("=q", high - 1), 8)
        return high
    finally:
        fcntl.lockf(lock, fcntl.LOCK_UN)


def _walk_alone(walk: Walk, top: int, checker: SharePointChecker, listing_only: bool) -> tuple:
    """In the child: the folder ``top`` and everything below it, walked into a walk of
    its own (folder 0 is ``top``), as plain values for ``marshal``."""
    alone = Walk(walk.scan_id, 0, 0)
    folders = walk.folders
    alone.folders.shown.append(folders.shown[top])
    alone.folders.fs_rel.append(folders.fs_rel[top])
    alone.folders.path.append(folders.path[top])
    alone.folders.raw.append(folders.raw[top])
    alone.folders.rows.append((0, *folders.rows[top][1:]))
    walk_tree(alone, None, 0, checker, _quiet, 0, listing_only)
    own = alone.folders
    return (
        own.shown[1:],
        own.fs_rel[1:],
        own.path[1:],
        own.raw[1:],
        own.rows[1:],
        alone.files,
        alone.errors,
        alone.bad_names,
        alone.bytes,
    )


def _quiet(*_args: object, **_kwargs: object) -> None:
    """The child reports no progress: this process does, for both."""


def _heads(out: BinaryIO) -> list[tuple[int, int, int]] | None:
    """(top folder number, offset, length) of each part of the child's output, from the
    small headers alone; None when a part runs past the end (the output is cut short)."""
    end = os.fstat(out.fileno()).st_size
    heads = []
    at = 0
    while at < end:
        if at + _HEAD.size > end:
            return None
        number, size = _HEAD.unpack(os.pread(out.fileno(), _HEAD.size, at))
        at += _HEAD.size
        if at + size > end:
            return None
        heads.append((number, at, size))
        at += size
    return heads


def _parts(out: BinaryIO, heads: list[tuple[int, int, int]]) -> Iterator[tuple[int, tuple]]:
    """(top folder number, what the child walked below it), one part in memory at a time:
    ``marshal.loads`` of a part read whole is many times faster than ``marshal.load``."""
    for number, at, size in heads:
        yield number, marshal.loads(os.pread(out.fileno(), size, at))


def _append(walk: Walk, finder: DuplicateFinder | None, top: int, part: tuple) -> None:
    """Add what the child walked below ``top`` to ``walk``: its folder ``k`` (0 is
    ``top``) becomes the walk's next folder, its files the next files."""
    shown, fs_rel, path, raw, rows, files, errors, bad_names, size = part
    folders = walk.folders
    base = walk.first_folder + len(folders.shown) - 1  # the id of the child's folder k
    top_id = walk.first_folder + top

    def folder_id(k: int) -> int:
        return top_id if k == 0 else base + k

    for folder, scan_id, root_id, parent, rel, raw_rel in rows:
        folders.rows.append((folder_id(folder), scan_id, root_id, folder_id(parent), rel, raw_rel))
    folders.shown.extend(shown)
    folders.fs_rel.extend(fs_rel)
    folders.path.extend(path)
    folders.raw.extend(raw)
    all_files = walk.files
    start = len(all_files)
    first_id = walk.first_file + start
    for offset, row in enumerate(files):
        row[ID] = first_id + offset
        k = row[FOLDER]
        row[FOLDER] = base + k if k else top_id
    all_files.extend(files)
    if finder is not None:
        add = finder.add
        for offset, row in enumerate(files, start):
            if not row[FLAGS] & FLAG_PLACEHOLDER:
                add(offset, row[SIZE], row[MTIME])
    walk.errors.extend(tuple(error) for error in errors)
    walk.bad_names.extend(bad_names)
    walk.bytes += size
