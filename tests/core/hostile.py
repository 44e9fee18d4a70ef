"""A tree with every hostile corner a scanner meets on a real share."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

GB = 1024**3


def make_hostile_tree(root: Path) -> dict[str, int]:
    """Build the tree; returns the regular files it holds (relative path -> size)."""
    files: dict[str, int] = {}

    def write(rel: str, data: bytes) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        files[rel] = len(data)

    write("Projecten/plan.docx", b"plan" * 100)
    write("Projecten/kopie plan.docx", b"plan" * 100)
    write("Leeg.txt", b"")
    os.symlink("..", root / "Projecten" / "terug")  # a link to the parent: a loop
    os.symlink("/etc", root / "buiten")  # a link out of the tree
    os.symlink(root / "bestaat-niet", root / "dood")  # a dead link
    os.mkfifo(root / "pijp")  # reading a FIFO would hang
    (root / "Geheim").mkdir()
    write("Geheim/salaris.xlsx", b"s" * 50)
    # A name that is not valid UTF-8 (Latin-1 'café').
    bad = os.path.join(os.fsencode(root), b"caf\xe9.txt")
    with open(bad, "wb") as handle:
        handle.write(b"latin")
    files[os.fsdecode(b"caf\xe9.txt")] = 5
    # The same name in NFC and NFD: two different files on Linux.
    write(unicodedata.normalize("NFC", "Notulen é.docx"), b"nfc")
    write(unicodedata.normalize("NFD", "Notulen é.docx"), b"nfd!")
    # A 3 GB sparse file: its apparent size counts, and it costs no disk.
    sparse = root / "schijfkopie.iso"
    with open(sparse, "wb") as handle:
        handle.truncate(3 * GB)
    files["schijfkopie.iso"] = 3 * GB
    # A path of over 500 characters below the root.
    deep = "/".join(["d" * 120] * 4)
    write(f"{deep}/lang pad bestand.txt", b"diep")
    return files
