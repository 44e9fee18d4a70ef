"""Write the result of a scan as CSV or JSON Lines, per the command-line contract.

CSV is UTF-8 with a BOM so that Excel reads accents right, and cells that a spreadsheet
would run as a formula are neutralised. Files are written under a temporary name and
renamed when complete: a reader never sees half an export.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from desktop_app.core.atomic import write_text_atomic
from desktop_app.core.classify import CATEGORIES
from desktop_app.core.policy import DECISIONS, FileFacts, Policy
from desktop_app.core.reasons import Reasons
from desktop_app.core.scanner import ScanResult, group_label, sp_codes
from desktop_app.core.store import FLAG_DUP_KEEPER, Catalog
from desktop_app.core.timestamps import iso_utc_ns

COLUMNS = (
    "path",
    "size",
    "modified",
    "category",
    "suggestion",
    "rule",
    "reason",
    "duplicate_group",
    "sharepoint_issue",
    "protected",
)
"""The contract's nine columns in order, then ours."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix a cell that a spreadsheet would evaluate as a formula with a quote."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def scan_rows(
    catalog: Catalog, root_ids: list[int], policy: Policy, lang: str, now_s: float | None = None
) -> Iterator[tuple]:
    """One tuple per file of the roots' current scans, in :data:`COLUMNS` order."""

    def stored() -> Iterator[tuple]:
        for root_id in root_ids:
            root = catalog.root(root_id).path
            for row in catalog.iter_files(root_id):
                yield (root, row[1], row[2], *row[4:13])

    return format_rows(stored(), _group_info(catalog), policy, lang, now_s)


def result_rows(
    result: ScanResult, policy: Policy, lang: str, now_s: float | None = None
) -> Iterator[tuple]:
    """The same rows straight from a finished scan, without reading them back."""
    return format_rows(result.rows(), result.groups(), policy, lang, now_s)


def format_rows(
    files: Iterable[tuple],
    groups: dict[int, tuple[int, str]],
    policy: Policy,
    lang: str,
    now_s: float | None = None,
) -> Iterator[tuple]:
    """Export tuples from stored file rows ``(root, folder, name, size, mtime_ns, category,
    flags, sp, dup_group, rule, suggestion, protected)``."""
    reasons = Reasons(policy, lang, now_s)
    known = reasons.known
    categories = CATEGORIES
    decisions = DECISIONS
    last_root = last_folder = prefix = None
    for (
        root,
        folder,
        name,
        size,
        mtime_ns,
        category,
        flags,
        sp,
        group,
        rule,
        suggestion,
        protected,
    ) in files:
        if folder is not last_folder or root is not last_root:  # rows come folder by folder
            last_root, last_folder = root, folder
            prefix = _folder_prefix(root, folder)
        reason = known(rule, mtime_ns)
        if reason is None:
            if group is None:
                facts = FileFacts(name, folder, category, size, mtime_ns)
            else:
                copies, keeper = groups.get(group, (1, ""))
                duplicate = not flags & FLAG_DUP_KEEPER
                facts = FileFacts(name, folder, category, size, mtime_ns, duplicate, copies, keeper)
            reason = reasons.text(rule, facts)
        yield (
            prefix + name,
            size,
            iso_utc_ns(mtime_ns),
            categories[category],
            decisions[suggestion],
            rule,
            reason,
            group_label(group),
            ";".join(sp_codes(sp)) if sp else "",
            "yes" if protected else "",
        )


def _folder_prefix(root: str, folder: str) -> str:
    """The start of the full path of every file in ``folder`` (relative, ``/``-separated)
    of ``root``, in the root's own separator: a UNC or Windows root gets backslashes."""
    sep = "\\" if "\\" in root and "/" not in root else os.sep
    base = root.rstrip("/\\") + sep
    if not folder:
        return base
    return base + (folder if sep == "/" else folder.replace("/", sep)) + sep


def _group_info(catalog: Catalog) -> dict[int, tuple[int, str]]:
    """Per duplicate group: the number of copies and the relative path of the kept one."""
    info: dict[int, tuple[int, str]] = {}
    rows = catalog.conn.execute(
        "SELECT f.dup_group, count(*), "
        "max(CASE WHEN f.flags & ? THEN "
        "  CASE WHEN d.rel = '' THEN f.name ELSE d.rel || '/' || f.name END END) "
        "FROM files f JOIN folders d ON d.id = f.folder_id "
        "JOIN roots r ON r.id = f.root_id AND r.scan_id = f.scan_id "
        "WHERE f.dup_group IS NOT NULL GROUP BY f.dup_group",
        (FLAG_DUP_KEEPER,),
    )
    for group, count, keeper in rows:
        info[group] = (count, keeper or "")
    return info


def csv_cell(cell: str) -> str:
    """One CSV cell: neutralised against formulas, quoted when it needs to be."""
    if cell.startswith(_FORMULA_START):
        cell = "'" + cell
    if '"' in cell or "," in cell or "\n" in cell or "\r" in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write_csv(rows: Iterator[tuple], out: IO[str], *, header: bool = True) -> int:
    """Write the header and ``rows`` as CSV (RFC 4180, CRLF); returns the row count.

    Hand-written rather than ``csv.writer``: on a share of a million files it is four
    times faster, and reason texts and rule ids repeat so often that their quoted forms are
    memoised.
    ``header=False`` writes a later part of a file written in parts.
    """
    if header:
        out.write(",".join(COLUMNS) + "\r\n")
    memo: dict[str, str] = {}
    count = 0
    lines = []
    for path, size, modified, category, suggestion, rule, reason, group, sp, protected in rows:
        cell = memo.get(reason)
        if cell is None:
            cell = memo[reason] = csv_cell(reason)
        rule_cell = memo.get(rule)
        if rule_cell is None:
            rule_cell = memo[rule] = csv_cell(rule)
        lines.append(
            f"{csv_cell(path)},{size},{modified},{category},{suggestion},{rule_cell},"
            f"{cell},{group},{sp},{protected}\r\n"
        )
        count += 1
        if len(lines) >= 10_000:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))
    return count


def write_jsonl(rows: Iterator[tuple], out: IO[str], *, header: bool = True) -> int:
    """Write one JSON object per row; returns the number of rows (JSONL has no header)."""
    count = 0
    dumps = json.dumps
    for row in rows:
        record = dict(zip(COLUMNS, row, strict=True))
        record["duplicate_group"] = record["duplicate_group"] or None
        record["sharepoint_issue"] = record["sharepoint_issue"] or None
        record["protected"] = bool(record["protected"])
        out.write(dumps(record, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def export_scan(rows: Iterator[tuple], output: Path | None, stdout: IO[str] | None = None) -> int:
    """Write ``rows`` to ``output`` (by its extension) or as CSV to ``stdout``."""
    if output is None:
        assert stdout is not None
        return write_csv(rows, stdout)
    jsonl = output.suffix.lower() == ".jsonl"
    writer = write_jsonl if jsonl else write_csv
    return write_text_atomic(output, lambda out: writer(rows, out), bom=not jsonl)
