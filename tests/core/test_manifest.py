"""The manifest the app writes, line by line against DESIGN.md and the published schema."""

from __future__ import annotations

import builtins
import hashlib
import json
import os
import re
from pathlib import Path

import jsonschema
import pytest

from desktop_app import __version__
from desktop_app.core import locations, manifest
from desktop_app.core.manifest import UserInfo, manifest_name, safe_part
from desktop_app.core.policy import ARCHIVE, DELETE, KEEP
from desktop_app.core.scanner import scan
from desktop_app.core.store import Catalog
from desktop_app.core.submission import submit

SCHEMA = json.loads((locations.resources_dir() / "manifest.schema.json").read_text("utf-8"))
NAME = re.compile(r"^[\w.-]+__[\w.-]+__\d{8}T\d{6}Z__[0-9a-f]{8}\.sharetidy\.jsonl$")
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$")
OLD_NS = 1_420_070_400_123_456_789  # 2015-01-01T00:00:00.123456789Z
USER = UserInfo("jan", "GEMEENTE", "Jan Jansen", "Burgerzaken")


def make_share(root: Path) -> None:
    files = {
        "Projecten/plan.docx": b"plan",
        "Projecten/verslag.docx": b"verslag",
        "oud/lijst.xlsx": b"lijst" * 3,
        "oud/Besluit subsidie 2014.pdf": b"besluit",  # a record: protected, archived
        "kladje.tmp": b"",
    }
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    for rel in ("oud/lijst.xlsx", "oud/Besluit subsidie 2014.pdf"):
        os.utime(root / rel, ns=(OLD_NS, OLD_NS))
    with open(os.path.join(os.fsencode(root), b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"latin-1 name")
    (root / "met\\backslash.txt").write_bytes(b"x")


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    make_share(root)
    return root


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_manifest_follows_the_contract(share: Path, tmp_path: Path, config) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    with Catalog(locations.catalog_path()) as catalog:
        result = scan(catalog, [str(share)], config, user="jan")
        root_id = result.root_ids[0]
        plan = share / "Projecten/plan.docx"
        catalog.set_decisions(
            [
                (root_id, "Projecten/plan.docx", "file", ARCHIVE, 4, plan.stat().st_mtime_ns),
                (root_id, "oud", "folder", DELETE, None, None),
                (root_id, "kladje.tmp", "file", KEEP, 0, 0),
            ]
        )
        outcome = submit(
            catalog, config, [root_id], drop=str(drop), user=USER, assisted_by="Piet (ambassadeur)"
        )
    assert outcome.delivered and outcome.error is None
    path = drop / outcome.manifest_name
    assert outcome.path == path and path.is_file()
    assert NAME.match(path.name) and path.name.startswith("jan__")
    assert sorted(p.name for p in drop.iterdir()) == [path.name]  # no temporary left
    data = path.read_bytes()
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == "" and all(lines[:-1])
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for line in lines[:-1]:
        validator.validate(json.loads(line))

    header, *entries, trailer = _lines(path)
    assert header["type"] == "header" and header["schema"] == "sharetidy-manifest/1"
    assert header["user"] == {
        "login": "jan",
        "domain": "GEMEENTE",
        "display_name": "Jan Jansen",
        "department": "Burgerzaken",
    }
    assert header["roots"] == [str(share)] and header["assisted_by"] == "Piet (ambassadeur)"
    assert header["app_version"] == __version__
    assert header["policy"] == {
        "id": config.policy.id,
        "version": config.policy.version,
        "sha256": config.policy.sha256,
    }
    assert header["manifest_id"].startswith(path.name.rsplit("__", 1)[1][:8])
    assert TS.match(header["created"])

    by_rel = {e["rel"]: e for e in entries}
    assert set(by_rel) == {
        "Projecten/plan.docx",
        "Projecten/verslag.docx",
        "oud/lijst.xlsx",
        "oud/Besluit subsidie 2014.pdf",
        "kladje.tmp",
    }
    plan_entry = by_rel["Projecten/plan.docx"]
    assert (plan_entry["decision"], plan_entry["source"]) == ("archive", "employee")
    assert plan_entry["decided_at"] != header["created"] and TS.match(plan_entry["decided_at"])
    lijst = by_rel["oud/lijst.xlsx"]
    assert (lijst["decision"], lijst["source"]) == ("delete", "employee")  # the folder's
    assert lijst["modified"] == "2015-01-01T00:00:00.123456Z"  # sub-second kept
    record = by_rel["oud/Besluit subsidie 2014.pdf"]
    assert record["decision"] == "archive" and record["source"] == "suggestion"  # protected
    verslag = by_rel["Projecten/verslag.docx"]
    assert verslag["source"] == "suggestion" and verslag["decided_at"] == header["created"]
    assert verslag["decision"] == verslag["suggested"]
    assert all(e["kind"] == "file" and e["root"] == 0 and e["rule"] for e in entries)

    assert trailer["entries"] == len(entries) == outcome.entries
    totals = {
        d: sum(e["size"] for e in entries if e["decision"] == d)
        for d in ("keep", "archive", "delete")
    }
    assert trailer["bytes"] == totals == outcome.bytes
    body = data[: data.rindex(b'{"type":"trailer"')]
    assert trailer["sha256"] == hashlib.sha256(body).hexdigest()
    # names a manifest cannot carry are left out and reported
    skipped = dict(outcome.skipped_reasons)
    assert len(skipped) == 2
    assert any("caf" in p and "UTF-8" in why for p, why in skipped.items())
    assert any("backslash" in why for why in skipped.values())


def test_write_only_drop_folder(share: Path, tmp_path: Path, config, monkeypatch) -> None:
    drop = tmp_path / "inlevermap"
    drop.mkdir()
    os.chmod(drop, 0o333)  # create and rename, but neither list nor read
    inside = str(drop)

    def guarded(path: object) -> bool:
        text = os.fspath(path) if not isinstance(path, int) else ""
        text = os.fsdecode(text)
        return text == inside or text.startswith(inside + os.sep)

    real_open, real_os_open = builtins.open, os.open
    real_scandir, real_listdir = os.scandir, os.listdir

    def deny(*_: object) -> None:
        raise PermissionError(13, "the drop folder may not be read or listed")

    def fake_open(file, mode="r", *args, **kwargs):
        if guarded(file) and ("r" in mode or "+" in mode or "a" in mode):
            deny()
        return real_open(file, mode, *args, **kwargs)

    def fake_os_open(path, flags, *args, **kwargs):
        if guarded(path) and (flags & os.O_ACCMODE) != os.O_WRONLY:
            deny()
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    monkeypatch.setattr(os, "scandir", lambda p=".": deny() if guarded(p) else real_scandir(p))
    monkeypatch.setattr(os, "listdir", lambda p=".": deny() if guarded(p) else real_listdir(p))
    try:
        with Catalog(locations.catalog_path()) as catalog:
            result = scan(catalog, [str(share)], config, user="jan")
            outcome = submit(catalog, config, result.root_ids, drop=inside, user=USER)
    finally:
        monkeypatch.undo()
        os.chmod(drop, 0o755)
    assert outcome.delivered, outcome.error
    assert [p.name for p in drop.iterdir()] == [outcome.manifest_name]


def test_written_under_a_temporary_name_then_renamed(share, tmp_path, config, monkeypatch):
    drop = tmp_path / "drop"
    drop.mkdir()
    renames: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src, dst):
        renames.append((os.fspath(src), os.fspath(dst)))
        assert Path(src).stat().st_size > 0  # complete and flushed before the rename
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    with Catalog(locations.catalog_path()) as catalog:
        result = scan(catalog, [str(share)], config, user="jan")
        outcome = submit(catalog, config, result.root_ids, drop=str(drop), user=USER)
    into_drop = [(s, d) for s, d in renames if Path(d).parent == drop]
    assert len(into_drop) == 1
    temp, final = into_drop[0]
    assert not temp.endswith(".sharetidy.jsonl") and final.endswith(outcome.manifest_name)


def test_file_name_parts() -> None:
    name = manifest_name(
        "GEMEENTE\\j.de vries",
        "WS:01",
        1_772_000_000 * 10**9,
        "0f8fad5b-d9cb-469f-a165-70867728950e",
    )
    assert name == "j.de_vries__WS_01__20260225T061320Z__0f8fad5b.sharetidy.jsonl"
    assert safe_part("..") == "_" and safe_part("a/b\\c") == "a_b_c"
    assert manifest.why_not_in_manifest("C:x").startswith("the name starts like a drive")
