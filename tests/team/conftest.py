"""Fixtures for the team commands: a drop folder, a database path, and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app import cli


@pytest.fixture
def drop(tmp_path: Path) -> Path:
    folder = tmp_path / "drop"
    folder.mkdir()
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "team.duckdb"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run ``sharetidy ARGS``: (exit code, stdout, stderr)."""

    def runner(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return runner
