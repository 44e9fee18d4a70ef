"""``sharetidy submit``: the headless submission, per the command-line contract."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.core import locations
from desktop_app.core.config import default_config_path


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    (root / "Projecten").mkdir(parents=True)
    (root / "Projecten" / "plan.docx").write_bytes(b"plan")
    (root / "oud.tmp").write_bytes(b"")
    return root


def _run(capsys, *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_needs_accept_suggestions(share, tmp_path, capsys) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    code, out, err = _run(capsys, "submit", share, "--drop", drop)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "--accept-suggestions" in err
    assert list(drop.iterdir()) == []
    assert not (locations.data_dir() / "outbox").exists()


def test_delivers_to_the_drop_folder(share, tmp_path, capsys) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    code, out, err = _run(capsys, "submit", share, "--accept-suggestions", "--drop", drop)
    assert code == 0, err
    [manifest] = list(drop.iterdir())
    assert out.startswith(f"delivered: {manifest}")
    lines = manifest.read_text("utf-8").splitlines()
    assert json.loads(lines[0])["roots"] == [str(share)]
    assert {json.loads(line)["rel"] for line in lines[1:-1]} == {"Projecten/plan.docx", "oud.tmp"}
    # a second submit reuses the catalog and delivers a newer manifest
    code, _, _ = _run(capsys, "submit", share, "--accept-suggestions", "--drop", drop)
    assert code == 0 and len(list(drop.iterdir())) == 2


def test_waits_in_the_outbox_and_says_so(share, tmp_path, capsys) -> None:
    code, out, err = _run(
        capsys, "submit", share, "--accept-suggestions", "--drop", tmp_path / "away"
    )
    assert code == 1
    assert out.startswith("waiting in the outbox: ")
    waiting = Path(out.split(": ", 1)[1].split(" (")[0])
    assert waiting.is_file() and waiting.parent == locations.data_dir() / "outbox"
    assert "not delivered yet" in err and "cannot be found" in err


def test_drop_folder_from_the_config(share, tmp_path, capsys, monkeypatch) -> None:
    drop = tmp_path / "configured"
    drop.mkdir()
    text = default_config_path().read_text("utf-8")
    text = text.replace(
        "drop_folder = '\\\\fs01\\sharetidy$\\inleveren'", f"drop_folder = '{drop}'"
    )
    assert str(drop) in text
    config = tmp_path / "sharetidy.toml"
    config.write_text(text, "utf-8")
    code, _, err = _run(capsys, "submit", share, "--accept-suggestions", "--config", config)
    assert code == 0, err
    assert len(list(drop.iterdir())) == 1


def test_names_a_manifest_cannot_carry_are_listed(share, tmp_path, capsys) -> None:
    with open(os.path.join(os.fsencode(share), b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"x")
    drop = tmp_path / "drop"
    drop.mkdir()
    code, out, err = _run(capsys, "submit", share, "--accept-suggestions", "--drop", drop)
    assert code == 1 and out.startswith("delivered: ")
    assert "skipped (the name is not valid UTF-8)" in err and "caf\ufffd.txt" in err


def test_bad_root_is_bad_input(tmp_path, capsys) -> None:
    code, out, err = _run(
        capsys, "submit", tmp_path / "nope", "--accept-suggestions", "--drop", tmp_path
    )
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
