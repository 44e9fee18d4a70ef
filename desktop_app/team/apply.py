"""``team apply`` and ``team restore``: carry out the plan on the shares, and undo it.

Nothing is deleted: a file decided delete moves into the quarantine folder (and one
decided archive into the archive staging folder, when given), at the same path below it
as on the share. A file moves only if its size and modification time still match the
manifest, at the precision the manifest gives; anything else is skipped and reported.
Moves never overwrite anything.

Every move is first written to the journal (``<quarantine>/sharetidy-journal-<UTC>.jsonl``)
and fsynced, then made. ``restore`` replays the journal backwards and puts each file
back, byte for byte. It looks at what is really on disk, so it also undoes an apply that
was killed halfway: a move whose intent was written but that never happened is left
alone, a move that happened is undone, and a copy between volumes that was cut off is
cleaned up (the original is still in place).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

import duckdb

from desktop_app.core.timestamps import iso_utc_ns

JOURNAL_VERSION = 1
PART = ".sharetidy-part"
DELETE, ARCHIVE = 2, 1


@dataclass
class Outcome:
    """What an apply or restore did (or would do, in a dry run)."""

    done: list[tuple[str, str]] = field(default_factory=list)
    """(from, to) of every move made or planned."""
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """(path, why) of everything left alone that should have moved."""
    journal: Path | None = None


def mirror(base: Path, source: str) -> Path:
    """``base`` plus the path of ``source`` without its anchor (``\\\\srv\\share\\a`` ->
    ``base/srv/share/a``; ``/srv/share/a`` -> ``base/srv/share/a``)."""
    pure = PureWindowsPath(source) if source.startswith("\\\\") or ":" in source[:3] else None
    if pure is None:
        pure = PurePosixPath(source)
    anchor = [p for p in pure.anchor.replace(":", "").replace("\\", "/").split("/") if p]
    return base.joinpath(*anchor, *pure.parts[1:])


def _source(root: str, rel: str) -> str:
    if root.startswith("\\\\") or ("\\" in root and "/" not in root):
        return root.rstrip("\\/") + "\\" + rel.replace("/", "\\")
    return root.rstrip("/") + "/" + rel


def _same_time(actual_ns: int, manifest_ns: int, digits: int) -> bool:
    """Equal at the precision the manifest gives (its fraction digits; it truncates)."""
    unit = 10 ** (9 - min(max(digits, 0), 9))
    return actual_ns // unit == manifest_ns // unit


def _inside(root: str, path: str, cache: dict[str, bool]) -> bool:
    """The file's folder, with links resolved, is still below the root."""
    folder = os.path.dirname(path)
    if folder not in cache:
        real_root = os.path.realpath(root)
        real = os.path.realpath(folder)
        cache[folder] = real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)
    return cache[folder]


def plan(conn: duckdb.DuckDBPyConnection, archive: bool) -> Iterator[tuple]:
    """(root, rel, decision, size, modified_ns, digits, modified text) of what may move."""
    decisions = [DELETE, ARCHIVE] if archive else [DELETE]
    cursor = conn.execute(
        "SELECT root, rel, decision, size, modified_ns, modified_digits, modified "
        "FROM current_items WHERE list_contains($d, decision) ORDER BY root, rel",
        {"d": decisions},
    )
    while batch := cursor.fetchmany(10_000):
        yield from batch


def _check(root: str, rel: str, size: int, ns: int | None, digits: int, cache: dict) -> str | None:
    """Why a planned file may not move (None when it may)."""
    if os.name != "nt" and root.startswith("\\\\"):
        return "a UNC path cannot be opened on this system"
    if os.name == "nt" and ":" in rel:
        return "a ':' in a Windows path names a data stream, not a file"
    if not os.path.isabs(root):
        return "the root is not an absolute path"
    path = _source(root, rel)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return "the file is no longer there"
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a link or a folder) at this path now"
    if not _inside(root, path, cache):
        return "a folder on the way is a link that leads outside the share"
    if st.st_size != size:
        return f"changed since the decision (size {st.st_size:,} instead of {size:,})"
    if ns is None:
        return "the manifest's modification time is not a real time"
    if not _same_time(st.st_mtime_ns, ns, digits):
        return f"changed since the decision (modified {iso_utc_ns(st.st_mtime_ns)})"
    return None


