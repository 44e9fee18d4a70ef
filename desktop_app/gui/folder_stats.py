"""Per-folder totals of one root (files and bytes per decision, below included), kept current.

Why this shape: the folder tree and the treemap both need, for a folder *and everything
below it*, how many files and bytes end up keep, archive or delete and how much of that
the employee decided. The folders are numbered in depth-first order, so everything below
a folder is one contiguous range of positions; with a running total (prefix sum) per
kind, any folder's below-included total is one subtraction. A decision then only changes
the per-folder counts of the files whose code changed (found by comparing the old and
new per-file codes at C speed) and the twelve running totals are rebuilt with
``itertools.accumulate``: no walk up the tree, no per-file Python loop over the share.

A file's *code* is ``decision + 3 * decided``: 0-2 keep/archive/delete on the suggestion
only, 3-5 the same decided by the employee (own or folder decision).
"""

from __future__ import annotations

from array import array
from collections import Counter
from itertools import accumulate, compress

from desktop_app.gui.decision_state import NONZERO, DecisionState
from desktop_app.gui.file_columns import FileColumns

CODES = 6
_DECIDED = bytes(1 if code >= 3 else 0 for code in range(256))


def file_codes(state: DecisionState) -> bytes:
    """One code per file: decision + 3 when the employee decided it."""
    n = state.cols.n
    if not n:
        return b""
    little = "little"
    decided = int.from_bytes(state.source.translate(NONZERO), little)
    return (int.from_bytes(state.decision, little) + 3 * decided).to_bytes(n, little)


