"""Submit: the one call the app's "Inleveren" step and ``sharetidy submit`` make.

It writes the manifest into the local outbox first and then tries the drop folder, so
the employee's work is safe the moment the call returns, whatever the network does.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.core.config import OrgConfig
from desktop_app.core.manifest import UserInfo, write_manifest
from desktop_app.core.outbox import Delivery, Outbox, PendingManifest
from desktop_app.core.outbox import last_delivery as _last_delivery
from desktop_app.core.outbox import pending as _pending
from desktop_app.core.store import Catalog


@dataclass
class SubmitOutcome:
    """What happened to a submission, for a calm message to the employee."""

    delivered: bool
    manifest_name: str
    path: Path
    """Where the manifest is now: in the drop folder, or waiting in the outbox."""
    entries: int
    bytes: dict[str, int]
    skipped: list[str] = field(default_factory=list)
    """Files left out (their names are not valid UTF-8), as readable paths."""
    error: str | None = None
    """Why it waits, in plain words (None when delivered)."""
    error_code: str | None = None
    """'unreachable', 'denied', 'full' or 'none' (no drop folder configured)."""
    skipped_reasons: list[tuple[str, str]] = field(default_factory=list)


def submit(
    catalog: Catalog,
    config: OrgConfig,
    root_ids: list[int],
    *,
    drop: str | None = None,
    assisted_by: str | None = None,
    department: str | None = None,
    user: UserInfo | None = None,
) -> SubmitOutcome:
    """Write a manifest of ``root_ids`` (stored decisions, else suggestions) and deliver it.

    ``drop`` defaults to the config's drop folder. The department is the one given, else
    the user's, else the config's; it never comes from a network lookup.
    """
    who = user or UserInfo.current()
    chosen = department or who.department or config.department
    who = replace(who, department=chosen)
    target = drop if drop is not None else config.drop_folder
    with Outbox() as box:
        info = write_manifest(
            catalog, config, root_ids, box.folder, user=who, assisted_by=assisted_by or None
        )
        box.add(info)
        result = box.deliver(target)
        state = box.state(info.name)
    delivered = state == "delivered"
    where = Path(target) / info.name if delivered and target is not None else info.path
    error = None if delivered else (result.error or "it waits behind an earlier submission")
    return SubmitOutcome(
        delivered=delivered,
        manifest_name=info.name,
        path=where,
        entries=info.entries,
        bytes=dict(info.bytes),
        skipped=list(info.skipped),
        error=error,
        error_code=None if delivered else result.error_code,
        skipped_reasons=list(info.skipped_reasons),
    )


def pending() -> list[PendingManifest]:
    """What waits in the outbox (newest first)."""
    return _pending()


def last_delivery() -> Delivery | None:
    """When and where the last manifest arrived, or None."""
    return _last_delivery()
