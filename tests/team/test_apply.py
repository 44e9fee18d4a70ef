"""``team apply`` and ``team restore``: dry run, only unchanged files, a journal fsynced
before each move, never overwriting, byte-exact restore, also after a kill halfway."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core.timestamps import iso_utc_ns
from desktop_app.team import apply as team_apply
from tests.conftest import REPO
from tests.team import manifests as m

NS = 1_600_000_000_123_456_789  # 2020-09-13T12:26:40.123456789Z


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree(share: Path, count: int = 0) -> dict[str, bytes]:
    files = {
        "Projecten/plan.docx": b"plan" * 100,
        "Oud/weg.tmp": b"weg",
        "Oud/ook weg.tmp": b"ook weg" * 10,
        "Archief/Besluit 2015.pdf": b"besluit",
        "gewijzigd.txt": b"changed later",
    }
    files.update({f"Veel/bestand {i:04d}.bin": os.urandom(64) for i in range(count)})
    for rel, data in files.items():
        path = share / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        os.utime(path, ns=(NS, NS))
    return files


def _manifest(drop: Path, share: Path, files: dict[str, bytes]) -> None:
    decisions = {"Projecten/plan.docx": "keep", "Archief/Besluit 2015.pdf": "archive"}
    entries = [
        m.entry(rel, decisions.get(rel, "delete"), size=len(data), modified=iso_utc_ns(NS))
        for rel, data in files.items()
    ]
    m.write(drop, m.header(roots=[str(share)]), entries)


@pytest.fixture
def planned(tmp_path: Path, drop: Path, db: Path, run) -> tuple[Path, dict[str, bytes]]:
    share = tmp_path / "share"
    files = _tree(share)
    _manifest(drop, share, files)
    assert run("team", "collect", drop, "--db", db)[0] == 0
    (share / "gewijzigd.txt").write_bytes(b"changed later!")  # changed after the decision
    files["gewijzigd.txt"] = b"changed later!"
    return share, files


def test_dry_run_changes_nothing(planned, db, run, tmp_path) -> None:
    share, files = planned
    quarantine = tmp_path / "quarantaine"
    code, out, err = run("team", "apply", "--db", db, "--quarantine", quarantine)
    assert code == 1  # the changed file is skipped, also in a dry run
    assert "would move (delete): " + str(share / "Oud/weg.tmp") in out
    assert "dry run" in out and "gewijzigd.txt" in err and "changed since the decision" in err
    assert not quarantine.exists()
    assert all((share / rel).read_bytes() == data for rel, data in files.items())


def test_execute_then_restore_byte_for_byte(planned, db, run, tmp_path) -> None:
    share, files = planned
    before = {rel: _digest(share / rel) for rel in files}
    quarantine = tmp_path / "quarantaine"
    staging = tmp_path / "archief"
    code, out, err = run(
        "team",
        "apply",
        "--db",
        db,
        "--quarantine",
        quarantine,
        "--archive-staging",
        staging,
        "--execute",
    )
    assert code == 1 and "gewijzigd.txt" in err
    mirrored = quarantine.joinpath(*share.parts[1:])
    assert (mirrored / "Oud/weg.tmp").read_bytes() == b"weg"
    assert (staging.joinpath(*share.parts[1:]) / "Archief/Besluit 2015.pdf").is_file()
    assert not (share / "Oud/weg.tmp").exists() and (share / "Projecten/plan.docx").exists()
    assert (share / "gewijzigd.txt").exists()
    assert (mirrored / "Oud/weg.tmp").stat().st_mtime_ns == NS
    [journal] = list(quarantine.glob("sharetidy-journal-*.jsonl"))
    records = [json.loads(line) for line in journal.read_text("utf-8").splitlines()]
    assert records[0]["op"] == "start" and records[-1]["op"] == "end"
    moves = [r for r in records if r["op"] == "move"]
    assert {Path(r["src"]).name for r in moves} == {"weg.tmp", "ook weg.tmp", "Besluit 2015.pdf"}
    code, out, err = run("team", "restore", "--journal", journal)
    assert code == 0 and "would restore" in out and not (share / "Oud/weg.tmp").exists()
    code, out, err = run("team", "restore", "--journal", journal, "--execute")
    assert code == 0, err
    assert {rel: _digest(share / rel) for rel in files} == before
    assert (share / "Oud/weg.tmp").stat().st_mtime_ns == NS
    assert not (mirrored / "Oud/weg.tmp").exists()
    code, out, _ = run("team", "restore", "--journal", journal, "--execute")  # twice is safe
    assert code == 0 and "restored 0 file(s)" in out


def test_never_overwrites(planned, db, run, tmp_path) -> None:
    share, _ = planned
    quarantine = tmp_path / "quarantaine"
    occupied = quarantine.joinpath(*share.parts[1:]) / "Oud/weg.tmp"
    occupied.parent.mkdir(parents=True)
    occupied.write_bytes(b"already here")
    code, _, err = run("team", "apply", "--db", db, "--quarantine", quarantine, "--execute")
    assert code == 1 and "already at the destination" in err
    assert occupied.read_bytes() == b"already here" and (share / "Oud/weg.tmp").exists()


def test_mtime_compared_at_the_manifest_precision(tmp_path, drop, db, run) -> None:
    share = tmp_path / "share"
    share.mkdir()
    seconds_only = share / "a.txt"
    seconds_only.write_bytes(b"a")
    os.utime(seconds_only, ns=(NS, NS))
    moved_a_bit = share / "b.txt"
    moved_a_bit.write_bytes(b"b")
    os.utime(moved_a_bit, ns=(NS + 2_000, NS + 2_000))  # 2 microseconds later
    m.write(
        drop,
        m.header(roots=[str(share)]),
        [
            m.entry("a.txt", "delete", size=1, modified="2020-09-13T12:26:40Z"),
            m.entry("b.txt", "delete", size=1, modified=iso_utc_ns(NS)),
        ],
    )
    run("team", "collect", drop, "--db", db)
    code, out, err = run("team", "apply", "--db", db, "--quarantine", tmp_path / "q")
    assert "would move (delete): " + str(seconds_only) in out  # same second: unchanged
    assert str(moved_a_bit) in err and code == 1  # the manifest gives microseconds


def test_links_out_of_the_share_are_not_followed(tmp_path, drop, db, run) -> None:
    share = tmp_path / "share"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(b"s")
    share.mkdir()
    os.symlink(outside, share / "link")
    os.utime(outside / "secret.txt", ns=(NS, NS))
    m.write(
        drop,
        m.header(roots=[str(share)]),
        [m.entry("link/secret.txt", "delete", size=1, modified=iso_utc_ns(NS))],
    )
    run("team", "collect", drop, "--db", db)
    code, _, err = run("team", "apply", "--db", db, "--quarantine", tmp_path / "q", "--execute")
    assert code == 1 and "outside the share" in err and (outside / "secret.txt").exists()


_CHILD = """
import sys, time
sys.path.insert(0, {repo!r})
from desktop_app.team import apply
real = apply.move_no_overwrite
def slow(src, dst):
    real(src, dst)
    time.sleep(0.01)
