"""Collect works out which entry holds only for the paths that new manifests touch, and
stores entries before the whole batch is settled; neither may change the outcome.

The reference for "which entry holds" is a collect of everything at once followed by a
rebuild of every path from scratch.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop_app.team import db as teamdb
from desktop_app.team import items
from desktop_app.team.collect import collect, manifest_names
from desktop_app.team.export import item_rows
from desktop_app.team.status import status
from tests.team import manifests as m

ROOTS = ["\\\\fs01\\afd\\Ruimte", "\\\\fs01\\afd\\Sociaal", "\\\\fs01\\home\\{login}"]
PATHS = ["Plan.docx", "Map/Besluit.pdf", "Map/Sub/Foto.JPG", "Notulen 2021.docx", "a/b/c.txt"]


def _spelling(rng: random.Random, rel: str) -> str:
    return "".join(c.upper() if rng.random() < 0.3 else c.lower() for c in rel)


def _drop(folder: Path, seed: int = 5) -> list[str]:
    """Manifests of six users over shared roots: later manifests of the same user, other
    spellings of one path, colleagues who disagree, spaced and compact lines, and one
    manifest that lists a path twice."""
    rng = random.Random(seed)
    folder.mkdir()
    for number in range(18):
        login = f"user{number % 6}"
        roots = [r.format(login=login) for r in rng.sample(ROOTS, rng.randrange(1, 4))]
        if rng.random() < 0.3:
            roots = [roots[0].upper(), *roots[1:]]
        entries, seen = [], set()
        for _ in range(rng.randrange(3, 12)):
            root = rng.randrange(len(roots))
            rel = _spelling(rng, rng.choice(PATHS))
            if (root, rel) in seen:
                continue
            seen.add((root, rel))
            decision = rng.choice(["keep", "archive", "delete"])
            entries.append(m.entry(rel, decision, root=root, size=rng.randrange(1, 99)))
        if number == 7:
            entries.append(dict(entries[0]))  # the same exact path twice: refused
        head = m.header(
            login=login,
            roots=roots,
            created=f"2026-03-{1 + number // 6:02d}T{number:02d}:00:00Z",
            department="Ruimte" if number % 2 else "Sociaal",
        )
        m.write(folder, head, entries, name=f"{login}__{number:02d}.sharetidy.jsonl",
                compact=number % 4 != 3)  # fmt: skip
    return manifest_names(folder)


def _outcome(conn) -> tuple:
    holders = conn.execute(
        "SELECT m.manifest_id, h.root_idx, h.rel, h.conflict FROM holders h "
        "JOIN manifests m ON m.no = h.manifest_no ORDER BY ALL"
    ).fetchall()
    contested = conn.execute(
        "SELECT r.key, c.path_key FROM contested c JOIN roots r ON r.no = c.root_no ORDER BY ALL"
    ).fetchall()
    return status(conn), list(item_rows(conn)), holders, contested


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_collecting_in_batches_gives_what_rebuilding_everything_gives(
    tmp_path: Path, seed: int
) -> None:
    names = _drop(tmp_path / "drop", seed)
    whole = teamdb.connect(tmp_path / "whole.duckdb")
    result = collect(whole, tmp_path / "drop")
    assert [name for name, _ in result.rejected] == ["user1__07.sharetidy.jsonl"]
    once = _outcome(whole)
    whole.execute("BEGIN")
    items.rebuild(whole)  # every path from scratch
    whole.execute("COMMIT")
    assert _outcome(whole) == once
    whole.close()

    parts = teamdb.connect(tmp_path / "parts.duckdb")
    order = names[:]
    random.Random(seed).shuffle(order)
    for start in range(0, len(order), 4):
        collect(parts, tmp_path / "drop", sorted(order[start : start + 4]))
    try:
        batched = _outcome(parts)
        assert batched[0] == once[0] and batched[1] == once[1]
        assert batched[3] == once[3]
        assert batched[2] == once[2]
        assert once[0]["conflicts"] > 0 and len(once[3]) > 3
    finally:
        parts.close()


def test_no_row_of_a_refused_file_is_left(drop: Path, db: Path) -> None:
    good = m.write(drop, m.header(login="piet"), [m.entry("a.txt"), m.entry("b.txt")])
    bad = m.write(drop, m.header(), [m.entry("c.txt")])
    bad.write_bytes(bad.read_bytes().replace(b"c.txt", b"d.txt"))  # digest no longer fits
    conn = teamdb.connect(db)
    try:
        result = collect(conn, drop)
        assert [name for name, _ in result.rejected] == [bad.name]
        assert result.collected == [good.name]
        rows = conn.execute("SELECT rel FROM entries ORDER BY rel").fetchall()
        assert rows == [("a.txt",), ("b.txt",)]
    finally:
        conn.close()


def test_a_later_copy_of_an_id_counts_when_the_first_is_broken(drop: Path, db: Path) -> None:
    head = m.header()
    data = m.build(head, [m.entry("a.txt"), m.entry("b.txt", "delete")])
    (drop / "a.sharetidy.jsonl").write_bytes(data.replace(b"b.txt", b"B.txt"))
    (drop / "b.sharetidy.jsonl").write_bytes(data)
    conn = teamdb.connect(db)
    try:
        result = collect(conn, drop)
        assert [name for name, _ in result.rejected] == ["a.sharetidy.jsonl"]
        assert result.collected == ["b.sharetidy.jsonl"]
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 2
        assert status(conn)["items"] == 2
    finally:
        conn.close()


def _colliding_names(conn) -> tuple[str, str]:
    """Two different file names whose path keys are equal (found, not assumed)."""
    key = teamdb.PATH_KEY_SQL.format(rel="name")
    return conn.execute(
        f"SELECT min(name), max(name) FROM (SELECT 'bestand ' || i || '.txt' AS name "
        f"FROM range(300000) t(i)) GROUP BY {key} HAVING count(*) > 1 LIMIT 1"
    ).fetchone()


def test_paths_whose_keys_collide_stay_apart(drop: Path, db: Path) -> None:
    conn = teamdb.connect(db)
    try:
        first, second = _colliding_names(conn)
        root = ["/srv/dept"]
        m.write(drop, m.header(login="a", roots=root), [m.entry(first), m.entry(second, "delete")])
        m.write(drop, m.header(login="b", roots=root), [m.entry(first.upper(), "delete")])
        later = m.header(login="a", roots=root, created="2026-03-02T10:00:00Z")
        m.write(drop, later, [m.entry(second, "archive")])
        assert collect(conn, drop).rejected == []
        rows = {row[0]: row for row in item_rows(conn)}
        assert sorted(rows) == sorted(f"/srv/dept/{name}" for name in (first, second))
        assert rows[f"/srv/dept/{first}"][1:3] == ("keep", "suggestion")
        assert rows[f"/srv/dept/{first}"][8] == "yes"
        assert (rows[f"/srv/dept/{second}"][1], rows[f"/srv/dept/{second}"][8]) == ("archive", "")
        assert status(conn)["conflicts"] == 1
    finally:
        conn.close()
