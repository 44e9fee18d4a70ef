"""``team collect``: valid manifests in every allowed form, idempotence, superseding and
conflicts (paths compared case-insensitively), and a manifest written by hand."""

from __future__ import annotations

import csv
import hashlib
import json
import threading
import time
from pathlib import Path

import pytest

from desktop_app.team import db as teamdb
from desktop_app.team.collect import collect
from desktop_app.team.watch import watch
from tests.team import manifests as m


def _status(run, db: Path) -> dict:
    code, out, err = run("team", "status", "--db", db, "--json")
    assert code == 0, err
    return json.loads(out)


def _items(run, db: Path, tmp_path: Path) -> dict[str, dict[str, str]]:
    out = tmp_path / "items.csv"
    code, _, err = run("team", "export", "--db", db, "--format", "items-csv", "--output", out)
    assert code == 0, err
    with open(out, encoding="utf-8-sig", newline="") as handle:
        return {row["path"]: row for row in csv.DictReader(handle)}


# A manifest typed out by hand from DESIGN.md ("Manifest"), as another tool would write
# it: spaces after separators, its own key order, an escaped character, a note, CRLF
# line ends. Only the trailer's digest is computed, over every byte before it.
HAND_LINES = [
    '{"type": "header", "schema": "sharetidy-manifest/1", '
    '"manifest_id": "6F9619FF-8B86-4011-B42D-00CF4FC964FF", "created": "2026-03-02T08:15:00Z", '
    '"user": {"login": "marieke", "domain": "GEMEENTE", "display_name": "Marieke de Vries", '
    '"department": "Ruimte"}, "host": "WS-0042", "app_version": "handwerk-1", '
    '"policy": {"id": "eigen", "version": "3", "sha256": "n/a"}, '
    '"roots": ["\\\\\\\\fs01\\\\home\\\\marieke"], "assisted_by": "Kees (ambassadeur)"}',
    '{"rel": "Vergunningen/Besluit 2019.pdf", "type": "entry", "root": 0, "kind": "file", '
    '"decision": "archive", "suggested": "archive", "rule": "record-archive", '
    '"source": "suggestion", "size": 120000, "modified": "2019-05-04T12:00:00Z", '
    '"decided_at": "2026-03-02T08:15:00Z", "note": null}',
    '{"type": "entry", "root": 0, "rel": "Caf\\u00e9 foto\'s/uitje.jpg", "kind": "file", '
    '"decision": "delete", "suggested": "delete", "rule": "personal-media", '
    '"source": "employee", "size": 2500000, "modified": "2022-07-01T18:30:05.5Z", '
    '"decided_at": "2026-03-01T16:00:00.250Z", "note": "privé, mag weg"}',
    '{"type": "entry", "root": 0, "rel": "Notities.txt", "kind": "file", "decision": "keep", '
    '"suggested": "delete", "rule": "document-retention", "source": "employee", "size": 0, '
    '"modified": "2018-01-01T00:00:00.000000001Z", "decided_at": "2026-03-01T16:01:00Z", '
    '"note": null}',
]


@pytest.fixture
def hand_written(drop: Path) -> Path:
    body = "".join(line + "\r\n" for line in HAND_LINES).encode("utf-8")
    digest = hashlib.sha256(body).hexdigest()
    trailer = (
        '{"type": "trailer", "entries": 3, '
        '"bytes": {"keep": 0, "archive": 120000, "delete": 2500000}, '
        f'"sha256": "{digest.upper()}"}}\r\n'
    )
    path = drop / "marieke__WS-0042__20260302T081500Z__6f9619ff.sharetidy.jsonl"
    path.write_bytes(body + trailer.encode("utf-8"))
    return path


