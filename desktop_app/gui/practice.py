"""Practice mode: the demo share, kept apart from the employee's real work.

Ambassadors let colleagues try the app on ``sharetidy demo`` first. Practising must never
touch a real file and never mix with real work, so in practice mode:

- the catalog, the outbox and every other piece of state live in a folder inside the
  demo folder (:func:`enter`), not in the employee's data folder: sample files never end
  up in a real manifest, and a real manifest waiting in the outbox is never "delivered"
  into the practice drop folder;
- changes (a rename, the recycle bin, handing in) are allowed only inside the demo
  folder (:func:`inside`; the session's ``may_change``);
- a banner on every page says so, in plain words.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.core.demo_share import MARKER
from desktop_app.gui.i18n import Retranslatable

STATE_FOLDER = "oefenstand"
"""The practice state inside the demo folder (the demo build leaves it alone)."""


def state_dir(demo_root: Path) -> Path:
    """Where practice mode keeps its catalog and outbox."""
    return Path(demo_root) / STATE_FOLDER


def enter(demo_root: Path) -> Path:
    """Move this process's state into the demo folder, fresh; returns that folder.

    Each ``sharetidy demo`` builds the sample files anew, so the decisions of an earlier
    practice would only show as "changed since you decided": practice starts clean. The
    folder is cleared only inside a folder the demo built (it carries the demo marker).
    """
    root = Path(demo_root).absolute()
    if not (root / MARKER).exists():
        raise ValueError(f"{root} is not a demo folder")
    state = state_dir(root)
    if state.exists():
        shutil.rmtree(state)
    state.mkdir(parents=True)
    os.environ["SHARETIDY_DATA_DIR"] = str(state)
    return state


def _key(path: str | os.PathLike[str]) -> str:
    text = os.path.abspath(os.path.normpath(os.fspath(path)))
    return os.path.normcase(text).replace("\\", "/").rstrip("/").casefold()


def inside(path: str | os.PathLike[str], root: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is ``root`` or lies below it (spelled as Windows compares paths).

    Links are not resolved: the practice folder holds none, and a rename acts on the
    name as given.
    """
    path_key, root_key = _key(path), _key(root)
    return path_key == root_key or path_key.startswith(root_key + "/")


class PracticeBanner(Retranslatable, QLabel):
    """The band above every page in practice mode: 'Oefenen', and what that means."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("practiceBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.retranslate()

    def retranslate(self) -> None:
        """The banner's text in the current language."""
        self.setText(
            self.tr(
                "Practice: these are sample files on this PC. What you do here never "
                "changes your real files."
            )
        )
        self.setAccessibleName(self.tr("Practice mode"))