class FolderStats:
    """The folder tree of a root with below-included totals per folder."""

    def __init__(self, cols: FileColumns, state: DecisionState):
        self.cols = cols
        nf = cols.folder_total
        tree = folder_tree(cols)
        self.parent = tree["parent"]
        self.tops = tree["tops"]
        self.children = _Children(tree["child_order"], tree["child_start"])
        self.row = tree["row"]
        self.start, self.end, self.order = tree["start"], tree["end"], tree["order"]
        position = array("i", bytes(4 * nf))
        for p, f in enumerate(self.order):
            position[f] = p
        self._position = position
        self._file_positions: array | None = None
        self._codes = file_codes(state)
        # Always kept: files, bytes and decided files per folder (cheap slices per folder).
        first, count, size = cols.folder_first, cols.folder_count, cols.size
        decided = state.source
        own_files = array("q", bytes(8 * nf))
        own_bytes = array("q", bytes(8 * nf))
        own_decided = array("q", bytes(8 * nf))
        for f in range(nf):
            c = count[f]
            if c:
                a = first[f]
                p = position[f]
                own_files[p] = c
                own_bytes[p] = sum(size[a : a + c])
                own_decided[p] = c - decided[a : a + c].count(0)
        self._files_total = array("q", accumulate(own_files, initial=0))
        self._bytes_total = array("q", accumulate(own_bytes, initial=0))
        self._own_decided = own_decided
        self._decided_total = array("q", accumulate(own_decided, initial=0))
        # Built when first asked (the treemap): files and bytes per folder and code.
        self._own_code_files: list[array] | None = None
        self._own_code_bytes: list[array] | None = None
        self._code_files_total: list[array] = []
        self._code_bytes_total: list[array] = []

    @property
    def name(self) -> list[str]:
        """Each folder's own name (the last part of its rel)."""
        found = self.cols._derived.get("folder_names")
        if found is None:
            found = [rel.rpartition("/")[2] for rel in self.cols.folder_rel]
            self.cols._derived["folder_names"] = found
        return found  # type: ignore[return-value]

    @property
    def _file_position(self) -> array:
        """Each file's folder as a depth-first position (made when first needed)."""
        if self._file_positions is None:
            self._file_positions = _expand_ints(self.cols, self._position)
        return self._file_positions

    # -- reading ----------------------------------------------------------------------
    def files(self, f: int) -> int:
        """Files below ``f`` (included)."""
        return self._files_total[self.end[f]] - self._files_total[self.start[f]]

    def bytes(self, f: int) -> int:
        """Bytes below ``f`` (included)."""
        return self._bytes_total[self.end[f]] - self._bytes_total[self.start[f]]

    def decided(self, f: int) -> int:
        """Files below ``f`` (included) that the employee decided."""
        return self._decided_total[self.end[f]] - self._decided_total[self.start[f]]

    def code_files(self, f: int) -> tuple[int, ...]:
        """Files below ``f`` (included) per code (0-5)."""
        self._ensure_codes()
        a, b = self.start[f], self.end[f]
        return tuple(p[b] - p[a] for p in self._code_files_total)

    def code_bytes(self, f: int) -> tuple[int, ...]:
        """Bytes below ``f`` (included) per code (0-5)."""
        self._ensure_codes()
        a, b = self.start[f], self.end[f]
        return tuple(p[b] - p[a] for p in self._code_bytes_total)

    def own_code_bytes(self, f: int) -> tuple[int, ...]:
        """Bytes of the files directly in ``f`` per code."""
        self._ensure_codes()
        p = self.start[f]
        return tuple(column[p] for column in self._own_code_bytes)

    def code_of(self, index: int) -> int:
        """The code of one file."""
        return self._codes[index]

    # -- updating ---------------------------------------------------------------------
    def update(self, state: DecisionState) -> list[int]:
        """Count again after decisions; returns the folders whose totals changed."""
        new = file_codes(state)
        old = self._codes
        if new == old:
            return []
        little = "little"
        diff = (int.from_bytes(old, little) ^ int.from_bytes(new, little)).to_bytes(
            len(new), little
        )
        self._codes = new
        changed_files = list(compress(range(len(new)), diff.translate(NONZERO)))
        cols = self.cols
        folders = set(map(cols.folder.__getitem__, changed_files))
        # Decided files per touched folder: counted again from its slice (C speed).
        decided = new.translate(_DECIDED)
        first, count, position = cols.folder_first, cols.folder_count, self._position
        own_decided = self._own_decided
        for f in folders:
            a = first[f]
            own_decided[position[f]] = decided[a : a + count[f]].count(1)
        self._decided_total = array("q", accumulate(own_decided, initial=0))
        if self._own_code_files is not None:  # per code: move each changed file's share
            files, byts = self._own_code_files, self._own_code_bytes
            file_position, size = self._file_position, cols.size
            for i in changed_files:
                p = file_position[i]
                o, n, s = old[i], new[i], size[i]
                files[o][p] -= 1
                files[n][p] += 1
                byts[o][p] -= s
                byts[n][p] += s
            self._code_running()
        changed: set[int] = set()
        parent = self.parent
        for f in folders:
            while f >= 0 and f not in changed:
                changed.add(f)
                f = parent[f]
        return sorted(changed)

    def _ensure_codes(self) -> None:
        """Files and bytes per (folder, code) in one pass (keys built at C speed)."""
        if self._own_code_files is not None:
            return
        nf = self.cols.folder_total
        files = [array("q", bytes(8 * nf)) for _ in range(CODES)]
        byts = [array("q", bytes(8 * nf)) for _ in range(CODES)]
        n = self.cols.n
        if n:
            little = "little"
            # key = position * 6 + code, in 4-byte lanes of one big integer (no carries).
            lanes = int.from_bytes(self._file_position.tobytes(), little) * CODES
            wide = bytearray(4 * n)
            wide[0::4] = self._codes  # each code as a little-endian 4-byte lane
            lanes += int.from_bytes(wide, little)
            keys = array("i")
            keys.frombytes(lanes.to_bytes(4 * n, little))
            sums = [0] * (CODES * nf)
            for key, s in zip(keys, self.cols.size, strict=True):
                sums[key] += s
            for key, count in Counter(keys).items():
                files[key % CODES][key // CODES] = count
            byts = [array("q", sums[k::CODES]) for k in range(CODES)]
        self._own_code_files = files
        self._own_code_bytes = byts
        self._code_running()

    def _code_running(self) -> None:
        self._code_files_total = [
            array("q", accumulate(c, initial=0)) for c in self._own_code_files
        ]
        self._code_bytes_total = [
            array("q", accumulate(c, initial=0)) for c in self._own_code_bytes
        ]


def _expand_ints(cols: FileColumns, per_folder: array) -> array:
    """A per-file 'i' column from one int per folder, repeated over each folder's run."""
    count = cols.folder_count
    out = array("i")
    pieces = [array("i", [per_folder[f]]).tobytes() * count[f] for f in cols.run_order()]
    out.frombytes(b"".join(pieces))
    return out


TREE_PARTS = ("parent", "tops", "child_order", "child_start", "row", "start", "end", "order")
"""The folder tree as arrays; they depend only on the scan, so the snapshot keeps them."""


class _Children:
    """children[f]: the subfolders of f in display order (a slice of one flat array)."""

    def __init__(self, flat: array, start: array):
        self.flat, self.start = flat, start

    def __getitem__(self, f: int) -> array:
        return self.flat[self.start[f] : self.start[f + 1]]


def folder_tree(cols: FileColumns) -> dict[str, array]:
    """Parents, children by name, rows and depth-first ranges of the scan's folders.

    Made once per scan (the scan worker's prepare_columns does it, and the snapshot
    keeps it); here when the columns come without it.
    """
    if cols.tree:
        return cols.tree
    nf = cols.folder_total
    rels = cols.folder_rel
    names = [rel.rpartition("/")[2].casefold() for rel in rels]
    parent = array("i", [-1]) * nf
    cols.folder_indexes("")  # builds the rel table
    first_of = {rel: found[0] for rel, found in cols._derived["by_rel"].items()}
    root = first_of.get("", -1)
    for f, rel in enumerate(rels):
        if rel:
            above = first_of.get(rel.rpartition("/")[0], root)
            parent[f] = above if above != f else -1
    children: list[list[int]] = [[] for _ in range(nf)]
    tops: list[int] = []
    for f in range(nf):
        (tops if parent[f] < 0 else children[parent[f]]).append(f)
    for kids in children:
        if len(kids) > 1:
            kids.sort(key=names.__getitem__)
    row = array("i", bytes(4 * nf))
    for kids in (tops, *children):
        for r, f in enumerate(kids):
            row[f] = r
    start = array("i", bytes(4 * nf))
    end = array("i", bytes(4 * nf))
    order = array("i")
    stack = [(f, False) for f in reversed(tops)]
    while stack:  # depth first: everything below f is positions [start[f], end[f])
        f, done = stack.pop()
        if done:
            end[f] = len(order)
            continue
        start[f] = len(order)
        order.append(f)
        stack.append((f, True))
        stack.extend((c, False) for c in reversed(children[f]))
    child_order = array("i")
    child_start = array("i", [0])
    for kids in children:
        child_order.extend(kids)
        child_start.append(len(child_order))
    cols.tree = {
        "parent": parent,
        "tops": array("i", tops),
        "child_order": child_order,
        "child_start": child_start,
        "row": row,
        "start": start,
        "end": end,
        "order": order,
    }
    return cols.tree


def tree_is_whole(cols: FileColumns, tree: dict[str, array]) -> bool:
    """Whether stored tree arrays fit these columns (a damaged snapshot is not used)."""
    nf = cols.folder_total
    sizes = {"parent": nf, "row": nf, "start": nf, "end": nf, "order": nf, "child_start": nf + 1}
    if set(tree) != set(TREE_PARTS):
        return False
    if any(len(tree[name]) != size for name, size in sizes.items()):
        return False
    return len(tree["tops"]) + len(tree["child_order"]) == nf