class Journal:
    """Append-only JSON Lines; each intent is on disk before the move it announces."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        path = folder / f"sharetidy-journal-{stamp}.jsonl"
        counter = 1
        while True:
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o644)
                break
            except FileExistsError:
                counter += 1
                path = folder / f"sharetidy-journal-{stamp}-{counter}.jsonl"
        self.path = path
        self.handle = os.fdopen(fd, "a", encoding="utf-8")
        _fsync_folder(folder)

    def write(self, record: dict, *, durable: bool) -> None:
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.handle.flush()
        if durable:
            os.fsync(self.handle.fileno())

    def close(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - folders cannot be opened on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def move_no_overwrite(src: str, dst: str) -> None:
    """Move a file; never over an existing name. Across volumes: copy, fsync, rename,
    then remove the original (an interrupted copy leaves the original in place)."""
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    if os.path.lexists(dst):
        raise FileExistsError(17, "something is already at the destination", dst)
    if os.name == "nt":  # pragma: no cover - Windows: rename refuses an existing target
        try:
            os.rename(src, dst)
            return
        except OSError as exc:
            if getattr(exc, "winerror", None) != 17:  # ERROR_NOT_SAME_DEVICE
                raise
    else:
        try:
            os.link(src, dst)  # fails if dst exists: no race can overwrite
        except OSError as exc:
            if exc.errno not in (18, 1, 95, 38):  # EXDEV, EPERM, EOPNOTSUPP, ENOSYS
                raise
        else:
            os.unlink(src)
            return
        if os.stat(src).st_dev == os.stat(os.path.dirname(dst)).st_dev:
            os.rename(src, dst)
            return
    part = dst + PART
    with open(src, "rb") as source, open(part, "xb") as target:
        shutil.copyfileobj(source, target, 1 << 20)
        target.flush()
        os.fsync(target.fileno())
    shutil.copystat(src, part)
    if os.path.lexists(dst):
        os.unlink(part)
        raise FileExistsError(17, "something is already at the destination", dst)
    os.rename(part, dst)
    os.unlink(src)


def apply_plan(
    conn: duckdb.DuckDBPyConnection,
    quarantine: Path,
    archive_staging: Path | None,
    *,
    execute: bool,
    report: Callable[[str], None],
) -> Outcome:
    """Move the delete-decided (and archive-decided) files that are unchanged."""
    outcome = Outcome()
    journal = Journal(quarantine) if execute else None
    cache: dict[str, bool] = {}
    seq = 0
    try:
        if journal is not None:
            outcome.journal = journal.path
            journal.write(
                {
                    "op": "start",
                    "version": JOURNAL_VERSION,
                    "started": iso_utc_ns(time.time_ns()),
                    "quarantine": str(quarantine),
                    "archive_staging": str(archive_staging) if archive_staging else None,
                },
                durable=True,
            )
        for root, rel, decision, size, ns, digits, _text in plan(conn, archive_staging is not None):
            src = _source(root, rel)
            problem = _check(root, rel, size, ns, digits or 0, cache)
            base = quarantine if decision == DELETE else archive_staging
            assert base is not None
            dst = str(mirror(base, src))
            if problem is None and os.path.lexists(dst):
                problem = "something is already at the destination (never overwritten)"
            if problem is not None:
                outcome.skipped.append((src, problem))
                continue
            name = "delete" if decision == DELETE else "archive"
            if journal is None:
                report(f"would move ({name}): {src} -> {dst}")
                outcome.done.append((src, dst))
                continue
            seq += 1
            record = {
                "op": "move",
                "seq": seq,
                "decision": name,
                "src": src,
                "dst": dst,
                "size": size,
                "mtime_ns": os.lstat(src).st_mtime_ns,
            }
            journal.write(record, durable=True)  # the intent is on disk before the move
            try:
                move_no_overwrite(src, dst)
            except OSError as exc:
                journal.write({"op": "failed", "seq": seq, "error": str(exc)}, durable=True)
                outcome.skipped.append((src, f"could not be moved ({exc.strerror or exc})"))
                continue
            journal.write({"op": "done", "seq": seq}, durable=False)
            report(f"moved ({name}): {src} -> {dst}")
            outcome.done.append((src, dst))
        if journal is not None:
            journal.write(
                {"op": "end", "moved": len(outcome.done), "skipped": len(outcome.skipped)},
                durable=True,
            )
    finally:
        if journal is not None:
            journal.close()
    return outcome


def read_moves(journal: Path) -> list[dict]:
    """The move records of a journal, in order; a torn last line (a crash while writing
    it) is ignored: its move never started, since the record comes first."""
    moves = []
    with open(journal, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            if number >= len(lines) - 1:
                continue  # the last line, cut off by a crash
            raise ValueError(f"{journal}: line {number} is not a journal record") from None
        if not isinstance(record, dict):
            raise ValueError(f"{journal}: line {number} is not a journal record")
        if record.get("op") == "move":
            for key in ("src", "dst", "size"):
                if key not in record:
                    raise ValueError(f"{journal}: line {number} lacks {key!r}")
            moves.append(record)
    return moves


def _digest(path: str) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()


def restore(journal: Path, *, execute: bool, report: Callable[[str], None]) -> Outcome:
    """Undo the moves of a journal, last first; a dry run unless ``execute``."""
    outcome = Outcome(journal=journal)
    for record in reversed(read_moves(journal)):
        src, dst = record["src"], record["dst"]
        here, there = os.path.lexists(src), os.path.lexists(dst)
        part = dst + PART
        if here and os.path.lexists(part):
            if execute:
                os.unlink(part)  # a copy cut off by a crash; the original is in place
            report(f"{'removed' if execute else 'would remove'} an unfinished copy: {part}")
        if here and not there:
            continue  # never moved, or already back
        if here and there:
            same = os.path.getsize(src) == os.path.getsize(dst) and _digest(src) == _digest(dst)
            if not same:
                outcome.skipped.append((src, f"both {src} and {dst} exist and differ"))
                continue
            if execute:
                os.unlink(dst)  # an identical copy left by a move cut off before its end
            report(f"{'removed' if execute else 'would remove'} a leftover copy: {dst}")
            continue
        if not there:
            outcome.skipped.append((src, f"neither {src} nor {dst} exists"))
            continue
        if os.path.getsize(dst) != record["size"]:
            outcome.skipped.append((dst, "its size differs from the journal; left in place"))
            continue
        if not execute:
            report(f"would restore: {dst} -> {src}")
            outcome.done.append((dst, src))
            continue
        try:
            move_no_overwrite(dst, src)
        except OSError as exc:
            outcome.skipped.append((dst, f"could not be moved back ({exc.strerror or exc})"))
            continue
        report(f"restored: {dst} -> {src}")
        outcome.done.append((dst, src))
    return outcome
