"""What changed on the disk while nobody was watching: one listing compared with the catalog.

A watcher only reports what happens while it runs. Between the end of a scan and the
start of the watch, and while a share was offline, files may have come, gone or changed.
This walks the root once (like one pass of a polling observer, in a worker thread) and
compares each folder with what the caller knows of it, giving the same kind of changes a
watcher gives; :class:`desktop_app.core.live_update.LiveUpdater` then applies them.

It never reports a folder it could not read as deleted (an unreadable folder is not an
empty one), and a root that cannot be listed gives None ("offline"), never "everything
is gone".
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping

from desktop_app.core import fsnames
from desktop_app.core.watcher import Change

Known = Mapping[str, tuple[int, int]]
"""Readable file name -> (size, mtime_ns), for one folder."""


def disk_changes(
    root: str,
    known_folder: Callable[[str], Known | None],
    known_folders: Iterable[str],
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Change] | None:
    """Changes that turn what is known into what is on the disk; None when offline.

    ``known_folder(rel)`` gives the known files of a folder (None: the folder is not
    known); ``known_folders`` lists every known folder rel. A new folder is reported
    once (its content is read when the change is applied), so the walk does not
    descend into it. Returns None as well when ``cancelled()`` becomes true.
    """
    try:
        top = os.scandir(fsnames.long_path(root))
    except OSError:
        return None
    top.close()
    changes: list[Change] = []
    listed: set[str] = set()
    unreadable: list[str] = []
    stack = [""]
    while stack:
        if cancelled():
            return None
        folder = stack.pop()
        shown = fsnames.readable(folder)
        known = known_folder(shown)
        if known is None and folder:
            changes.append(Change("created", folder, None, True))
            continue
        path = os.path.join(root, *folder.split("/")) if folder else root
        try:
            with os.scandir(fsnames.long_path(path)) as entries:
                items = list(entries)
        except OSError:
            if not folder:
                return None
            unreadable.append(shown)
            continue
        listed.add(shown)
        present: set[str] = set()
        for entry in items:
            rel = f"{folder}/{entry.name}" if folder else entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    if os.name == "nt" and fsnames.is_reparse_dir(
                        entry.stat(follow_symlinks=False)
                    ):
                        continue  # a junction: never followed
                    stack.append(rel)
                    continue
                if not entry.is_file(follow_symlinks=False):
                    continue
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            name = fsnames.readable(entry.name)
            present.add(name)
            seen = known.get(name) if known is not None else None
            if seen is None:
                changes.append(Change("created", rel, None, False))
            elif seen != (st.st_size, st.st_mtime_ns):
                changes.append(Change("modified", rel, None, False))
        for name in (known or {}).keys() - present:
            changes.append(Change("deleted", fsnames.join_rel(shown, name), None, False))
    for rel in known_folders:
        if not rel or rel in listed or any(_below(rel, bad) for bad in unreadable):
            continue
        parent = rel.rpartition("/")[0]
        if parent in listed:  # its parent was read and it was not there
            changes.append(Change("deleted", rel, None, True))
    return changes


def _below(rel: str, folder: str) -> bool:
    return rel == folder or rel.startswith(folder + "/")
