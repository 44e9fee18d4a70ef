"""Filtering and sorting a million files inside the model, without Qt and without a proxy.

Why not QSortFilterProxyModel: it calls Python's ``data()`` for every comparison and
takes minutes on a million rows (PLATFORM.md). Here a filter is a 0/1 byte per file,
built per criterion with C-speed primitives (``bytes.translate`` on a byte column,
``map`` of a bound C method, one big-integer AND to combine), and a sort is ``sorted``
over file indexes with a key that is a column's own ``__getitem__``. The visible rows
are then the sorted order compressed by the mask.
"""

from __future__ import annotations

import operator
import time
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, repeat

from desktop_app.core.policy import SECONDS_PER_YEAR, Policy
from desktop_app.gui.decision_state import EQUALS, SUGGESTION, DecisionState, and_masks, or_masks
from desktop_app.gui.file_columns import FileColumns

NAME, FOLDER, SIZE, MODIFIED, TYPE, SUGGESTED, REASON, DECISION = range(8)
COLUMNS = ("name", "folder", "size", "modified", "type", "suggestion", "reason", "decision")


@dataclass(frozen=True)
class FileFilter:
    """What the review shows; every criterion given must hold (they combine with AND)."""

    text: str = ""
    """Search: case-insensitive substring of the file name or of its folder path."""
    suggestion: int | None = None
    """0/1/2: the policy's suggestion (not the decision)."""
    decision: int | None = None
    """0/1/2: the decision that results (own, folder or suggestion)."""
    category: int | None = None
    """Index into CATEGORIES."""
    duplicates: bool = False
    """Only files in a duplicate group."""
    sharepoint: bool = False
    """Only files with a SharePoint problem."""
    older_than_years: float | None = None
    folder: str | None = None
    """Only this folder and everything below it ('' or None: the whole root)."""
    undecided: bool = False
    """Only files whose decision is still the suggestion."""

    @property
    def is_empty(self) -> bool:
        """True when the filter lets every file through."""
        return self == FileFilter() or self == FileFilter(folder="")


def filter_mask(
    cols: FileColumns, state: DecisionState, spec: FileFilter, now_s: float | None = None
) -> bytes | None:
    """A 0/1 byte per file for ``spec``; None when it lets everything through."""
    masks: list[bytes] = []
    text = spec.text.strip().casefold()
    if text:
        masks.append(_search_mask(cols, text))
    if spec.suggestion is not None:
        masks.append(cols.suggestion.translate(EQUALS[spec.suggestion & 0xFF]))
    if spec.decision is not None:
        masks.append(state.decision.translate(EQUALS[spec.decision & 0xFF]))
    if spec.category is not None:
        masks.append(cols.category.translate(EQUALS[spec.category & 0xFF]))
    if spec.duplicates:
        masks.append(_sparse_mask(cols, "dup_mask", cols.dup_group))
    if spec.sharepoint:
        masks.append(_sparse_mask(cols, "sp_mask", cols.sp))
    if spec.older_than_years is not None:
        now = time.time() if now_s is None else now_s
        cutoff = int((now - spec.older_than_years * SECONDS_PER_YEAR) * 1e9)
        masks.append(bytes(map(cutoff.__gt__, cols.mtime)))
    if spec.folder:
        masks.append(folder_mask(cols, spec.folder))
    if spec.undecided:
        masks.append(state.source.translate(EQUALS[SUGGESTION]))
    if not masks:
        return None
    result = masks[0]
    for other in masks[1:]:
        result = and_masks(result, other)
    return bytes(result)


def folder_mask(cols: FileColumns, folder: str) -> bytes:
    """1 for the files in ``folder`` and everything below it."""
    per_folder = bytearray(cols.folder_total)
    for f in cols.subtree(folder):
        per_folder[f] = 1
    return cols.expand(per_folder)


def _search_mask(cols: FileColumns, text: str) -> bytes:
    names = bytes(map(operator.contains, map(str.casefold, cols.name), repeat(text)))
    per_folder = bytes(text in rel.casefold() for rel in cols.folder_rel)
    if any(per_folder):
        return or_masks(names, cols.expand(per_folder))
    return names


def _sparse_mask(cols: FileColumns, cache_key: str, members: dict[int, int]) -> bytes:
    found = cols._derived.get(cache_key)
    if found is None:
        mask = bytearray(cols.n)
        for i in members:
            mask[i] = 1
        found = bytes(mask)
        cols._derived[cache_key] = found
    return found  # type: ignore[return-value]


def visible_rows(n: int, order: array | None, mask: bytes | None) -> array:
    """File indexes in display order: the sort order (or file order) kept by the mask."""
    if mask is None:
        return array("i", order) if order is not None else identity(n)
    if order is None:
        return array("i", compress(range(n), mask))
    return array("i", compress(order, map(mask.__getitem__, order)))


