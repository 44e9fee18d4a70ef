"""A snapshot of a scan's file columns beside the catalog, so a million files load in a blink.

Why: reading a million rows out of SQLite through Python costs about two seconds even
with the packed aggregate query of :mod:`desktop_app.gui.file_columns`; the same columns
as raw arrays read back in a tenth of that. A scan's rows never change once the scan is
current (a rescan that finds changes makes a new scan id; one that finds none keeps the
scan, and so the snapshot), so the snapshot is keyed on the scan: its id, when it
started and finished, and the root's file count and bytes. A snapshot that does
not match, is damaged or is from another machine's byte order is ignored and rewritten.

The snapshot is only a cache of what is in SQLite: never the place of record. Decisions
are never in it. It lives in ``<catalog>.columns/root-<id>.bin``; deleting that folder
is always safe. Code that changes a current scan's file rows in place must call
:func:`forget` for that root.
"""

from __future__ import annotations

import contextlib
import json
import logging
import mmap
import os
import sys
import tempfile
from array import array
from pathlib import Path

from desktop_app.core.store import Catalog, Root
from desktop_app.gui.column_reader import read_from_catalog
from desktop_app.gui.file_columns import FileColumns, empty_columns
from desktop_app.gui.file_query import ORDER_KEYS, compute_orders
from desktop_app.gui.folder_stats import folder_tree, tree_is_whole

FORMAT = 2
MAGIC = b"ShareTidyCols\x00\x00\x01"
_LOG = logging.getLogger(__name__)

_ARRAYS = (
    ("file_id", "q"),
    ("folder", "i"),
    ("size", "q"),
    ("mtime", "q"),
    ("folder_first", "i"),
    ("folder_count", "i"),
)
_BYTES = ("category", "suggestion", "protected", "flags", "rule")


def cache_dir(catalog_path: Path) -> Path:
    """Where the snapshots of a catalog live."""
    return catalog_path.with_name(catalog_path.name + ".columns")


def snapshot_path(catalog_path: Path, root_id: int) -> Path:
    """The snapshot file of one root."""
    return cache_dir(catalog_path) / f"root-{root_id}.bin"


def load_columns(catalog: Catalog, root_id: int, *, cache: bool = True) -> FileColumns:
    """The columns of a root's current scan: from the snapshot when it matches, else SQLite.

    Safe to call from a worker thread with that thread's own (read-only) Catalog: the
    scan worker can call it right after a scan so that the GUI's load is instant.
    """
    root = catalog.root(root_id)
    if root.scan_id is None:
        return empty_columns(root)
    use_cache = cache and str(catalog.path) not in ("", ":memory:")
    key = snapshot_key(catalog, root) if use_cache else None
    if key is not None:
        path = snapshot_path(catalog.path, root_id)
        found = read_snapshot(path, key)
        if found is not None:
            return found
    columns = read_from_catalog(catalog, root)
    if key is not None:
        write_snapshot(snapshot_path(catalog.path, root_id), key, columns)
    return columns


def prepare_columns(catalog: Catalog, root_id: int) -> FileColumns:
    """Columns, sort indexes and the folder tree, stored in the snapshot: for the scan worker.

    Called in the worker thread right after a scan (with the worker's own Catalog), it
    moves all the slow work (reading SQLite, sorting a million names) off the UI thread;
    the GUI's :meth:`FileTableModel.load` then reads the snapshot in a fraction of a
    second, and sorting by name, folder, size or date is instant.
    """
    columns = load_columns(catalog, root_id)
    missing = [name for name in ORDER_KEYS.values() if name not in columns.orders]
    if missing or not columns.tree:
        compute_orders(columns)
        folder_tree(columns)
        key = snapshot_key(catalog, catalog.root(root_id))
        if key is not None and str(catalog.path) not in ("", ":memory:"):
            write_snapshot(snapshot_path(catalog.path, root_id), key, columns)
    return columns


def forget(catalog_path: Path, root_id: int) -> None:
    """Drop a root's snapshot (its scan rows were changed in place)."""
    snapshot_path(catalog_path, root_id).unlink(missing_ok=True)


def snapshot_key(catalog: Catalog, root: Root) -> dict | None:
    """What must be equal for a snapshot to be the root's current scan."""
    row = catalog.conn.execute(
        "SELECT started_at, finished_at, status FROM scans WHERE id = ?", (root.scan_id,)
    ).fetchone()
    if row is None:
        return None
    return {
        "format": FORMAT,
        "byteorder": sys.byteorder,
        "root_id": root.id,
        "root_path": root.path,
        "scan_id": root.scan_id,
        "started_at": row[0],
        "finished_at": row[1],
        "status": row[2],
        "files": root.files,
        "bytes": root.bytes,
    }


