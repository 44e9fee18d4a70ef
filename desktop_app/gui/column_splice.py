"""New columns from the loaded ones and a batch of live changes, without reading the catalog.

Why: while the app watches a share, a colleague saving one file must not cost a reload of
a million rows (seconds) nor a new sort of them (seconds more). The columns keep each
folder's files as one run, so a change only touches the runs of the folders involved:
the new columns are slices of the old ones around those runs (copied at C speed), the
sort indexes are mapped through the old-to-new position table and the few new files are
put in their place by binary search. Rows the batch did not touch keep their order.

The result equals what the catalog holds after the batch (the review's decisions are
written against it), so its values come from the batch's rows, never from the disk.
"""

from __future__ import annotations

import bisect
import sys
from array import array
from collections.abc import Callable

from desktop_app.core.live_batch import FileRow, LiveResult, prefixed
from desktop_app.gui.file_columns import FileColumns
from desktop_app.gui.file_query import identity

FOLDER_ONLY = ("by_rel", "prefix", "folder_names")
"""Caches of FileColumns (``_derived``) that depend on the folder paths only."""

_Piece = tuple[int, int] | list[FileRow]
"""An old range of file indexes [start, stop), or new rows, in the new file order."""


def _folders_after(
    cols: FileColumns, result: LiveResult
) -> tuple[list[str], dict[int, bytes], array, bool]:
    """(folder rels, folder raws, old -> new folder index, folders changed) after the batch."""
    if not (result.folders_moved or result.folders_removed or result.folders_added):
        return list(cols.folder_rel), dict(cols.folder_raw), identity(cols.folder_total), False
    rels = list(cols.folder_rel)
    raws = dict(cols.folder_raw)
    for old, new in result.folders_moved:
        for f, rel in enumerate(rels):
            if old and prefixed(rel, old):
                rels[f] = new + rel[len(old) :]
                raws.pop(f, None)
    gone = set(result.folders_removed)
    present = set(rels)
    added = [rel for rel in dict.fromkeys(result.folders_added) if rel not in present]
    keep = [f for f, rel in enumerate(rels) if rel not in gone or not rel]
    mapping = array("i", [-1]) * len(rels)
    for new_index, f in enumerate(keep):
        mapping[f] = new_index
    new_rels = [rels[f] for f in keep] + added
    new_raws = {int(mapping[f]): raw for f, raw in raws.items() if mapping[f] >= 0}
    for f, rel in enumerate(new_rels):
        raw = result.folder_raws.get(rel)
        if raw is not None:
            new_raws[f] = raw
    changed = bool(result.folders_moved or gone or added)
    return new_rels, new_raws, mapping, changed


def splice(cols: FileColumns, result: LiveResult) -> tuple[FileColumns, array]:
    """The columns after ``result``, and each old file index's new index (-1: gone)."""
    n = cols.n
    shift = result.moved_rows.file_shift if result.moved_rows else 0
    folder_rel, folder_raw, fmap, folders_changed = _folders_after(cols, result)
    folder_of = {rel: f for f, rel in enumerate(folder_rel)}
    for row in result.upserted.values():
        if row.folder not in folder_of:  # a folder the batch did not list (defensive)
            folder_of[row.folder] = len(folder_rel)
            folder_rel.append(row.folder)
            folders_changed = True
        if row.folder_raw is not None:
            folder_raw[folder_of[row.folder]] = row.folder_raw

    wanted = set(result.removed) | set(result.upserted)
    position = _positions_of(cols, {fid - shift for fid in wanted})
    removed: set[int] = set()
    in_place: dict[int, FileRow] = {}
    inserts: dict[int, list[FileRow]] = {}
    for fid in result.removed:
        index = position.get(fid - shift)
        if index is not None:
            removed.add(index)
    for fid, row in result.upserted.items():
        index = position.get(fid - shift)
        target = folder_of[row.folder]
        if index is not None and fmap[cols.folder[index]] == target:
            in_place[index] = row
            continue
        if index is not None:
            removed.add(index)
        inserts.setdefault(target, []).append(row)

    pieces = _pieces(cols, fmap, removed, inserts)
    out = _build(cols, pieces, fmap, shift, len(folder_rel))
    newpos = _new_positions(n, pieces)
    new = FileColumns(
        root_id=cols.root_id,
        root_path=cols.root_path,
        scan_id=result.moved_rows.scan_id if result.moved_rows else cols.scan_id,
        folder_rel=folder_rel,
        folder_raw=folder_raw,
        rule_ids=list(cols.rule_ids),
        **out,
    )
    _sparse(cols, new, newpos, removed | set(in_place))
    for index, row in in_place.items():
        _write_row(new, newpos[index], row, folder_of[row.folder])
    inserted = _inserted_positions(pieces)
    rows = [row for piece in pieces if isinstance(piece, list) for row in piece]
    for i, row in zip(inserted, rows, strict=True):
        _write_row(new, i, row, folder_of[row.folder])
    _runs_from_pieces(cols, new, pieces, fmap, folder_of, newpos)
    unmoved = _keeps_indexes(pieces, n)
    touched = [newpos[i] for i in in_place] + inserted
    for name, order in cols.orders.items():
        if name == "folder" and result.folders_moved:
            continue  # every folder path after the move sorts anew (made when asked)
        if unmoved:  # old files kept their indexes: only the touched ones move
            new.orders[name] = _placed_again(order, set(in_place), new, name, touched)
        else:
            new.orders[name] = _remapped_order(
                order, pieces, removed | set(in_place), new, name, touched
            )
    if not folders_changed:
        # What depends on the folders alone still holds (each costs a pass over them).
        new.tree = cols.tree
        for key in FOLDER_ONLY:
            if key in cols._derived:
                new._derived[key] = cols._derived[key]
    return new, newpos


