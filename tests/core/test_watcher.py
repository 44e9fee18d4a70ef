"""RootWatcher: real files in tmp_path reach the queue natively and by polling."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.core import watcher as watcher_module
from desktop_app.core.locality import Location
from desktop_app.core.watcher import Change, RootWatcher, _Pending, count_folders

TIMEOUT = 5.0


def wait_for(
    watcher: RootWatcher, wanted: Callable[[list[Change]], bool], timeout: float = TIMEOUT
) -> list[Change]:
    """Drain until ``wanted`` holds for everything seen so far, or fail after ``timeout``."""
    seen: list[Change] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        seen.extend(watcher.drain())
        if wanted(seen):
            return seen
        time.sleep(0.05)
    raise AssertionError(f"expected change did not arrive; saw {seen}")


def has(kind: str, rel: str, dest: str | None = None, is_dir: bool = False):
    return lambda seen: Change(kind, rel, dest, is_dir) in seen  # type: ignore[arg-type]


@pytest.fixture(params=["native", "polling"])
def watched(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[RootWatcher, Path]]:
    root = tmp_path / "root"
    root.mkdir()
    (root / "old.txt").write_text("old")
    watcher = RootWatcher(root, force_polling=request.param == "polling", poll_interval=0.2)
    watcher.start()
    assert watcher.mode == request.param
    yield watcher, root
    watcher.stop()


def test_create_modify_delete_reach_the_queue(watched: tuple[RootWatcher, Path]) -> None:
    watcher, root = watched
    (root / "new.txt").write_text("hello")
    wait_for(watcher, has("created", "new.txt"))

    with open(root / "old.txt", "a") as handle:
        handle.write(" more")
    wait_for(watcher, has("modified", "old.txt"))

    (root / "new.txt").unlink()
    wait_for(watcher, has("deleted", "new.txt"))


def test_rename_inside_the_root_is_a_move(watched: tuple[RootWatcher, Path]) -> None:
    watcher, root = watched
    os.rename(root / "old.txt", root / "renamed.txt")
    seen = wait_for(watcher, has("moved", "old.txt", "renamed.txt"))
    assert not any(c.kind == "deleted" for c in seen)


def test_new_folder_and_file_in_it(watched: tuple[RootWatcher, Path]) -> None:
    watcher, root = watched
    (root / "sub").mkdir()
    (root / "sub" / "inner.txt").write_text("x")
    seen = wait_for(
        watcher,
        lambda s: has("created", "sub", is_dir=True)(s) and has("created", "sub/inner.txt")(s),
    )
    # The folder comes before its file, so a consumer can apply changes in order.
    rels = [c.rel for c in seen if c.kind == "created"]
    assert rels.index("sub") < rels.index("sub/inner.txt")


def test_folder_move_comes_before_its_items(watched: tuple[RootWatcher, Path]) -> None:
    watcher, root = watched
    (root / "a").mkdir()
    (root / "a" / "f.txt").write_text("x")
    wait_for(watcher, has("created", "a/f.txt"))
    os.rename(root / "a", root / "b")
    seen = wait_for(watcher, has("moved", "a", "b", is_dir=True))
    moves = [c.rel for c in seen if c.kind == "moved"]
    assert moves[0] == "a"


def test_events_outside_the_root_are_ignored(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    watcher = RootWatcher(root)
    watcher.start()
    try:
        (outside / "elsewhere.txt").write_text("x")
        (outside / "later.txt").write_text("y")
        os.rename(outside / "later.txt", root / "arrived.txt")  # from outside: a creation
        seen = wait_for(watcher, has("created", "arrived.txt"))
        assert all("elsewhere" not in c.rel for c in seen)
        os.rename(root / "arrived.txt", outside / "gone.txt")  # to outside: a deletion
        wait_for(watcher, has("deleted", "arrived.txt"))
    finally:
        watcher.stop()


def test_catalog_and_temp_files_are_ignored(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    catalog = root / "catalog.sqlite3"
    watcher = RootWatcher(root, ignore_paths=[catalog, f"{catalog}-wal"])
    watcher.start()
    try:
        catalog.write_text("db")
        Path(f"{catalog}-wal").write_text("wal")
        (root / ".report.csv.abc123.part").write_text("partial")
        (root / "marker.txt").write_text("m")
        seen = wait_for(watcher, has("created", "marker.txt"))
        assert [c.rel for c in seen] == ["marker.txt"]
    finally:
        watcher.stop()


def test_repeated_writes_coalesce_and_create_then_delete_cancels(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (root / "busy.txt").write_text("0")
    watcher = RootWatcher(root)
    watcher.start()
    try:
        for i in range(5):
            with open(root / "busy.txt", "a") as handle:
                handle.write(str(i))
        (root / "flash.txt").write_text("brief")
        (root / "flash.txt").unlink()
        (root / "marker.txt").write_text("m")
        # Wait without draining, so that all the writes meet in the queue.
        deadline = time.monotonic() + TIMEOUT
        while "marker.txt" not in watcher._pending._last and time.monotonic() < deadline:
            time.sleep(0.05)
        seen = watcher.drain()
        assert Change("created", "marker.txt", None, False) in seen
        assert seen.count(Change("modified", "busy.txt", None, False)) == 1
        assert all(c.rel != "flash.txt" for c in seen)
    finally:
        watcher.stop()


def test_pending_rules() -> None:
    pending = _Pending()
    pending.add(Change("created", "a", None, False))
    pending.add(Change("modified", "a", None, False))
    pending.add(Change("moved", "a", "b", False))  # created a, moved -> created b
    pending.add(Change("modified", "c", None, False))
    pending.add(Change("deleted", "c", None, False))  # modified then deleted -> deleted
    pending.add(Change("moved", "d", "e", False))
    pending.add(Change("moved", "e", "f", False))  # d -> e -> f is d -> f
    pending.add(Change("moved", "g", "h", False))
    pending.add(Change("deleted", "h", None, False))  # g moved to h, h deleted: g deleted
    pending.add(Change("deleted", "i", None, False))
    pending.add(Change("created", "i", None, False))  # file replaced: modified
    assert pending.drain() == [
        Change("created", "b", None, False),
        Change("deleted", "c", None, False),
        Change("moved", "d", "f", False),
        Change("deleted", "g", None, False),
        Change("modified", "i", None, False),
    ]
    assert pending.drain() == []


def test_watch_limit_reached_means_polling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(4):
        (tmp_path / f"d{i}").mkdir()
    monkeypatch.setattr(watcher_module, "read_watch_limit", lambda: 3)
    watcher = RootWatcher(tmp_path, poll_interval=0.2)
    watcher.start()
    try:
        assert watcher.mode == "polling"
        assert watcher.mode_reason == "the inotify watch limit is reached"
        (tmp_path / "d0" / "seen.txt").write_text("x")
        wait_for(watcher, has("created", "d0/seen.txt"))
    finally:
        watcher.stop()


def test_enospc_from_inotify_falls_back_to_polling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FullObserver:
        def schedule(self, *args: object, **kwargs: object) -> None:
            return None

        def start(self) -> None:
            raise OSError(28, "inotify watch limit reached")

    monkeypatch.setattr(watcher_module, "Observer", FullObserver)
    watcher = RootWatcher(tmp_path, poll_interval=0.2)
    watcher.start()
    try:
        assert (watcher.mode, watcher.mode_reason) == (
            "polling",
            "the inotify watch limit is reached",
        )
    finally:
        watcher.stop()


def test_count_folders_stops_past_the_limit(tmp_path: Path) -> None:
    for i in range(10):
        (tmp_path / f"d{i}" / "deeper").mkdir(parents=True)
    assert count_folders(str(tmp_path), 1000) == 21
    assert count_folders(str(tmp_path), 5) == 6


def test_network_location_means_polling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        watcher_module, "describe_location", lambda path: Location("network", "cifs")
    )
    watcher = RootWatcher(tmp_path, poll_interval=0.2)
    watcher.start()
    try:
        assert watcher.mode == "polling"
        assert watcher.mode_reason == "network location (cifs)"
        (tmp_path / "remote.txt").write_text("x")
        wait_for(watcher, has("created", "remote.txt"))
    finally:
        watcher.stop()


def test_local_disk_is_native(tmp_path: Path) -> None:
    watcher = RootWatcher(tmp_path)
    watcher.start()
    try:
        assert watcher.mode == "native"
    finally:
        watcher.stop()
