"""Duplicates: only equal content, never same-size decoys; the cache avoids rereads."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from desktop_app.core import duplicates, readers
from desktop_app.core.duplicates import PARTIAL_BYTES, find_duplicates


def _candidates(paths: list[Path]) -> list[tuple[int, str, int, int]]:
    out = []
    for i, path in enumerate(paths):
        st = path.stat()
        out.append((i, str(path), st.st_size, st.st_mtime_ns))
    return out


def _cache_of(result, files) -> dict:
    return {
        path: (size, mtime, result.partial.get(i), result.full.get(i))
        for i, path, size, mtime in files
    }


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_small_decoys_that_differ_in_their_last_byte(tmp_path: Path) -> None:
    base = os.urandom(5000)
    a = _write(tmp_path / "a", base)
    b = _write(tmp_path / "b", base)
    decoy = _write(tmp_path / "c", base[:-1] + bytes([base[-1] ^ 1]))
    result = find_duplicates(_candidates([a, b, decoy]), {})
    assert result.groups == [[0, 1]]


def test_large_decoys_share_the_partial_hash_but_not_the_full(tmp_path: Path) -> None:
    base = os.urandom(PARTIAL_BYTES * 3)
    paths = [
        _write(tmp_path / "a", base),
        _write(tmp_path / "b", base),
        _write(tmp_path / "c", base[:-3] + b"xyz"),
        _write(tmp_path / "d", base[:-3] + b"xyw"),
    ]
    result = find_duplicates(_candidates(paths), {}, workers=2)
    assert result.groups == [[0, 1]]
    assert result.files_read == 8, "4 partial reads, then 4 full reads of the colliding ones"


def test_large_files_with_different_starts_are_read_once(tmp_path: Path) -> None:
    paths = [_write(tmp_path / str(i), os.urandom(PARTIAL_BYTES + 10)) for i in range(3)]
    result = find_duplicates(_candidates(paths), {})
    assert result.groups == []
    assert result.files_read == 3


def test_cache_means_no_rereads(tmp_path: Path, monkeypatch) -> None:
    data = os.urandom(PARTIAL_BYTES * 2)
    paths = [_write(tmp_path / "a", data), _write(tmp_path / "b", data)]
    first = find_duplicates(_candidates(paths), {})
    cache = _cache_of(first, _candidates(paths))

    def no_reads(*args, **kwargs):
        raise AssertionError("a cached file was read again")

    monkeypatch.setattr(readers, "digest_file", no_reads)
    again = find_duplicates(_candidates(paths), cache)
    assert again.groups == [[0, 1]] and again.files_read == 0


def test_changed_file_is_read_again(tmp_path: Path) -> None:
    data = os.urandom(100)
    paths = [_write(tmp_path / "a", data), _write(tmp_path / "b", data)]
    first = find_duplicates(_candidates(paths), {})
    cache = _cache_of(first, _candidates(paths))
    _write(paths[1], os.urandom(100))
    os.utime(paths[1], ns=(1, 1))
    again = find_duplicates(_candidates(paths), cache)
    assert again.files_read == 1 and again.groups == []


def test_unreadable_file_is_reported_not_fatal(tmp_path: Path) -> None:
    data = b"x" * 10
    paths = [_write(tmp_path / "a", data), _write(tmp_path / "b", data)]
    cands = _candidates(paths)
    paths[1].unlink()  # gone between listing and reading
    result = find_duplicates(cands, {})
    assert result.groups == []
    assert [index for index, _ in result.unreadable] == [1]


def test_many_files_with_threads(tmp_path: Path) -> None:
    paths = []
    for i in range(600):
        paths.append(_write(tmp_path / f"f{i}", bytes([i % 50]) * 64))
    result = find_duplicates(_candidates(paths), {}, workers=4)
    assert len(result.groups) == 50
    assert sorted(len(g) for g in result.groups) == [12] * 50


def test_cancel_stops_inside_a_large_file(tmp_path: Path) -> None:
    """A cancel must not wait for a large file to be read to its end."""
    big = PARTIAL_BYTES * 1024  # 4 MiB: four blocks of the streaming read
    data = os.urandom(big)
    paths = [_write(tmp_path / "a", data), _write(tmp_path / "b", data)]
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 3  # the partial pass ticks once per file, then we cancel

    with pytest.raises(duplicates.Cancelled):
        find_duplicates(_candidates(paths), {}, progress=progress)


def test_cancel_terminates_the_reader_processes(tmp_path: Path) -> None:
    paths = [_write(tmp_path / f"f{i}", bytes([i % 7]) * 100) for i in range(1500)]

    def progress(done: int, total: int) -> bool:
        return False

    with pytest.raises(duplicates.Cancelled):
        find_duplicates(_candidates(paths), {}, workers=2, progress=progress)
    assert not [p for p in multiprocessing.active_children() if p.is_alive()]


def test_reader_processes_find_the_same_groups(tmp_path: Path) -> None:
    paths = [_write(tmp_path / f"f{i}", bytes([i % 7]) * (100 + i % 3)) for i in range(1500)]
    inline = find_duplicates(_candidates(paths), {}, workers=0)
    pooled = find_duplicates(_candidates(paths), {}, workers=2)
    assert inline.groups == pooled.groups and len(pooled.groups) == 21
