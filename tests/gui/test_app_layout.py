"""The layout holds on a 1280x800 screen: at 125% and 150% display scaling, with every text
40% longer, at the largest text size and in high contrast: nothing clipped on any page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.gui.text_size import STEPS

REPO = Path(__file__).resolve().parents[2]


LARGEST = f"--step={len(STEPS) - 1}"


@pytest.mark.parametrize(
    ("scale", "lang", "options"),
    [
        (1.25, "nl", ()),
        (1.5, "nl", ()),
        (1.5, "en", ()),
        (1.0, "nl", ("--pad=0.4",)),
        (1.25, "en", ("--pad=0.4",)),
        (1.0, "nl", (LARGEST,)),
        (1.0, "en", (LARGEST, "--contrast")),
    ],
    ids=["125-nl", "150-nl", "150-en", "longer-nl", "125-longer-en", "largest-nl", "largest-hc-en"],
)
def test_nothing_is_clipped_on_a_small_screen(tmp_path, scale, lang, options):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.layout_probe", str(scale), lang, str(tmp_path), *options],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    problems = json.loads(done.stdout.strip().splitlines()[-1])
    assert problems == []


def test_padding_makes_every_text_forty_percent_longer():
    from tests.gui.layout_probe import padded

    assert padded("", 0.4) == ""
    text = padded("&Bestand", 0.4)
    assert text.startswith("&Bestand ") and text.count("&") == 1
    assert len(text) >= len("&Bestand") * 1.4
    two = padded("Ctrl+Z: undo\n%n file(s)", 0.4)
    first, second = two.split("\n")
    assert len(first) >= 12 * 1.4 and second.startswith("%n file(s) ") and second.count("%") == 1
