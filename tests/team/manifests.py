"""Manifests for the team tests, built line by line from DESIGN.md's description.

Deliberately independent of ``desktop_app.core.manifest``: the team side must accept
any manifest written to the contract, not just the app's own output. Lines are plain
dicts (or raw text, for hostile cases) turned into JSON here, and the trailer's SHA-256
is computed here over every byte before it.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path
from typing import Any

CREATED = "2026-03-01T10:00:00Z"


def header(
    *,
    login: str | None = "jan",
    domain: str | None = "GEMEENTE",
    department: str | None = "Burgerzaken",
    roots: list[str] | None = None,
    created: str = CREATED,
    manifest_id: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A header line."""
    value = {
        "type": "header",
        "schema": "sharetidy-manifest/1",
        "manifest_id": manifest_id or str(uuid.uuid4()),
        "created": created,
        "user": {
            "login": login,
            "domain": domain,
            "display_name": None,
            "department": department,
        },
        "host": "PC-1",
        "app_version": "test",
        "policy": {"id": "p", "version": "1", "sha256": "0" * 64},
        "roots": roots or ["/srv/home/jan"],
        "assisted_by": None,
    }
    value.update(extra)
    return value


def entry(
    rel: str,
    decision: str = "keep",
    *,
    root: int = 0,
    size: int = 10,
    modified: str = "2021-03-01T10:00:00.123456Z",
    source: str = "suggestion",
    decided_at: str = CREATED,
    rule: str = "document-retention",
    suggested: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """An entry line."""
    return {
        "type": "entry",
        "root": root,
        "rel": rel,
        "kind": "file",
        "decision": decision,
        "suggested": suggested or decision,
        "rule": rule,
        "source": source,
        "size": size,
        "modified": modified,
        "decided_at": decided_at,
        "note": note,
    }


def dumps(value: Any, compact: bool = True) -> str:
    """One JSON line (compact like the app, or with spaces like many other writers)."""
    if compact:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(value)


def build(
    head: dict[str, Any] | str,
    entries: list[dict[str, Any] | str],
    *,
    compact: bool = True,
    trailer: dict[str, Any] | None = None,
    newline: str = "\n",
) -> bytes:
    """The bytes of a manifest; the trailer counts and hashes what came before it."""
    lines = [head if isinstance(head, str) else dumps(head, compact)]
    totals = {"keep": 0, "archive": 0, "delete": 0}
    for item in entries:
        if isinstance(item, str):
            lines.append(item)
            continue
        lines.append(dumps(item, compact))
        if item.get("decision") in totals and isinstance(item.get("size"), int):
            totals[item["decision"]] += item["size"]
    body = "".join(line + newline for line in lines).encode("utf-8")
    tail = {
        "type": "trailer",
        "entries": len(entries),
        "bytes": totals,
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    tail.update(trailer or {})
    return body + dumps(tail, compact).encode("utf-8") + newline.encode()


def name_for(head: dict[str, Any], user: str = "jan") -> str:
    """A file name in the contract's form."""
    return f"{user}__PC-1__20260301T100000Z__{head['manifest_id'][:8]}.sharetidy.jsonl"


def write(drop: Path, head: dict[str, Any], entries: list, name: str | None = None, **kw) -> Path:
    """Write a manifest into ``drop``; returns its path."""
    path = drop / (name or name_for(head, head["user"]["login"] or "anon"))
    path.write_bytes(build(head, entries, **kw))
    return path
