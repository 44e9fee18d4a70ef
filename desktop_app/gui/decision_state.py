"""The decision that holds for every file, in memory, equal to the core's resolution.

Why a second implementation: ``desktop_app.core.decisions.effective_decisions`` walks a
million rows in Python; the review must show the result of a click at once. Here the
four inputs of the rule (own decision, nearest folder decision, protected, suggestion)
are byte columns; they are packed into one byte per file with big-integer arithmetic
(one multiply-add over the whole column, no per-file Python) and a 96-entry table gives
decision and source. The table is filled by calling the core's own ``resolve()`` for
each combination, so both implementations agree by construction; the tests compare them
file by file as well.
"""

from __future__ import annotations

import operator
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress

from desktop_app.core.decisions import FILE, FOLDER, resolve
from desktop_app.core.policy import DECISIONS
from desktop_app.core.store import Catalog
from desktop_app.gui.file_columns import FileColumns

SUGGESTION, OWN, FOLDER_SOURCE = 0, 1, 2
"""Where a file's decision comes from (the ``source`` column)."""

Row = tuple[int, float, "int | None", "int | None"]
"""A stored decision as the catalog returns it: (decision, decided_at, size, mtime_ns)."""
StoredRow = tuple[str, str, int, float, "int | None", "int | None"]
"""One row of the decisions table: (kind, rel, decision, decided_at, size, mtime_ns)."""


def stored_rows(catalog: Catalog, root_id: int) -> list[StoredRow]:
    """A root's decision rows, read straight into tuples (no dict for 100,000 of them)."""
    return catalog.decision_rows(root_id)


@dataclass(frozen=True)
class RowSet:
    """Decision rows of many files as compact columns (what one side of an undo step holds).

    Why columns: a step may touch 100,000 files and the undo stack keeps every step;
    tuples would cost ~170 bytes a row, these columns ~25.
    """

    code: bytes
    """decision + 1 per row; 0 = no row (the file has no own decision)."""
    at: array  # 'd'
    size: array  # 'q'
    mtime: array  # 'q'
    known: bytes
    """1 where size and mtime are stored (a row may hold NULLs there)."""
    notes: dict[int, str] = field(default_factory=dict)
    """Position -> note, for the rare rows that carry one."""
    current: bool = False
    """Every row holds its file's size and time as the loaded scan has them."""

    def __len__(self) -> int:
        return len(self.code)

    def row(self, k: int) -> tuple[int, float, int | None, int | None, str | None] | None:
        """Row ``k`` as (decision, decided_at, size, mtime_ns, note), None for no row."""
        code = self.code[k]
        if not code:
            return None
        known = self.known[k]
        return (
            code - 1,
            self.at[k],
            self.size[k] if known else None,
            self.mtime[k] if known else None,
            self.notes.get(k),
        )

    def take(self, positions: Sequence[int]) -> RowSet:
        """The rows at ``positions``, in that order."""
        notes = {n: self.notes[k] for n, k in enumerate(positions) if k in self.notes}
        return RowSet(
            bytes(map(self.code.__getitem__, positions)),
            array("d", map(self.at.__getitem__, positions)),
            array("q", map(self.size.__getitem__, positions)),
            array("q", map(self.mtime.__getitem__, positions)),
            bytes(map(self.known.__getitem__, positions)),
            notes,
        )

    @classmethod
    def uniform(
        cls, codes: bytes, at: float, size: array, mtime: array, *, known: bool = True
    ) -> RowSet:
        """Rows written together: one time for all, each with its file's size and time."""
        count = len(codes)
        flag = b"\x01" if known else b"\x00"
        return cls(codes, array("d", [at]) * count, size, mtime, flag * count, current=known)


def _tables() -> tuple[bytes, bytes]:
    decision = bytearray(256)
    source = bytearray(256)
    for own in range(4):
        for inherited in range(4):
            for protected in range(2):
                for suggestion in range(3):
                    key = ((own * 4 + inherited) * 2 + protected) * 3 + suggestion
                    own_choice = (own - 1, 1.0) if own else None
                    folder_choice = (inherited - 1, 2.0) if inherited else None
                    d, _src, at = resolve(suggestion, bool(protected), own_choice, folder_choice)
                    decision[key] = d
                    source[key] = {None: SUGGESTION, 1.0: OWN, 2.0: FOLDER_SOURCE}[at]
    return bytes(decision), bytes(source)


_DECISION_OF, _SOURCE_OF = _tables()
EQUALS = tuple(bytes(1 if v == k else 0 for v in range(256)) for k in range(256))
"""``column.translate(EQUALS[k])`` is a 0/1 mask of the entries equal to ``k``."""
NONZERO = bytes(1 if v else 0 for v in range(256))
_AS_NOW = re.compile(b"\x02+")


