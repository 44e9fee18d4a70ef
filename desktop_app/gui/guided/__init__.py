"""The guided path: one small step at a time, for first-time users and ambassadors.

Seven steps over the same data as the normal mode (the session's catalog, models and
undo stack): why, your folders, quick wins, old files, SharePoint names, the rest, and
the summary with the hand-in. :func:`install_guided` adds it to the main window.
"""

from desktop_app.gui.guided.mode import install_guided

__all__ = ["install_guided"]
