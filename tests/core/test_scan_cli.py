"""`sharetidy scan` on a tree with every hostile corner, per the command-line contract."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import cli
from tests.core.hostile import GB, make_hostile_tree

from ..conftest import REPO

CONTRACT = [
    "path",
    "size",
    "modified",
    "category",
    "suggestion",
    "rule",
    "reason",
    "duplicate_group",
    "sharepoint_issue",
]


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, int]]:
    root = tmp_path / "share"
    root.mkdir()
    files = make_hostile_tree(root)
    secret = str(root / "Geheim")
    if os.geteuid() != 0:
        os.chmod(secret, 0)
    else:  # root reads everything: refuse the folder the way the OS would for a user
        real = os.scandir

        def scandir(path: str = ".") -> object:
            if os.fspath(path) == secret:
                raise PermissionError(13, "Permission denied", path)
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    files.pop("Geheim/salaris.xlsx")
    yield root, files
    os.chmod(secret, 0o755)


def _rel(root: Path, path: str) -> str:
    return os.path.relpath(path, root).replace(os.sep, "/")


def test_hostile_tree_csv(hostile, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, expected = hostile
    out = tmp_path / "out.csv"
    code = cli.main(["scan", str(root), "--output", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV must start with a BOM for Excel"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    header = raw.decode("utf-8-sig").splitlines()[0].split(",")
    assert header[: len(CONTRACT)] == CONTRACT
    listed = {_rel(root, row["path"]): int(row["size"]) for row in rows}
    shown = {os.fsencode(k).decode("utf-8", "replace"): v for k, v in expected.items()}
    assert listed == shown, "every regular file exactly once, with its apparent size"
    assert len(rows) == len(shown)
    assert listed["schijfkopie.iso"] == 3 * GB
    assert any(len(row["path"]) > 500 for row in rows)
    # The unreadable folder and the undecodable name are on stderr; nothing else is.
    assert "Geheim" in err and "permission" in err
    assert "caf\N{REPLACEMENT CHARACTER}.txt" in err and "UTF-8" in err
    assert "pijp" not in err and "dood" not in err and "buiten" not in err
    for row in rows:
        assert row["suggestion"] in ("keep", "archive", "delete")
        assert row["modified"].endswith("Z")
        assert row["reason"] and row["rule"]
    copies = [r for r in rows if r["path"].endswith("plan.docx")]
    assert (
        copies[0]["duplicate_group"]
        and copies[0]["duplicate_group"] == copies[1]["duplicate_group"]
    )


def test_jsonl_output(hostile, tmp_path: Path) -> None:
    root, expected = hostile
    out = tmp_path / "out.jsonl"
    assert cli.main(["scan", str(root), "--output", str(out)]) == 1
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(lines) == len(expected)
    assert list(lines[0])[: len(CONTRACT)] == CONTRACT
    assert {type(line["size"]) for line in lines} == {int}


def test_scan_never_hangs_in_a_subprocess(tmp_path: Path) -> None:
    root = tmp_path / "share"
    root.mkdir()
    make_hostile_tree(root)
    env = dict(os.environ, SHARETIDY_DATA_DIR=str(tmp_path / "state"))
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "scan", str(root)],
        cwd=REPO,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    text = done.stdout.decode("utf-8")
    assert text.splitlines()[0].startswith("path,size,modified")
    assert "pijp" not in text


def test_missing_root_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.csv"
    assert cli.main(["scan", str(tmp_path / "nope"), "--output", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope" in err[0]
    assert not out.exists()


def test_bad_output_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["scan", str(tmp_path), "--output", str(tmp_path / "x.txt")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_clean_tree_exits_zero(tmp_path: Path) -> None:
    (tmp_path / "a.docx").write_bytes(b"x")
    out = tmp_path / "o.csv"
    assert cli.main(["scan", str(tmp_path / "a.docx").rsplit("/", 1)[0], "--output", str(out)]) == 0


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app import __version__

    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0
    assert __version__ in capsys.readouterr().out
