"""The work behind the "Inleveren" step, run in worker threads with their own connections.

Counting what will be handed in resolves every file's decision and writing a manifest
reads every file, so neither may run in the GUI thread; and SQLite connections must stay
in the thread that made them, so each function opens the catalog file itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core import shares
from desktop_app.core.config import OrgConfig
from desktop_app.core.decisions import effective_decisions
from desktop_app.core.manifest import UserInfo
from desktop_app.core.outbox import Delivery, DeliveryResult, deliver_pending, last_delivery
from desktop_app.core.store import Catalog
from desktop_app.core.submission import SubmitOutcome, submit


@dataclass
class ShareTotals:
    """What one scanned share contributes to the submission."""

    root_id: int
    name: str
    path: str
    files: dict[int, int] = field(default_factory=lambda: dict.fromkeys(range(3), 0))
    bytes: dict[int, int] = field(default_factory=lambda: dict.fromkeys(range(3), 0))
    suggested: int = 0
    """Files nobody decided: they are handed in with their suggestion."""


def _share_key(path: str) -> str:
    return shares.unc_path(path).replace("\\", "/").rstrip("/").casefold()


def count_totals(
    catalog_path: Path, config: OrgConfig, user: str, department: str, extra: list[str]
) -> list[ShareTotals]:
    """ShareTotals for every scanned share in the catalog, named as the start page names it."""
    names = {
        _share_key(candidate.path): candidate.name
        for candidate in shares.discover(config, user, department, extra)
    }
    found: list[ShareTotals] = []
    with Catalog(catalog_path, readonly=True) as catalog:
        for root in catalog.roots():
            if root.scan_id is None:
                continue
            name = names.get(_share_key(root.path)) or (
                os.path.basename(root.path.rstrip("/\\")) or root.path
            )
            totals = ShareTotals(root.id, name, root.path)
            for item in effective_decisions(catalog, root.id):
                totals.files[item.decision] += 1
                totals.bytes[item.decision] += item.size
                if item.source != "employee":
                    totals.suggested += 1
            found.append(totals)
    return found


def submit_all(
    catalog_path: Path,
    config: OrgConfig,
    root_ids: list[int],
    *,
    login: str,
    department: str,
    assisted_by: str,
) -> SubmitOutcome:
    """Write and deliver the manifest of ``root_ids`` (see :func:`core.submission.submit`)."""
    who = UserInfo(login, shares.login_domain(), shares.display_name(), department or None)
    with Catalog(catalog_path) as catalog:
        return submit(
            catalog,
            config,
            root_ids,
            assisted_by=assisted_by.strip() or None,
            department=department or None,
            user=who,
        )


def retry_delivery(drop: str | None) -> tuple[DeliveryResult, Delivery | None]:
    """Deliver what waits in the outbox, and say when the last delivery was."""
    result = deliver_pending(drop)
    return result, last_delivery()
