"""A scan of one share in its own thread, with its own catalog connection.

SQLite connections must stay in the thread that made them, so the worker opens the
catalog file itself. After the scan it also prepares the review's columns (reading a
million rows and sorting them takes seconds): the UI thread then only shows them. A
cancelled scan leaves the previous scan in place (the scanner's promise), so cancelling
is always safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from desktop_app.core.config import OrgConfig
from desktop_app.core.scanner import ScanProgress, ScanResult, scan
from desktop_app.core.store import Catalog
from desktop_app.gui.column_cache import prepare_columns
from desktop_app.gui.file_columns import FileColumns
from desktop_app.gui.jobs import BackgroundJob


@dataclass(frozen=True)
class ScanDone:
    """A finished scan and the review's columns of it, made in the worker."""

    result: ScanResult
    columns: FileColumns


def start_scan(
    catalog_path: Path,
    root: str,
    config: OrgConfig,
    user: str,
    department: str,
    parent: QObject | None = None,
) -> BackgroundJob:
    """Start scanning ``root``; the job's signals carry ScanProgress, then a ScanDone."""

    def work(report) -> ScanDone:
        def progress(snapshot: ScanProgress) -> bool:
            return report(snapshot)

        with Catalog(catalog_path) as catalog:
            result = scan(catalog, [root], config, progress, user=user, department=department)
            return ScanDone(result, prepare_columns(catalog, result.root_ids[0]))

    job = BackgroundJob(work, parent, name="sharetidy-scan")
    job.start()
    return job
