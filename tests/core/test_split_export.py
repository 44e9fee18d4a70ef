"""An export written in two processes has exactly the bytes of one written in one."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from desktop_app.core import split_export
from desktop_app.core.scan_export import export_scan, result_rows
from desktop_app.core.scanner import scan
from desktop_app.core.split_export import SplitExport
from desktop_app.core.store import Catalog

NOW = 1_800_000_000.0

pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="the split needs fork"),
    pytest.mark.usefixtures("only_this_thread"),
]


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    for f in range(6):
        folder = root / f"Map, {f}" / "sub"  # a comma: the path cell needs quotes
        folder.mkdir(parents=True)
        for i in range(25):
            (folder / f"=verslag {i}.docx").write_bytes(b"x" * (i % 7))
    (root / "Map, 0" / "sub" / 'say "hi".txt').write_bytes(b"copy")
    (root / "Map, 1" / "sub" / "kopie.txt").write_bytes(b"copy")
    return root


@pytest.fixture(autouse=True)
def small_split(monkeypatch) -> None:
    monkeypatch.setattr(split_export, "MIN_ROWS", 1)


def _serial(result, config, out: Path) -> bytes:
    export_scan(result_rows(result, config.policy, config.language, NOW), out)
    return out.read_bytes()


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
@pytest.mark.parametrize("rescan", [False, True])
def test_two_parts_give_the_same_bytes(tmp_path, share, config, suffix, rescan) -> None:
    output = tmp_path / f"out{suffix}"
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        if rescan:  # the second scan keeps its rows: nothing is stored while the child writes
            scan(catalog, [str(share)], config, now=NOW)
        export = SplitExport(output, config.policy, config.language, now_s=NOW)
        started = []

        def ready(result, storing):
            started.append(storing)
            export.start(result, storing)
            assert export.child is not None

        result = scan(catalog, [str(share)], config, now=NOW, rows_ready=ready)
        assert export.finish(result) == result.files == 152
    assert started == [not rescan]
    assert output.read_bytes() == _serial(result, config, tmp_path / f"serial{suffix}")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_failed_scan_leaves_no_export_and_no_part(tmp_path, share, config) -> None:
    output = tmp_path / "out.csv"
    output.write_text("the old export")

    def fail(progress):
        if progress.phase == "save":
            raise RuntimeError("disk full")

    export = SplitExport(output, config.policy, config.language, now_s=NOW)
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        with pytest.raises(RuntimeError):
            scan(catalog, [str(share)], config, fail, now=NOW, rows_ready=export.start)
        child = export.child
        assert child is not None
        export.abandon()
    with pytest.raises(ChildProcessError):
        os.waitpid(child, 0)  # reaped
    assert output.read_text() == "the old export"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_a_child_that_fails_is_an_error_not_a_short_file(tmp_path, share, config, monkeypatch):
    output = tmp_path / "out.csv"
    export = SplitExport(output, config.policy, config.language, now_s=NOW)

    def broken(self, out, rows, *, header):
        if os.getpid() != parent:
            raise OSError("no space left")
        return SplitExport._writer.__wrapped__(self, out, rows, header=header)

    parent = os.getpid()
    original = SplitExport._writer
    broken.__wrapped__ = original
    monkeypatch.setattr(SplitExport, "_writer", broken)
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        result = scan(catalog, [str(share)], config, now=NOW, rows_ready=export.start)
        with pytest.raises(OSError, match="export process failed"):
            export.finish(result)
    assert not output.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_no_fork_with_threads_running(tmp_path, share, config) -> None:
    import threading

    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        output = tmp_path / "out.csv"
        export = SplitExport(output, config.policy, config.language, now_s=NOW)
        with Catalog(tmp_path / "c.sqlite3") as catalog:
            result = scan(catalog, [str(share)], config, now=NOW, rows_ready=export.start)
            assert export.child is None
            export.finish(result)
    finally:
        stop.set()
        helper.join()
    assert output.read_bytes() == _serial(result, config, tmp_path / "serial.csv")
