"""Where ShareTidy keeps its state, its logs and its shipped resources.

State lives under platformdirs' per-user data dir so that it survives updates of the
app; ``SHARETIDY_DATA_DIR`` moves it elsewhere (tests, benchmarks, portable use).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ShareTidy"


def data_dir() -> Path:
    """The folder holding the catalog, the hash cache and the outbox (created on demand)."""
    override = os.environ.get("SHARETIDY_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """The folder of the rotating log file (created on demand)."""
    override = os.environ.get("SHARETIDY_DATA_DIR")
    path = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def catalog_path() -> Path:
    """The SQLite catalog of scans, suggestions and decisions."""
    return data_dir() / "catalog.sqlite3"


def resources_dir() -> Path:
    """The shipped ``resources/`` folder, in a source checkout and in the frozen app."""
    override = os.environ.get("SHARETIDY_RESOURCES")
    if override:
        return Path(override)
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def executable_dir() -> Path | None:
    """The folder of the frozen executable (IT places the organisation config there)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None