def _positions_of(cols: FileColumns, ids: set[int]) -> dict[int, int]:
    """File id -> index for ``ids`` (a byte search per id, a pass for many)."""
    if not ids:
        return {}
    file_id = cols.file_id
    if len(ids) <= 64:
        blob = file_id.tobytes()
        found = {}
        for fid in ids:
            at = find_lane(blob, fid, file_id.itemsize)
            if at >= 0:
                found[fid] = at
        return found
    return {fid: i for i, fid in enumerate(file_id) if fid in ids}


def find_lane(blob: bytes, value: int, width: int) -> int:
    """The first lane of ``blob`` (little-endian, ``width`` bytes each) holding ``value``.

    ``bytes.find`` runs at memory speed; a hit that does not start on a lane boundary is
    part of two lanes and is skipped.
    """
    needle = value.to_bytes(width, sys.byteorder, signed=True)
    at = blob.find(needle)
    while at >= 0:
        if at % width == 0:
            return at // width
        at = blob.find(needle, at + 1)
    return -1


def _pieces(
    cols: FileColumns, fmap: array, removed: set[int], inserts: dict[int, list[FileRow]]
) -> list[_Piece]:
    """The new file order: untouched runs in one piece, touched runs cut around removals.

    New files go at the end of their folder's run; files of a folder that had none (new
    or empty before) form a run of their own after everything else.
    """
    old_of_new = {int(fmap[f]): f for f in range(len(fmap)) if fmap[f] >= 0}
    touched = {cols.folder[i] for i in removed}
    touched |= {old_of_new[t] for t in inserts if t in old_of_new}
    runs = sorted((cols.folder_first[f], f) for f in touched if cols.folder_count[f])
    pieces: list[_Piece] = []
    placed: set[int] = set()
    at = 0
    for first, f in runs:
        if first > at:
            pieces.append((at, first))
        stop = first + cols.folder_count[f]
        start = first
        for i in sorted(i for i in removed if first <= i < stop):
            if i > start:
                pieces.append((start, i))
            start = i + 1
        if stop > start:
            pieces.append((start, stop))
        target = int(fmap[f])
        if target in inserts:
            pieces.append(list(inserts[target]))
            placed.add(target)
        at = stop
    if cols.n > at:
        pieces.append((at, cols.n))
    for target in sorted(inserts):
        if target not in placed:
            pieces.append(list(inserts[target]))
    return [p for p in pieces if (len(p) if isinstance(p, list) else p[1] - p[0])]


