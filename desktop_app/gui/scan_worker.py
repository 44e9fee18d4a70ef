"""A scan of one share in its own thread, with its own catalog connection.

SQLite connections must stay in the thread that made them, so the worker opens the
catalog file itself; the GUI reloads its models from its own connection when the scan
has become current. A cancelled scan leaves the previous scan in place (the scanner's
promise), so cancelling is always safe.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from desktop_app.core.config import OrgConfig
from desktop_app.core.scanner import ScanProgress, ScanResult, scan
from desktop_app.core.store import Catalog
from desktop_app.gui.jobs import BackgroundJob


def start_scan(
    catalog_path: Path,
    root: str,
    config: OrgConfig,
    user: str,
    department: str,
    parent: QObject | None = None,
) -> BackgroundJob:
    """Start scanning ``root``; the job's signals carry ScanProgress and ScanResult."""

    def work(report) -> ScanResult:
        def progress(snapshot: ScanProgress) -> bool:
            return report(snapshot)

        with Catalog(catalog_path) as catalog:
            return scan(catalog, [root], config, progress, user=user, department=department)

    job = BackgroundJob(work, parent, name="sharetidy-scan")
    job.start()
    return job
