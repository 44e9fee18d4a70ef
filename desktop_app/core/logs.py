"""The app's log file: what the service desk asks for when something went wrong.

One rotating file (``sharetidy.log``, 1 MB x 5 by default) under the per-user log dir, so
it never grows without bound on an employee's laptop and always holds the last few runs.
Setting it up twice (the GUI and the CLI both call it; tests call it often) changes
nothing the second time.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop_app.core import locations

LOG_NAME = "sharetidy.log"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 5

_MARK = "_sharetidy_log"


def log_path() -> Path:
    """Where the log file is (the crash dialog names it)."""
    return locations.log_dir() / LOG_NAME


def setup_logging(
    level: int = logging.INFO, *, max_bytes: int = MAX_BYTES, backups: int = BACKUPS
) -> Path:
    """Send the root logger to the rotating log file; returns the file's path.

    Idempotent: a handler already installed for the same file is kept (only the level is
    set again); one for another file (the data dir moved, as between tests) is replaced.
    """
    path = log_path()
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            if Path(handler.baseFilename) == path:  # type: ignore[attr-defined]
                return path
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    setattr(handler, _MARK, True)
    root.addHandler(handler)
    return path
