"""splice(): the columns after a live batch equal a fresh read of the catalog, sorted right."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.core.live_update import LiveUpdater
from desktop_app.core.scanner import scan
from desktop_app.core.store import Catalog
from desktop_app.core.watcher import Change
from desktop_app.gui.column_index import ColumnsIndex
from desktop_app.gui.column_reader import read_from_catalog
from desktop_app.gui.column_splice import splice
from desktop_app.gui.file_columns import FileColumns
from desktop_app.gui.file_query import compute_orders
from desktop_app.gui.folder_stats import folder_tree


def content(cols: FileColumns) -> dict[int, tuple]:
    """Everything the review shows per file, by file id (layouts may differ)."""
    return {
        cols.file_id[i]: (
            cols.rel(i),
            cols.size[i],
            cols.mtime[i],
            cols.category[i],
            cols.suggestion[i],
            cols.protected[i],
            cols.flags[i],
            cols.rule_ids[cols.rule[i]],
            cols.sp.get(i, 0),
            cols.dup_group.get(i),
            cols.raw_name.get(i),
        )
        for i in range(cols.n)
    }


def check_shape(cols: FileColumns) -> None:
    """Runs whole, every sort index a sorted permutation."""
    assert sum(cols.folder_count) == cols.n
    for f in range(cols.folder_total):
        first, count = cols.folder_first[f], cols.folder_count[f]
        assert all(cols.folder[i] == f for i in range(first, first + count))
    keys = {
        "name": lambda i: cols.name[i].casefold(),
        "size": cols.size.__getitem__,
        "modified": cols.mtime.__getitem__,
        "folder": lambda i: (cols.folder_rel[cols.folder[i]].casefold().split("/"),
                             cols.name[i].casefold()),
    }  # fmt: skip
    for name, order in cols.orders.items():
        assert sorted(order) == list(range(cols.n)), name
        values = [keys[name](i) for i in order]
        assert values == sorted(values), name


@pytest.fixture
def loaded(tmp_path: Path, config):
    root = tmp_path / "share"
    for folder in ("A", "A/Sub", "B", "C"):
        (root / folder).mkdir(parents=True)
    for rel, text in (
        ("a1.docx", "one"), ("A/zeta.xlsx", "two"), ("A/alpha.docx", "three"),
        ("A/Sub/deep.pdf", "four"), ("B/copy.docx", "same"), ("C/copy.docx", "same"),
        ("B/big.zip", "x" * 5000), ("C/Thumbs.db", "t"),
    ):  # fmt: skip
        (root / rel).write_text(text)
    catalog = Catalog(tmp_path / "c.db")
    root_id = scan(catalog, [str(root)], config).root_ids[0]
    cols = read_from_catalog(catalog, catalog.root(root_id))
    compute_orders(cols)
    folder_tree(cols)
    yield catalog, root_id, root, cols, LiveUpdater(catalog, root_id, config.policy)
    catalog.close()


def step(loaded, changes: list[Change]) -> FileColumns:
    catalog, root_id, _root, cols, live = loaded
    result = live.apply(changes, ColumnsIndex(cols))
    new, newpos = splice(cols, result)
    fresh = read_from_catalog(catalog, catalog.root(root_id))
    assert content(new) == content(fresh)
    assert sorted(new.folder_rel) == sorted(fresh.folder_rel)
    check_shape(new)
    assert len(newpos) == cols.n and max(newpos, default=-1) < new.n
    if new.tree:
        assert new.tree == folder_tree(FileColumns(**{**new.__dict__, "tree": {}, "_derived": {}}))
    return new


def test_new_changed_removed_and_renamed_files(loaded) -> None:
    _catalog, _rid, root, cols, _live = loaded
    (root / "A" / "beta.docx").write_text("new file")
    (root / "a1.docx").write_text("one, changed")
    (root / "C" / "Thumbs.db").unlink()
    os.rename(root / "A" / "zeta.xlsx", root / "A" / "omega.xlsx")
    new = step(
        loaded,
        [
            Change("created", "A/beta.docx", None, False),
            Change("modified", "a1.docx", None, False),
            Change("deleted", "C/Thumbs.db", None, False),
            Change("moved", "A/zeta.xlsx", "A/omega.xlsx", False),
        ],
    )
    assert new.n == cols.n
    assert "omega.xlsx" in new.name and "zeta.xlsx" not in new.name


def test_folders_come_go_and_move(loaded) -> None:
    _catalog, _rid, root, _cols, _live = loaded
    (root / "D" / "E").mkdir(parents=True)
    (root / "D" / "E" / "n.txt").write_text("n")
    os.rename(root / "A", root / "A2")
    for path in (root / "C").iterdir():
        path.unlink()
    (root / "C").rmdir()
    os.rename(root / "B" / "copy.docx", root / "A2" / "Sub" / "copy.docx")
    new = step(
        loaded,
        [
            Change("created", "D", None, True),
            Change("moved", "A", "A2", True),
            Change("deleted", "C", None, True),
            Change("moved", "B/copy.docx", "A2/Sub/copy.docx", False),
        ],
    )
    assert "A2/Sub" in new.folder_rel and "C" not in new.folder_rel
    assert "folder" not in new.orders  # sorted anew when asked, after a folder move


def test_batches_in_a_row(loaded) -> None:
    _catalog, _rid, root, _cols, _live = loaded
    (root / "B" / "one.txt").write_text("1")
    loaded = (*loaded[:3], step(loaded, [Change("created", "B/one.txt", None, False)]), loaded[4])
    (root / "B" / "one.txt").write_text("11")
    (root / "B" / "two.txt").write_text("2")
    loaded = (
        *loaded[:3],
        step(
            loaded,
            [
                Change("modified", "B/one.txt", None, False),
                Change("created", "B/two.txt", None, False),
            ],
        ),
        loaded[4],
    )
    (root / "B" / "one.txt").unlink()
    step(loaded, [Change("deleted", "B/one.txt", None, False)])


def test_rows_moved_to_a_new_scan_keep_their_place(loaded, tmp_path: Path, config) -> None:
    catalog, _rid, root, _cols, _live = loaded
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text("x")
    scan(catalog, [str(other)], config)
    (root / "A" / "late.docx").write_text("late")
    new = step(loaded, [Change("created", "A/late.docx", None, False)])
    assert new.scan_id == catalog.root(loaded[1]).scan_id


def test_the_last_file_removed_and_a_new_folder_at_the_end(loaded) -> None:
    _catalog, _rid, root, cols, _live = loaded
    last = cols.rel(cols.n - 1)
    (root / last).unlink()
    (root / "Z").mkdir()
    (root / "Z" / "z.txt").write_text("z")
    step(
        loaded,
        [Change("deleted", last, None, False), Change("created", "Z", None, True)],
    )


def test_a_saved_file_keeps_every_index(loaded) -> None:
    _catalog, _rid, root, cols, live = loaded
    (root / "A" / "alpha.docx").write_text("three, saved again and longer")
    result = live.apply([Change("modified", "A/alpha.docx", None, False)], ColumnsIndex(cols))
    new, newpos = splice(cols, result)
    assert list(newpos) == list(range(cols.n))
    check_shape(new)
