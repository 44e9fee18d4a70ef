"""Deciding files and folders: committed to SQLite first, then shown, and undoable exactly.

Why this order: a decision must survive a crash the moment the employee sees it made
(DESIGN.md), so every change is one committed transaction before the model in memory
changes. Undo and redo write back the exact rows that were there (decision, time, size,
modification time and note), not new ones, so an undone step leaves the catalog as it
was, row for row. No widgets here: the windows wrap each outcome in a QUndoCommand.

Protected files (likely official records) never get delete: a file decision of delete
leaves them out and lists them as refused; under a folder decided delete they keep
their own decision, else their suggestion (the core's rule), and are listed as refused.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.decisions import FILE, FOLDER
from desktop_app.core.policy import DELETE
from desktop_app.core.store import Catalog
from desktop_app.gui.decision_state import FOLDER_SOURCE, OWN, RowSet
from desktop_app.gui.file_model import FileTableModel

_SEP = "\x00"  # never in a file or folder name


@dataclass(frozen=True)
class Change:
    """Rows of one kind before and after a step: what undo and redo write back."""

    kind: str
    """'file' or 'folder' (the catalog's decision kind)."""
    joined_rels: str
    """The rels, NUL-separated (one string: 100,000 rels cost a few MB, not tens)."""
    indexes: array
    """The file index of each rel in the scan it was made on (empty for a folder)."""
    scan_id: int | None
    before: RowSet
    after: RowSet

    @property
    def rels(self) -> list[str]:
        """The rels the rows belong to."""
        return self.joined_rels.split(_SEP) if len(self.before) else []


@dataclass
class DecisionOutcome:
    """What a decision step did, and everything undo and redo need."""

    decided: int
    """Files that now have the decision (or, for a folder step, follow the folder)."""
    refused: list[int]
    """Protected files (indexes) that were asked for delete and did not get it."""
    changes: tuple[Change, ...] = ()
    root_id: int | None = None
    action: str = "files"
    """'files', 'folder' or 'accept'."""
    decision: int | None = None
    folder: str | None = None

    @property
    def changed(self) -> bool:
        """Whether the step wrote anything (a folder step may change no file's decision)."""
        return any(len(change.before) for change in self.changes)


class DecisionService:
    """Makes, undoes and redoes decisions on the model's loaded root."""

    def __init__(self, catalog: Catalog, model: FileTableModel):
        self.catalog = catalog
        self.model = model

    # -- deciding -----------------------------------------------------------------------
    def decide_files(self, indexes: Sequence[int], decision: int | None) -> DecisionOutcome:
        """Give files their own decision (None: back to what holds without one)."""
        cols = self.model.columns
        if cols is None:
            return DecisionOutcome(0, [], decision=decision)
        chosen = list(dict.fromkeys(indexes))
        refused: list[int] = []
        if decision == DELETE:
            protected = cols.protected
            refused = [i for i in chosen if protected[i]]
            if refused:
                chosen = [i for i in chosen if not protected[i]]
        code = 0 if decision is None else decision + 1
        change = self._write_files(chosen, bytes((code,)) * len(chosen)) if chosen else None
        return DecisionOutcome(
            decided=len(chosen),
            refused=refused,
            changes=(change,) if change is not None else (),
            root_id=cols.root_id,
            action="files",
            decision=decision,
        )

    def accept_suggestions(self, folder: str) -> DecisionOutcome:
        """Every file below ``folder`` still on its suggestion gets it as its own decision."""
        model, cols = self.model, self.model.columns
        if cols is None:
            return DecisionOutcome(0, [], action="accept", folder=folder)
        undecided = model.state.undecided_in(model.indexes_in_folder(folder))
        suggestion, protected = cols.suggestion, cols.protected
        refused = [i for i in undecided if protected[i] and suggestion[i] == DELETE]
        if refused:
            skip = set(refused)
            undecided = [i for i in undecided if i not in skip]
        codes = bytes(suggestion[i] + 1 for i in undecided)
        change = self._write_files(undecided, codes) if undecided else None
        return DecisionOutcome(
            decided=len(undecided),
            refused=refused,
            changes=(change,) if change is not None else (),
            root_id=cols.root_id,
            action="accept",
            folder=folder,
        )

    def decide_folder(self, folder: str, decision: int | None) -> DecisionOutcome:
        """A decision for a folder: it holds below unless something deeper has its own."""
        model, cols = self.model, self.model.columns
        outcome = DecisionOutcome(0, [], action="folder", folder=folder, decision=decision)
        if cols is None:
            return outcome
        outcome.root_id = cols.root_id
        state = model.state
        old = state.folder_rows.get(folder)
        if old is None and decision is None:
            return outcome
        followed = len(self._followers(folder))
        note = self._notes(FOLDER, [folder]).get(0)
        before = _folder_rowset(old, note)
        at = self.catalog.set_decisions([(cols.root_id, folder, FOLDER, decision, None, None)])
        row = None if decision is None else (decision, at, None, None)
        after = _folder_rowset(row, None)
        model.apply_folder_row(folder, row)
        outcome.decided = len(self._followers(folder)) if decision is not None else followed
        if decision == DELETE:
            protected, source = cols.protected, state.source
            outcome.refused = [
                i for i in self._reached(folder) if protected[i] and source[i] != OWN
            ]
        outcome.changes = (Change(FOLDER, folder, array("i"), cols.scan_id, before, after),)
        return outcome

    # -- undo and redo ------------------------------------------------------------------
    def undo(self, outcome: DecisionOutcome) -> None:
        """Write back exactly the rows that were there before the step, then show them."""
        self._restore(outcome, [(c, c.before) for c in reversed(outcome.changes)])

    def redo(self, outcome: DecisionOutcome) -> None:
        """Write back exactly the rows the step made (same times), then show them."""
        self._restore(outcome, [(c, c.after) for c in outcome.changes])

    def _restore(self, outcome: DecisionOutcome, steps: list[tuple[Change, RowSet]]) -> None:
        root_id = outcome.root_id
        if root_id is None:
            return
        self.catalog.restore_decisions(
            (root_id, rel, change.kind, *(rows.row(k) or (None, 0.0, None, None, None)))
            for change, rows in steps
            for k, rel in enumerate(change.rels)
        )
        model = self.model
        cols = model.columns
        if cols is None or cols.root_id != root_id:
            return  # committed; the model shows another root and reads it when loaded
        for change, rows in steps:
            if change.kind == FOLDER:
                row = rows.row(0)
                model.apply_folder_row(change.joined_rels, None if row is None else row[:4])
            elif change.scan_id == cols.scan_id:
                model.apply_file_columns(change.indexes, rows)
            else:  # rescanned since: find the files by their rel
                indexes: list[int] = []
                positions: list[int] = []
                for k, found in enumerate(cols.locate_many(change.rels)):
                    indexes.extend(found)
                    positions.extend([k] * len(found))
                model.apply_file_columns(indexes, rows.take(positions))

    # -- helpers ------------------------------------------------------------------------
    def _write_files(self, indexes: list[int], codes: bytes) -> Change:
        """Commit own decisions for files (current size and time), then update the model."""
        model = self.model
        cols, state = model.columns, model.state
        root_id = cols.root_id
        rels = cols.rels(indexes)
        # Sorted by rel, the rows go into the catalog's B-tree in order: 2-3x faster.
        order = sorted(range(len(indexes)), key=rels.__getitem__)
        indexes = [indexes[k] for k in order]
        rels = [rels[k] for k in order]
        codes = bytes(map(codes.__getitem__, order))
        before = state.own_rows(indexes, self._notes(FILE, rels))
        size = array("q", map(cols.size.__getitem__, indexes))
        mtime = array("q", map(cols.mtime.__getitem__, indexes))
        at = self.catalog.set_decisions(
            (root_id, rel, FILE, c - 1 if c else None, s, m)
            for rel, c, s, m in zip(rels, codes, size, mtime, strict=True)
        )
        after = RowSet.uniform(codes, at, size, mtime)
        model.apply_file_columns(indexes, after)
        return Change(FILE, _SEP.join(rels), array("i", indexes), cols.scan_id, before, after)

    def _notes(self, kind: str, rels: Sequence[str]) -> dict[int, str]:
        """Notes stored on these rows, by position in ``rels`` (rare: kept for undo)."""
        noted = self.catalog.notes(self.model.columns.root_id, kind)
        if not noted:
            return {}
        return {k: noted[rel] for k, rel in enumerate(rels) if rel in noted}

    def _reached(self, folder: str) -> list[int]:
        """Files whose nearest decided folder is ``folder``."""
        cols, state = self.model.columns, self.model.state
        nearest = state.nearest
        folders = [f for f in cols.subtree(folder) if nearest[f] == folder]
        return cols.files_of(folders)

    def _followers(self, folder: str) -> list[int]:
        """Files whose decision comes from ``folder``'s own decision."""
        source = self.model.state.source
        return [i for i in self._reached(folder) if source[i] == FOLDER_SOURCE]


def _folder_rowset(row: tuple | None, note: str | None) -> RowSet:
    if row is None:
        return RowSet(b"\x00", array("d", [0.0]), array("q", [0]), array("q", [0]), b"\x00")
    decision, at, size, mtime = row
    known = size is not None and mtime is not None
    return RowSet(
        bytes((decision + 1,)),
        array("d", [at]),
        array("q", [size if known else 0]),
        array("q", [mtime if known else 0]),
        b"\x01" if known else b"\x00",
        {0: note} if note is not None else {},
    )


__all__ = ["Change", "DecisionOutcome", "DecisionService"]