ORDER_KEYS = {NAME: "name", FOLDER: "folder", SIZE: "size", MODIFIED: "modified"}
"""Columns whose ascending order depends only on the scan: kept as a sort index."""


def identity(n: int) -> array:
    """array('i', range(n)), built by doubling with big-integer lanes (3x faster)."""
    little = "little"
    lanes = b"\x00\x00\x00\x00" if n else b""
    size = 1
    while size < n:
        ones = int.from_bytes(b"\x01\x00\x00\x00" * size, little)
        upper = (int.from_bytes(lanes, little) + size * ones).to_bytes(4 * size, little)
        lanes += upper
        size *= 2
    out = array("i")
    out.frombytes(lanes[: 4 * n])
    return out


def sort_order(
    cols: FileColumns,
    state: DecisionState,
    column: int,
    descending: bool,
    *,
    category_words: Sequence[str],
    policy: Policy,
) -> array | None:
    """File indexes sorted on a column; None for 'unsorted' (file order).

    Name, folder, size and modified use the scan's sort index (made once per scan, in
    the background by :func:`desktop_app.gui.column_cache.prepare_columns`, else here
    on first use); the other columns have a few distinct values and are bucketed at C
    speed. Ties keep file order.
    """
    name = ORDER_KEYS.get(column)
    if name is not None:
        ascending = ascending_order(cols, name)
        return ascending[::-1] if descending else ascending
    keys = _bucket_keys(cols, state, column, category_words, policy)
    if keys is None:
        return None
    values = sorted(set(keys), reverse=descending)
    order = array("i")
    everything = range(cols.n)
    for value in values:
        order.extend(compress(everything, keys.translate(EQUALS[value])))
    return order


def ascending_order(cols: FileColumns, name: str) -> array:
    """The scan's ascending sort index for ``name`` (made and kept on first use)."""
    found = cols.orders.get(name)
    if found is None:
        found = _compute_order(cols, name)
        cols.orders[name] = found
    return found


def compute_orders(cols: FileColumns) -> None:
    """Make every sort index of the scan (the scan worker does this, off the UI thread)."""
    for name in ORDER_KEYS.values():
        ascending_order(cols, name)


def _compute_order(cols: FileColumns, name: str) -> array:
    n = cols.n
    if name == "name":
        return array("i", sorted(range(n), key=list(map(str.casefold, cols.name)).__getitem__))
    if name == "size":
        return array("i", sorted(range(n), key=cols.size.__getitem__))
    if name == "modified":
        return array("i", sorted(range(n), key=cols.mtime.__getitem__))
    return _folder_order(cols)


def _bucket_keys(
    cols: FileColumns,
    state: DecisionState,
    column: int,
    category_words: Sequence[str],
    policy: Policy,
) -> bytes | None:
    """One small sort key per file (a byte) for the columns with few distinct values."""
    if column == TYPE:
        ranked = sorted(range(len(category_words)), key=lambda c: category_words[c].casefold())
        table = bytearray(256)
        for rank, c in enumerate(ranked):
            table[c] = rank
        return cols.category.translate(bytes(table))
    if column == SUGGESTED:
        return bytes(cols.suggestion)
    if column == REASON:
        return cols.rule.translate(_rule_ranks(cols, policy))
    if column == DECISION:
        # decided before suggested within each decision: 2 * decision + (only suggested)
        little = "little"
        undecided = int.from_bytes(state.source.translate(EQUALS[SUGGESTION]), little)
        packed = int.from_bytes(state.decision, little) * 2 + undecided
        return packed.to_bytes(cols.n, little) if cols.n else b""
    return None


def _rule_ranks(cols: FileColumns, policy: Policy) -> bytes:
    """Rules rank in policy order (junk first ... recent work last); unknown ones last."""
    position = {rule.id: i for i, rule in enumerate(policy.rules)}
    table = bytearray(256)
    for index, rule_id in enumerate(cols.rule_ids[:256]):
        table[index] = min(position.get(rule_id, 254), 254)
    return bytes(table)


def _folder_order(cols: FileColumns) -> array:
    """In tree order of the folders, then by name inside each folder (case-insensitive)."""
    folded = list(map(str.casefold, cols.name))
    key = folded.__getitem__
    rels = cols.folder_rel
    ranked = sorted(range(cols.folder_total), key=lambda f: rels[f].casefold().split("/"))
    first, count = cols.folder_first, cols.folder_count
    order = array("i")
    for f in ranked:
        start = first[f]
        if count[f]:
            order.extend(sorted(range(start, start + count[f]), key=key))
    return order
