"""Store the entry lines of checked manifest files in the team database.

All files the Python pass found sound are read by DuckDB in one statement: each line is
parsed, checked against the schema (``fastcheck``) and stored with its verdict. A file
whose lines are not all in the compact form gets the exact line-by-line check in Python
instead; if that accepts it, DuckDB reads it again with plain typed columns (safe now:
every value is known to have the right type).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator

import duckdb

from desktop_app.core.policy import DECISIONS
from desktop_app.team import fastcheck
from desktop_app.team.db import insert_rows
from desktop_app.team.verify import MAX_LINE, FileFacts, Rejected, check_totals, exact_check

_GLOB_CHARS = frozenset("*?[]{}")


@contextlib.contextmanager
def _duckdb_paths(accepted: list[tuple[int, FileFacts]]) -> Iterator[dict[int, str]]:
    """Paths DuckDB opens literally: it reads ``*?[]{}`` in a path as a glob."""
    paths: dict[int, str] = {}
    temp: str | None = None
    try:
        for no, facts in accepted:
            path = str(facts.path)
            if _GLOB_CHARS & set(path):
                temp = temp or tempfile.mkdtemp(prefix="sharetidy-collect-")
                safe = os.path.join(temp, f"m{no}.jsonl")
                try:
                    os.link(facts.path, safe)
                except OSError:
                    shutil.copyfile(facts.path, safe)
                path = safe
            paths[no] = path
        yield paths
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)


def _decision_case(x: str, quoted: bool) -> str:
    q = '"' if quoted else ""
    whens = " ".join(f"WHEN '{q}{name}{q}' THEN {i}" for i, name in enumerate(DECISIONS))
    return f"CASE {x} {whens} END"


def _stored_values(text: dict[str, str], quoted: bool) -> str:
    """The SELECT list that turns a line's values into an ``entries`` row (after the
    manifest number). ``text`` gives each key's SQL: JSON text when ``quoted``, else the
    plain value."""
    modified = text["modified"]
    ns = f"epoch_ns(TRY_CAST({modified} AS TIMESTAMP_NS))"
    digits = f"CASE WHEN strlen({modified}) > 20 THEN strlen({modified}) - 21 ELSE 0 END"
    source = "'\"employee\"'" if quoted else "'employee'"
    return (
        f"TRY_CAST({text['root']} AS UBIGINT), {text['rel']}, "
        f"{_decision_case(text['decision_raw'], quoted)}, "
        f"{_decision_case(text['suggested_raw'], quoted)}, {text['rule']}, "
        f"{text['source_raw']} = {source}, TRY_CAST({text['size']} AS UBIGINT), {ns}, {digits}, "
        f"CASE WHEN {ns} IS NULL THEN {modified} END, {text['decided_at']}, {text['note']}"
    )


def _fast_sql() -> str:
    """One statement that reads, checks (``fastcheck``) and stores the entries of all files."""
    d = fastcheck.value
    s = fastcheck.string_value
    text = {
        "root": d("root"),
        "rel": s("rel"),
        "decision_raw": d("decision"),
        "suggested_raw": d("suggested"),
        "rule": s("rule"),
        "source_raw": d("source"),
        "size": d("size"),
        "modified": s("modified"),
        "decided_at": f"nullif({s('decided_at')}, c.created)",
        "note": s("note"),
    }
    # An accepted suggestion carries the manifest's own created time, already checked.
    ok = fastcheck.line_ok_sql(
        "json",
        "v",
        {
            "decided_at": "(CASE WHEN {x} = c.created_json THEN true ELSE {check} END)",
            "rel": fastcheck.REL_SHORTCUT,
        },
    )
    # The header and trailer (checked in Python) are left out by their compact start; a
    # filter on the parsed type would make DuckDB parse every line twice. A header or
    # trailer in another form, or one in the middle, upsets the line count.
    starts = [json.dumps({"type": t}, separators=(",", ":"))[:-1] for t in ("header", "trailer")]
    kinds = " AND ".join(f"NOT starts_with(json, {fastcheck.sql_literal(s)})" for s in starts)
    return f"""
