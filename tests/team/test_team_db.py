"""The team database file: one written by schema 1 opens, is migrated in place and gives
the same answers; path keys are worked out again when DuckDB's hash differs; a file that
is no team database is refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from desktop_app.team import db as teamdb
from desktop_app.team.collect import collect
from desktop_app.team.export import item_rows
from desktop_app.team.report import build_html
from desktop_app.team.status import status
from tests.team import manifests as m

DATA = Path(__file__).parent / "data" / "team_schema1"
DEPT = "\\\\fs01\\afdelingen\\Ruimte"


def _schema1_db(path: Path) -> None:
    """The schema-1 database of ``data/team_schema1``, as that version left it."""
    conn = duckdb.connect(str(path))
    conn.execute((DATA / "schema.sql").read_text(encoding="utf-8"))
    conn.execute((DATA / "load.sql").read_text(encoding="utf-8").replace("@DIR@", str(DATA)))
    conn.close()


def _expected() -> dict:
    return json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


def test_a_schema1_database_is_migrated_and_answers_the_same(tmp_path: Path, run) -> None:
    db = tmp_path / "old.duckdb"
    _schema1_db(db)
    code, out, err = run("team", "status", "--db", db, "--json")
    assert code == 0, err
    assert json.loads(out) == _expected()["status"]
    conn = teamdb.connect(db)
    try:
        version = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0]
        assert version == teamdb.SCHEMA_VERSION
        columns = [r[0] for r in conn.execute("DESCRIBE entries").fetchall()]
        assert "path_key" in columns and "ok" not in columns
        assert [list(row) for row in item_rows(conn)] == _expected()["items"]
        html = build_html(conn)
        assert "jan: archiveren, piet: bewaren" in html  # who decided what, in the conflict
    finally:
        conn.close()


def test_collecting_into_a_migrated_database_supersedes_old_entries(
    tmp_path: Path, drop: Path
) -> None:
    db = tmp_path / "old.duckdb"
    _schema1_db(db)
    # piet changes his mind: now archive, like jan; no conflict is left
    later = m.header(
        login="piet", roots=[DEPT], created="2026-03-05T08:00:00Z", department="Ruimte"
    )
    m.write(drop, later, [m.entry("Gedeeld/besluit.pdf", "archive", size=11)])
    conn = teamdb.connect(db)
    try:
        result = collect(conn, drop)
        assert result.rejected == [] and len(result.collected) == 1
        data = status(conn)
        assert (data["manifests"], data["items"], data["conflicts"]) == (4, 4, 0)
        rows = {row[0]: row for row in item_rows(conn)}
        besluit = [path for path in rows if path.lower().endswith("besluit.pdf")]
        assert len(besluit) == 1
        row = rows[besluit[0]]
        assert (row[1], row[3], row[8]) == ("archive", "GEMEENTE\\piet", "")
    finally:
        conn.close()


def test_path_keys_are_worked_out_again_when_duckdbs_hash_differs(
    tmp_path: Path, drop: Path
) -> None:
    for login, decision in (("a", "delete"), ("b", "keep")):
        head = m.header(login=login, roots=["/srv/dept"])
        m.write(drop, head, [m.entry("Map/F.txt", decision), m.entry(f"eigen-{login}.txt")])
    db = tmp_path / "team.duckdb"
    conn = teamdb.connect(db)
    collect(conn, drop)
    before = status(conn), list(item_rows(conn))
    # as if another DuckDB version had written every key: they no longer match ours
    conn.execute("UPDATE entries SET path_key = 0")
    conn.execute("UPDATE meta SET value = 'another hash' WHERE key = 'path_key'")
    conn.close()
    conn = teamdb.connect(db)
    try:
        assert (status(conn), list(item_rows(conn))) == before
        assert conn.execute("SELECT count(*) FROM entries WHERE path_key = 0").fetchone()[0] == 0
        assert before[0]["conflicts"] == 1
    finally:
        conn.close()


def test_a_database_of_something_else_is_refused(tmp_path: Path, run) -> None:
    other = tmp_path / "other.duckdb"
    conn = duckdb.connect(str(other))
    conn.execute("CREATE TABLE sales (id INTEGER)")
    conn.close()
    code, _, err = run("team", "status", "--db", other)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "not a ShareTidy team database" in err


def test_a_database_of_a_newer_version_is_refused(tmp_path: Path, run) -> None:
    db = tmp_path / "team.duckdb"
    teamdb.connect(db).close()
    conn = duckdb.connect(str(db))
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    conn.close()
    code, _, err = run("team", "status", "--db", db)
    assert code == 2 and "another ShareTidy version (schema 99)" in err
