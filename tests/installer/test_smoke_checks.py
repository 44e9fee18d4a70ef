"""The smoke test's own answers hold for the source app, and its checks can fail.

If the frozen app fails installer/smoke.py while these pass, the fault is in the bundle
(a missing module, plugin or resource), not in the smoke test's expectations.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from installer import smoke
from installer.smoke_tree import build_tree

REPO = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """The smoke share scanned by the source command line, as the frozen app would."""
    work = tmp_path_factory.mktemp("smoke")
    tree = build_tree(work / "share")
    output = work / "scan.csv"
    assert main(["scan", str(tree.root), "--output", str(output)]) == 0
    return tree, output


def test_the_tree_takes_the_reader_process_path(scanned):
    """Enough same-size files that the frozen app must start its reader processes."""
    from desktop_app.core.readers import Readers as _Readers

    tree, _ = scanned
    assert tree.candidates() >= _Readers.PROCESS_MIN


def test_the_source_scan_passes_every_csv_check(scanned):
    tree, output = scanned
    summary = smoke.check_scan_csv(output, tree)
    assert f"{len(tree.content)} rows" in summary
    assert f"{len(tree.duplicate_sets())} duplicate groups" in summary


def _rewrite(output: Path, target: Path, change) -> None:
    raw = output.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(raw.splitlines()))
    change(rows)
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


def test_a_lost_duplicate_group_fails_the_check(scanned, tmp_path):
    tree, output = scanned
    bad = tmp_path / "bad.csv"

    def lose_group(rows):
        column = rows[0].index("duplicate_group")
        next(row for row in rows[1:] if row[column])[column] = ""

    _rewrite(output, bad, lose_group)
    with pytest.raises(smoke.SmokeFailure, match="duplicate groups differ"):
        smoke.check_scan_csv(bad, tree)


def test_a_missing_row_fails_the_check(scanned, tmp_path):
    tree, output = scanned
    bad = tmp_path / "bad.csv"
    _rewrite(output, bad, lambda rows: rows.pop())
    with pytest.raises(smoke.SmokeFailure, match="CSV rows"):
        smoke.check_scan_csv(bad, tree)


def test_a_wrong_suggestion_fails_the_check(scanned, tmp_path):
    tree, output = scanned
    bad = tmp_path / "bad.csv"
    rel, expected = next(iter(tree.suggestion.items()))

    def flip(rows):
        path, column = rows[0].index("path"), rows[0].index("suggestion")
        row = next(r for r in rows[1:] if r[path].endswith(rel.split("/")[-1]))
        row[column] = "delete" if expected != "delete" else "keep"

    _rewrite(output, bad, flip)
    with pytest.raises(smoke.SmokeFailure, match="suggested"):
        smoke.check_scan_csv(bad, tree)


def test_submit_writes_the_manifest_the_smoke_test_expects(scanned, tmp_path):
    tree, _ = scanned
    drop = tmp_path / "drop"
    drop.mkdir()
    assert main(["submit", str(tree.root), "--accept-suggestions", "--drop", str(drop)]) == 0
    assert "entries" in smoke.check_manifest(drop, len(tree.content))
    with pytest.raises(smoke.SmokeFailure, match="entries for"):
        smoke.check_manifest(drop, len(tree.content) + 1)


def test_subcommands_are_read_from_the_help_text():
    help_text = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        env={"COLUMNS": "100", "PYTHONPATH": str(REPO), "PATH": ""},
    ).stdout
    commands = smoke._commands(help_text)
    assert {"scan", "demo", "submit"} <= set(commands)
    assert "nl" not in commands  # --lang {nl,en} is an option, not a command


def test_the_empty_environment_has_only_what_the_smoke_test_grants(tmp_path):
    env = smoke.empty_env(tmp_path, SHARETIDY_DATA_DIR="x")
    assert env["HOME"] == str(tmp_path) and env["LANG"] == "C.UTF-8"
    if sys.platform != "win32":
        assert set(env) == {"HOME", "LANG", "COLUMNS", "SHARETIDY_DATA_DIR"}
