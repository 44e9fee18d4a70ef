"""Reading a scan's file columns out of the catalog fast (one aggregate pass, no row objects).

Why: reading a million rows through Python's sqlite3 one row at a time takes seconds and
a million tuples. Instead one aggregate query returns each column as a single string
(``group_concat``) that C code splits and parses: names split on ``/`` (never in a
name), small numbers travel as fixed-width decimal pairs that ``bytes.fromhex`` turns
into bytes, and sizes and folder numbers are decoded for all rows at once with
big-integer arithmetic. Even so a cold read costs a few seconds for a million files,
so :mod:`desktop_app.gui.column_cache` keeps a snapshot beside the catalog.
"""

from __future__ import annotations

import ctypes
import json
import operator
import re
import sqlite3
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from desktop_app.core import fsnames
from desktop_app.core.store import Catalog, Root
from desktop_app.gui.file_columns import FileColumns, empty_columns


def keep_big_buffers_returnable() -> bool:
    """Make glibc hand every block over 128 KiB back to the system when it is freed.

    Why: glibc raises its mmap threshold after a large block is freed (up to 32 MB), so the
    next load's big column buffers come from the heap, which fragments and is not given
    back: measured here, the second load of a million-file scan then peaked 120 MB
    higher than the first. A fixed threshold keeps every load's peak the same. Only on
    Linux with glibc; elsewhere nothing to do.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    m_mmap_threshold = -3
    return bool(mallopt(m_mmap_threshold, 128 * 1024))


keep_big_buffers_returnable()


def _bcd_table() -> bytes:
    """Maps a two-digit decimal number read as hex (0x10..0x99) back to that number - 10."""
    table = bytearray(256)
    for value in range(100):
        table[16 * (value // 10) + value % 10] = (value - 10) % 256
    return bytes(table)


_PAIR = _bcd_table()
_PLAIN = bytes(
    (v >> 4) * 10 + (v & 15) if (v >> 4) < 10 and (v & 15) < 10 else 0 for v in range(256)
)
"""A byte read from two decimal digits as hex (0x00-0x99) back to their value 0-99."""

# -- reading from SQLite --------------------------------------------------------------
_FILES_WHERE = "id >= ? AND id < ? AND scan_id = ? AND root_id = ?"
"""A scan's rows are one id range (the catalog numbers them so): a rowid range scan."""


