"""Store the entry lines of checked manifest files in the team database.

All files the Python pass found sound are read by DuckDB in one statement: each line is
parsed, checked against the schema (``fastcheck``) and stored only if it passes, so the
rows stored per file say whether all of its lines passed; nothing is kept per row for
the check. A file with fewer valid lines than entries (a line in another form, or a
fault) loses its rows and gets the exact line-by-line check in Python instead; if that
accepts it, DuckDB reads it again with plain typed columns (safe now: every value is
known to have the right type).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import duckdb

from desktop_app.core.policy import DECISIONS
from desktop_app.team import fastcheck
from desktop_app.team.db import PATH_KEY_SQL
from desktop_app.team.verify import MAX_LINE, FileFacts, Rejected, check_totals, exact_check

_GLOB_CHARS = frozenset("*?[]{}")


class _SafePaths:
    """Paths DuckDB opens literally: it reads ``*?[]{}`` in a path as a glob, so such a
    file is linked (or copied) under a plain name in a temporary folder."""

    def __init__(self) -> None:
        self.temp: str | None = None
        self.made: dict[Path, str] = {}

    def __call__(self, path: Path) -> str:
        if not _GLOB_CHARS & set(str(path)):
            return str(path)
        if path not in self.made:
            self.temp = self.temp or tempfile.mkdtemp(prefix="sharetidy-collect-")
            safe = os.path.join(self.temp, f"m{len(self.made)}.jsonl")
            try:
                os.link(path, safe)
            except OSError:
                shutil.copyfile(path, safe)
            self.made[path] = safe
        return self.made[path]

    def close(self) -> None:
        if self.temp is not None:
            shutil.rmtree(self.temp, ignore_errors=True)
            self.temp = None
            self.made.clear()


def _decision_case(x: str, quoted: bool) -> str:
    q = '"' if quoted else ""
    whens = " ".join(f"WHEN '{q}{name}{q}' THEN {i}" for i, name in enumerate(DECISIONS))
    return f"CASE {x} {whens} END"


def _plain_values(text: dict[str, str], quoted: bool) -> str:
    """The SELECT list that turns a line's values into plain typed values: ``root_idx,
    rel, decision, suggested, rule, employee, size, modified, decided, note`` (the two
    times still as text). ``text`` gives each key's SQL: JSON text when ``quoted``, else
    the plain value."""
    source = "'\"employee\"'" if quoted else "'employee'"
    return (
        f"TRY_CAST({text['root']} AS UBIGINT) AS root_idx, {text['rel']} AS rel, "
        f"{_decision_case(text['decision'], quoted)} AS decision, "
        f"{_decision_case(text['suggested'], quoted)} AS suggested, {text['rule']} AS rule, "
        f"{text['source']} = {source} AS employee, TRY_CAST({text['size']} AS UBIGINT) AS size, "
        f"{text['modified']} AS modified, {text['decided_at']} AS decided, {text['note']} AS note"
    )


def _store_sql(source: str) -> str:
    """INSERT the rows of ``source`` (``no``, ``created`` and :func:`_plain_values`) into
    ``entries``. Each value is worked out once, in its own layer: DuckDB does not merge
    the layers, and the same expression written twice would run twice."""
    return f"""
INSERT INTO entries
SELECT no, root_idx, rel, decision, suggested, rule, employee, size, modified_ns,
       CASE WHEN strlen(modified) > 20 THEN strlen(modified) - 21 ELSE 0 END,
       CASE WHEN modified_ns IS NULL THEN modified END, nullif(decided, created), note,
       {PATH_KEY_SQL.format(rel="rel")}
