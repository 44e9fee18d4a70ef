"""``team status``: how far the organisation is, per department.

The JSON form is exactly the object DESIGN.md fixes (scripts rely on it); the table is
for people: per department the users who submitted, the items, the gigabytes to keep,
archive and delete, and the share of the bytes that moves to Microsoft 365 (kept).
"""

from __future__ import annotations

from typing import Any

import duckdb

from desktop_app.core.policy import DECISIONS

GB = 1_000_000_000


def status(conn: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """The status object of DESIGN.md ("team status --json")."""
    manifests, users = conn.execute(
        "SELECT count(*), count(DISTINCT user_key) FROM manifests"
    ).fetchone()
    rejected = conn.execute("SELECT count(*) FROM drop_files WHERE status = 'rejected'").fetchone()[
        0
    ]
    items, conflicts = conn.execute(
        "SELECT count(*), count(*) FILTER (WHERE conflict) FROM current_items"
    ).fetchone()
    sums = ", ".join(
        f"coalesce(sum(size) FILTER (WHERE decision = {i}), 0)::BIGINT" for i in range(3)
    )
    rows = conn.execute(
        f"""
        WITH people AS (
            SELECT department, count(DISTINCT user_key) AS users FROM manifests GROUP BY ALL
        ), things AS (
            SELECT department, count(*) AS items, {sums} FROM current_items GROUP BY ALL
        )
        SELECT coalesce(p.department, t.department), coalesce(p.users, 0),
               coalesce(t.items, 0), t.* EXCLUDE (department, items)
        FROM people p FULL OUTER JOIN things t ON p.department IS NOT DISTINCT FROM t.department
        ORDER BY 1 NULLS LAST
        """
    ).fetchall()
    departments = [
        {
            "name": name,
            "users": int(dept_users),
            "items": int(dept_items),
            "bytes": {d: int(v or 0) for d, v in zip(DECISIONS, totals, strict=True)},
        }
        for name, dept_users, dept_items, *totals in rows
    ]
    return {
        "manifests": int(manifests),
        "rejected": int(rejected),
        "users": int(users),
        "items": int(items),
        "conflicts": int(conflicts),
        "departments": departments,
    }


def share_to_m365(totals: dict[str, int]) -> float | None:
    """The part of the bytes that is kept, i.e. moves to Microsoft 365 (None: no bytes)."""
    total = sum(totals.values())
    return totals["keep"] / total if total else None


def render_table(data: dict[str, Any]) -> str:
    """The human form: one row per department, a total row and a summary line."""
    header = ("department", "users", "items", "GB keep", "GB archive", "GB delete", "to M365")
    rows = []
    total = {"users": 0, "items": 0, "bytes": dict.fromkeys(DECISIONS, 0)}
    for dept in data["departments"]:
        rows.append(_row(dept["name"] or "(no department)", dept))
        total["users"] += dept["users"]
        total["items"] += dept["items"]
        for d in DECISIONS:
            total["bytes"][d] += dept["bytes"][d]
    rows.append(_row("total", total))
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for index, row in enumerate([header, *rows]):
        cells = [
            str(cell).ljust(widths[i]) if i == 0 else str(cell).rjust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
        if index == 0 or index == len(rows) - 1:
            lines.append("  ".join("-" * w for w in widths))
    lines.append(
        f"{data['manifests']:,} manifests from {data['users']:,} users, "
        f"{data['items']:,} items, {data['conflicts']:,} conflicts, "
        f"{data['rejected']:,} files rejected"
    )
    return "\n".join(lines)


def _row(name: str, dept: dict[str, Any]) -> tuple:
    b = dept["bytes"]
    share = share_to_m365(b)
    return (
        name,
        f"{dept['users']:,}",
        f"{dept['items']:,}",
        f"{b['keep'] / GB:,.2f}",
        f"{b['archive'] / GB:,.2f}",
        f"{b['delete'] / GB:,.2f}",
        "-" if share is None else f"{share:.0%}",
    )
