"""A scan of one share in its own thread, with its own catalog connection.

SQLite connections must stay in the thread that made them, so the worker opens the
catalog file itself. It stores the listing before reading any file and hands it over
(:class:`ListingDone`, with the review's columns prepared here: reading a million rows
and sorting them takes seconds), then looks for identical copies with its own progress
and hands over the final columns (:class:`ScanDone`). A
cancelled scan leaves the previous scan in place (the scanner's promise), so cancelling
is always safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from desktop_app.core.config import OrgConfig
from desktop_app.core.scanner import ScanProgress, ScanResult, find_duplicates_later, scan
from desktop_app.core.store import Catalog
from desktop_app.gui.column_cache import prepare_columns
from desktop_app.gui.file_columns import FileColumns
from desktop_app.gui.jobs import BackgroundJob, Milestone


@dataclass(frozen=True)
class ListingDone(Milestone):
    """The listing is stored and can be shown; the copies are being looked for."""

    result: ScanResult
    columns: FileColumns


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
            result = scan(
                catalog,
                [root],
                config,
                progress,
                user=user,
                department=department,
                duplicates_later=True,
            )
            root_id = result.root_ids[0]
            if result.duplicates_pending:
                report(ListingDone(result, prepare_columns(catalog, root_id)))

                def hashed(done: int, total: int) -> bool:
                    snapshot = ScanProgress(
                        "hash", result.files, result.folders, result.bytes, "", 0.0, done, total
                    )
                    return report(snapshot)

                find_duplicates_later(catalog, result, config, hashed)
            return ScanDone(result, prepare_columns(catalog, root_id))

    job = BackgroundJob(work, parent, name="sharetidy-scan")
    job.start()
    return job
