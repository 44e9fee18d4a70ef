"""The catalog's decision rows when files and folders move (used by the live view)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.policy import ARCHIVE, DELETE, KEEP
from desktop_app.core.store import Catalog


@pytest.fixture
def catalog(tmp_path: Path):
    catalog = Catalog(tmp_path / "c.sqlite3")
    yield catalog
    catalog.close()


def decided(catalog: Catalog, root_id: int) -> dict[tuple[str, str], tuple]:
    """A root's decisions without the time they were made: (kind, rel) -> (d, size, mtime)."""
    return {
        key: (d, size, mtime) for key, (d, _at, size, mtime) in catalog.decisions(root_id).items()
    }


def test_a_moved_folder_takes_its_own_and_its_contents_decisions(catalog: Catalog) -> None:
    root = catalog.root_id("/share")
    other = catalog.root_id("/other")
    catalog.set_decisions(
        [
            (root, "Werk", "folder", ARCHIVE, None, None),
            (root, "Werk/plan.docx", "file", KEEP, 10, 1),
            (root, "Werk/Oud/memo.docx", "file", DELETE, 20, 2),
            (root, "Werkmap/los.docx", "file", KEEP, 30, 3),  # shares only a prefix
            (other, "Werk/plan.docx", "file", DELETE, 40, 4),  # another root
        ]
    )
    with catalog.transaction():
        moved = catalog.move_decisions_below(root, "Werk", "Archief/Werk 2020")
    assert moved == 3
    assert decided(catalog, root) == {
        ("folder", "Archief/Werk 2020"): (ARCHIVE, None, None),
        ("file", "Archief/Werk 2020/plan.docx"): (KEEP, 10, 1),
        ("file", "Archief/Werk 2020/Oud/memo.docx"): (DELETE, 20, 2),
        ("file", "Werkmap/los.docx"): (KEEP, 30, 3),
    }
    assert decided(catalog, other) == {("file", "Werk/plan.docx"): (DELETE, 40, 4)}


def test_a_moved_file_copies_its_decision_and_keeps_the_old_one(catalog: Catalog) -> None:
    root = catalog.root_id("/share")
    catalog.restore_decisions(
        [
            (root, "plan.docx", "file", DELETE, 1.0, 10, 1, "oud"),  # the note goes along
            (root, "plan.docx", "folder", KEEP, 1.0, None, None, None),  # other kind
            (root, "nieuw.docx", "file", KEEP, 1.0, 99, 9, None),  # replaced by plan's
        ]
    )
    with catalog.transaction():
        copied = catalog.copy_file_decision(root, "plan.docx", "nieuw.docx")
        missing = catalog.copy_file_decision(root, "bestaat-niet.docx", "ergens.docx")
    assert (copied, missing) == (1, 0)
    assert decided(catalog, root) == {
        ("file", "plan.docx"): (DELETE, 10, 1),
        ("folder", "plan.docx"): (KEEP, None, None),
        ("file", "nieuw.docx"): (DELETE, 10, 1),
    }
    assert catalog.notes(root) == {"plan.docx": "oud", "nieuw.docx": "oud"}