def _build(cols: FileColumns, pieces: list[_Piece], fmap: array, shift: int, nf: int) -> dict:
    """The per-file columns and the folder runs of the new order (new rows left blank)."""
    out: dict[str, object] = {
        "file_id": array("q"),
        "folder": array("i"),
        "name": [],
        "size": array("q"),
        "mtime": array("q"),
        "category": bytearray(),
        "suggestion": bytearray(),
        "protected": bytearray(),
        "flags": bytearray(),
        "rule": bytearray(),
    }
    identity_map = fmap == identity(len(fmap))
    folder_col: array = out["folder"]  # type: ignore[assignment]
    for piece in pieces:
        if isinstance(piece, list):
            count = len(piece)
            out["file_id"].extend(row.file_id for row in piece)  # type: ignore[union-attr]
            out["name"].extend(row.name for row in piece)  # type: ignore[union-attr]
            for key, code in (("size", "q"), ("mtime", "q")):
                out[key].extend(array(code, bytes(8 * count)))  # type: ignore[union-attr]
            for key in ("category", "suggestion", "protected", "flags", "rule"):
                out[key].extend(bytes(count))  # type: ignore[union-attr]
            folder_col.extend(array("i", [0]) * count)
            continue
        a, b = piece
        ids = cols.file_id[a:b]
        out["file_id"].extend(  # type: ignore[union-attr]
            ids if not shift else array("q", map(shift.__add__, ids))
        )
        folders = cols.folder[a:b]
        folder_col.extend(folders if identity_map else array("i", map(fmap.__getitem__, folders)))
        out["name"].extend(cols.name[a:b])  # type: ignore[union-attr]
        for key, column in (("size", cols.size), ("mtime", cols.mtime)):
            out[key].extend(column[a:b])  # type: ignore[union-attr]
        for key in ("category", "suggestion", "protected", "flags", "rule"):
            out[key].extend(getattr(cols, key)[a:b])  # type: ignore[union-attr]
    first = array("i", bytes(4 * nf))
    count = array("i", bytes(4 * nf))
    out["folder_first"], out["folder_count"] = first, count
    return out


def _new_positions(n: int, pieces: list[_Piece]) -> array:
    """Old file index -> new index; -1 for the files that left."""
    newpos = array("i", [-1]) * n
    at = 0
    for piece in pieces:
        if isinstance(piece, list):
            at += len(piece)
            continue
        a, b = piece
        newpos[a:b] = _plus(identity(b - a), at)
        at += b - a
    return newpos


def _plus(values: array, amount: int) -> array:
    """``values`` ('i', all >= 0) with ``amount`` added to each, in one big-integer sum."""
    if not amount or not values:
        return values
    little = "little"
    total = int.from_bytes(values.tobytes(), little) + amount * _ones(len(values))
    out = array("i")
    out.frombytes(total.to_bytes(4 * len(values), little))
    return out


def _ones(n: int) -> int:
    """A 1 in each of ``n`` 4-byte little-endian lanes."""
    return int.from_bytes(b"\x01\x00\x00\x00" * n, "little")


def _keeps_indexes(pieces: list[_Piece], n: int) -> bool:
    """Whether every old file keeps its index (nothing removed, new rows only at the end)."""
    at = kept = 0
    for piece in pieces:
        if isinstance(piece, list):
            at += len(piece)
        elif piece[0] != at:
            return False
        else:
            at = piece[1]
            kept += piece[1] - piece[0]
    return kept == n


def _inserted_positions(pieces: list[_Piece]) -> list[int]:
    out: list[int] = []
    at = 0
    for piece in pieces:
        if isinstance(piece, list):
            out.extend(range(at, at + len(piece)))
            at += len(piece)
        else:
            at += piece[1] - piece[0]
    return out


def _sparse(cols: FileColumns, new: FileColumns, newpos: array, dropped: set[int]) -> None:
    """Carry sp, duplicate groups and raw names over to the new positions."""
    same = len(newpos) == new.n and (not newpos or newpos[-1] == len(newpos) - 1)
    for name in ("sp", "dup_group", "raw_name"):
        old = getattr(cols, name)
        if same:  # every old file kept its index (nothing removed or put before it)
            table = dict(old)
            for i in dropped:
                table.pop(i, None)
            setattr(new, name, table)
            continue
        setattr(
            new,
            name,
            {newpos[i]: v for i, v in old.items() if newpos[i] >= 0 and i not in dropped},
        )


def _write_row(cols: FileColumns, i: int, row: FileRow, folder: int) -> None:
    """Put one row's values at index ``i``."""
    cols.file_id[i] = row.file_id
    cols.folder[i] = folder
    cols.name[i] = row.name
    cols.size[i] = row.size
    cols.mtime[i] = row.mtime_ns
    cols.category[i] = min(row.category, 255)
    cols.suggestion[i] = row.suggestion if 0 <= row.suggestion <= 2 else 0
    cols.protected[i] = 1 if row.protected else 0
    cols.flags[i] = min(row.flags, 255)
    if row.rule not in cols.rule_ids:
        cols.rule_ids.append(row.rule)
    cols.rule[i] = min(cols.rule_ids.index(row.rule), 255)
    for table, value in (
        (cols.sp, row.sp or None),
        (cols.dup_group, row.dup_group),
        (cols.raw_name, row.raw),
    ):
        if value is None:
            table.pop(i, None)
        else:
            table[i] = value


