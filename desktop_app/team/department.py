"""One department at a glance, for the ambassador: who handed in, when, and how much they decided.

An ambassador who may read the drop folder wants to know which colleagues still need a
visit. The numbers must be the migration team's numbers, so this runs the very same
``team collect`` and ``team status`` code, into a throw-away DuckDB file in a temporary
folder on this PC: the drop folder is only read, never written (drop folders are often
write-only, and the team's own database is not ours to touch). Only the department's own
manifests are collected (their header says the department), which keeps a view of 30
colleagues quick in a drop folder of thousands.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.team.collect import collect, manifest_names
from desktop_app.team.db import connect
from desktop_app.team.status import status

HEADER_LIMIT = 1 << 20
"""A header line is far shorter; a longer first line is no manifest (collect says why)."""

UNREADABLE_NONE = "none"
"""The organisation's config names no drop folder."""
UNREADABLE_DENIED = "denied"
"""The drop folder may not be listed or its files may not be read (write-only: normal)."""
UNREADABLE_UNREACHABLE = "unreachable"
"""The drop folder is not there right now (network down, renamed share)."""


class DropUnreadable(Exception):
    """The drop folder cannot be read; ``code`` is one of the ``UNREADABLE_*`` values."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(detail or code)
        self.code = code


@dataclass(frozen=True)
class Colleague:
    """One person of the department, as their newest manifest shows them."""

    name: str
    """Display name, else the login."""
    login: str
    department: str | None
    submitted: str
    """``created`` of their newest manifest (ISO 8601 UTC)."""
    manifests: int
    files: int
    """Distinct paths in their manifests, each counted once (their latest entry), also
    where a colleague decided the same path of a shared folder."""
    decided: int
    """Of those, the files they decided themselves (the rest kept the suggestion)."""
    assisted_by: str | None

    @property
    def decided_share(self) -> float | None:
        """The part of their files they decided themselves (None: no files)."""
        return self.decided / self.files if self.files else None


@dataclass
class DepartmentView:
    """What the ambassador overview shows."""

    department: str | None
    """The department asked for; None: every department in the drop folder."""
    colleagues: list[Colleague] = field(default_factory=list)
    status: dict[str, Any] = field(default_factory=dict)
    """The ``team status`` object over the same manifests."""
    rejected: int = 0
    """Files of the department that collect refused (the team sees them too)."""

    @property
    def files(self) -> int:
        return sum(person.files for person in self.colleagues)

    @property
    def decided(self) -> int:
        return sum(person.decided for person in self.colleagues)


def department_of(path: Path) -> str | None:
    """The department a manifest's header names ('' when the file has no usable header)."""
    with open(path, "rb") as handle:
        first = handle.readline(HEADER_LIMIT)
    try:
        header = json.loads(first)
        department = header["user"]["department"]
    except (ValueError, KeyError, TypeError):
        return ""
    return department if isinstance(department, str) else None


def _same(first: str | None, second: str | None) -> bool:
    return (first or "").casefold() == (second or "").casefold()


def _names(drop: Path, department: str | None) -> list[str]:
    try:
        names = manifest_names(drop)
    except PermissionError as exc:
        raise DropUnreadable(UNREADABLE_DENIED, str(exc)) from None
    except OSError as exc:
        raise DropUnreadable(UNREADABLE_UNREACHABLE, str(exc)) from None
    if department is None:
        return names
    wanted, denied = [], 0
    for name in names:
        try:
            found = department_of(drop / name)
        except PermissionError:
            denied += 1
            continue
        except OSError:
            continue  # gone since the listing, or not a file: collect would refuse it too
        if found == "" or _same(found, department):
            wanted.append(name)  # a broken header is counted as refused, as the team sees it
    if names and denied == len(names):
        raise DropUnreadable(UNREADABLE_DENIED, f"no manifest in {drop} may be read")
    return wanted


_COLLEAGUES = """
WITH newest AS (
    SELECT user_key,
           arg_max(coalesce(display_name, login), created_ns) AS name,
           arg_max(login, created_ns) AS login,
           arg_max(department, created_ns) AS department,
           arg_max(assisted_by, created_ns) AS assisted_by,
           arg_max(created, created_ns) AS submitted,
           count(*) AS manifests
    FROM manifests GROUP BY user_key
), own AS (
    -- each person's own files: per path their latest entry (a later manifest of theirs
    -- supersedes an earlier one), whether or not a colleague decided the path too
    SELECT m.user_key, e.employee
    FROM entries e
    JOIN manifests m ON m.no = e.manifest_no
    JOIN manifest_roots mr ON mr.manifest_no = e.manifest_no AND mr.idx = e.root_idx
    QUALIFY row_number() OVER (
        PARTITION BY m.user_key, mr.root_no, lower(e.rel)
        ORDER BY m.created_ns DESC, m.manifest_id DESC) = 1
), files AS (
    SELECT user_key, count(*) AS files, count(*) FILTER (WHERE employee) AS decided
    FROM own GROUP BY user_key
)
SELECT n.name, n.login, n.department, n.submitted, n.manifests,
       coalesce(f.files, 0), coalesce(f.decided, 0), n.assisted_by
FROM newest n LEFT JOIN files f USING (user_key)
ORDER BY lower(n.name), n.user_key
"""


def department_overview(
    drop: str | os.PathLike[str] | None, department: str | None = None
) -> DepartmentView:
    """Collect the department's manifests of ``drop`` into a temporary database and sum up.

    ``department`` None takes every manifest. Raises :class:`DropUnreadable` when the drop
    folder cannot be listed or read; the drop folder itself is never written.
    """
    if not drop:
        raise DropUnreadable(UNREADABLE_NONE)
    folder = Path(drop)
    if not folder.is_dir():
        raise DropUnreadable(UNREADABLE_UNREACHABLE, f"{folder} is not there")
    names = _names(folder, department)
    with tempfile.TemporaryDirectory(prefix="sharetidy-overview-") as scratch:
        conn = connect(Path(scratch) / "department.duckdb")
        try:
            result = collect(conn, folder, names)
            nothing_read = not result.collected and not result.known and not result.duplicates
            if (
                nothing_read
                and result.rejected
                and all("cannot be read" in reason for _name, reason in result.rejected)
            ):
                raise DropUnreadable(UNREADABLE_DENIED, f"no manifest in {folder} may be read")
            view = DepartmentView(department, status=status(conn), rejected=len(result.rejected))
            for row in conn.execute(_COLLEAGUES).fetchall():
                name, login, dept, submitted, manifests, files, decided, helper = row
                view.colleagues.append(
                    Colleague(
                        name=name or login or "?",
                        login=login or "",
                        department=dept,
                        submitted=submitted,
                        manifests=int(manifests),
                        files=int(files),
                        decided=int(decided),
                        assisted_by=helper,
                    )
                )
        finally:
            conn.close()
    return view