apply.move_no_overwrite = slow
from desktop_app import cli
sys.exit(cli.main(["team", "apply", "--db", {db!r}, "--quarantine", {q!r}, "--execute"]))
"""


def test_restore_after_a_kill_in_the_middle_of_apply(tmp_path, drop, db, run) -> None:
    share = tmp_path / "share"
    files = _tree(share, count=400)
    _manifest(drop, share, files)
    assert run("team", "collect", drop, "--db", db)[0] == 0
    before = {rel: _digest(share / rel) for rel in files}
    quarantine = tmp_path / "q"
    script = _CHILD.format(repo=str(REPO), db=str(db), q=str(quarantine))
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        env={**os.environ},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    journal = None
    while time.monotonic() < deadline:
        found = list(quarantine.glob("sharetidy-journal-*.jsonl")) if quarantine.exists() else []
        if found and found[0].read_text("utf-8").count('"op": "move"') >= 40:
            journal = found[0]
            break
        time.sleep(0.005)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    assert journal is not None and child.returncode == -signal.SIGKILL
    moved = sum(not (share / rel).exists() for rel in files)
    assert 0 < moved < len(files) - 2  # killed halfway
    code, _, err = run("team", "restore", "--journal", journal, "--execute")
    assert code == 0, err
    assert {rel: _digest(share / rel) for rel in files} == before
    assert not any(p.is_file() for p in quarantine.rglob("*") if "journal" not in p.name)


def test_restore_handles_intent_without_move_and_interrupted_copies(tmp_path) -> None:
    src = tmp_path / "share" / "a.txt"
    src.parent.mkdir()
    src.write_bytes(b"original")
    dst = tmp_path / "q" / "share" / "a.txt"
    dst.parent.mkdir(parents=True)
    Path(str(dst) + team_apply.PART).write_bytes(b"orig")  # a copy cut off by a crash
    other_src = tmp_path / "share" / "b.txt"
    other_dst = tmp_path / "q" / "share" / "b.txt"
    other_dst.write_bytes(b"moved")  # the move happened; the 'done' line did not
    journal = tmp_path / "q" / "sharetidy-journal-test.jsonl"
    journal.write_text(
        json.dumps({"op": "start", "version": 1})
        + "\n"
        + json.dumps({"op": "move", "seq": 1, "src": str(src), "dst": str(dst), "size": 8})
        + "\n"
        + json.dumps(
            {"op": "move", "seq": 2, "src": str(other_src), "dst": str(other_dst), "size": 5}
        )
        + "\n"
        + '{"op": "move", "seq": 3, "src": "/x", "ds',  # torn by the kill: never moved
        "utf-8",
    )
    outcome = team_apply.restore(journal, execute=True, report=lambda _: None)
    assert outcome.skipped == []
    assert src.read_bytes() == b"original" and other_src.read_bytes() == b"moved"
    assert not Path(str(dst) + team_apply.PART).exists() and not other_dst.exists()


def test_mirror_paths() -> None:
    base = Path("/q")
    assert team_apply.mirror(base, "\\\\fs01\\home\\jan\\a\\b.txt") == Path(
        "/q/fs01/home/jan/a/b.txt"
    )
    assert team_apply.mirror(base, "/srv/share/a.txt") == Path("/q/srv/share/a.txt")
    assert team_apply.mirror(base, "C:\\Users\\jan\\x.txt") == Path("/q/C/Users/jan/x.txt")
