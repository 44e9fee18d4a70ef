"""The steps of the guided path, in order, with their titles.

The order is the one of DESIGN.md ("The guided mode"): first why, then the employee's
own folders, then the easy decisions before the harder ones, and handing in last. Keys
are stored in the catalog to resume after a restart, so they never change meaning.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

STEPS = ("why", "folders", "quick_wins", "old_files", "sharepoint", "rest", "summary")
"""Every step key, in the order the path walks them."""

NEEDS_SHARE = frozenset(STEPS[2:])
"""Steps that work on one scanned share (they cannot be shown before one is chosen)."""


def step_number(key: str) -> int:
    """1 for the first step, 7 for the last."""
    return STEPS.index(key) + 1


def step_title(key: str) -> str:
    """The title of a step, translated."""
    titles = {
        "why": QCoreApplication.translate("GuidedPath", "Why we tidy up"),
        "folders": QCoreApplication.translate("GuidedPath", "Your folders"),
        "quick_wins": QCoreApplication.translate("GuidedPath", "Quick wins"),
        "old_files": QCoreApplication.translate("GuidedPath", "Old files"),
        "sharepoint": QCoreApplication.translate("GuidedPath", "Names SharePoint does not accept"),
        "rest": QCoreApplication.translate("GuidedPath", "The rest"),
        "summary": QCoreApplication.translate("GuidedPath", "Summary and hand in"),
    }
    return titles[key]


def short_title(key: str) -> str:
    """The one or two words of a step in the overview line at the top."""
    names = {
        "why": QCoreApplication.translate("GuidedPath", "Why"),
        "folders": QCoreApplication.translate("GuidedPath", "Folders"),
        "quick_wins": QCoreApplication.translate("GuidedPath", "Quick wins"),
        "old_files": QCoreApplication.translate("GuidedPath", "Old files"),
        "sharepoint": QCoreApplication.translate("GuidedPath", "Names"),
        "rest": QCoreApplication.translate("GuidedPath", "The rest"),
        "summary": QCoreApplication.translate("GuidedPath", "Hand in"),
    }
    return names[key]


def counter_text(key: str) -> str:
    """'Step 3 of 7', translated."""
    return (
        QCoreApplication.translate("GuidedPath", "Step %1 of %2")
        .replace("%1", str(step_number(key)))
        .replace("%2", str(len(STEPS)))
    )
