"""``team export``: every format, with the columns and keys the team's tools read."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from desktop_app.team.spmt import CSV_COLUMNS, split_target
from tests.team import manifests as m

CONFIG = """
[organisation]
name = "Test"
drop_folder = '/srv/drop'

[[shares]]
name = "Home"
path = '\\\\fs01\\home\\{user}'
target = "https://test-my.sharepoint.com/personal/{user}_test_nl/Documents"

[[shares]]
name = "Afdeling"
path = '\\\\fs01\\afdelingen\\{department}'
target = "https://test.sharepoint.com/sites/{department}/Gedeelde documenten/Van de schijf"

[archive]
staging = '\\\\fs01\\archief-overdracht'
target = "https://test.sharepoint.com/sites/archief/Documenten"

[policy]
id = "p"
version = "1"

[[policy.rules]]
id = "all"
suggest = "keep"
reason_nl = "x"
reason_en = "x"
"""


@pytest.fixture
def collected(drop: Path, db: Path, run, tmp_path: Path) -> Path:
    home = m.header(roots=["\\\\fs01\\home\\jan"], department="Ruimte")
    m.write(
        drop,
        home,
        [
            m.entry("Plan.docx", "keep", size=10),
            m.entry("=SUM(A1).xlsx", "delete", size=20),
            m.entry("Oud/Besluit.pdf", "archive", size=30),
        ],
    )
    dept = m.header(
        login="piet", roots=["\\\\fs01\\afdelingen\\Ruimte", "/srv/losse map"], department="Ruimte"
    )
    m.write(
        drop,
        dept,
        [
            m.entry("Gedeeld.docx", "keep", size=40),
            m.entry("weg.tmp", "delete", root=1, size=50),
            m.entry("ook.docx", "keep", root=1, size=60),
        ],
    )
    other = m.header(login="kim", roots=["\\\\fs01\\home\\kim"], department=None)
    m.write(drop, other, [m.entry("@cmd.txt", "delete", size=5)])
    assert run("team", "collect", drop, "--db", db)[0] == 0
    config = tmp_path / "sharetidy.toml"
    config.write_text(CONFIG, "utf-8")
    return config


def _csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for Excel
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_items_csv(collected, db, run, tmp_path) -> None:
    out = tmp_path / "items.csv"
    code, stdout, _ = run("team", "export", "--db", db, "--format", "items-csv", "--output", out)
    assert code == 0 and "7 row(s)" in stdout
    header, *rows = _csv(out)
    assert header == [
        "path",
        "decision",
        "source",
        "user",
        "department",
        "size",
        "modified",
        "decided_at",
        "conflict",
    ]
    by_path = {r[0]: r for r in rows}
    assert len(rows) == 7
    plan = by_path["\\\\fs01\\home\\jan\\Plan.docx"]
    assert plan == [
        "\\\\fs01\\home\\jan\\Plan.docx",
        "keep",
        "suggestion",
        "GEMEENTE\\jan",
        "Ruimte",
        "10",
        "2021-03-01T10:00:00.123456Z",
        m.CREATED,
        "",
    ]
    assert "\\\\fs01\\home\\jan\\=SUM(A1).xlsx" in by_path  # the path cell starts with '\'
    assert by_path["/srv/losse map/weg.tmp"][1] == "delete"
    assert by_path["\\\\fs01\\home\\kim\\@cmd.txt"][4] == ""


def test_formula_cells_are_neutralised(drop, db, run, tmp_path) -> None:
    head = m.header(roots=["/srv"], department='=HYPERLINK("http://x")')
    m.write(drop, head, [m.entry("a.txt")])
    run("team", "collect", drop, "--db", db)
    out = tmp_path / "items.csv"
    run("team", "export", "--db", db, "--format", "items-csv", "--output", out)
    _, row = _csv(out)
    assert row[4] == '\'=HYPERLINK("http://x")'


def test_exclusions_csv(collected, db, run, tmp_path) -> None:
    out = tmp_path / "exclusions.csv"
    assert run("team", "export", "--db", db, "--format", "exclusions-csv", "--output", out)[0] == 0
    header, *rows = _csv(out)
    assert header == ["path", "decision"]
    assert sorted(rows) == sorted(
        [
            ["\\\\fs01\\home\\jan\\=SUM(A1).xlsx", "delete"],
            ["\\\\fs01\\home\\jan\\Oud\\Besluit.pdf", "archive"],
            ["/srv/losse map/weg.tmp", "delete"],
            ["\\\\fs01\\home\\kim\\@cmd.txt", "delete"],
        ]
    )


def test_spmt_csv(collected, db, run, tmp_path) -> None:
    out = tmp_path / "spmt.csv"
    code, _, err = run(
        "team", "export", "--db", db, "--config", collected, "--format", "spmt-csv", "--output", out
    )
    assert code == 0
    header, *rows = _csv(out)
    assert (
        header
        == list(CSV_COLUMNS)
        == [
            "Source",
            "Source DocLib",
            "Source SubFolder",
            "Target Web",
            "Target DocLib",
            "Target SubFolder",
        ]
    )
    assert rows == [
        ["/srv/losse map", "", "", "", "", ""],
        [
            "\\\\fs01\\afdelingen\\Ruimte",
            "",
            "",
            "https://test.sharepoint.com/sites/Ruimte",
            "Gedeelde documenten",
            "Van de schijf",
        ],
        [
            "\\\\fs01\\home\\jan",
            "",
            "",
            "https://test-my.sharepoint.com/personal/jan_test_nl",
            "Documents",
            "",
        ],
        [
            "\\\\fs01\\archief-overdracht",
            "",
            "",
            "https://test.sharepoint.com/sites/archief",
            "Documenten",
            "",
        ],
    ]  # kim kept nothing: no row; the archive staging folder comes last
    assert "no target is configured for /srv/losse map" in err


def test_spmt_json(collected, db, run, tmp_path) -> None:
    out = tmp_path / "spmt.json"
    code, _, err = run(
        "team",
        "export",
        "--db",
        db,
        "--config",
        collected,
        "--format",
        "spmt-json",
        "--output",
        out,
    )
    assert code == 0 and "no target is configured" in err
    data = json.loads(out.read_text("utf-8"))
    assert list(data) == ["Tasks"] and len(data["Tasks"]) == 4
    for task in data["Tasks"]:
        assert list(task) == ["SourcePath", "TargetPath", "TargetList", "TargetListRelativePath"]
    assert data["Tasks"][1] == {
        "SourcePath": "\\\\fs01\\afdelingen\\Ruimte",
        "TargetPath": "https://test.sharepoint.com/sites/Ruimte",
        "TargetList": "Gedeelde documenten",
        "TargetListRelativePath": "Van de schijf",
    }


def test_parquet_is_partitioned_and_readable(collected, db, run, tmp_path) -> None:
    out = tmp_path / "items.parquet"
    assert run("team", "export", "--db", db, "--format", "parquet", "--output", out)[0] == 0
    parts = sorted(p.name for p in out.iterdir())
    assert parts == ["department=Ruimte", "department=__HIVE_DEFAULT_PARTITION__"]
    rows = duckdb.sql(
        f"SELECT department, decision, count(*), sum(size) FROM read_parquet('{out}/**/*.parquet',"
        " hive_partitioning = true) GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    assert rows == [
        ("Ruimte", "archive", 1, 30),
        ("Ruimte", "delete", 2, 70),
        ("Ruimte", "keep", 3, 110),
        (None, "delete", 1, 5),
    ]
    code, _, err = run("team", "export", "--db", db, "--format", "parquet", "--output", out)
    assert code == 2 and "already exists" in err  # never over an earlier export


def test_spmt_needs_a_config_and_bad_usage_writes_nothing(collected, db, run, tmp_path) -> None:
    out = tmp_path / "x.csv"
    code, _, _ = run("team", "export", "--db", db, "--format", "nope", "--output", out)
    assert code == 2 and not out.exists()
    code, _, err = run(
        "team", "export", "--db", tmp_path / "none.duckdb", "--format", "items-csv", "--output", out
    )
    assert code == 2 and "no team database" in err and not out.exists()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://x.sharepoint.com/sites/team/Gedeelde documenten",
            ("https://x.sharepoint.com/sites/team", "Gedeelde documenten", ""),
        ),
        (
            "https://x.sharepoint.com/sites/team/Shared%20Documents/A/B",
            ("https://x.sharepoint.com/sites/team", "Shared Documents", "A/B"),
        ),
        (
            "https://x-my.sharepoint.com/personal/jan_x_nl/Documents",
            ("https://x-my.sharepoint.com/personal/jan_x_nl", "Documents", ""),
        ),
        (
            "https://x-my.sharepoint.com/personal/jan_x_nl",
            ("https://x-my.sharepoint.com/personal/jan_x_nl", "Documents", ""),
        ),
        (
            "https://x-my.sharepoint.com/personal/jan_x_nl/Documenten/Schijf",
            ("https://x-my.sharepoint.com/personal/jan_x_nl", "Documents", "Schijf"),
        ),
        (
            "https://x.sharepoint.com/Shared Documents",
            ("https://x.sharepoint.com", "Shared Documents", ""),
        ),
        (None, ("", "", "")),
    ],
)
def test_split_target(url, expected) -> None:
    target = split_target(url)
    assert (target.web, target.library, target.subfolder) == expected