INSERT INTO entries
SELECT c.no, {_stored_values(text, True)}, CASE WHEN {ok} THEN strlen(json) END
FROM (
    SELECT file_index, json, json_extract(json, {fastcheck.paths_sql()})::VARCHAR[] AS v
    FROM read_json_objects($files, format = 'newline_delimited', ignore_errors = true,
                           maximum_object_size = {MAX_LINE})
) j
JOIN collect_files c ON c.idx = j.file_index
WHERE {kinds}
"""


def _typed_sql() -> str:
    """Store the entries of one file that the exact check accepted (any valid form)."""
    text = {
        "root": "root",
        "rel": "rel",
        "decision_raw": "decision",
        "suggested_raw": "suggested",
        "rule": "rule",
        "source_raw": "source",
        "size": "size",
        "modified": "modified",
        "decided_at": "nullif(decided_at, $created)",
        "note": "note",
    }
    return f"""
INSERT INTO entries
SELECT $no, {_stored_values(text, False)}, 0
FROM read_json($file, format = 'newline_delimited', maximum_object_size = {MAX_LINE},
               columns = {{type: 'VARCHAR', root: 'UBIGINT', rel: 'VARCHAR', decision: 'VARCHAR',
                          suggested: 'VARCHAR', rule: 'VARCHAR', source: 'VARCHAR',
                          size: 'UBIGINT', modified: 'VARCHAR', decided_at: 'VARCHAR',
                          note: 'VARCHAR'}})
WHERE type = 'entry'
"""


def load_entries(
    conn: duckdb.DuckDBPyConnection,
    accepted: list[tuple[int, FileFacts]],
    refuse: Callable[[FileFacts, str], None],
) -> set[int]:
    """Store the entries of ``accepted``; returns the manifest numbers that passed."""
    good: set[int] = set()
    by_no = dict(accepted)
    retry: list[int] = []
    with _duckdb_paths(accepted) as paths:
        fast = [no for no, facts in accepted if not facts.needs_exact]
        for no, row in _fast_load(conn, fast, paths, by_no).items():
            facts = by_no[no]
            count, ok, top_root, *sums = row
            if not count == ok == facts.lines - 2:
                retry.append(no)  # not all in the compact form: the exact check decides
                continue
            if top_root is not None and top_root >= len(facts.header["roots"]):
                refuse(
                    facts,
                    f"an entry names root {top_root} but the header lists "
                    f"{len(facts.header['roots'])} root(s)",
                )
                continue
            try:
                check_totals(facts, dict(zip(DECISIONS, sums, strict=True)))
            except Rejected as exc:
                refuse(facts, str(exc))
                continue
            good.add(no)
        if retry:
            conn.execute(
                "DELETE FROM entries WHERE list_contains($nos, manifest_no)", {"nos": retry}
            )
        for no in retry + [no for no, facts in accepted if facts.needs_exact]:
            facts = by_no[no]
            try:
                exact_check(facts)
            except Rejected as exc:
                refuse(facts, str(exc))
                continue
            conn.execute(
                _typed_sql(), {"no": no, "file": paths[no], "created": facts.header["created"]}
            )
            good.add(no)
    return good


def _fast_load(
    conn: duckdb.DuckDBPyConnection,
    fast: list[int],
    paths: dict[int, str],
    by_no: dict[int, FileFacts],
) -> dict[int, tuple]:
    """Load the files in one statement; per manifest: (lines read, lines in the compact
    form and valid, highest root index, bytes per decision)."""
    if not fast:
        return {}
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE collect_files "
        "(idx BIGINT, no INTEGER, created VARCHAR, created_json VARCHAR)"
    )
    rows = []
    for index, no in enumerate(fast):  # file_index is the position in the list of files
        created = by_no[no].header["created"]
        rows.append((index, no, created, json.dumps(created)))
    insert_rows(conn, "collect_files", rows)
    files = {"files": [paths[no] for no in fast]}
    # Row order inside the table means nothing here; without it DuckDB loads in parallel.
    conn.execute("SET preserve_insertion_order = false")
    try:
        conn.execute(_fast_sql(), files)
    finally:
        conn.execute("RESET preserve_insertion_order")
    conn.execute("DROP TABLE collect_files")
    sums = ", ".join(
        f"coalesce(sum(size) FILTER (WHERE decision = {i}), 0)" for i in range(len(DECISIONS))
    )
    stats = conn.execute(
        f"SELECT manifest_no, count(*), count(ok), max(root_idx), {sums} "
        "FROM entries WHERE list_contains($nos, manifest_no) GROUP BY manifest_no",
        {"nos": fast},
    ).fetchall()
    found = {row[0]: row[1:] for row in stats}
    result = {}
    for no in fast:
        result[no] = found.get(no, (0, 0, None, 0, 0, 0))
    return result
