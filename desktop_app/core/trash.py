"""Clean-up on local disks: send chosen files to the recycle bin, and remember that.

Nothing may ever be lost, so this is the one place where the app removes a file, and it
is fenced in on every side:

- only on a local disk: a network location has no recycle bin (Windows deletes there for
  good, with no error), so there the decision goes into the manifest instead;
- only what the employee confirmed: :func:`plan_trash` lists the exact files with their
  sizes and a token (a hash of that list); :func:`send_to_trash` makes the plan again and
  refuses when the token differs, so a file that changed, appeared or vanished between
  the dialog and the click is never part of a confirmation the employee did not see;
- only files that are still what the scan saw (same size and mtime), never folders,
  never links, never anything outside the root, never protected records or cloud
  placeholders;
- every trashed file is written to the catalog table ``trashed`` at once, so the app can
  show what went and where to get it back.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import send2trash

from desktop_app.core import fsnames, locality
from desktop_app.core.store import FLAG_PLACEHOLDER, Catalog

TABLE_SQL = """
CREATE TABLE IF NOT EXISTS trashed (
    root_id INTEGER NOT NULL,
    rel TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    trashed_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS trashed_root ON trashed (root_id, rel);
"""

NOT_LOCAL_EN = (
    "This folder is on a network location, which has no recycle bin, so files there are "
    "never removed by ShareTidy: your decision goes into the manifest instead."
)
NOT_LOCAL_NL = (
    "Deze map staat op een netwerklocatie en die heeft geen prullenbak, dus ShareTidy "
    "verwijdert daar nooit bestanden: je keuze gaat in plaats daarvan mee in het manifest."
)

# Reasons a file is left alone (English; the GUI words them for the employee).
SKIP_NOT_SCANNED = "not in the current scan"
SKIP_PROTECTED = "protected: an official record is never deleted"
SKIP_PLACEHOLDER = "a cloud placeholder: the file itself lives in the cloud"
SKIP_CHANGED = "changed since the scan"
SKIP_GONE = "no longer there"
SKIP_NOT_FILE = "not a plain file"
SKIP_LINK = "a link: links are never followed"
SKIP_OUTSIDE = "outside the scanned folder"


class NotLocal(RuntimeError):
    """Refused: the root is on a network location. ``str()`` is the English sentence."""

    def __init__(self, root: str, reason: str):
        super().__init__(NOT_LOCAL_EN)
        self.root = root
        self.reason = reason
        self.nl = NOT_LOCAL_NL
        self.en = NOT_LOCAL_EN

    def text(self, lang: str) -> str:
        """The one plain sentence in ``lang`` ('nl' or 'en')."""
        return self.nl if lang == "nl" else self.en


class PlanChanged(RuntimeError):
    """Refused: the files to trash are not exactly the ones the employee confirmed."""


@dataclass(frozen=True)
class PlannedFile:
    """One file of a plan, as the current scan saw it."""

    rel: str
    size: int
    mtime_ns: int
    fs_rel: str
    """The real relative path (differs from ``rel`` only for names that are not UTF-8)."""


@dataclass(frozen=True)
class TrashPlan:
    """What a confirmation dialog lists: the exact files, their total, and the token."""

    root_id: int
    root_path: str
    files: tuple[PlannedFile, ...]
    skipped: tuple[tuple[str, str], ...]
    token: str

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)


@dataclass
class TrashOutcome:
    """What happened: the files now in the recycle bin and the ones left alone, with why."""

    trashed: list[PlannedFile] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def ensure_table(conn: sqlite3.Connection) -> None:
    """Create the ``trashed`` table when it is missing (kept out of the main schema)."""
    conn.executescript(TABLE_SQL)


def _token(root_id: int, root_path: str, files: Iterable[PlannedFile]) -> str:
    payload = [root_id, root_path, [[f.rel, f.size, f.mtime_ns] for f in files]]
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def plan_trash(catalog: Catalog, root_id: int, rels: Iterable[str]) -> TrashPlan:
    """The files of ``rels`` that may go to the recycle bin, as the current scan saw them.

    A rel that is no file of the current scan (a folder, a typo, a file already gone) and
    protected records and cloud placeholders are listed in ``skipped`` with the reason.
    """
    root = catalog.root(root_id)
    wanted = list(dict.fromkeys(rels))
    wanted_set = set(wanted)
    found: dict[str, PlannedFile] = {}
    refused: dict[str, str] = {}
    for row in catalog.iter_files(root_id):
        (_id, folder, name, raw, size, mtime_ns, _cat, flags, _sp, _dup, _rule, _sug,
         protected, folder_raw) = row  # fmt: skip
        rel = fsnames.join_rel(folder, name)
        if rel not in wanted_set:
            continue
        if protected:
            refused[rel] = SKIP_PROTECTED
        elif flags & FLAG_PLACEHOLDER:
            refused[rel] = SKIP_PLACEHOLDER
        else:
            fs_folder = os.fsdecode(folder_raw) if folder_raw else folder
            fs_name = os.fsdecode(raw) if raw else name
            found[rel] = PlannedFile(rel, size, mtime_ns, fsnames.join_rel(fs_folder, fs_name))
    files = tuple(found[rel] for rel in wanted if rel in found)
    skipped = tuple((rel, refused.get(rel, SKIP_NOT_SCANNED)) for rel in wanted if rel not in found)
    return TrashPlan(root_id, root.path, files, skipped, _token(root_id, root.path, files))


def _root_id(catalog: Catalog, root_path: str) -> int:
    for root in catalog.roots():
        if root.path == root_path or root.path == os.path.abspath(root_path):
            return root.id
    raise PlanChanged(f"not a scanned folder: {root_path}")


def _safe_parts(fs_rel: str) -> list[str] | None:
    parts = fs_rel.split("/")
    bad = {"", ".", ".."}
    for part in parts:
        if part in bad or (sys.platform == "win32" and ("\\" in part or ":" in part)):
            return None
    return parts


def _check_on_disk(root_path: str, planned: PlannedFile) -> tuple[str, str | None]:
    """The full path and why it must be left alone (None when it may go)."""
    parts = _safe_parts(planned.fs_rel)
    if parts is None:
        return "", SKIP_OUTSIDE
    path = root_path
    for index, part in enumerate(parts):
        path = os.path.join(path, part)
        try:
            st = os.lstat(fsnames.long_path(path))
        except FileNotFoundError:
            return path, SKIP_GONE
        except OSError as exc:
            return path, exc.strerror or str(exc)
        if stat.S_ISLNK(st.st_mode) or fsnames.is_reparse_dir(st):
            return path, SKIP_LINK
        last = index == len(parts) - 1
        if not last and not stat.S_ISDIR(st.st_mode):
            return path, SKIP_GONE
    if not stat.S_ISREG(st.st_mode):
        return path, SKIP_NOT_FILE
    if st.st_size != planned.size or st.st_mtime_ns != planned.mtime_ns:
        return path, SKIP_CHANGED
    return path, None


def send_to_trash(
    catalog: Catalog, root_path: str, rels: Iterable[str], *, confirm_token: str
) -> TrashOutcome:
    """Send the confirmed files of a local root to the recycle bin, one by one.

    Raises :class:`NotLocal` for a network root and :class:`PlanChanged` when the plan
    made now is not the one ``confirm_token`` came from; otherwise every file either goes
    (and is recorded in ``trashed``) or is skipped with the reason.
    """
    location = locality.describe_location(root_path)
    if location.is_network:
        raise NotLocal(root_path, location.reason)
    root_id = _root_id(catalog, root_path)
    plan = plan_trash(catalog, root_id, rels)
    if plan.token != confirm_token:
        raise PlanChanged("the files to remove changed since they were confirmed")
    ensure_table(catalog.conn)
    outcome = TrashOutcome(skipped=list(plan.skipped))
    for planned in plan.files:
        path, why = _check_on_disk(root_path, planned)
        if why is not None:
            outcome.skipped.append((planned.rel, why))
            continue
        try:
            send2trash.send2trash(path)
        except OSError as exc:
            outcome.skipped.append((planned.rel, exc.strerror or str(exc)))
            continue
        with catalog.transaction() as conn:
            conn.execute(
                "INSERT INTO trashed (root_id, rel, size, mtime_ns, trashed_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (root_id, planned.rel, planned.size, planned.mtime_ns, time.time()),
            )
        outcome.trashed.append(planned)
    return outcome


def trashed_files(catalog: Catalog, root_id: int) -> list[tuple[str, int, int, float]]:
    """What went to the recycle bin from a root: ``(rel, size, mtime_ns, trashed_at)``."""
    ensure_table(catalog.conn)
    return list(
        catalog.conn.execute(
            "SELECT rel, size, mtime_ns, trashed_at FROM trashed WHERE root_id = ? "
            "ORDER BY trashed_at, rel",
            (root_id,),
        )
    )
