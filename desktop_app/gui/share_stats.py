"""How much of each scanned share the employee has decided, for the start page's cards.

Counting means resolving every file's decision (folder decisions included), which on a
share of a million files takes seconds, so it runs in a background job with its own
catalog connection while the cards already show what the catalog knows at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.decisions import effective_decisions
from desktop_app.core.store import Catalog

CHECK_EVERY = 20_000
"""Files between two cancel checks."""


@dataclass(frozen=True)
class ShareStats:
    """Files and bytes of a root's current scan, and the part the employee decided."""

    files: int
    bytes: int
    decided_files: int
    decided_bytes: int

    @property
    def part(self) -> float:
        """The decided part of the files, 0.0 - 1.0."""
        return self.decided_files / self.files if self.files else 0.0


def count_decided(
    catalog_path: Path, root_ids: Iterable[int], report: Callable[[object], bool] | None = None
) -> dict[int, ShareStats]:
    """ShareStats per root; stops early (returning what it has) when ``report`` says so."""
    stats: dict[int, ShareStats] = {}
    with Catalog(catalog_path, readonly=True) as catalog:
        for root_id in root_ids:
            files = size = decided = decided_size = 0
            for number, item in enumerate(effective_decisions(catalog, root_id)):
                files += 1
                size += item.size
                if item.source == "employee":
                    decided += 1
                    decided_size += item.size
                if report is not None and number % CHECK_EVERY == 0 and report(root_id) is False:
                    return stats
            stats[root_id] = ShareStats(files, size, decided, decided_size)
    return stats