def test_hand_written_manifest_is_accepted(hand_written: Path, db: Path, run, tmp_path) -> None:
    code, out, err = run("team", "collect", hand_written.parent, "--db", db)
    assert code == 0, err
    assert "collected 1 manifest(s) with 3 entries" in out
    data = _status(run, db)
    assert data["manifests"] == 1 and data["users"] == 1 and data["items"] == 3
    assert data["departments"] == [
        {
            "name": "Ruimte",
            "users": 1,
            "items": 3,
            "bytes": {"keep": 0, "archive": 120000, "delete": 2500000},
        }
    ]
    rows = _items(run, db, tmp_path)
    photo = rows["\\\\fs01\\home\\marieke\\Café foto's\\uitje.jpg"]
    assert photo["decision"] == "delete" and photo["source"] == "employee"
    assert photo["user"] == "GEMEENTE\\marieke" and photo["modified"] == "2022-07-01T18:30:05.5Z"
    assert photo["decided_at"] == "2026-03-01T16:00:00.250Z"
    notes = rows["\\\\fs01\\home\\marieke\\Notities.txt"]
    assert notes["modified"] == "2018-01-01T00:00:00.000000001Z"  # nanoseconds kept as given
    assert rows["\\\\fs01\\home\\marieke\\Vergunningen\\Besluit 2019.pdf"]["decided_at"] == (
        "2026-03-02T08:15:00Z"
    )


def test_collecting_twice_gives_the_same_result(drop: Path, db: Path, run) -> None:
    m.write(drop, m.header(), [m.entry("a.txt"), m.entry("b.txt", "delete")])
    (drop / "bad.sharetidy.jsonl").write_text("broken\n")
    first = run("team", "collect", drop, "--db", db)
    before = _status(run, db)
    second = run("team", "collect", drop, "--db", db)
    assert first[0] == second[0] == 1
    assert "bad.sharetidy.jsonl" in first[2] and "bad.sharetidy.jsonl" in second[2]
    assert "0 manifest(s)" in second[1] and "1 already known" in second[1]
    assert (
        _status(run, db)
        == before
        == {**before, "manifests": 1, "rejected": 1, "users": 1, "items": 2, "conflicts": 0}
    )


def test_temporary_names_are_ignored(drop: Path, db: Path, run) -> None:
    head = m.header()
    data = m.build(head, [m.entry("a.txt")])
    (drop / f".{m.name_for(head)}.1a2b3c4d.part").write_bytes(data[:50])
    (drop / "half.sharetidy.jsonl.part").write_bytes(data[:10])
    (drop / "notes.jsonl").write_bytes(b"{}")
    code, _, err = run("team", "collect", drop, "--db", db)
    assert code == 0 and err == ""
    assert _status(run, db)["manifests"] == 0


def test_other_valid_forms_are_accepted_exactly(drop: Path, db: Path, run, tmp_path) -> None:
    head = m.header(roots=["/srv/share"])
    entries = [
        m.entry("a b.txt", size=3),
        m.entry("x/é.txt", "archive", size=4),
    ]
    spaced = m.build(head, entries, compact=False)
    spaced = spaced.replace(b'"size": 3', b'"size": 3.0')  # 3.0 is a whole number
    (drop / "spaced.sharetidy.jsonl").write_bytes(
        spaced[: spaced.rindex(b'{"type"')] + _trailer(spaced, 3, 4)
    )
    head2 = m.header(login="kees", roots=["/srv/other"])
    data = b"\xef\xbb\xbf" + m.build(head2, [m.entry('q"uote\u00e9.txt', "delete", size=5)])
    body = data.rstrip(b"\n").rpartition(b"\n")[0] + b"\n"
    (drop / "bom.sharetidy.jsonl").write_bytes(body + _trailer_for(body, 0, 0, 5))
    code, _, err = run("team", "collect", drop, "--db", db)
    assert code == 0, err
    rows = _items(run, db, tmp_path)
    assert rows["/srv/share/a b.txt"]["size"] == "3"
    assert rows["/srv/share/x/é.txt"]["decision"] == "archive"
    assert rows['/srv/other/q"uote\u00e9.txt']["decision"] == "delete"


def _trailer(data: bytes, keep: int, archive: int) -> bytes:
    body = data[: data.rindex(b'{"type"')]
    return _trailer_for(body, keep, archive, 0)