FROM (
    SELECT *, epoch_ns(TRY_CAST(modified AS TIMESTAMP_NS)) AS modified_ns
    FROM ({source})
)
"""


def _fast_sql() -> str:
    """One statement that reads, checks (``fastcheck``) and stores the entries of all
    files: a line is stored only when it is a compact, schema-valid entry, so a file
    whose count falls short holds a line in another form (or a fault)."""
    keys = fastcheck.entry_properties()
    text = {key: fastcheck.column(key) for key in keys}
    strings = ("rel", "rule", "modified", "decided_at", "note")
    text.update({key: fastcheck.string_value(key) for key in strings})
    # An accepted suggestion carries the manifest's own created time, already checked.
    ok = fastcheck.line_ok_sql(
        "json",
        {
            "decided_at": "(CASE WHEN {x} = $created_json[file_index::BIGINT + 1] THEN true "
            "ELSE {check} END)",
            "rel": fastcheck.REL_SHORTCUT,
        },
    )
    # The header and trailer (checked in Python) are left out by their compact start; a
    # filter on the parsed type would make DuckDB parse every line twice. A header or
    # trailer in another form, or one in the middle, upsets the line count.
    starts = [json.dumps({"type": t}, separators=(",", ":"))[:-1] for t in ("header", "trailer")]
    kinds = " AND ".join(f"NOT starts_with(json, {fastcheck.sql_literal(s)})" for s in starts)
    return _store_sql(f"""
    SELECT $nos[file_index::BIGINT + 1] AS no, $created[file_index::BIGINT + 1] AS created,
           {_plain_values(text, True)}
    FROM (
        SELECT file_index, json, {fastcheck.columns_sql("v")}
        FROM (
            SELECT file_index, json, json_extract(json, {fastcheck.paths_sql()})::VARCHAR[] AS v
            FROM read_json_objects($files, format = 'newline_delimited', ignore_errors = true,
                                   maximum_object_size = {MAX_LINE})
            WHERE {kinds}
        )
    )
    WHERE {ok}""")


def _typed_sql() -> str:
    """Store the entries of one file that the exact check accepted (any valid form)."""
    keys = fastcheck.entry_properties()
    return _store_sql(f"""
    SELECT $no AS no, $created AS created, {_plain_values({key: key for key in keys}, False)}
    FROM read_json($file, format = 'newline_delimited', maximum_object_size = {MAX_LINE},
                   columns = {{type: 'VARCHAR', root: 'UBIGINT', rel: 'VARCHAR',
                              decision: 'VARCHAR', suggested: 'VARCHAR', rule: 'VARCHAR',
                              source: 'VARCHAR', size: 'UBIGINT', modified: 'VARCHAR',
                              decided_at: 'VARCHAR', note: 'VARCHAR'}})
    WHERE type = 'entry'""")


def load_entries(
    conn: duckdb.DuckDBPyConnection,
    accepted: list[tuple[int, FileFacts]],
    refuse: Callable[[FileFacts, str], None],
) -> set[int]:
    """Store the entries of ``accepted`` (inside the caller's transaction); returns the
    manifest numbers that passed."""
    good: set[int] = set()
    by_no = dict(accepted)
    paths = _SafePaths()
    try:
        # A byte order mark inside: DuckDB may read that line unlike a strict reader.
        fast = [
            (no, paths(facts.path), facts.header["created"])
            for no, facts in accepted
            if not facts.needs_exact
        ]
        retry = [no for no, facts in accepted if facts.needs_exact]
        for no, (count, top_root, *sums) in fast_load(conn, fast).items():
            facts = by_no[no]
            if count != facts.lines - 2:
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
        delete_manifests(conn, "entries", "manifest_no", retry)
        for no in retry:
            facts = by_no[no]
            try:
                exact_check(facts)
            except Rejected as exc:
                refuse(facts, str(exc))
                continue
            conn.execute(
                _typed_sql(),
                {"no": no, "file": paths(facts.path), "created": facts.header["created"]},
            )
            good.add(no)
    finally:
        paths.close()
    return good


def fast_load(
    conn: duckdb.DuckDBPyConnection, files: list[tuple[int, str, str]]
) -> dict[int, tuple]:
    """Run the fast path over ``files`` (manifest number, a path DuckDB opens literally,
    the header's ``created``) in one statement; per manifest number: (valid lines
    stored, highest root index, bytes per decision)."""
    if not files:
        return {}
    nos = [no for no, _, _ in files]
    created = [text for _, _, text in files]
    # file_index is the position in the list of files.
    params = {
        "files": [path for _, path, _ in files],
        "nos": nos,
        "created": created,
        "created_json": [json.dumps(text) for text in created],
    }
    # Row order inside the table means nothing here; without it DuckDB loads in parallel.
    conn.execute("SET preserve_insertion_order = false")
    try:
        conn.execute(_fast_sql(), params)
    finally:
        conn.execute("RESET preserve_insertion_order")
    sums = ", ".join(
        f"coalesce(sum(size) FILTER (WHERE decision = {i}), 0)" for i in range(len(DECISIONS))
    )
    found = {
        row[0]: row[1:]
        for row in conn.execute(
            f"SELECT manifest_no, count(*), max(root_idx), {sums} "
            "FROM entries WHERE manifest_no BETWEEN $lo AND $hi GROUP BY manifest_no",
            {"lo": min(nos), "hi": max(nos)},
        ).fetchall()
    }
    return {no: found.get(no, (0, None, 0, 0, 0)) for no in nos}


def delete_manifests(
    conn: duckdb.DuckDBPyConnection, table: str, column: str, nos: list[int]
) -> None:
    """Delete the rows of manifests ``nos``. The range lets DuckDB skip every block of
    other manifests by its min/max; a list test alone would read the whole column."""
    if nos:
        conn.execute(
            f"DELETE FROM {table} WHERE {column} BETWEEN $lo AND $hi "
            f"AND list_contains($nos, {column})",
            {"lo": min(nos), "hi": max(nos), "nos": nos},
        )
