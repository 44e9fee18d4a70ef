"""Checks of one manifest file that need its bytes: header, trailer, SHA-256, line count.

One streaming pass per file reads it once: it hashes every byte before the last line,
keeps the first line (the header) and the last line (the trailer), counts the lines and
notes anything the fast SQL check might read differently from strict JSON (a byte order
mark past the start). The per-line schema check of the entries runs afterwards, in
DuckDB; :func:`exact_check` is the line-by-line check in Python for the files the fast
path does not accept, giving the precise reason.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.manifest_schema import check, check_line, definition, strict_loads
from desktop_app.core.outbox import root_key
from desktop_app.core.policy import DECISIONS
from desktop_app.core.timestamps import parse_iso_utc_ns

CHUNK = 4 << 20
MAX_LINE = 16 << 20
"""A header longer than this is not a manifest line (a garbage file)."""
TAIL = 1 << 16
"""A trailer is a short line; the last bytes kept back from hashing until the end."""
BOM = b"\xef\xbb\xbf"


class Rejected(Exception):
    """The file is refused whole; ``str()`` is the reason in plain words."""


@dataclass
class FileFacts:
    """What the streaming pass learned about one file."""

    path: Path
    name: str
    size: int
    mtime_ns: int
    header: dict[str, Any]
    trailer: dict[str, Any]
    lines: int
    fingerprint: str
    """Identifies the content exactly: the verified digest plus the trailer line."""
    needs_exact: bool
    """Something the fast path may read unlike strict JSON: check line by line."""
    created_ns: int


def stat_file(path: Path) -> os.stat_result:
    """lstat, refusing anything but a regular file (links are never followed)."""
    try:
        st = os.lstat(path)
    except OSError as exc:
        raise Rejected(f"cannot be read ({exc.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        raise Rejected("not a regular file")
    return st


def _scan(path: Path) -> tuple[str, bytes, bytes, int, int, bool]:
    """One pass over the file without copying it: (digest of every byte before the last
    line, first line, last line, newline count, size, a byte order mark past the start)."""
    sha = hashlib.sha256()
    first: bytes | None = None
    head = bytearray()
    tail = b""  # the end of the previous chunk: the last line may start in it
    newlines = total = 0
    bom_inside = False
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            newlines += chunk.count(b"\n")
            # 0xEF is rare in Dutch text; a one-byte search is much faster than three.
            if not bom_inside and (
                chunk.find(b"\xef", 1 if total == 0 else 0) >= 0
                or (tail.endswith((b"\xef", b"\xef\xbb")))
            ):
                start = 1 if total == 0 else 0
                bom_inside = chunk.find(BOM, start) >= 0 or BOM in tail[-2:] + chunk[:2]
            if first is None:
                cut = chunk.find(b"\n")
                head += chunk[: cut if cut >= 0 else MAX_LINE]
                if cut >= 0:
                    first = bytes(head)
                    head = bytearray()
                elif len(head) >= MAX_LINE:
                    raise Rejected("the first line is not a manifest header (too long)")
            if len(tail) > TAIL:
                view = memoryview(tail)
                sha.update(view[: len(tail) - TAIL])
                tail = tail[len(tail) - TAIL :]
            if len(chunk) > TAIL:
                sha.update(tail)
                sha.update(memoryview(chunk)[: len(chunk) - TAIL])
                tail = chunk[len(chunk) - TAIL :]
            else:
                tail += chunk
            total += len(chunk)
    end = len(tail) - 1 if tail.endswith(b"\n") else len(tail)
    start = tail.rfind(b"\n", 0, end) + 1
    if start == 0 and total > len(tail):
        raise Rejected("the last line is not a manifest trailer (too long)")
    sha.update(memoryview(tail)[:start])
    return sha.hexdigest(), first or b"", tail[start:], newlines, total, bom_inside


def read_facts(path: Path, st: os.stat_result) -> FileFacts:
    """Stream the file once; raises :class:`Rejected` on a bad header, trailer or digest."""
    try:
        digest, first, last, newlines, total, bom_inside = _scan(path)
    except OSError as exc:
        raise Rejected(f"cannot be read ({exc.strerror})") from None
    if total == 0:
        raise Rejected("the file is empty")
    ends_with_newline = last.endswith(b"\n")
    lines = newlines + (0 if ends_with_newline else 1)
    if lines < 2:
        raise Rejected("truncated: there is no trailer line after the header")
    header = _parse(first[3:] if first.startswith(BOM) else first, "header", 1)
    trailer_bytes = last[:-1] if ends_with_newline else last
    trailer = _parse(trailer_bytes, "trailer", lines)
    if trailer["sha256"].lower() != digest:
        raise Rejected("altered or truncated: the SHA-256 in the trailer does not match the file")
    if trailer["entries"] != lines - 2:
        raise Rejected(
            f"the trailer counts {trailer['entries']:,} entries but the file has {lines - 2:,}"
        )
    _check_header(header)
    try:
        created_ns = parse_iso_utc_ns(header["created"])
    except ValueError:
        raise Rejected(
            f"the header's created time is not a real date: {header['created']}"
        ) from None
    return FileFacts(
        path=path,
        name=path.name,
        size=st.st_size,
        mtime_ns=st.st_mtime_ns,
        header=header,
        trailer=trailer,
        lines=lines,
        fingerprint=digest + ":" + hashlib.sha256(trailer_bytes).hexdigest(),
        needs_exact=bom_inside,
        created_ns=created_ns,
    )


def _parse(raw: bytes, kind: str, line_no: int) -> dict[str, Any]:
    where = "the first line" if kind == "header" else f"the last line (line {line_no})"
    what = "a manifest header" if kind == "header" else "a complete trailer (truncated?)"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Rejected(f"{where} is not UTF-8 text") from None
    try:
        value = strict_loads(text)
    except ValueError as exc:
        raise Rejected(f"{where} is not {what}: {exc}") from None
    if not isinstance(value, dict) or value.get("type") != kind:
        raise Rejected(f"{where} is not {what}")
    if kind == "header":
        expected = definition("header")["properties"]["schema"]["const"]
        if value.get("schema") != expected:
            raise Rejected(f"unknown schema {value.get('schema')!r} (expected {expected})")
    problem = check(value, definition(kind))
    if problem is not None:
        raise Rejected(f"line {line_no} ({kind}): {problem}")
    return value


def _check_header(header: dict[str, Any]) -> None:
    keys = [root_key(root) for root in header["roots"]]
    if len(set(keys)) != len(keys):
        raise Rejected("the header lists the same share root twice")


def iter_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes without the newline) for every line of a file."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            yield number, raw[:-1] if raw.endswith(b"\n") else raw


def exact_check(facts: FileFacts) -> None:
    """Check every entry line exactly, in Python; raises :class:`Rejected` naming the line.

    Also checks what spans lines: roots in range and the byte totals of the trailer.
    """
    roots = len(facts.header["roots"])
    totals = dict.fromkeys(DECISIONS, 0)
    last = facts.lines
    try:
        for number, raw in iter_lines(facts.path):
            if number == 1 or number == last:
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise Rejected(f"line {number} is not UTF-8 text") from None
            if not text.strip():
                raise Rejected(f"line {number} is empty")
            value, problem = check_line(text)
            if problem is not None:
                raise Rejected(f"line {number}: {problem}")
            if value["type"] != "entry":
                where = "first" if value["type"] == "header" else "last"
                raise Rejected(f"line {number}: a {value['type']} may only be the {where} line")
            if value["root"] >= roots:
                raise Rejected(
                    f"line {number}: root {value['root']} is not in the header's list of "
                    f"{roots} root(s)"
                )
            totals[value["decision"]] += int(value["size"])
    except OSError as exc:
        raise Rejected(f"cannot be read ({exc.strerror})") from None
    check_totals(facts, totals)


def check_totals(facts: FileFacts, totals: dict[str, int]) -> None:
    """The trailer's bytes per decision must equal the sum of the entries."""
    stated = facts.trailer["bytes"]
    for name in DECISIONS:
        if int(stated[name]) != totals[name]:
            raise Rejected(
                f"the trailer says {int(stated[name]):,} bytes to {name} but the entries "
                f"add up to {totals[name]:,}"
            )
