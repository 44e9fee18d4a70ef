"""Shared fixtures: every test runs on its own temporary state, never the user's."""

from __future__ import annotations

import os

# Qt aborts the whole run without a display unless this is set before Qt is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from desktop_app.core.config import OrgConfig, default_config_path, load_config

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _private_state(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point ShareTidy's data dir at a fresh folder and ignore any installed config."""
    data = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("SHARETIDY_DATA_DIR", str(data))
    monkeypatch.setenv("SHARETIDY_CONFIG", str(default_config_path()))
    return data


@pytest.fixture(scope="session")
def config() -> OrgConfig:
    """The shipped example config."""
    return load_config(default_config_path())
