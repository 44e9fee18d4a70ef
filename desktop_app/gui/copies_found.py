"""The shown scan again, once its copies are found: line the new columns up with the old.

The review opens as soon as the listing is stored; the copies are looked for afterwards
and change only flags, duplicate groups, rules, suggestions and protection of the same
scan's rows. While that search runs the live view waits (the scan is marked as hashing),
so the new columns normally hold the same files in the same order as the shown ones:
then the model swaps them without a reset and the employee keeps the selection, the
current file and the scroll position. When the files differ after all (a rename during
the search), each old file index is mapped to its new one by file id, the way a live
change is shown.
"""

from __future__ import annotations

from array import array

from desktop_app.gui.file_columns import FileColumns


def same_files(old: FileColumns, new: FileColumns) -> bool:
    """Whether ``new`` holds exactly the files of ``old`` at the same indexes, in the same
    folders, with the same names, sizes and times (compared at C speed)."""
    return (
        old.root_id == new.root_id
        and old.scan_id == new.scan_id
        and old.file_id == new.file_id
        and old.folder == new.folder
        and old.folder_rel == new.folder_rel
        and old.size == new.size
        and old.mtime == new.mtime
        and old.name == new.name
    )


def positions_by_id(old: FileColumns, new: FileColumns) -> array:
    """Each old file index's index in ``new`` (found by file id); -1 for a file not there."""
    where = dict(zip(new.file_id, range(new.n), strict=True))
    return array("i", [where.get(fid, -1) for fid in old.file_id])


def held_indexes(held: list[int], newpos: array | None) -> list[int]:
    """File indexes a view held on to, in the new columns (those still there)."""
    if newpos is None:
        return held
    return [newpos[i] for i in held if 0 <= i < len(newpos) and newpos[i] >= 0]