def and_masks(a: bytes | bytearray, b: bytes | bytearray) -> bytes:
    """Byte-wise AND of two 0/1 masks of equal length (one big-integer operation)."""
    n = len(a)
    return (int.from_bytes(a, "little") & int.from_bytes(b, "little")).to_bytes(n, "little")


def or_masks(a: bytes | bytearray, b: bytes | bytearray) -> bytes:
    """Byte-wise OR of two 0/1 masks of equal length."""
    n = len(a)
    return (int.from_bytes(a, "little") | int.from_bytes(b, "little")).to_bytes(n, "little")


class DecisionState:
    """Own and folder decisions of one loaded root, and what results for every file."""

    def __init__(self, cols: FileColumns, stored: Iterable[StoredRow]):
        """``stored``: the root's decision rows, as :func:`stored_rows` reads them."""
        self.cols = cols
        n = cols.n
        self.own = bytearray(n)  # 0 = none, else decision + 1
        self.own_at = array("d", bytes(8 * n))
        self.own_size = array("q", bytes(8 * n))
        self.own_mtime = array("q", bytes(8 * n))
        # 1: own_size/own_mtime hold the stored values; 2: stored as the file is now.
        self.own_known = bytearray(n)
        self.folder_rows: dict[str, Row] = {}
        file_rels: list[str] = []
        file_rows: list[Row] = []
        for kind, rel, decision, at, size, mtime in stored:
            if kind == FILE:
                file_rels.append(rel)
                file_rows.append((decision, at, size, mtime))
            elif kind == FOLDER:
                self.folder_rows[rel] = (decision, at, size, mtime)
        indexes: list[int] = []
        rows: list[Row] = []
        for found, row in zip(cols.locate_many(file_rels), file_rows, strict=True):
            for i in found:
                indexes.append(i)
                rows.append(row)
        self._write_own(indexes, rows)
        self.decision = bytearray(n)
        self.source = bytearray(n)
        self.nearest: list[str | None] = []
        self._inherited = b""
        self._refresh_folders()

    # -- reading ----------------------------------------------------------------------
    def own_row(self, index: int) -> Row | None:
        """The file's own stored decision, if any."""
        code = self.own[index]
        if not code:
            return None
        known = self.own_known[index]
        if known == 2:
            return code - 1, self.own_at[index], self.cols.size[index], self.cols.mtime[index]
        return (
            code - 1,
            self.own_at[index],
            self.own_size[index] if known else None,
            self.own_mtime[index] if known else None,
        )

    def decided_at(self, index: int) -> float | None:
        """When the decision that holds for the file was made (None for a suggestion)."""
        source = self.source[index]
        if source == OWN:
            return self.own_at[index]
        if source == FOLDER_SOURCE:
            rel = self.nearest[self.cols.folder[index]]
            return None if rel is None else self.folder_rows[rel][1]
        return None

    def inherited_from(self, index: int) -> str | None:
        """The folder whose decision holds for the file, when that is where it comes from."""
        if self.source[index] != FOLDER_SOURCE:
            return None
        return self.nearest[self.cols.folder[index]]

    def changed(self, index: int) -> bool:
        """The file's own decision was made on another size or time than it has now."""
        if not self.own[index] or self.own_known[index] != 1:
            return False
        cols = self.cols
        return (
            self.own_size[index] != cols.size[index] or self.own_mtime[index] != cols.mtime[index]
        )

    def source_name(self, index: int) -> str:
        """'employee' or 'suggestion', as the manifest says it."""
        return "suggestion" if self.source[index] == SUGGESTION else "employee"

    def decision_name(self, index: int) -> str:
        """'keep', 'archive' or 'delete'."""
        return DECISIONS[self.decision[index]]

    # -- changing ---------------------------------------------------------------------
    def set_file_rows(
        self,
        indexes: Sequence[int],
        rows: Sequence[Row | None],
        rels: Sequence[str] | None = None,
    ) -> None:
        """Own decisions of files (None removes one); then everything is resolved again.

        A file that shares its rel with others (see ``FileColumns.ambiguous``) takes all
        of them along, as the catalog's rel-keyed row holds for all of them. ``rels`` is
        accepted for callers that have them; the rows are keyed on indexes here.
        """
        self._write_own(indexes, rows)
        self.resolve_all()

    def own_rows(self, indexes: Sequence[int], notes: dict[int, str] | None = None) -> RowSet:
        """The own rows of these files as they are now (for undo)."""
        get = operator.itemgetter
        if not indexes:
            return RowSet(b"", array("d"), array("q"), array("q"), b"", {})
        pick = get(*indexes) if len(indexes) > 1 else (lambda col: (col[indexes[0]],))
        known = bytes(pick(self.own_known))
        size = array("q", pick(self.own_size))
        mtime = array("q", pick(self.own_mtime))
        for match in _AS_NOW.finditer(known):  # stored as the file is now: take its values
            for k in range(match.start(), match.end()):
                size[k] = self.cols.size[indexes[k]]
                mtime[k] = self.cols.mtime[indexes[k]]
        return RowSet(
            bytes(pick(self.own)),
            array("d", pick(self.own_at)),
            size,
            mtime,
            known.translate(NONZERO),
            dict(notes or {}),
        )

    def set_file_columns(self, indexes: Sequence[int], rows: RowSet) -> None:
        """Own decisions of files from a RowSet (code 0 removes one); then resolve again."""
        if self.cols.ambiguous():
            self._write_own(indexes, [_short(rows.row(k)) for k in range(len(rows))])
        elif rows.current:  # the common case: no size or time to copy
            own, at_col, known, codes, ats = (
                self.own,
                self.own_at,
                self.own_known,
                rows.code,
                rows.at,
            )
            for k, i in enumerate(indexes):
                code = codes[k]
                own[i] = code
                at_col[i] = ats[k]
                known[i] = 2 if code else 0
        else:
            own, at_col, size_col, mtime_col, known = (
                self.own,
                self.own_at,
                self.own_size,
                self.own_mtime,
                self.own_known,
            )
            for k, i in enumerate(indexes):
                own[i] = rows.code[k]
                at_col[i] = rows.at[k]
                known[i] = rows.known[k]
                size_col[i] = rows.size[k]
                mtime_col[i] = rows.mtime[k]
        self.resolve_all()

    def _write_own(self, indexes: Sequence[int], rows: Sequence[Row | None]) -> None:
        ambiguous = self.cols.ambiguous()
        if ambiguous:
            expanded_indexes: list[int] = []
            expanded_rows: list[Row | None] = []
            for index, row in zip(indexes, rows, strict=True):
                for i in ambiguous.get(index, (index,)):
                    expanded_indexes.append(i)
                    expanded_rows.append(row)
            indexes, rows = expanded_indexes, expanded_rows
        own, at_col, size_col, mtime_col, known = (
            self.own,
            self.own_at,
            self.own_size,
            self.own_mtime,
            self.own_known,
        )
        for i, row in zip(indexes, rows, strict=True):
            if row is None:
                own[i] = 0
                known[i] = 0
                continue
            decision, at, size, mtime = row
            own[i] = decision + 1
            at_col[i] = at
            if size is None or mtime is None:
                known[i] = 0
            else:
                known[i] = 1
                size_col[i] = size
                mtime_col[i] = mtime

    def set_folder_row(self, rel: str, row: Row | None) -> None:
        """A folder's own decision (None removes it); then everything is resolved again."""
        if row is None:
            self.folder_rows.pop(rel, None)
        else:
            self.folder_rows[rel] = row
        self._refresh_folders()

    def _refresh_folders(self) -> None:
        """Nearest decided folder of every folder, then the per-file inherited column."""
        cache: dict[str, str | None] = {}
        rows = self.folder_rows

        def nearest(rel: str) -> str | None:
            if rel in cache:
                return cache[rel]
            if rel in rows:
                found: str | None = rel
            elif rel:
                cut = rel.rfind("/")
                found = nearest(rel[:cut] if cut > 0 else "")
            else:
                found = None
            cache[rel] = found
            return found

        if not rows:  # no folder decisions (the usual start): nothing is inherited
            self.nearest = [None] * self.cols.folder_total
            self._inherited = bytes(self.cols.n)
        else:
            self.nearest = [nearest(rel) for rel in self.cols.folder_rel]
            per_folder = bytes(0 if r is None else rows[r][0] + 1 for r in self.nearest)
            self._inherited = self.cols.expand(per_folder)
        self.resolve_all()

    def resolve_all(self) -> None:
        """Decision and source of every file from the four input columns (C speed)."""
        n = self.cols.n
        little = "little"
        key = int.from_bytes(self.own, little) * 4 + int.from_bytes(self._inherited, little)
        key = key * 2 + int.from_bytes(self.cols.protected, little)
        key = key * 3 + int.from_bytes(self.cols.suggestion, little)
        packed = key.to_bytes(n, little) if n else b""
        self.decision = bytearray(packed.translate(_DECISION_OF))
        self.source = bytearray(packed.translate(_SOURCE_OF))

    # -- counting ---------------------------------------------------------------------
    def totals(self, mask: bytes | bytearray | None = None) -> dict[int, tuple[int, int]]:
        """decision -> (files, bytes), over all files or those where ``mask`` is 1."""
        out: dict[int, tuple[int, int]] = {}
        size = self.cols.size
        for d in range(len(DECISIONS)):
            chosen = self.decision.translate(EQUALS[d])
            if mask is not None:
                chosen = and_masks(chosen, mask)
            out[d] = (chosen.count(1), sum(compress(size, chosen)))
        return out

    def undecided_in(self, indexes: Iterable[int]) -> list[int]:
        """The given files whose decision is still only the suggestion."""
        source = self.source
        return [i for i in indexes if source[i] == SUGGESTION]


def _short(row: tuple | None) -> Row | None:
    return None if row is None else row[:4]
