"""SIGKILL at random moments while scanning, deciding and submitting loses nothing.

After every kill the catalog opens, every decision the driver had reported (it reports
only what is committed, as the app shows only what is saved) is there, and no half
manifest exists in the drop folder or the outbox. After the last kill the driver runs
once more to the end: the next start carries on.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core.manifest import SUFFIX
from desktop_app.core.store import Catalog
from desktop_app.team.verify import Rejected, exact_check, read_facts, stat_file

from ..conftest import REPO

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is a POSIX signal")

KILLS = 12


def _share(root: Path) -> None:
    for f in range(30):
        folder = root / f"Afdeling {f % 5}" / f"Project {f:02d}"
        folder.mkdir(parents=True)
        for i in range(40):
            body = f"{f}-{i}".encode() * (1 + i % 9) if i % 7 else b"gedeelde inhoud"
            (folder / f"Verslag {i:02d}.docx").write_bytes(body)


def _run(data: Path, share: Path, drop: Path, *extra: str, kill_after: float | None) -> list[str]:
    env = {**os.environ, "SHARETIDY_DATA_DIR": str(data)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.core.kill_loop_driver", str(share), str(drop), *extra],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if kill_after is None:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        return out.splitlines()
    time.sleep(kill_after)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=60)
    return out.splitlines()


def _complete_manifests(folder: Path, checked: set[Path]) -> list[str]:
    """Names of the manifests in ``folder``; fails on any that is not whole and valid.

    A manifest never changes once it has its name, so each is checked once (``checked``).
    """
    names = []
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if not path.name.endswith(SUFFIX):
            continue  # a temporary name: never taken for a manifest
        if path not in checked:
            try:
                exact_check(read_facts(path, stat_file(path)))
            except Rejected as exc:
                pytest.fail(f"half or broken manifest {path}: {exc}")
            checked.add(path)
        names.append(path.name)
    return names


def test_kills_at_random_moments_lose_nothing(tmp_path: Path) -> None:
    share, drop, data = tmp_path / "share", tmp_path / "drop", tmp_path / "data"
    _share(share)
    drop.mkdir()
    rng = random.Random(20261201)
    shown: dict[str, int] = {}
    submitted: list[str] = []
    checked: set[Path] = set()
    interrupted: set[str] = set()  # what the driver did last before each kill
    for _ in range(KILLS):
        lines = _run(data, share, drop, kill_after=rng.uniform(0.3, 1.5))
        interrupted.add(lines[-1].split("\t")[0] if lines else "starting")
        for line in lines:
            kind, *rest = line.split("\t")
            if kind == "decided":
                shown[rest[0]] = int(rest[1])
            elif kind == "submitted" and rest[1] == "True":
                submitted.append(rest[0])
        with Catalog(data / "catalog.sqlite3") as catalog:
            # A kill before the driver named its share (a slow start on a busy machine)
            # leaves no root yet, and then nothing can have been shown either.
            roots = catalog.roots()
            assert len(roots) <= 1
            stored = {
                rel: d[0] for root in roots for (kind, rel), d in catalog.decisions(root.id).items()
            }
        missing = {rel: d for rel, d in shown.items() if stored.get(rel) != d}
        assert not missing, f"decisions shown before the kill but lost: {list(missing)[:5]}"
        delivered = _complete_manifests(drop, checked)
        assert set(submitted) <= set(delivered)
        _complete_manifests(data / "outbox", checked)
    assert shown, "the kills all came before the first decision: the test proved nothing"
    assert len(interrupted) >= 2, f"every kill hit the same moment: {interrupted}"
    lines = _run(data, share, drop, "--once", kill_after=None)
    assert lines[0] == "scanned" and lines[-1].startswith("submitted")
    assert lines[-1].endswith("True")
    _complete_manifests(drop, checked)