def _trailer_for(body: bytes, keep: int, archive: int, delete: int) -> bytes:
    entries = body.count(b"\n") - 1
    return (
        json.dumps(
            {
                "type": "trailer",
                "entries": entries,
                "bytes": {"keep": keep, "archive": archive, "delete": delete},
                "sha256": hashlib.sha256(body).hexdigest(),
            }
        ).encode()
        + b"\n"
    )


def test_a_later_manifest_supersedes_for_the_same_paths(drop, db, run, tmp_path) -> None:
    old = m.header(created="2026-03-01T10:00:00Z")
    new = m.header(created="2026-03-05T10:00:00Z")
    m.write(
        drop,
        old,
        [m.entry("a.txt", "delete"), m.entry("only-old.txt", "delete")],
        name="jan-old.sharetidy.jsonl",
    )
    m.write(
        drop, new, [m.entry("A.TXT", "keep", source="employee")], name="jan-new.sharetidy.jsonl"
    )
    assert run("team", "collect", drop, "--db", db)[0] == 0
    rows = _items(run, db, tmp_path)
    assert set(rows) == {"/srv/home/jan/A.TXT", "/srv/home/jan/only-old.txt"}
    assert rows["/srv/home/jan/A.TXT"]["decision"] == "keep"
    assert rows["/srv/home/jan/A.TXT"]["conflict"] == ""
    data = _status(run, db)
    assert (data["manifests"], data["items"], data["conflicts"]) == (2, 2, 0)


def test_superseding_is_the_same_in_any_collect_order(drop, db, run, tmp_path) -> None:
    new = m.header(created="2026-03-05T10:00:00Z")
    m.write(drop, new, [m.entry("a.txt", "keep")], name="b.sharetidy.jsonl")
    assert run("team", "collect", drop, "--db", db)[0] == 0
    old = m.header(created="2026-03-01T10:00:00Z")
    m.write(drop, old, [m.entry("a.txt", "delete")], name="a.sharetidy.jsonl")
    assert run("team", "collect", drop, "--db", db)[0] == 0
    assert _items(run, db, tmp_path)["/srv/home/jan/a.txt"]["decision"] == "keep"


def test_conflicts_between_users_compare_case_insensitively(drop, db, run, tmp_path) -> None:
    share = "\\\\FS01\\Afdelingen\\Ruimte"
    jan = m.header(roots=[share], created="2026-03-01T10:00:00Z")
    piet = m.header(
        login="piet", roots=["\\\\fs01\\afdelingen\\ruimte\\"], created="2026-03-02T10:00:00Z"
    )
    kim = m.header(
        login="kim", roots=["\\\\fs01\\afdelingen\\RUIMTE"], created="2026-03-03T10:00:00Z"
    )
    m.write(drop, jan, [m.entry("Plan/Besluit.docx", "delete"), m.entry("x.txt", "delete")])
    m.write(
        drop,
        piet,
        [
            m.entry(
                "plan/besluit.DOCX", "archive", source="employee", decided_at="2026-03-02T09:00:00Z"
            )
        ],
    )
    m.write(drop, kim, [m.entry("PLAN/BESLUIT.docx", "archive"), m.entry("X.txt", "delete")])
    assert run("team", "collect", drop, "--db", db)[0] == 0
    data = _status(run, db)
    assert (data["items"], data["conflicts"], data["users"]) == (2, 1, 3)
    rows = _items(run, db, tmp_path)
    assert len(rows) == 2
    conflict = next(r for r in rows.values() if r["conflict"] == "yes")
    # archive beats delete; of the two who chose archive, kim's manifest is the latest
    assert conflict["decision"] == "archive" and conflict["user"] == "GEMEENTE\\kim"
    other = next(r for r in rows.values() if r["conflict"] == "")
    assert other["decision"] == "delete"


def test_keep_beats_archive_and_delete(drop, db, run, tmp_path) -> None:
    for login, decision in (("a", "delete"), ("b", "keep"), ("c", "archive")):
        head = m.header(login=login, roots=["/srv/dept"])
        m.write(drop, head, [m.entry("f.txt", decision)])
    assert run("team", "collect", drop, "--db", db)[0] == 0
    row = _items(run, db, tmp_path)["/srv/dept/f.txt"]
    assert (row["decision"], row["user"], row["conflict"]) == ("keep", "GEMEENTE\\b", "yes")


