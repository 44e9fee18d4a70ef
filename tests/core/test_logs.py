"""The rotating log file: made where locations says, written in UTF-8, rotated, set up once."""

from __future__ import annotations

import logging

import pytest

from desktop_app.core import locations, logs


@pytest.fixture(autouse=True)
def _no_handler_left_behind():
    before = list(logging.getLogger().handlers)
    level = logging.getLogger().level
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _ours():
    return [h for h in logging.getLogger().handlers if getattr(h, logs._MARK, False)]


def test_log_file_is_created_with_time_level_and_logger():
    path = logs.setup_logging()
    assert path == locations.log_dir() / "sharetidy.log"
    logging.getLogger("sharetidy.test").info("scan klaar: 12 bestanden in ‘Büro’")
    for handler in _ours():
        handler.flush()
    line = path.read_text(encoding="utf-8").strip().splitlines()[-1]
    assert " INFO " in line and "sharetidy.test: scan klaar: 12 bestanden in ‘Büro’" in line
    assert line[:4].isdigit() and line[4] == "-"  # starts with the date and time


def test_setting_up_twice_keeps_one_handler():
    first = logs.setup_logging()
    second = logs.setup_logging(logging.DEBUG)
    assert first == second
    assert len(_ours()) == 1
    assert logging.getLogger().level == logging.DEBUG


def test_a_moved_log_dir_replaces_the_handler(tmp_path, monkeypatch):
    logs.setup_logging()
    monkeypatch.setenv("SHARETIDY_DATA_DIR", str(tmp_path / "elsewhere"))
    path = logs.setup_logging()
    assert [h.baseFilename for h in _ours()] == [str(path)]
    assert path.is_relative_to(tmp_path / "elsewhere")


def test_log_rotates_and_keeps_the_backups():
    path = logs.setup_logging(max_bytes=2_000, backups=2)
    log = logging.getLogger("sharetidy.test")
    for i in range(200):
        log.warning("regel %d %s", i, "x" * 40)
    for handler in _ours():
        handler.flush()
    assert path.stat().st_size <= 2_000
    backups = sorted(p.name for p in path.parent.glob("sharetidy.log.*"))
    assert backups == ["sharetidy.log.1", "sharetidy.log.2"]
    assert "regel 199" in path.read_text(encoding="utf-8")
