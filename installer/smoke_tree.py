"""The share the smoke test scans: ~2,000 files whose right answers are known in advance.

The tree is built so that the frozen app's riskiest path runs: more than 1,000 files
share their size with another file, so the duplicate check reads them in worker
processes (``duplicates._Readers.PROCESS_MIN``), which a frozen app can only start when
``multiprocessing.freeze_support()`` lets the children through. Same-size files with
different content (decoys, some differing only after the first 4 KiB block) must not be
grouped; identical files must share one group. Every name is valid on Windows too, so
the same test runs on the Windows runner.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

YEAR_S = 365 * 86_400


@dataclass
class SmokeTree:
    """The built tree and what a correct scan must say about it."""

    root: Path
    content: dict[str, str] = field(default_factory=dict)
    """Relative path (``/``-separated) -> a key that is equal exactly for equal bytes."""
    size: dict[str, int] = field(default_factory=dict)
    suggestion: dict[str, str] = field(default_factory=dict)
    """Files whose suggestion the shipped policy fixes (junk, an old record, recent work)."""
    sharepoint: dict[str, str] = field(default_factory=dict)
    """Files with a known SharePoint problem code."""

    def duplicate_sets(self) -> set[frozenset[str]]:
        """The groups a correct duplicate check finds: files with equal bytes, two or more."""
        by_key: dict[str, set[str]] = {}
        for rel, key in self.content.items():
            by_key.setdefault(key, set()).add(rel)
        return {frozenset(rels) for rels in by_key.values() if len(rels) > 1}

    def candidates(self) -> int:
        """How many files share their size with another (what the duplicate check reads)."""
        counts: dict[int, int] = {}
        for size in self.size.values():
            counts[size] = counts.get(size, 0) + 1
        return sum(1 for size in self.size.values() if counts[size] > 1)


def _body(key: str, size: int) -> bytes:
    head = f"ShareTidy smoke {key}\n".encode()
    return (head * (size // len(head) + 1))[:size]


def _write(tree: SmokeTree, rel: str, key: str, data: bytes, mtime_s: float) -> None:
    path = tree.root.joinpath(*rel.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.utime(path, (mtime_s, mtime_s))
    tree.content[rel] = key
    tree.size[rel] = len(data)


def build_tree(root: Path, bulk: int = 1_980) -> SmokeTree:
    """Write the smoke share into ``root`` (which must not exist yet)."""
    root.mkdir(parents=True)
    tree = SmokeTree(root)
    now = time.time()
    # Bulk: work notes over 650 sizes, so nearly all share a size; every tenth pair
    # is the same note saved twice (a duplicate), the rest are same-size decoys.
    for i in range(bulk):
        key = f"pair-{i // 2}" if i % 10 < 2 else f"note-{i}"
        size = 300 + (hash_free_size(key) % 650)
        folder = f"Afdeling/Project {i % 40:02d}/{'Concepten' if i % 3 else 'Definitief'}"
        rel = f"{folder}/Notitie {i:04d}.docx"
        _write(tree, rel, key, _body(key, size), now - 86_400 - i * 60)
        if i % 97 == 0 and key.startswith("note-"):
            tree.suggestion[rel] = "keep"
    # Three copies of one report in different folders: one group of three.
    report = _body("report", 12_345)
    for rel in ("Afdeling/Rapport 2026.docx", "Oud/Rapport 2026.docx", "Kopie/Rapport.docx"):
        _write(tree, rel, "report", report, now - 20 * 86_400)
    # Large files equal in their first 4 KiB block: only the full read tells them apart.
    big = _body("big", 300_000)
    _write(tree, "Media/Opname a.wav", "big", big, now - 86_400)
    _write(tree, "Media/Opname b.wav", "big", big, now - 86_400)
    _write(tree, "Media/Opname c.wav", "big-tail", big[:-1] + b"!", now - 86_400)
    # What the shipped policy must say: an old record is archived, junk is deleted.
    old = now - 12 * YEAR_S
    rel = "Archief/Besluit subsidie 2014.docx"
    _write(tree, rel, "besluit", _body("besluit", 2_222), old)
    tree.suggestion[rel] = "archive"
    rel = "Tijdelijk/~$Rapport.docx"
    _write(tree, rel, "lock", _body("lock", 162), now - 3_600)
    tree.suggestion[rel] = "delete"
    tree.sharepoint[rel] = "lock-prefix"
    rel = "Afdeling/Plan_vti_oud.xlsx"
    _write(tree, rel, "vti", _body("vti", 4_321), now - 86_400)
    tree.sharepoint[rel] = "vti"
    # A name beyond ASCII must come out of the CSV unchanged.
    _write(tree, "Afdeling/Overzicht café Ærø.xlsx", "cafe", _body("cafe", 5_432), now - 86_400)
    return tree


def hash_free_size(key: str) -> int:
    """A stable number from ``key`` (``hash()`` of a str changes between runs)."""
    value = 0
    for byte in key.encode():
        value = (value * 131 + byte) % 1_000_003
    return value
