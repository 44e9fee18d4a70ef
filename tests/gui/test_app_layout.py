"""The layout holds at 125% and 150% display scaling on a 1280x800 screen: nothing clipped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.gui.i18n import translator_for


@pytest.fixture(autouse=True)
def _source_language(qapp):
    """Leave no translator behind for the tests that come after."""
    yield
    translator_for(qapp).reset()


REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("scale", "lang"), [(1.25, "nl"), (1.5, "nl"), (1.5, "en")])
def test_nothing_is_clipped_on_a_small_scaled_screen(tmp_path, scale, lang):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.layout_probe", str(scale), lang, str(tmp_path)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    problems = json.loads(done.stdout.strip().splitlines()[-1])
    assert problems == []