def test_fast_and_exact_paths_store_the_same(tmp_path: Path) -> None:
    entries = [
        m.entry("a.txt", size=1, note="één"),
        m.entry("b/c.txt", "archive", size=2, modified="1969-12-31T23:59:59.5Z"),
        m.entry("leap.txt", "delete", size=3, modified="2016-12-31T23:59:60Z"),
        m.entry("d.txt", source="employee", decided_at="2026-01-01T00:00:00.000001Z"),
    ]
    results = []
    for compact in (True, False):
        folder = tmp_path / f"drop{compact}"
        folder.mkdir()
        m.write(
            folder,
            m.header(manifest_id="11111111-2222-3333-4444-555555555555"),
            entries,
            compact=compact,
        )
        conn = teamdb.connect(tmp_path / f"db{compact}.duckdb")
        result = collect(conn, folder)
        assert result.rejected == [] and len(result.collected) == 1
        results.append(
            conn.execute(
                "SELECT path, decision, employee, size, modified, modified_ns, modified_digits, "
                "decided_at, note FROM current_items ORDER BY path"
            ).fetchall()
        )
        conn.close()
    assert results[0] == results[1]
    assert (
        "/srv/home/jan/leap.txt",
        2,
        False,
        3,
        "2016-12-31T23:59:60Z",
        None,
        0,
        m.CREATED,
        None,
    ) in results[0]


def test_watch_collects_what_arrives(drop: Path, db: Path) -> None:
    conn = teamdb.connect(db)
    seen: list[list[str] | None] = []
    lock = threading.Lock()

    def collect_names(names):
        with lock:
            seen.append(names)
            collect(conn, drop, names)

    stop = threading.Event()
    worker = threading.Thread(target=watch, args=(drop, collect_names), kwargs={"stop": stop})
    worker.start()
    try:
        time.sleep(0.5)
        head = m.header()
        temp = drop / ".arriving.part"
        temp.write_bytes(m.build(head, [m.entry("a.txt")]))
        temp.rename(drop / m.name_for(head))  # as the app delivers: write, then rename
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            with lock:
                count = conn.execute("SELECT count(*) FROM manifests").fetchone()[0]
            if count:
                break
            time.sleep(0.2)
        assert count == 1
        assert [m.name_for(head)] in seen
    finally:
        stop.set()
        worker.join(10)
        conn.close()
    assert not worker.is_alive()


def test_file_names_with_glob_characters(drop: Path, db: Path, run) -> None:
    head = m.header()
    m.write(drop, head, [m.entry("a.txt")], name="jan [kopie] *1?.sharetidy.jsonl")
    m.write(drop, m.header(login="piet"), [m.entry("b.txt")], name="piet.sharetidy.jsonl")
    code, _, err = run("team", "collect", drop, "--db", db)
    assert code == 0, err
    assert _status(run, db)["items"] == 2


def test_a_manifest_from_the_app_is_collected(
    tmp_path: Path, drop: Path, db: Path, run, config
) -> None:
    from desktop_app.core import locations
    from desktop_app.core.manifest import UserInfo
    from desktop_app.core.scanner import scan
    from desktop_app.core.store import Catalog
    from desktop_app.core.submission import submit

    share = tmp_path / "share"
    (share / "map").mkdir(parents=True)
    for i in range(30):
        (share / "map" / f"bestand {i}.docx").write_bytes(b"x" * i)
    with Catalog(locations.catalog_path()) as catalog:
        result = scan(catalog, [str(share)], config, user="jan")
        outcome = submit(
            catalog,
            config,
            result.root_ids,
            drop=str(drop),
            user=UserInfo("jan", None, None, "Ruimte"),
        )
    assert outcome.delivered
    code, _, err = run("team", "collect", drop, "--db", db)
    assert code == 0, err
    data = _status(run, db)
    assert data["items"] == 30 and data["departments"][0]["name"] == "Ruimte"
    assert sum(data["departments"][0]["bytes"].values()) == sum(range(30))
