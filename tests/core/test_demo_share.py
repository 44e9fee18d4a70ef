"""The demo share: the mix of cases the app must show, a config that points at it, rebuilds."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from pathlib import Path

import pytest

from desktop_app.core import locations
from desktop_app.core.config import load_config
from desktop_app.core.decisions import effective_decisions
from desktop_app.core.demo_share import DEADLINE_DAYS, MARKER, DemoError, build_demo
from desktop_app.core.scanner import scan, sp_codes
from desktop_app.core.store import Catalog


def _listing(root: Path) -> list[tuple[str, int]]:
    found = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            found.append((os.path.relpath(path, root), os.stat(path).st_size))
    return sorted(found)


def test_demo_has_every_case_the_app_explains(tmp_path: Path) -> None:
    demo = build_demo(tmp_path / "demo", user="jan")
    assert 200 <= demo.files <= 600
    config = load_config(demo.config)
    assert config.drop_folder == str(demo.drop) and demo.drop.is_dir()
    assert config.deadline == dt.date.today() + dt.timedelta(days=DEADLINE_DAYS)
    assert [share.path for share in config.shares] == [str(demo.personal), str(demo.department)]
    assert config.department == "Burgerzaken"
    with Catalog(tmp_path / "catalog.sqlite3") as catalog:
        result = scan(catalog, [str(demo.personal), str(demo.department)], config)
        assert result.files == demo.files
        rules: Counter[str] = Counter()
        codes: set[str] = set()
        protected = 0
        for root_id in result.root_ids:
            for item in effective_decisions(catalog, root_id):
                rules[item.rule] += 1
                codes.update(sp_codes(item.sp))
                protected += item.protected
    for rule in (
        "junk",
        "installer",
        "personal-media",
        "music",
        "duplicate",
        "record-archive",
        "mail-retention",
        "document-retention",
        "empty",
        "recent-work",
    ):
        assert rules[rule] > 0, rule
    assert rules["recent-work"] >= 50 and rules["record-archive"] >= 20
    assert protected >= 20
    for code in (
        "lock-prefix",
        "vti",
        "forms-root",
        "tilde-folder",
        "path-too-long",
        "thicket-folder",
    ):
        assert code in codes, code
    assert "edge-space" in codes


def test_rebuilding_gives_the_same_share(tmp_path: Path) -> None:
    first = build_demo(tmp_path / "demo")
    before = _listing(first.root / "netwerk")
    text = first.config.read_text("utf-8")
    (first.personal / "Bureaublad" / "extra.txt").write_text("made by the user")
    second = build_demo(tmp_path / "demo")
    assert second == first
    assert _listing(second.root / "netwerk") == before
    assert second.config.read_text("utf-8") == text


def test_never_clears_a_folder_it_did_not_make(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "important.docx").write_text("keep me")
    with pytest.raises(DemoError, match="not empty"):
        build_demo(folder)
    assert (folder / "important.docx").read_text() == "keep me"
    assert not (folder / MARKER).exists()


def test_default_place_is_in_the_data_dir() -> None:
    demo = build_demo()
    assert demo.root == locations.data_dir() / "demo"
    assert (demo.root / MARKER).is_file()