def scan_ranges(catalog: Catalog, scan_id: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """([first, end) of the scan's folder ids, [first, end) of its file ids).

    Catalogs that do not record a scan's first ids give the whole id space.
    """
    everything = ((0, 1 << 62), (0, 1 << 62))
    conn = catalog.conn
    try:
        row = conn.execute(
            "SELECT first_folder, first_file FROM scans WHERE id = ?", (scan_id,)
        ).fetchone()
        later = conn.execute(
            "SELECT min(first_folder), min(first_file) FROM scans WHERE id > ?", (scan_id,)
        ).fetchone()
    except sqlite3.OperationalError:  # an older catalog without these columns
        return everything
    if row is None or row[0] is None or row[1] is None:
        return everything
    end_folder = later[0] if later and later[0] is not None else 1 << 62
    end_file = later[1] if later and later[1] is not None else 1 << 62
    return (row[0], end_folder), (row[1], end_file)


def read_from_catalog(catalog: Catalog, root: Root) -> FileColumns:
    """Read a root's current scan from the catalog in one aggregate pass."""
    if root.scan_id is None:
        return empty_columns(root)
    conn = catalog.conn
    folder_range, file_range = scan_ranges(catalog, root.scan_id)
    args = (*file_range, root.scan_id, root.id)
    folder_rows = _folder_rows(catalog, root, folder_range)
    rules = [r for (r,) in conn.execute(
        f"SELECT DISTINCT coalesce(rule, '') FROM files WHERE {_FILES_WHERE}", args
    )]  # fmt: skip
    base = folder_rows[0][0] if folder_rows else 0
    if len(rules) > 80 or (folder_rows and folder_rows[-1][0] - base >= 9_000_000):
        return read_row_by_row(catalog, root)  # beyond the packed widths (never seen)
    case = "CASE coalesce(rule, '') " + " ".join(f"WHEN ? THEN {k + 10}" for k in range(len(rules)))
    row = conn.execute(
        "SELECT count(*), min(id), max(id), coalesce(max(flags), 0), coalesce(max(size), 0), "
        "group_concat(name, '/'), group_concat(size + 1000000000000000, ''), "
        "group_concat(mtime_ns, ','), group_concat(folder_id - ? + 10000000, ''), "
        "group_concat((min(category, 89) + 10) * 100000000 + (coalesce(suggestion, 0) + 10)"
        f" * 1000000 + (protected + 10) * 10000 + (min(flags, 89) + 10) * 100 + {case} END, ''), "
        "group_concat(CASE WHEN sp != 0 THEN id || ':' || sp END, ','), "
        "group_concat(CASE WHEN dup_group IS NOT NULL THEN id || ':' || dup_group END, ','), "
        "group_concat(CASE WHEN raw IS NOT NULL THEN id END, ',') "
        f"FROM files WHERE {_FILES_WHERE}",
        (base, *rules, *args),
    ).fetchone()
    count, low, high, max_flags, max_size = row[:5]
    if not count:
        return _assemble(root, folder_rows, _Raw.empty())
    if max_size >= 9 * 10**15:  # 9 PB: beyond the packed width
        return read_row_by_row(catalog, root)
    texts = list(row[5:])
    del row

    def take(k: int) -> str:
        """Hand over one column's text and drop it, so that only one is parsed at a time."""
        text = texts[k] or ""
        texts[k] = None
        return text

    raw = _Raw.empty()
    raw.ids = None if high - low + 1 == count else _ints(conn, "id", args)
    raw.first_id = low
    raw.names = take(0).split("/")
    raw.size = decimal_lanes(bytes.fromhex(take(1)), 8, "q", 10**15)
    raw.mtime = array("q", json.loads("[" + take(2) + "]"))
    raw.folder_ids = decimal_lanes(bytes.fromhex(take(3)), 4, "i", 10**7)
    raw.folder_base = base
    raw.small = bytes.fromhex(take(4))
    raw.rule_ids = rules
    raw.sp = _pairs(take(5))
    raw.dup = _pairs(take(6))
    raw_ids = take(7)
    raw.raw_ids = [int(v) for v in raw_ids.split(",")] if raw_ids else []
    if max_flags > 89:  # flags beyond the packed width: read them on their own
        raw.flags_override = bytearray(min(v, 255) for v in _ints(conn, "flags", args))
    if not raw.consistent(count):
        return read_row_by_row(catalog, root)
    if raw.raw_ids:
        rows = conn.execute(
            f"SELECT id, raw FROM files WHERE {_FILES_WHERE} AND raw IS NOT NULL", args
        )
        raw.raw_names = {int(i): bytes(b) for i, b in rows}
    return _assemble(root, folder_rows, raw)


def decimal_lanes(packed: bytes, pairs: int, code: str, offset: int) -> array:
    """Numbers sent as fixed-width decimals, read as hex pairs, back to an array (C speed).

    Each row is ``pairs`` bytes, each byte two decimal digits (0x00-0x99), of
    ``value + offset``. Horner's rule over whole columns of big-integer lanes (one lane per
    row, wide enough that no lane carries into the next) gives every value at once.
    """
    width = array(code).itemsize
    n = len(packed) // pairs
    total = 0
    for k in range(pairs):
        lane = bytearray(width * n)
        lane[0::width] = packed[k::pairs].translate(_PLAIN)
        total = total * 100 + int.from_bytes(lane, "little")
    total -= int.from_bytes(offset.to_bytes(width, "little") * n, "little")
    out = array(code)
    out.frombytes(total.to_bytes(width * n, "little") if n else b"")
    return out


def _folder_rows(catalog: Catalog, root: Root, folder_range: tuple[int, int]) -> list[tuple]:
    return catalog.conn.execute(
        f"SELECT id, rel, raw FROM folders WHERE {_FILES_WHERE} ORDER BY id",
        (*folder_range, root.scan_id, root.id),
    ).fetchall()


def read_row_by_row(catalog: Catalog, root: Root) -> FileColumns:
    """The slow, plain path (used when a column does not survive the packed transfer)."""
    if root.scan_id is None:
        return empty_columns(root)
    folder_range, file_range = scan_ranges(catalog, root.scan_id)
    folder_rows = _folder_rows(catalog, root, folder_range)
    raw = _Raw.empty()
    raw.ids = array("q")
    flags = bytearray()
    small = bytearray()
    rule_codes = bytearray()
    rule_index: dict[str, int] = {}
    rows = catalog.conn.execute(
        "SELECT id, folder_id, name, size, mtime_ns, category, coalesce(suggestion, 0), "
        "protected, flags, coalesce(rule, ''), sp, dup_group, raw FROM files "
        f"WHERE {_FILES_WHERE} ORDER BY id",
        (*file_range, root.scan_id, root.id),
    )
    for fid, folder_id, name, size, mtime, cat, sugg, prot, flag, rule, sp, dup, raw_name in rows:
        raw.ids.append(fid)
        raw.folder_ids.append(folder_id)
        raw.names.append(name)
        raw.size.append(size)
        raw.mtime.append(mtime)
        pairs = (_to_pair(cat), _to_pair(sugg), _to_pair(prot), _to_pair(min(flag, 89)), 0x10)
        small += bytes(pairs)
        flags.append(min(flag, 255))
        rule_codes.append(min(rule_index.setdefault(rule, len(rule_index)), 255))
        if sp:
            raw.sp[fid] = sp
        if dup is not None:
            raw.dup[fid] = dup
        if raw_name is not None:
            raw.raw_names[fid] = bytes(raw_name)
    raw.small = bytes(small)
    raw.flags_override = flags
    raw.rule_override = rule_codes
    raw.rule_ids = list(rule_index)
    return _assemble(root, folder_rows, raw)


def _to_pair(value: int) -> int:
    value = min(max(value, 0), 89) + 10
    return 16 * (value // 10) + value % 10


def _ints(conn: sqlite3.Connection, column: str, args: tuple) -> array:
    text = conn.execute(
        f"SELECT group_concat({column}, ',') FROM files WHERE {_FILES_WHERE}", args
    ).fetchone()[0]
    return array("q", json.loads("[" + (text or "") + "]"))


def _pairs(text: str | None) -> dict[int, int]:
    if not text:
        return {}
    out = {}
    for item in text.split(","):
        key, _, value = item.partition(":")
        out[int(key)] = int(value)
    return out


@dataclass
class _Raw:
    """Columns as read, in file id order, before grouping by folder."""

    ids: array | None
    first_id: int
    names: list[str]
    size: array
    mtime: array
    folder_ids: array  # folder id - folder_base, per file
    folder_base: int
    small: bytes  # five decimal pairs per file: category, suggestion, protected, flags, rule
    rule_ids: list[str]
    sp: dict[int, int]
    dup: dict[int, int]
    raw_ids: list[int] = field(default_factory=list)
    raw_names: dict[int, bytes] = field(default_factory=dict)
    flags_override: bytearray | None = None
    rule_override: bytearray | None = None

    @classmethod
    def empty(cls) -> _Raw:
        return cls(None, 0, [], array("q"), array("q"), array("q"), 0, b"", [], {}, {})

    def consistent(self, count: int) -> bool:
        lengths = (len(self.names), len(self.size), len(self.mtime), len(self.folder_ids))
        return all(n == count for n in lengths) and len(self.small) == 5 * count

    def id_array(self) -> array:
        if self.ids is not None:
            return self.ids
        return array("q", range(self.first_id, self.first_id + len(self.names)))


def _assemble(root: Root, folder_rows: Sequence[tuple], raw: _Raw) -> FileColumns:
    """Group the files by folder (stable) and build the final columns."""
    n = len(raw.names)
    folder_rel = [fsnames.readable(rel) for _id, rel, _raw in folder_rows] or [""]
    index_of = {fid - raw.folder_base: i for i, (fid, _rel, _raw) in enumerate(folder_rows)}
    folder_raw = {i: bytes(b) for i, (_id, _rel, b) in enumerate(folder_rows) if b is not None}
    nf = len(folder_rel)
    ids = raw.id_array()
    small = raw.small
    category = bytearray(small[0::5].translate(_PAIR))
    suggestion = bytearray(small[1::5].translate(_PAIR).translate(_SUGGESTION))
    protected = bytearray(small[2::5].translate(_PAIR).translate(_BOOL))
    flags = (
        raw.flags_override
        if raw.flags_override is not None
        else bytearray(small[3::5].translate(_PAIR))
    )
    rule = raw.rule_override
    if rule is None:
        rule = bytearray(small[4::5].translate(_PAIR))
    rule_ids = raw.rule_ids
    runs = _runs(raw.folder_ids)
    missing = index_of.get
    if len(runs) == len({k for k, _ in runs}) and all(missing(k) is not None for k, _ in runs):
        perm = None
        folder = array("i")
        first = array("i", bytes(4 * nf))
        count = array("i", bytes(4 * nf))
        at = 0
        for key, length in runs:
            f = index_of[key]
            folder.extend(array("i", [f]) * length)
            first[f], count[f] = at, length
            at += length
    else:
        per_file = [index_of.get(k, 0) for k in raw.folder_ids]
        perm = sorted(range(n), key=per_file.__getitem__)
        folder = array("i", (per_file[i] for i in perm))
        first = array("i", bytes(4 * nf))
        count = array("i", bytes(4 * nf))
        for at, f in enumerate(folder):
            if count[f] == 0:
                first[f] = at
            count[f] += 1
    names = raw.names
    size, mtime = raw.size, raw.mtime
    if perm is not None:
        names = [names[i] for i in perm]
        ids = array("q", (ids[i] for i in perm))
        size = array("q", (size[i] for i in perm))
        mtime = array("q", (mtime[i] for i in perm))
        category, suggestion, protected, flags, rule = (
            bytearray(col[i] for i in perm)
            for col in (category, suggestion, protected, flags, rule)
        )
    position = _positions(ids, raw.first_id, raw.ids is None and perm is None)
    cols = FileColumns(
        root_id=root.id,
        root_path=root.path,
        scan_id=root.scan_id,
        file_id=ids,
        folder=folder,
        name=names,
        size=size,
        mtime=mtime,
        category=category,
        suggestion=suggestion,
        protected=protected,
        flags=flags,
        rule=rule,
        rule_ids=rule_ids,
        folder_rel=folder_rel,
        folder_first=first,
        folder_count=count,
        sp={position(k): v for k, v in raw.sp.items()},
        dup_group={position(k): v for k, v in raw.dup.items()},
        raw_name={position(k): v for k, v in raw.raw_names.items()},
        folder_raw=folder_raw,
    )
    return cols


def _runs(values: Sequence[int]) -> list[tuple[int, int]]:
    """(value, length) of each run of equal neighbours, found at C speed."""
    if not values:
        return []
    change = bytes(map(operator.ne, values[1:], values[:-1]))
    starts = [0, *(m.start() + 1 for m in re.finditer(b"\x01", change)), len(values)]
    return [(values[a], b - a) for a, b in pairwise(starts)]


def _positions(ids: array, first_id: int, contiguous: bool):
    """A function from file id to file index (arithmetic when ids are one run)."""
    if contiguous:
        return lambda file_id: file_id - first_id
    table = {fid: i for i, fid in enumerate(ids)}
    return table.__getitem__


_SUGGESTION = bytes(v if v <= 2 else 0 for v in range(256))
_BOOL = bytes(1 if v else 0 for v in range(256))