def write_snapshot(path: Path, key: dict, cols: FileColumns) -> bool:
    """Write the snapshot atomically (temp file, then rename); False when it cannot."""
    names = "/".join(cols.name).encode("utf-8", "surrogatepass")
    if cols.n and names.count(b"/") != cols.n - 1:
        return False  # a name holding '/' cannot be split back: no snapshot
    folders = "\x00".join(cols.folder_rel).encode("utf-8", "surrogatepass")
    # Sections are written straight from the columns (no second copy of them in memory).
    parts: list[tuple[str, object]] = [(name, getattr(cols, name)) for name, _ in _ARRAYS]
    parts += [(name, getattr(cols, name)) for name in _BYTES]
    parts += [("names", names), ("folder_rel", folders)]
    parts += [
        ("order:" + name, order)
        for name, order in sorted(cols.orders.items())
        if len(order) == cols.n
    ]
    parts += [("tree:" + name, part) for name, part in sorted(cols.tree.items())]
    for name in ("sp", "dup_group"):  # sparse: file indexes, then the values
        pairs = getattr(cols, name)
        parts += [(name + ":at", array("q", pairs)), (name + ":value", array("q", pairs.values()))]
    sections: list[list] = []
    offset = 0
    for name, blob in parts:
        size = len(blob) * (blob.itemsize if isinstance(blob, array) else 1)  # type: ignore[arg-type, union-attr]
        sections.append([name, offset, size])
        offset += size
    header = {
        "key": key,
        "n": cols.n,
        "folders": cols.folder_total,
        "sections": sections,
        "rule_ids": cols.rule_ids,
        "raw_name": [[i, b.hex()] for i, b in sorted(cols.raw_name.items())],
        "folder_raw": [[i, b.hex()] for i, b in sorted(cols.folder_raw.items())],
    }
    head = json.dumps(header, ensure_ascii=True).encode("ascii")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=path.name + ".", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(MAGIC)
                out.write(len(head).to_bytes(8, "little"))
                out.write(head)
                for _name, blob in parts:
                    out.write(memoryview(blob))  # type: ignore[arg-type]
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:  # a cache only: the app works without it
        _LOG.warning("could not write the column snapshot %s: %s", path, exc)
        return False
    return True


def read_snapshot(path: Path, key: dict) -> FileColumns | None:
    """The snapshot's columns if it is there, whole and for exactly this scan."""
    try:
        return _parse(path, key)
    except OSError:
        return None
    except (ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError) as exc:
        _LOG.warning("ignoring a damaged column snapshot %s: %s", path, exc)
        return None


class _Sections:
    """The body of a snapshot file, handed out section by section."""

    def __init__(self, body: memoryview, sections: list):
        self.body = body
        self.where = {name: (off, size) for name, off, size in sections}

    def __call__(self, name: str) -> memoryview:
        off, size = self.where[name]
        if off + size > len(self.body):
            raise ValueError("truncated")
        return self.body[off : off + size]


def _parse(path: Path, key: dict) -> FileColumns | None:
    with open(path, "rb") as fh:
        head = fh.read(len(MAGIC) + 8)
        if len(head) < len(MAGIC) + 8 or not head.startswith(MAGIC):
            return None
        length = int.from_bytes(head[len(MAGIC) :], "little")
        header = json.loads(fh.read(length).decode("ascii"))
        if header["key"] != key:
            return None
        # Mapped, not read: the columns are copied once, straight from the page cache.
        data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    try:
        return _columns(data, len(head) + length, header, key)
    finally:
        # After an error a view of it may still be alive; it is then freed with that view.
        with contextlib.suppress(BufferError):
            data.close()


def _columns(data: mmap.mmap, offset: int, header: dict, key: dict) -> FileColumns:
    n, nf = int(header["n"]), int(header["folders"])
    blob = _Sections(memoryview(data)[offset:], header["sections"])
    values: dict[str, object] = {}
    for name, code in _ARRAYS:
        column = array(code)
        column.frombytes(blob(name))
        values[name] = column
    for name in _BYTES:
        values[name] = bytearray(blob(name))
    folder_rel = str(blob("folder_rel"), "utf-8", "surrogatepass").split("\x00")
    orders = {}
    for section in blob.where:
        if section.startswith("order:"):
            order = array("i")
            order.frombytes(blob(section))
            if len(order) != n:
                raise ValueError(f"sort index {section} has the wrong length")
            orders[section[len("order:") :]] = order
    sparse = {}
    for name in ("sp", "dup_group"):
        at, value = array("q"), array("q")
        at.frombytes(blob(name + ":at"))
        value.frombytes(blob(name + ":value"))
        if len(at) != len(value) or (at and not 0 <= min(at) <= max(at) < n):
            raise ValueError(f"{name} does not match the header")
        sparse[name] = dict(zip(at, value, strict=True))
    tree = {}
    for section in blob.where:
        if section.startswith("tree:"):
            part = array("i")
            part.frombytes(blob(section))
            tree[section[len("tree:") :]] = part
    text = str(blob("names"), "utf-8", "surrogatepass")
    blob.body.release()
    del blob
    names = text.split("/") if n else []
    del text
    for name in ("file_id", "folder", "size", "mtime", *_BYTES):
        if len(values[name]) != n:  # type: ignore[arg-type]
            raise ValueError(f"column {name} has the wrong length")
    if len(names) != n or len(folder_rel) != nf:
        raise ValueError("names do not match the header")
    if len(values["folder_first"]) != nf or len(values["folder_count"]) != nf:  # type: ignore[arg-type]
        raise ValueError("folder columns do not match the header")
    columns = FileColumns(
        orders=orders,
        root_id=key["root_id"],
        root_path=key["root_path"],
        scan_id=key["scan_id"],
        name=names,
        rule_ids=[str(r) for r in header["rule_ids"]],
        folder_rel=folder_rel,
        sp=sparse["sp"],
        dup_group=sparse["dup_group"],
        raw_name={int(i): bytes.fromhex(h) for i, h in header["raw_name"]},
        folder_raw={int(i): bytes.fromhex(h) for i, h in header["folder_raw"]},
        **values,  # type: ignore[arg-type]
    )
    if tree and tree_is_whole(columns, tree):
        columns.tree = tree
    return columns
