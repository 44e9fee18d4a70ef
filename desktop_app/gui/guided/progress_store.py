"""Where the guided path stands, kept in the catalog so that a restart resumes there.

The catalog's ``meta`` table already holds the employee's settings and survives a crash
(SQLite, WAL), so the step, the share being tidied and whether the guided path was open
live there too: closing the app in the middle of step 4 opens it at step 4 again.
"""

from __future__ import annotations

from desktop_app.gui.guided.path import STEPS
from desktop_app.gui.session import Session

STEP_KEY = "guided.step"
ROOT_KEY = "guided.root"
ACTIVE_KEY = "guided.active"


class GuidedProgress:
    """Reads and writes the guided path's place through the session's catalog."""

    def __init__(self, session: Session):
        self.session = session

    def step(self) -> str:
        """The step to show ('why' when nothing, or something unknown, is stored)."""
        value = self.session.meta(STEP_KEY)
        return value if value in STEPS else STEPS[0]

    def set_step(self, key: str) -> None:
        """Remember the step shown."""
        if key not in STEPS:
            raise ValueError(f"unknown guided step {key!r}")
        if self.session.meta(STEP_KEY) != key:
            self.session.set_meta(STEP_KEY, key)

    def root_id(self) -> int | None:
        """The share being tidied, if one was chosen and it still has a scan."""
        value = self.session.meta(ROOT_KEY)
        if value is None or not value.isdigit():
            return None
        try:
            root = self.session.catalog.root(int(value))
        except KeyError:
            return None
        return root.id if root.scan_id is not None else None

    def set_root(self, root_id: int | None) -> None:
        """Remember the share being tidied."""
        value = None if root_id is None else str(root_id)
        if self.session.meta(ROOT_KEY) != value:
            self.session.set_meta(ROOT_KEY, value)

    def active(self) -> bool | None:
        """Whether the guided path was open when the app closed (None: never used)."""
        value = self.session.meta(ACTIVE_KEY)
        return None if value is None else value == "1"

    def set_active(self, active: bool) -> None:
        """Remember whether the guided path is open."""
        value = "1" if active else "0"
        if self.session.meta(ACTIVE_KEY) != value:
            self.session.set_meta(ACTIVE_KEY, value)
