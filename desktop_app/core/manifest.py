"""Build and write one manifest: the employee's decisions, handed to the migration team.

The format is fixed by DESIGN.md ("Manifest") and published as
``resources/manifest.schema.json``: a UTF-8 JSON Lines file with a header, one entry per
file and a trailer whose SHA-256 covers every byte before it. A manifest is written
under a temporary name (one that does not end in ``.sharetidy.jsonl``), flushed,
fsynced and renamed, so a reader never sees half of one. Writing needs only the rights
to create and rename: drop folders are often write-only, so nothing here lists or reads
the folder it writes into.

Names that are not valid UTF-8 cannot be written as exact text and are left out (and
reported), as are the rare names that the schema's path rule refuses (a backslash in a
Linux name, for example): a manifest with such a line would be refused whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import socket
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from desktop_app import __version__
from desktop_app.core import shares
from desktop_app.core.config import OrgConfig
from desktop_app.core.decisions import effective_decisions
from desktop_app.core.manifest_schema import SCHEMA_ID, pattern_test
from desktop_app.core.policy import DECISIONS, Policy
from desktop_app.core.store import FLAG_BAD_NAME, Catalog
from desktop_app.core.timestamps import iso_utc, iso_utc_ns

SUFFIX = ".sharetidy.jsonl"
"""Every finished manifest ends in this; temporary names never do."""
PART_SUFFIX = ".part"


@dataclass(frozen=True)
class UserInfo:
    """Who submits: never looked up on the network (DESIGN.md)."""

    login: str | None
    domain: str | None = None
    display_name: str | None = None
    department: str | None = None

    @classmethod
    def current(cls, department: str | None = None) -> UserInfo:
        """The logged-in user of this computer, with the department given."""
        return cls(shares.login_name(), shares.login_domain(), shares.display_name(), department)


@dataclass
class ManifestInfo:
    """What a written manifest holds, for the submit screen and the outbox."""

    manifest_id: str
    name: str
    path: Path
    created: str
    user: UserInfo
    roots: list[str]
    entries: int = 0
    bytes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DECISIONS, 0))
    skipped: list[str] = field(default_factory=list)
    """Readable paths of files left out of the manifest."""
    skipped_reasons: list[tuple[str, str]] = field(default_factory=list)
    """(path, why) for each file left out."""


_UNSAFE = re.compile(r"[^\w.-]+")


def safe_part(text: str | None) -> str:
    """A piece of a file name: characters unsafe in file names become ``_``."""
    cleaned = _UNSAFE.sub("_", text or "").strip(". ")
    return cleaned or "_"


def manifest_name(login: str | None, host: str, created_ns: int, manifest_id: str) -> str:
    """``<user>__<host>__<UTC yyyymmddThhmmssZ>__<id8>.sharetidy.jsonl``."""
    user = (login or "").rsplit("\\", 1)[-1]
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(created_ns // 1_000_000_000))
    return f"{safe_part(user)}__{safe_part(host)}__{stamp}__{manifest_id[:8]}{SUFFIX}"


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def header_line(
    manifest_id: str,
    created: str,
    user: UserInfo,
    host: str,
    policy: Policy,
    roots: list[str],
    assisted_by: str | None,
) -> str:
    """The first line of a manifest."""
    return _dumps(
        {
            "type": "header",
            "schema": SCHEMA_ID,
            "manifest_id": manifest_id,
            "created": created,
            "user": {
                "login": user.login,
                "domain": user.domain,
                "display_name": user.display_name,
                "department": user.department,
            },
            "host": host,
            "app_version": __version__,
            "policy": {"id": policy.id, "version": policy.version, "sha256": policy.sha256},
            "roots": roots,
            "assisted_by": assisted_by,
        }
    )


def trailer_line(entries: int, totals: dict[str, int], digest: str) -> str:
    """The last line: counts and the SHA-256 of every byte before it."""
    bytes_ = {name: totals[name] for name in DECISIONS}
    return _dumps({"type": "trailer", "entries": entries, "bytes": bytes_, "sha256": digest})


class LineSink:
    """Writes lines to a binary file, hashing every byte as it goes."""

    def __init__(self, out: BinaryIO):
        self.out = out
        self.sha = hashlib.sha256()
        self.buffer: list[bytes] = []
        self.size = 0

    def add(self, line: str) -> None:
        data = line.encode("utf-8") + b"\n"
        self.buffer.append(data)
        self.size += len(data)
        if self.size >= 1 << 20:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            chunk = b"".join(self.buffer)
            self.sha.update(chunk)
            self.out.write(chunk)
            self.buffer.clear()
            self.size = 0


def _bad_folders(catalog: Catalog, root_id: int) -> set[str]:
    """Folders of the root's current scan whose own name (or a parent's) is not UTF-8."""
    rows = catalog.conn.execute(
        "SELECT f.rel FROM folders f JOIN roots r ON r.id = f.root_id AND r.scan_id = f.scan_id "
        "WHERE f.root_id = ? AND f.raw IS NOT NULL",
        (root_id,),
    )
    return {rel for (rel,) in rows}


def _shown_path(root: str, rel: str) -> str:
    sep = "\\" if root.startswith("\\\\") or ("\\" in root and "/" not in root) else "/"
    return root.rstrip("/\\") + sep + rel.replace("/", sep)


def why_not_in_manifest(rel: str) -> str:
    """Why a relative path that the schema refuses cannot go in a manifest (plain words)."""
    if "\\" in rel:
        return "the name holds a backslash, which a manifest cannot carry"
    if "\x00" in rel:
        return "the name holds a NUL character"
    if len(rel) > 1 and rel[1] == ":" and rel[0].isascii() and rel[0].isalpha():
        return "the name starts like a drive letter (C:), which a manifest cannot carry"
    return "a folder or file name made only of dots or spaces cannot go in a manifest"


def entry_line(
    root: int,
    rel: str,
    decision: str,
    suggested: str,
    rule: str,
    source: str,
    size: int,
    modified: str,
    decided_at: str,
    note: str | None,
) -> str:
    """One entry line in the compact form (keys in the schema's order, no spaces)."""
    return (
        f'{{"type":"entry","root":{root},"rel":{_dumps(rel)},"kind":"file",'
        f'"decision":"{decision}","suggested":"{suggested}","rule":{_dumps(rule)},'
        f'"source":"{source}","size":{size},"modified":"{modified}",'
        f'"decided_at":"{decided_at}","note":{_dumps(note)}}}'
    )


def write_entries(
    catalog: Catalog, root_ids: list[int], roots: list[str], created: str, sink: LineSink
) -> tuple[int, dict[str, int], list[tuple[str, str]]]:
    """One entry line per file of each root: (count, bytes per decision, skipped)."""
    rel_ok = pattern_test("rel")
    totals = dict.fromkeys(DECISIONS, 0)
    skipped: list[tuple[str, str]] = []
    count = 0
    for index, root_id in enumerate(root_ids):
        bad = _bad_folders(catalog, root_id)
        notes = catalog.notes(root_id)
        for item in effective_decisions(catalog, root_id):
            rel = item.rel
            if item.flags & FLAG_BAD_NAME or item.folder in bad:
                skipped.append((_shown_path(roots[index], rel), "the name is not valid UTF-8"))
                continue
            if not rel_ok(rel):
                skipped.append((_shown_path(roots[index], rel), why_not_in_manifest(rel)))
                continue
            decided_at = iso_utc(item.decided_at) if item.decided_at else created
            sink.add(
                entry_line(
                    index,
                    rel,
                    DECISIONS[item.decision],
                    DECISIONS[item.suggestion],
                    item.rule or "",
                    item.source,
                    item.size,
                    iso_utc_ns(item.mtime_ns),
                    decided_at,
                    notes.get(rel),
                )
            )
            totals[DECISIONS[item.decision]] += item.size
            count += 1
    return count, totals, skipped


def write_manifest(
    catalog: Catalog,
    config: OrgConfig,
    root_ids: Iterable[int],
    folder: Path,
    *,
    user: UserInfo,
    assisted_by: str | None = None,
    host: str | None = None,
    now_ns: int | None = None,
    manifest_id: str | None = None,
) -> ManifestInfo:
    """Write one manifest of ``root_ids`` into ``folder`` atomically; returns what it holds.

    Suggestions that the employee did not change are written with ``source`` 'suggestion'
    and the time of this submission as ``decided_at`` (submitting accepts them).
    """
    root_ids = list(root_ids)
    created_ns = time.time_ns() if now_ns is None else now_ns
    created = iso_utc_ns(created_ns)
    manifest_id = manifest_id or str(uuid.uuid4())
    host = host if host is not None else socket.gethostname()
    roots = [shares.unc_path(catalog.root(root_id).path) for root_id in root_ids]
    name = manifest_name(user.login, host, created_ns, manifest_id)
    info = ManifestInfo(manifest_id, name, folder / name, created, user, roots)
    temp = folder / f".{name}.{uuid.uuid4().hex[:8]}{PART_SUFFIX}"
    # O_EXCL: never over anything; only create rights are needed, never read rights.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        with os.fdopen(fd, "wb") as out:
            sink = LineSink(out)
            sink.add(
                header_line(manifest_id, created, user, host, config.policy, roots, assisted_by)
            )
            count, totals, skipped = write_entries(catalog, root_ids, roots, created, sink)
            sink.flush()
            out.write(trailer_line(count, totals, sink.sha.hexdigest()).encode("utf-8") + b"\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, info.path)
    except BaseException:
        _remove_quietly(temp)
        raise
    info.entries = count
    info.bytes = totals
    info.skipped_reasons = skipped
    info.skipped = [path for path, _ in skipped]
    return info


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def copy_atomically(source: Path, folder: Path) -> Path:
    """Copy a finished manifest into ``folder`` the same way: temp name, fsync, rename.

    Only creates and renames in ``folder``: it works on a drop folder where the user
    may neither list nor read. Raises OSError when the folder cannot be reached.
    """
    final = folder / source.name
    temp = folder / f".{source.name}.{uuid.uuid4().hex[:8]}{PART_SUFFIX}"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, final)
    except BaseException:
        _remove_quietly(temp)
        raise
    return final
