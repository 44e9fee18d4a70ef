"""The outbox: a manifest waits safely while the drop folder is away, and is never lost."""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

import pytest

from desktop_app.core import locations, outbox
from desktop_app.core.manifest import UserInfo
from desktop_app.core.scanner import scan
from desktop_app.core.store import Catalog
from desktop_app.core.submission import last_delivery, pending, submit

USER = UserInfo("jan", "GEMEENTE", None, "Ruimte")


@pytest.fixture
def shares(tmp_path: Path) -> list[Path]:
    found = []
    for name in ("home", "afdeling"):
        root = tmp_path / name
        (root / "map").mkdir(parents=True)
        (root / "map" / f"{name}.docx").write_bytes(name.encode() * 10)
        found.append(root)
    return found


def _submit(config, roots: list[Path], drop: Path, user: UserInfo = USER):
    with Catalog(locations.catalog_path()) as catalog:
        result = scan(catalog, [str(r) for r in roots], config, user=user.login or "")
        return submit(catalog, config, result.root_ids, drop=str(drop), user=user)


def test_waits_while_the_drop_folder_is_missing_then_arrives(shares, tmp_path, config) -> None:
    drop = tmp_path / "drop"  # not there: the network share is away
    outcome = _submit(config, shares[:1], drop)
    assert not outcome.delivered
    assert outcome.error_code == "unreachable" and "cannot be found" in outcome.error
    assert outcome.path.parent == locations.data_dir() / "outbox" and outcome.path.is_file()
    waiting = pending()
    assert [p.name for p in waiting] == [outcome.manifest_name]
    assert waiting[0].attempts == 1 and waiting[0].last_error == outcome.error
    content = outcome.path.read_bytes()

    result = outbox.deliver_pending(str(drop))  # still away: it keeps waiting
    assert result.delivered == [] and len(result.waiting) == 1 and outcome.path.is_file()

    drop.mkdir()  # the share is back
    before = time.time()
    result = outbox.deliver_pending(str(drop))
    assert [d.name for d in result.delivered] == [outcome.manifest_name]
    assert (drop / outcome.manifest_name).read_bytes() == content
    assert not outcome.path.exists() and pending() == []
    delivery = last_delivery()
    assert delivery is not None and delivery.name == outcome.manifest_name
    assert before <= delivery.delivered_at <= time.time() and delivery.delivered_to == str(drop)
    assert outbox.deliver_pending(str(drop)).delivered == []  # nothing twice


def test_later_submission_supersedes_but_nothing_is_lost(shares, tmp_path, config) -> None:
    drop = tmp_path / "drop"
    first = _submit(config, shares, drop)
    time.sleep(0.01)
    second = _submit(config, shares, drop)
    waiting = {p.name: p for p in pending()}
    assert set(waiting) == {first.manifest_name, second.manifest_name}
    assert waiting[first.manifest_name].superseded_by == second.manifest_name
    assert first.path.is_file() and second.path.is_file()  # both kept until delivery
    drop.mkdir()
    result = outbox.deliver_pending(str(drop))
    assert [d.name for d in result.delivered] == [second.manifest_name]
    assert sorted(p.name for p in drop.iterdir()) == [second.manifest_name]
    assert not first.path.exists() and pending() == []


def test_superseded_one_goes_when_the_newer_is_gone(shares, tmp_path, config) -> None:
    drop = tmp_path / "drop"
    first = _submit(config, shares, drop)
    time.sleep(0.01)
    second = _submit(config, shares, drop)
    second.path.unlink()  # the newer file is lost (disk trouble, a user)
    drop.mkdir()
    outbox.deliver_pending(str(drop))
    assert (drop / first.manifest_name).is_file()


def test_other_roots_do_not_supersede(shares, tmp_path, config) -> None:
    drop = tmp_path / "drop"
    home = _submit(config, shares[:1], drop)
    dept = _submit(config, shares[1:], drop)
    other_user = _submit(config, shares[:1], drop, UserInfo("piet", "GEMEENTE"))
    assert all(p.superseded_by is None for p in pending())
    drop.mkdir()
    outbox.deliver_pending(str(drop))
    names = {p.name for p in drop.iterdir()}
    assert names == {home.manifest_name, dept.manifest_name, other_user.manifest_name}


def test_delivered_at_once_when_the_drop_folder_is_there(shares, tmp_path, config) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    outcome = _submit(config, shares, drop)
    assert outcome.delivered and outcome.path == drop / outcome.manifest_name
    assert list((locations.data_dir() / "outbox").glob("*.sharetidy.jsonl")) == []


def test_no_drop_folder_configured(shares, config) -> None:
    with Catalog(locations.catalog_path()) as catalog:
        result = scan(catalog, [str(shares[0])], config, user="jan")
        no_drop = dataclasses.replace(config, drop_folder=None)
        outcome = submit(catalog, no_drop, result.root_ids, user=USER)
    assert not outcome.delivered and outcome.error_code == "none" and outcome.path.is_file()


def test_a_crash_between_writing_and_bookkeeping_loses_nothing(shares, tmp_path, config):
    drop = tmp_path / "drop"
    outcome = _submit(config, shares[:1], drop)
    folder = outcome.path.parent
    db = folder.parent / "outbox.sqlite3"
    data = outcome.path.read_bytes()
    outcome.path.unlink()
    db.unlink()  # as if the app died after the rename, before the bookkeeping
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    orphan = folder / outcome.manifest_name
    orphan.write_bytes(data)
    stale = folder / f".{outcome.manifest_name}.deadbeef.part"
    stale.write_bytes(data[:20])
    old = time.time() - 2 * outbox.STALE_PART_SECONDS
    os.utime(stale, (old, old))
    drop.mkdir()
    result = outbox.deliver_pending(str(drop))
    assert [d.name for d in result.delivered] == [outcome.manifest_name]
    assert (drop / outcome.manifest_name).read_bytes() == data
    assert not stale.exists()


def test_plain_words_for_each_failure() -> None:
    assert outbox.describe_error(FileNotFoundError(2, "x"), "D")[1] == "unreachable"
    assert outbox.describe_error(PermissionError(13, "x"), "D") == (
        "you may not create files in the drop folder D",
        "denied",
    )
    assert outbox.describe_error(OSError(28, "No space left on device"), "D")[1] == "full"
