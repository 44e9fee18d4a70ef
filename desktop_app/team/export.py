"""``team export``: the migration plan in the formats the team's tools read.

- ``items-csv``: one row per distinct path with the decision that holds (DESIGN.md).
- ``exclusions-csv``: every path decided delete or archive (they do not move to the
  active workspace), with its decision.
- ``spmt-csv`` / ``spmt-json``: SharePoint Migration Tool / Migration Manager bulk
  files: one row or task per root that has kept files, plus the archive staging folder.
- ``parquet``: the items as Hive-partitioned Parquet (by department), for DuckDB, Spark
  or Trino once one machine is not enough.

CSV files are UTF-8 with a BOM and neutralise cells a spreadsheet would run as formulas.
Every file is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

import duckdb

from desktop_app.core.atomic import write_text_atomic
from desktop_app.core.config import OrgConfig
from desktop_app.core.policy import DECISIONS
from desktop_app.core.scan_export import neutralise
from desktop_app.team import FORMATS, spmt

ITEM_COLUMNS = (
    "path",
    "decision",
    "source",
    "user",
    "department",
    "size",
    "modified",
    "decided_at",
    "conflict",
)
EXCLUSION_COLUMNS = ("path", "decision")
_DECISION_SQL = "CASE decision WHEN 0 THEN 'keep' WHEN 1 THEN 'archive' ELSE 'delete' END"
_USER_SQL = (
    "CASE WHEN domain IS NOT NULL AND domain <> '' THEN domain || '\\' || login ELSE login END"
)
_BATCH = 20_000


class ExportError(Exception):
    """An export that cannot be written (one line for the user)."""


def _rows(conn: duckdb.DuckDBPyConnection, sql: str, params: object = None) -> Iterator[tuple]:
    cursor = conn.execute(sql, params) if params is not None else conn.execute(sql)
    while batch := cursor.fetchmany(_BATCH):
        yield from batch


def item_rows(conn: duckdb.DuckDBPyConnection) -> Iterator[tuple]:
    """The rows of ``items-csv``, ordered by path."""
    return _rows(
        conn,
        f"SELECT path, {_DECISION_SQL}, CASE WHEN employee THEN 'employee' ELSE 'suggestion' END, "
        f"{_USER_SQL}, department, size, modified, decided_at, "
        "CASE WHEN conflict THEN 'yes' ELSE '' END FROM current_items ORDER BY path",
    )


def exclusion_rows(conn: duckdb.DuckDBPyConnection) -> Iterator[tuple]:
    """The rows of ``exclusions-csv``: paths decided archive or delete."""
    return _rows(
        conn,
        f"SELECT path, {_DECISION_SQL} FROM current_items WHERE decision > 0 ORDER BY path",
    )


def plan_rows(
    conn: duckdb.DuckDBPyConnection, config: OrgConfig, warn: Callable[[str], None]
) -> list[tuple[str, spmt.Target]]:
    """(source, target) per root with kept files, then the archive staging folder.

    A root's target comes from the config's share templates, filled in with the user and
    department of the latest manifest that names the root.
    """
    rows = conn.execute(
        """
        SELECT r.path, arg_max(m.login, m.created_ns), arg_max(m.department, m.created_ns)
        FROM roots r
        JOIN manifest_roots mr ON mr.root_no = r.no
        JOIN manifests m ON m.no = mr.manifest_no
        WHERE r.no IN (SELECT DISTINCT root_no FROM current_items WHERE decision = 0)
        GROUP BY r.no, r.path ORDER BY r.path
        """
    ).fetchall()
    plan = []
    for root, login, department in rows:
        target = spmt.split_target(config.target_for(root, login or "", department or ""))
        if not target.known:
            warn(f"no target is configured for {root}; its row has an empty target")
        plan.append((root, target))
    if config.archive_staging:
        target = spmt.split_target(config.archive_target)
        if not target.known:
            warn(
                f"no archive target is configured for {config.archive_staging}; "
                "its row has an empty target"
            )
        plan.append((config.archive_staging, target))
    else:
        archived = conn.execute("SELECT count(*) FROM current_items WHERE decision = 1").fetchone()
        if archived[0]:
            warn("the config has no archive staging folder; the plan has no archive row")
    return plan


def write_csv(rows: Iterable[Iterable[object]], header: Iterable[str], out: IO[str]) -> int:
    """CSV with neutralised text cells; returns the number of data rows."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(list(header))
    count = 0
    for row in rows:
        writer.writerow(
            ["" if c is None else neutralise(c) if isinstance(c, str) else c for c in row]
        )
        count += 1
    return count


def atomic_text(output: Path, write: Callable[[IO[str]], int], *, bom: bool) -> int:
    """Write a text file under a temporary name in the same folder, then rename it."""
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"the folder of the output does not exist: {folder}")
    return write_text_atomic(output, write, bom=bom)


def export(
    conn: duckdb.DuckDBPyConnection,
    fmt: str,
    output: Path,
    config: OrgConfig | None,
    warn: Callable[[str], None],
) -> int:
    """Write one export; returns the number of rows (or tasks) written."""
    if fmt == "items-csv":
        return atomic_text(
            output, lambda out: write_csv(item_rows(conn), ITEM_COLUMNS, out), bom=True
        )
    if fmt == "exclusions-csv":
        return atomic_text(
            output, lambda out: write_csv(exclusion_rows(conn), EXCLUSION_COLUMNS, out), bom=True
        )
    if fmt in ("spmt-csv", "spmt-json"):
        if config is None:
            raise ExportError("the SharePoint plan needs the organisation config (--config)")
        plan = plan_rows(conn, config, warn)
        if fmt == "spmt-csv":
            rows = [spmt.csv_row(source, target) for source, target in plan]
            return atomic_text(output, lambda out: write_csv(rows, spmt.CSV_COLUMNS, out), bom=True)
        tasks = {"Tasks": [spmt.task(source, target) for source, target in plan]}

        def dump(out: IO[str]) -> int:
            json.dump(tasks, out, ensure_ascii=False, indent=2)
            out.write("\n")
            return len(tasks["Tasks"])

        return atomic_text(output, dump, bom=False)
    if fmt == "parquet":
        return export_parquet(conn, output)
    raise ExportError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


def export_parquet(conn: duckdb.DuckDBPyConnection, output: Path) -> int:
    """Hive-partitioned Parquet by department, written to a temporary folder and renamed."""
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise ExportError(f"the output already exists and is not an empty folder: {output}")
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise ExportError(f"the folder of the output does not exist: {parent}")
    temp = Path(tempfile.mkdtemp(prefix=f".{output.name}.", suffix=".part", dir=parent))
    target = temp / "data"
    decision = " ".join(f"WHEN {i} THEN '{d}'" for i, d in enumerate(DECISIONS))
    try:
        conn.execute(
            f"""
            COPY (
                SELECT path, root, rel, CASE decision {decision} END AS decision,
                       CASE WHEN employee THEN 'employee' ELSE 'suggestion' END AS source,
                       rule, login AS "user", domain, department, size, modified, decided_at,
                       note, conflict
                FROM current_items
            ) TO '{str(target).replace("'", "''")}' (FORMAT PARQUET, PARTITION_BY (department))
            """
        )
        count = conn.execute("SELECT count(*) FROM current_items").fetchone()[0]
        target.mkdir(exist_ok=True)  # no items: an empty dataset is still a dataset
        if output.exists():
            output.rmdir()
        os.replace(target, output)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return int(count)
