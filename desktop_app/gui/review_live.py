"""What the review says about the shown share's state: offline, and the recycle bin clean-up.

Kept apart from the review page, which is about folders, files and deciding: these words
change with the live view's state (offline, back again) and with where the share lies
(a folder on this computer may use the recycle bin; a network share never does).
The texts keep the review page's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.gui.trash_action import network_sentence

if TYPE_CHECKING:
    from desktop_app.gui.review_page import ReviewPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPage", text)


def show_live_state(page: ReviewPage) -> None:
    """The offline banner, the clean-up button and its note, for the live view's state."""
    live = page.live
    page.offline_banner.setVisible(live.is_offline())
    page.offline_banner.setText(
        _tr(
            "%1 cannot be reached right now, perhaps because the network or VPN "
            "connection is gone. You can go on looking and deciding: everything is "
            "kept. As soon as the folder is back, ShareTidy brings the list up to date "
            "by itself."
        ).replace("%1", page.session.root_label() or _tr("This folder"))
    )
    shown = page.session.files.root_id() is not None
    local = live.is_local()
    allowed = local and page.trash.allowed()
    # Offline the banner says it all; clean-up waits until the folder is back.
    shown = shown and not live.is_offline()
    button = page.trash_button
    button.setVisible(shown and allowed)
    button.setEnabled(allowed)
    button.setText(_tr("Move to the recycle bin now…"))
    button.setAccessibleName(_tr("Move the files you set to Delete to the recycle bin now"))
    button.setAccessibleDescription(
        _tr("Asks first, then moves those files to the recycle bin; you can get them back.")
    )
    page.trash_note.setVisible(shown)
    if local and not allowed:
        page.trash_note.setText(
            _tr("In practice mode only the sample files can go to the recycle bin.")
        )
    elif local:
        page.trash_note.setText(
            _tr(
                "This folder is on this computer: the files you set to Delete can go "
                "to the recycle bin now. You see the list first."
            )
        )
    else:
        page.trash_note.setText(network_sentence())
