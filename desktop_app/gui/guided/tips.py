"""One short tip per step: at most two sentences, the reason first.

People who are not at home with computers do a step more calmly when they know why it
is there; so every tip starts with the why and ends with what to do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tip(key: str) -> str:
    """The tip of a step, translated."""
    tips = {
        "why": QCoreApplication.translate(
            "GuidedTips",
            "Because you make the choices yourself, it helps to know first what each "
            "choice means. Take your time to read this.",
        ),
        "folders": QCoreApplication.translate(
            "GuidedTips",
            "Because scanning only reads the list of your files, it is safe. On a large "
            "folder it can take a few minutes.",
        ),
        "quick_wins": QCoreApplication.translate(
            "GuidedTips",
            "Because these files are of no use to anyone, you can put them all on delete "
            "at once. Untick a file if you still want to keep it.",
        ),
        "old_files": QCoreApplication.translate(
            "GuidedTips",
            "Because the law says how long we keep documents, each file shows its age and "
            "the rule. If in doubt, choose Archive.",
        ),
        "sharepoint": QCoreApplication.translate(
            "GuidedTips",
            "Because SharePoint refuses these names, these files would otherwise not "
            "move. Check the new name and choose Rename.",
        ),
        "rest": QCoreApplication.translate(
            "GuidedTips",
            "Because the suggestion is usually right, you can accept it for all of them "
            "at once. Have a quick look for anything you want otherwise.",
        ),
        "summary": QCoreApplication.translate(
            "GuidedTips",
            "Because the migration team needs your choices for the move, you hand them in "
            "here. You can change them later and hand in again.",
        ),
    }
    return tips[key]
