"""Every kind of bad manifest is refused whole, named with its reason, exit 1."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.team import manifests as m

GOOD = [m.entry("Projecten/plan.docx", size=5), m.entry("notes.txt", "delete", size=7)]


def _resign(data: bytes) -> bytes:
    """Recompute the trailer's digest so that only the fault under test remains."""
    body, _, last = data.rstrip(b"\n").rpartition(b"\n")
    body += b"\n"
    trailer = json.loads(last)
    trailer["sha256"] = hashlib.sha256(body).hexdigest()
    return body + json.dumps(trailer).encode() + b"\n"


def _with_line(index: int, text: str) -> Callable[[dict], bytes]:
    def make(head: dict) -> bytes:
        entries: list = list(GOOD)
        entries[index] = text
        return m.build(head, entries)

    return make


def _entry_with(**changes: object) -> Callable[[dict], bytes]:
    totals = {"bytes": {"keep": 5, "archive": 0, "delete": 7}}  # the fault stays in the entry

    def make(head: dict) -> bytes:
        bad = dict(GOOD[0])
        bad.update(changes)
        return m.build(head, [bad, GOOD[1]], trailer=totals)

    return make


def _raw(text: str) -> Callable[[dict], bytes]:
    return _with_line(0, text)


CASES: dict[str, tuple[Callable[[dict], bytes], str]] = {
    "empty file": (lambda h: b"", "empty"),
    "truncated mid line": (lambda h: m.build(h, GOOD)[:-40], "truncated"),
    "truncated after an entry": (
        lambda h: m.build(h, GOOD).rstrip(b"\n").rpartition(b"\n")[0] + b"\n",
        "trailer",
    ),
    "altered byte": (lambda h: m.build(h, GOOD).replace(b"plan.docx", b"plan.docy"), "SHA-256"),
    "not json at all": (lambda h: b"this is not a manifest\nreally not\n", "header"),
    "a line not json": (_raw("{not json"), "not valid JSON"),
    "unknown schema": (
        lambda h: m.build({**h, "schema": "sharetidy-manifest/2"}, GOOD),
        "unknown schema",
    ),
    "rel absolute": (_entry_with(rel="/etc/passwd"), "rel"),
    "rel drive letter": (_entry_with(rel="C:/Windows/win.ini"), "rel"),
    "rel drive letter no slash": (_entry_with(rel="c:boot.ini"), "rel"),
    "rel dotdot": (_entry_with(rel="Projecten/../../etc/passwd"), "rel"),
    "rel dotdot alone": (_entry_with(rel=".."), "rel"),
    "rel backslash dotdot": (_entry_with(rel="Projecten\\..\\..\\secret.txt"), "rel"),
    "rel dot segment": (_entry_with(rel="a/./b.txt"), "rel"),
    "rel dots and spaces": (_entry_with(rel="a/. ./b.txt"), "rel"),
    "rel empty segment": (_entry_with(rel="a//b.txt"), "rel"),
    "rel trailing slash": (_entry_with(rel="a/"), "rel"),
    "rel empty": (_entry_with(rel=""), "rel"),
    "rel nul": (_entry_with(rel="a\u0000b"), "rel"),
    "size as text": (_entry_with(size="10"), "size"),
    "size negative": (_entry_with(size=-1), "size"),
    "size fraction": (_entry_with(size=1.5), "size"),
    "size huge": (_entry_with(size=2**60), "size"),
    "root as text": (_entry_with(root="0"), "root"),
    "root out of range": (_entry_with(root=3), "root"),
    "decision unknown": (_entry_with(decision="shred"), "decision"),
    "kind folder": (_entry_with(kind="folder"), "kind"),
    "source unknown": (_entry_with(source="manager"), "source"),
    "note a number": (_entry_with(note=5), "note"),
    "modified not utc": (_entry_with(modified="2021-03-01T10:00:00+01:00"), "modified"),
    "modified newline": (_entry_with(modified="2021-03-01T10:00:00Z\n"), "modified"),
    "bool as size": (_entry_with(size=True), "size"),
    "extra key": (_entry_with(owner="jan"), "unknown key"),
    "missing key": (
        lambda h: m.build(h, [{k: v for k, v in GOOD[0].items() if k != "note"}, GOOD[1]]),
        "note",
    ),
    "duplicate key": (
        _raw(m.dumps(GOOD[0])[:-1] + ',"decision":"delete"}'),
        "twice",
    ),
    "trailing comma": (_raw(m.dumps(GOOD[0])[:-1] + ",}"), "not valid JSON"),
    "nan": (_raw(m.dumps(GOOD[0]).replace('"size":5', '"size":NaN')), "NaN"),
    "lone surrogate": (_raw(m.dumps(GOOD[0]).replace("plan", "pl\\ud800an")), "surrogate"),
    "blank line": (_raw(""), "empty"),
    "two entries on one line, a blank one after": (
        # as many lines as entries and the right byte totals: only the layout is wrong
        lambda h: m.build(
            h,
            [m.dumps(GOOD[0]) + m.dumps(GOOD[1]), ""],
            trailer={"bytes": {"keep": 5, "archive": 0, "delete": 7}},
        ),
        "not valid JSON",
    ),
    "header twice": (lambda h: m.build(h, [m.dumps(h), GOOD[1]]), "header"),
    "trailer in the middle": (
        _raw(
            '{"type":"trailer","entries":1,"bytes":{"keep":0,"archive":0,"delete":0},'
            '"sha256":"' + "0" * 64 + '"}'
        ),
        "trailer",
    ),
    "count differs": (lambda h: m.build(h, GOOD, trailer={"entries": 5}), "entries"),
    "bytes differ": (
        lambda h: m.build(h, GOOD, trailer={"bytes": {"keep": 1, "archive": 0, "delete": 7}}),
        "bytes",
    ),
    "same path twice": (lambda h: m.build(h, [GOOD[0], GOOD[0]]), "twice"),
    "header wrong type": (lambda h: m.build({**h, "roots": "/srv/x"}, GOOD), "roots"),
    "root relative": (lambda h: m.build({**h, "roots": ["srv/x"]}, GOOD), "roots"),
    "root with dotdot": (lambda h: m.build({**h, "roots": ["/srv/../etc"]}, GOOD), "roots"),
    "roots twice": (
        lambda h: m.build({**h, "roots": ["/srv/a", "/SRV/A/"]}, GOOD),
        "twice",
    ),
    "created not a date": (
        lambda h: m.build({**h, "created": "2026-02-31T10:00:00Z"}, GOOD),
        "real date",
    ),
    "invalid utf-8": (
        lambda h: _resign(m.build(h, GOOD).replace(b"notes", b"not\xe9s")),
        "UTF-8",
    ),
    "bom in the middle": (
        lambda h: _resign(
            m.build(h, GOOD).replace(
                b'\n{"type":"entry","root":0,"rel":"notes',
                b'\n\xef\xbb\xbf{"type":"entry","root":0,"rel":"notes',
            )
        ),
        "byte order mark",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_manifest_is_refused(case: str, drop: Path, db: Path, run) -> None:
    make, reason = CASES[case]
    good_head = m.header(login="piet")
    m.write(drop, good_head, GOOD)
    head = m.header()
    bad = drop / m.name_for(head)
    bad.write_bytes(make(head))
    code, out, err = run("team", "collect", drop, "--db", db)
    assert code == 1, (out, err)
    line = next(line for line in err.splitlines() if bad.name in line)
    assert "rejected" in line and reason.lower() in line.lower(), line
    code, out, _ = run("team", "status", "--db", db, "--json")
    data = json.loads(out)
    assert (data["manifests"], data["rejected"], data["items"]) == (1, 1, 2)


def test_manifest_id_reused_with_other_content(drop: Path, db: Path, run) -> None:
    head = m.header()
    m.write(drop, head, GOOD, name="first.sharetidy.jsonl")
    assert run("team", "collect", drop, "--db", db)[0] == 0
    m.write(drop, head, GOOD[:1], name="second.sharetidy.jsonl")
    code, _, err = run("team", "collect", drop, "--db", db)
    assert code == 1
    assert "second.sharetidy.jsonl" in err and "collected before with other content" in err
    # the same content under another name is the same manifest, not a fault
    (drop / "copy.sharetidy.jsonl").write_bytes((drop / "first.sharetidy.jsonl").read_bytes())
    code, out, err = run("team", "collect", drop, "--db", db)
    assert "copy.sharetidy.jsonl" not in err
    assert "1 duplicate" in out
    data = json.loads(run("team", "status", "--db", db, "--json")[1])
    assert data["manifests"] == 1 and data["items"] == 2


def test_not_a_regular_file_is_refused(drop: Path, db: Path, run, tmp_path: Path) -> None:
    (drop / "folder.sharetidy.jsonl").mkdir()
    target = tmp_path / "elsewhere.jsonl"
    target.write_bytes(m.build(m.header(), GOOD))
    os.symlink(target, drop / "link.sharetidy.jsonl")
    code, _, err = run("team", "collect", drop, "--db", db)
    assert code == 1
    assert "folder.sharetidy.jsonl: not a regular file" in err
    assert "link.sharetidy.jsonl: not a regular file" in err


def test_missing_drop_folder_is_bad_input(tmp_path: Path, db: Path, run) -> None:
    code, _, err = run("team", "collect", tmp_path / "nope", "--db", db)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert not db.exists()
