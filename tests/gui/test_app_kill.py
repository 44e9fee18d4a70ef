"""A kill -9 right after decisions show loses none of them: they are all back on restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core import locations
from desktop_app.core.config import load_config
from desktop_app.core.store import Catalog
from tests.gui.app_helpers import window_over

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is a POSIX signal")


def _run_and_kill(workdir: Path, stop_after: str) -> tuple[int, list[tuple[str, str, int]]]:
    """Start the driver, kill it with SIGKILL as soon as ``stop_after`` shows."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.kill_driver", str(workdir)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    root_id = -1
    shown: list[tuple[str, str, int]] = []
    try:
        for line in child.stdout:
            line = line.rstrip("\n")
            if line.startswith("ROOT "):
                root_id = int(line.split()[1])
            elif line.startswith("SHOWN "):
                kind, rest = line[6:].split(" ", 1)
                rel, decision = rest.rsplit("\t", 1)
                shown.append((kind, rel, int(decision)))
            if line.startswith(stop_after):
                child.send_signal(signal.SIGKILL)
                break
        else:
            raise AssertionError(child.stderr.read()[-3000:])
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    return root_id, shown


@pytest.mark.parametrize("stop_after", ["SHOWN file", "DONE"])
def test_decisions_survive_a_kill(qtbot, tmp_path, stop_after):
    root_id, shown = _run_and_kill(tmp_path, stop_after)
    assert shown and root_id > 0
    with Catalog(locations.catalog_path()) as catalog:
        stored = {key: value[0] for key, value in catalog.decisions(root_id).items()}
        for kind, rel, decision in shown:
            assert stored[(kind, rel)] == decision
        # Restart: a new window on the same catalog shows every decision as the employee's.
        config = load_config(tmp_path / "demo" / "sharetidy.toml")
        window = window_over(qtbot, config, catalog, lang="nl", demo=True)
        window.open_review(root_id)
        model = window.session.files
        for kind, rel, decision in shown:
            indexes = (
                model.indexes_in_folder(rel)
                if kind == "folder"
                else [i for i in range(model.file_count()) if model.info(i).rel == rel]
            )
            assert indexes
            for index in indexes:
                info = model.info(index)
                assert (info.decision, info.source) == (decision, "employee"), info