def _runs_from_pieces(
    cols: FileColumns,
    new: FileColumns,
    pieces: list[_Piece],
    fmap: array,
    folder_of: dict[str, int],
    newpos: array,
) -> None:
    """``folder_first`` and ``folder_count`` of the new columns without a loop over the
    files: a run that was copied whole starts where its first file went; a cut run
    starts at its first kept file (or its new rows) and counts what is left."""
    first, count = new.folder_first, new.folder_count
    unmoved = _keeps_indexes(pieces, cols.n) and fmap == identity(len(fmap))
    if unmoved:  # no file moved: the old runs stay as they are
        first[: len(fmap)] = cols.folder_first
        count[: len(fmap)] = cols.folder_count
    new_runs: dict[int, tuple[int, int]] = {}  # folder -> (start, count) of its new rows
    at = 0
    for piece in pieces:
        if isinstance(piece, list):
            target = folder_of[piece[0].folder]
            start, length = new_runs.get(target, (at, 0))
            new_runs[target] = (start, length + len(piece))
            at += len(piece)
        else:
            at += piece[1] - piece[0]
    old_first, old_count = cols.folder_first, cols.folder_count
    for f in range(0 if unmoved else cols.folder_total):
        target, length = fmap[f], old_count[f]
        if target < 0 or not length:
            continue
        a = old_first[f]
        run = newpos[a : a + length]
        if run[0] >= 0 and run[-1] - run[0] == length - 1:  # whole and in one piece
            first[target], count[target] = run[0], length
            continue
        kept = [v for v in run if v >= 0]
        if kept:
            first[target], count[target] = kept[0], len(kept)
    for target, (start, length) in new_runs.items():
        if not count[target]:
            first[target] = start
        count[target] += length


def _order_key(cols: FileColumns, name: str) -> Callable[[int], object]:
    if name == "name":
        return lambda i: (cols.name[i].casefold(), i)
    if name == "size":
        return lambda i: (cols.size[i], i)
    if name == "modified":
        return lambda i: (cols.mtime[i], i)
    rels = cols.folder_rel
    return lambda i: (rels[cols.folder[i]].casefold().split("/"), cols.name[i].casefold(), i)


def _placed_again(
    order: array, in_place: set[int], new: FileColumns, name: str, touched: list[int]
) -> array:
    """An ascending sort index when no old file changed its index (the common case: a
    file saved again, or new files in new folders): move only the touched entries."""
    out = array("i", order)
    for i in in_place:
        del out[find_lane(out.tobytes(), i, 4) if len(in_place) <= 64 else out.index(i)]
    key = _order_key(new, name)
    for i in touched:
        out.insert(bisect.bisect_left(out, key(i), key=key), i)
    return out


def _steps(pieces: list[_Piece]) -> list[tuple[int, int]]:
    """Where the old-to-new shift changes: (first old index, change of the shift)."""
    steps: list[tuple[int, int]] = []
    shift = 0
    at = 0
    for piece in pieces:
        if isinstance(piece, list):
            at += len(piece)
            continue
        a, b = piece
        if at - a != shift:
            steps.append((a, at - a - shift))
            shift = at - a
        at += b - a
    return steps


def _shifted(order: array, steps: list[tuple[int, int]]) -> array:
    """Each entry v of ``order`` plus the shift that holds for v, for all entries at once.

    Per step (c, d): a lane of ``v + 2**31 - c`` has its top bit set exactly when
    ``v >= c``; that bit, moved down, is a 0/1 lane mask, and ``d`` times it is added.
    Lanes stay within 0 .. 2**31 (a shift never takes an index below zero), so nothing
    carries into the next lane. The comparisons use the original entries.
    """
    n = len(order)
    if not n or not steps:
        return array("i", order)
    little = "little"
    ones = _ones(n)
    top = ones << 31
    original = int.from_bytes(order.tobytes(), little)
    total = original
    for cut_at, change in steps:
        mask = ((original + ((1 << 31) - cut_at) * ones) & top) >> 31
        total = total + change * mask if change > 0 else total - (-change) * mask
    out = array("i")
    out.frombytes(total.to_bytes(4 * n, little))
    return out


def _remapped_order(
    order: array,
    pieces: list[_Piece],
    dropped: set[int],
    new: FileColumns,
    name: str,
    touched: list[int],
) -> array:
    """An ascending sort index after the batch: old entries shifted, the dropped ones
    (gone, or changed in place) taken out, the touched ones placed by binary search."""
    mapped = _shifted(order, _steps(pieces))
    if dropped:
        if len(dropped) <= 64:
            blob = order.tobytes()
            at = sorted(k for k in (find_lane(blob, i, 4) for i in dropped) if k >= 0)
        else:
            at = [k for k, v in enumerate(order) if v in dropped]
        for k in reversed(at):
            del mapped[k]
    key = _order_key(new, name)
    for i in touched:
        mapped.insert(bisect.bisect_left(mapped, key(i), key=key), i)
    return mapped
