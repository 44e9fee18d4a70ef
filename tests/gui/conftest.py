"""What every GUI test shares."""

from __future__ import annotations

import pytest

from desktop_app.gui.i18n import translator_for


@pytest.fixture(autouse=True)
def _source_language(qapp):
    """Leave no translator behind for the tests that come after."""
    yield
    translator_for(qapp).reset()
